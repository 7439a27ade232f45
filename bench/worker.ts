/**
 * Runs one job in its own process (so its peak memory is its own) and reports timings and memory to the
 * parent over IPC. Started by run.ts with `--expose-gc`.
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { JOBS } from './jobs.js';

/** What a worker reports. */
export interface Measurement {
  readonly job: string;
  readonly size: number;
  /** Each timed run in milliseconds, after one untimed warm-up run. */
  readonly runs: readonly number[];
  /** Resident memory after the data was built, MiB. */
  readonly baseRss: number;
  /** Peak resident memory of the process, MiB. */
  readonly peakRss: number;
  /** Heap growth over the first run (its output plus garbage not yet collected), MiB. */
  readonly runHeap: number;
}

const MIB = 1024 * 1024;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function main(): void {
  const [name, sizeText, repeatsText] = process.argv.slice(2);
  const job = name ? JOBS[name] : undefined;
  if (!job) throw new Error(`unknown job ${name}`);
  const size = Number(sizeText);
  const repeats = Number(repeatsText);
  const data = job.prepare(size);
  collect();
  const baseRss = process.memoryUsage().rss / MIB;
  const heapBefore = process.memoryUsage().heapUsed;
  let output = job.run(data);
  const runHeap = (process.memoryUsage().heapUsed - heapBefore) / MIB;
  output = null;
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    collect();
    const start = performance.now();
    output = job.run(data);
    runs.push(performance.now() - start);
    output = null;
  }
  void output;
  const peakRss = (process.resourceUsage().maxRSS * 1024) / MIB;
  const measurement: Measurement = { job: name!, size, runs, baseRss, peakRss, runHeap };
  process.send!(measurement);
}

main();
