/**
 * `npm run bench`: runs every job in its own process on seeded data, prints times, ratios and peak memory,
 * and writes bench/RESULTS.md. No network. `--quick` runs 1 % of the sizes (a check that the bench works); `--only score` runs the jobs whose name
 * starts with `score`.
 *
 * @module
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { GOALS, JOBS, SIZES } from './jobs.js';
import type { Measurement } from './worker.js';

const NOTES_MARKER = '<!-- notes: kept across runs -->';
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const repeats = quick ? 2 : 5;
const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));

function measure(name: string, size: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [name, String(size), String(repeats)], {
      execArgv: ['--expose-gc', '--max-old-space-size=8192', ...process.execArgv],
    });
    let result: Measurement | undefined;
    child.on('message', (m) => (result = m as Measurement));
    child.on('error', reject);
    child.on('exit', (code) =>
      result && code === 0 ? resolve(result) : reject(new Error(`${name} exited with ${code}`)),
    );
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mib = (x: number): string => x.toFixed(0);

async function main(): Promise<void> {
  const rows: { name: string; size: number; median: number; m: Measurement }[] = [];
  for (const [name, job] of Object.entries(JOBS)) {
    if (only !== undefined && !name.startsWith(only)) continue;
    const size = quick ? Math.ceil(SIZES[job.size] / 100) : SIZES[job.size];
    const m = await measure(name, size);
    const row = { name, size, median: median(m.runs), m };
    rows.push(row);
    console.log(
      `${name.padEnd(26)} ${String(size).padStart(7)}  median ${ms(row.median).padStart(7)} ms  ` +
        `(runs ${m.runs.map(ms).join(', ')})  peak RSS ${mib(m.peakRss)} MiB (data ${mib(m.baseRss)} MiB)`,
    );
  }
  const time = (name: string): number | undefined => rows.find((r) => r.name === name)?.median;
  const verdicts = GOALS.map((goal) => {
    const value = goal.measure(time);
    return { goal, value, met: value !== undefined && goal.met(value) };
  });
  console.log('');
  for (const v of verdicts) {
    console.log(`${v.goal.informational ? 'INFO  ' : v.met ? 'MET   ' : 'MISSED'} ${v.goal.text}: ${v.value === undefined ? 'not measured' : v.goal.show(v.value)}`);
  }
  const cpu = os.cpus();
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ` +
      `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.arch()}. ` +
      'Seeded data (the same on every run); each job runs in its own process: one untimed warm-up, then ' +
      `${repeats} timed runs; the median is shown. Peak RSS is the whole process (data included); "data" is ` +
      'the resident memory once the input was built.',
    '',
    '| job | what | items | median ms | runs ms | peak RSS MiB | data MiB | heap growth of one run MiB |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| \`${r.name}\` | ${JOBS[r.name]!.description} | ${r.size.toLocaleString('en')} | ${ms(r.median)} | ` +
        `${r.m.runs.map(ms).join(', ')} | ${mib(r.m.peakRss)} | ${mib(r.m.baseRss)} | ${mib(r.m.runHeap)} |`,
    ),
    '',
    '## Goals',
    '',
    '| goal | measured | verdict |',
    '| --- | --- | --- |',
    ...verdicts.map(
      (v) => `| ${v.goal.text} | ${v.value === undefined ? 'not measured' : v.goal.show(v.value)} | ${v.goal.informational ? '—' : v.met ? 'met' : '**missed**'} |`,
    ),
    '',
  ];
  // Hand-written notes below the marker survive a new run.
  const file = new URL('./RESULTS.md', import.meta.url);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`;
  writeFileSync(file, `${lines.join('\n')}\n${notes}`);
  console.log('\nwrote bench/RESULTS.md');
}

await main();
