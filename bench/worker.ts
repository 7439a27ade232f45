/**
 * Runs one job in its own process (so its peak memory is its own) and reports timings and memory to the
 * parent over IPC. Started by run.ts with `--expose-gc`. A job with baselines to pair with (`pairedWith`) then
 * times itself and those baselines interleaved, on the same data, in this same process.
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { JOBS, type Job } from './jobs.js';

/** What a worker reports. */
export interface Measurement {
  readonly job: string;
  readonly size: number;
  /** Each timed run in milliseconds, after one untimed warm-up run. */
  readonly runs: readonly number[];
  /** Resident memory after the data was built, MiB. */
  readonly baseRss: number;
  /** Peak resident memory of the process over the job's own runs (before any paired run), MiB. */
  readonly peakRss: number;
  /** Heap growth over the first run (its output plus garbage not yet collected), MiB. */
  readonly runHeap: number;
  /**
   * Heap the output of one run retains, per result (per item of the input), bytes: heap used after a full
   * collection with the output held, minus heap used after a full collection just before that run (after the
   * warm-up, so caches built once are not counted).
   */
  readonly retainedPerResult: number;
  /**
   * The paired runs, by job name: this job's own and each baseline's, timed in turn (this job, then each
   * baseline, `repeats` rounds after one warm-up of each), in this process.
   */
  readonly paired: Readonly<Record<string, readonly number[]>>;
}

const MIB = 1024 * 1024;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One run after a full collection, in milliseconds. */
function timed(job: Job, data: unknown): number {
  collect();
  const start = performance.now();
  const output = job.run(data);
  const ms = performance.now() - start;
  void output;
  return ms;
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
  let output: unknown = job.run(data); // the untimed warm-up
  const runHeap = (process.memoryUsage().heapUsed - heapBefore) / MIB;
  output = null;
  const runs: number[] = [];
  let retainedPerResult = 0;
  for (let i = 0; i < repeats; i++) {
    collect();
    const heapIdle = process.memoryUsage().heapUsed;
    const start = performance.now();
    output = job.run(data);
    runs.push(performance.now() - start);
    if (i === 0) {
      collect();
      retainedPerResult = (process.memoryUsage().heapUsed - heapIdle) / size;
    }
    output = null;
  }
  void output;
  const peakRss = (process.resourceUsage().maxRSS * 1024) / MIB;

  const paired: Record<string, number[]> = {};
  const baselines = (job.pairedWith ?? []).map((other) => {
    const baseline = JOBS[other];
    if (!baseline) throw new Error(`unknown job ${other}`);
    // Same data when the baseline prepares it the same way (it does for every pair of this bench).
    return { name: other, job: baseline, data: baseline.prepare === job.prepare ? data : baseline.prepare(size) };
  });
  if (baselines.length > 0) {
    const all = [{ name: name!, job, data }, ...baselines];
    for (const b of baselines) b.job.run(b.data); // their warm-up
    for (const entry of all) paired[entry.name] = [];
    for (let i = 0; i < repeats; i++) {
      for (const entry of all) paired[entry.name]!.push(timed(entry.job, entry.data));
    }
  }
  const measurement: Measurement = { job: name!, size, runs, baseRss, peakRss, runHeap, retainedPerResult, paired };
  process.send!(measurement);
}

main();
