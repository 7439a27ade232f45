/**
 * `npm run bench`: runs every job in its own process on seeded data, prints times, ratios and peak memory,
 * and writes bench/RESULTS.md. No network. `--quick` runs 1 % of the sizes (a check that the bench works); `--only score` runs the jobs whose name
 * starts with `score`. The measurements of full-size runs are kept in bench/results.json: a run with `--only`
 * replaces the rows of the jobs it ran and keeps the others (each row shows the day it was measured).
 *
 * @module
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { floatErrors } from './float-errors.js';
import { GOALS, JOBS, SIZES, median, roundRatios, type Times } from './jobs.js';
import type { Measurement } from './worker.js';

const NOTES_MARKER = '<!-- notes: kept across runs -->';
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const repeats = quick ? 2 : 5;
/** Rounds of an exact job and its baselines in its process: the goals are medians of as many ratios. */
const rounds = quick ? 2 : 9;
const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));

function measure(name: string, size: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [name, String(size), String(repeats), String(rounds)], {
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

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mib = (x: number): string => x.toFixed(0);

/** One job's measurement as kept in bench/results.json. */
interface Row {
  readonly name: string;
  readonly size: number;
  /** The day it was measured (UTC), and where. */
  readonly date: string;
  readonly machine: string;
  readonly quick: boolean;
  readonly m: Measurement;
}

const RESULTS_JSON = new URL('./results.json', import.meta.url);

/** The rows of earlier runs (of known jobs). */
function earlierRows(): Row[] {
  if (!existsSync(RESULTS_JSON)) return [];
  return (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Row[]).filter((r) => JOBS[r.name] !== undefined);
}

async function main(): Promise<void> {
  const cpu = os.cpus();
  const machine = `Node ${process.version}, ${cpu.length} × ${
    cpu[0]?.model ?? 'unknown CPU'
  }, ${os.platform()} ${os.arch()}`;
  const date = new Date().toISOString().slice(0, 10);
  const fresh: Row[] = [];
  for (const [name, job] of Object.entries(JOBS)) {
    if (only !== undefined && !name.startsWith(only)) continue;
    const size = quick ? Math.ceil(SIZES[job.size] / 100) : SIZES[job.size];
    const m = await measure(name, size);
    fresh.push({ name, size, date, machine, quick, m });
    console.log(
      `${name.padEnd(26)} ${String(size).padStart(7)}  median ${ms(median(m.runs)).padStart(7)} ms  ` +
        `(runs ${m.runs.map(ms).join(', ')})  peak RSS ${mib(m.peakRss)} MiB (data ${mib(m.baseRss)} MiB)`,
    );
  }
  const order = Object.keys(JOBS);
  // This run's rows, and an earlier full run's for the jobs it did not measure. A quick run keeps nothing.
  const measured = new Set(fresh.map((r) => r.name));
  const kept = quick ? [] : earlierRows().filter((r) => !r.quick && !measured.has(r.name));
  const rows = [...fresh, ...kept]
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
    .map((r) => ({ ...r, median: median(r.m.runs) }));
  if (!quick)
    writeFileSync(
      RESULTS_JSON,
      `${JSON.stringify(
        rows.map(({ median: _, ...r }) => r),
        null,
        1,
      )}\n`,
    );
  const time: Times = {
    median: (name) => rows.find((r) => r.name === name)?.median,
    rounds: (name, worker) => rows.find((r) => r.name === worker)?.m.paired[name],
  };
  // Per exact job: it and its baselines timed in rounds in its own process; times are medians, ratios the median
  // of the round-by-round ratios, with their lowest and highest.
  const pairs = rows
    .filter((r) => Object.keys(r.m.paired).length > 0)
    .map((r) => {
      const group = JOBS[r.name]!.group;
      const ms = (name: string): number | undefined => {
        const runs = time.rounds(name, r.name);
        return runs && runs.length > 0 ? median(runs) : undefined;
      };
      const to = (variant: string) => ({
        ms: ms(`${group}/${variant}`),
        ratios: roundRatios(time, r.name, `${group}/${variant}`),
      });
      return {
        row: r,
        exact: ms(r.name),
        float: to('float'),
        minimal: to('minimal-float'),
        once: to('decimal-once'),
        big: to('big'),
      };
    });
  const ratioText = (ratios: readonly number[] | undefined): string =>
    ratios === undefined ? '—' : `${median(ratios).toFixed(2)}×`;
  const spreadText = (ratios: readonly number[] | undefined): string =>
    ratios === undefined ? '—' : `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  const msText = (x: number | undefined): string => (x === undefined ? '—' : ms(x));
  if (pairs.length > 0) console.log('');
  for (const p of pairs) {
    console.log(
      `${p.row.name.padEnd(26)} same process: ${msText(p.exact)} ms, minimal float ${msText(p.minimal.ms)} ms ` +
        `(${ratioText(p.minimal.ratios)}, rounds ${spreadText(p.minimal.ratios)}), same-work float ` +
        `${msText(p.float.ms)} ms (${ratioText(p.float.ratios)})` +
        (p.once.ms === undefined ? '' : `, decimal.js once ${msText(p.once.ms)} ms, big.js ${msText(p.big.ms)} ms`),
    );
  }
  const errors = floatErrors(quick ? 0.01 : 1);
  const errorsText = errors.map((e) => `${e.job}: ${e.wrong} of ${e.of.toLocaleString('en')} bodies`).join('; ');
  console.log(`\nfloat totals that are wrong (minimal float code against the exact total): ${errorsText}`);
  const verdicts = GOALS.map((goal) => {
    const value = goal.measure(time);
    return { goal, value, met: value !== undefined && goal.met(value) };
  });
  const verdictText = (v: (typeof verdicts)[number]): string =>
    v.goal.informational ? '—' : v.value === undefined ? 'not measured' : v.met ? 'met' : '**missed**';
  console.log('');
  for (const v of verdicts) {
    console.log(
      `${verdictText(v).replaceAll('*', '').toUpperCase().padEnd(12)} ${v.goal.text}: ${
        v.value === undefined ? 'not measured' : v.goal.show(v.value)
      }`,
    );
  }
  const days = [...new Set(rows.map((r) => r.date))].sort();
  const machines = [...new Set(rows.map((r) => r.machine))];
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${quick ? ' -- --quick' : ''}\` (jobs measured on ${days.join(
      ', ',
    )}; each row gives its day): ` +
      `${machines.join('; ')}. ` +
      'Seeded data (the same on every run); each job runs in its own process: untimed warm-up runs (at least ' +
      `one, more until 1 s has passed, at most 20), then ${repeats} timed runs, each after a full collection; the median is shown. Memory of the job alone: peak ` +
      'RSS is the whole process over those runs (data included); "data" is the resident memory once the input ' +
      'was built; "heap growth" is heap used after the first warm-up run minus before it (its output plus garbage not ' +
      'yet collected); "retained per result" is the heap the output of one run holds after a full collection, ' +
      'divided by the number of items of the input (bodies, or rank items).',
    '',
    '| job | what | measured | items | median ms | runs ms | peak RSS MiB | data MiB | heap growth of one run MiB | retained bytes per result |',
    '| --- | --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| \`${r.name}\` | ${JOBS[r.name]!.description} | ${r.date} | ${r.size.toLocaleString('en')} | ${ms(
          r.median,
        )} | ` +
        `${r.m.runs.map(ms).join(', ')} | ${mib(r.m.peakRss)} | ${mib(r.m.baseRss)} | ${mib(r.m.runHeap)} | ` +
        `${r.m.retainedPerResult.toFixed(0)} |`,
    ),
    '',
    '## Same process',
    '',
    "After its own runs, each exact job's worker times itself and its baselines in rounds on the same data (the " +
      `baselines warmed up as above, then ${rounds} rounds, each round: the exact job, the minimal float code right ` +
      'after it, then the others). Times are the medians of those runs; each ratio is the median of the ' +
      'round-by-round ratios (a slow spell of a shared machine lasts seconds and slows both runs of a round alike), ' +
      'with the lowest and highest round. These are the ratios of the goals below.',
    '',
    '| job | exact ms | minimal float ms | same-work float ms | decimal.js, constants once, ms | big.js, constants once, ms | exact ÷ minimal float | rounds | exact ÷ same-work float | exact ÷ decimal.js once | exact ÷ big.js |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...pairs.map(
      (p) =>
        `| \`${p.row.name}\` | ${msText(p.exact)} | ${msText(p.minimal.ms)} | ${msText(p.float.ms)} | ` +
        `${msText(p.once.ms)} | ${msText(p.big.ms)} | ${ratioText(p.minimal.ratios)} | ${spreadText(
          p.minimal.ratios,
        )} | ` +
        `${ratioText(p.float.ratios)} | ${ratioText(p.once.ratios)} | ${ratioText(p.big.ratios)} |`,
    ),
    '',
    '## How often floats are wrong',
    '',
    `The minimal float code's total against the exact total, body by body, on the bench's seeded data: ${errorsText} ` +
      '(each a half-cent tie that floats round the wrong way, or a unit on one).',
    '',
    '## Goals',
    '',
    '| goal | measured | verdict |',
    '| --- | --- | --- |',
    ...verdicts.map(
      (v) =>
        `| ${v.goal.text} | ${v.value === undefined ? 'not measured' : v.goal.show(v.value)} | ${verdictText(v)} |`,
    ),
    '',
  ];
  // Hand-written notes below the marker survive a new run.
  const file = new URL('./RESULTS.md', import.meta.url);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`;
  // A quick run only checks that the bench works: it prints, and keeps nothing.
  if (quick) return;
  writeFileSync(file, `${lines.join('\n')}\n${notes}`);
  console.log('\nwrote bench/RESULTS.md');
}

await main();
