/**
 * Runs one job in its own process (so its peak memory is its own) and reports timings and memory to the
 * parent over IPC. Started by run.ts with `--expose-gc`. A job with baselines to pair with (`pairedWith`) then
 * times itself and those baselines in rounds, on the same data, in this same process.
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { JOBS, type Job } from './jobs.js';

/** What a worker reports. */
export interface Measurement {
  readonly job: string;
  readonly size: number;
  /** Each timed run in milliseconds, after the untimed warm-up (see {@link warmUp}). */
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
   * The paired runs, by job name, in round order: this job's own and each baseline's, timed in turn (this job,
   * then each baseline in `pairedWith` order; `rounds` rounds after the warm-up of each baseline), in this process.
   */
  readonly paired: Readonly<Record<string, readonly number[]>>;
}

const MIB = 1024 * 1024;

/** Untimed warm-up: at least one run, then more (at most {@link WARM_UP_RUNS}) until this many ms have passed. */
const WARM_UP_MS = 1_000;
const WARM_UP_RUNS = 20;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Untimed runs until the JIT has settled: small jobs (a few ms) need several runs before their code is
 * optimised, large ones (seconds) one. The first run was already made by the caller.
 */
function warmUp(job: Job, data: unknown, first: number): void {
  let spent = first;
  for (let runs = 1; runs < WARM_UP_RUNS && spent < WARM_UP_MS; runs++) {
    collect(); // as before every timed run, and so that peak RSS does not count the warm-up's garbage
    const start = performance.now();
    job.run(data);
    spent += performance.now() - start;
  }
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
  const [name, sizeText, repeatsText, roundsText] = process.argv.slice(2);
  const job = name ? JOBS[name] : undefined;
  if (!job) throw new Error(`unknown job ${name}`);
  const size = Number(sizeText);
  const repeats = Number(repeatsText);
  const rounds = Number(roundsText);
  const data = job.prepare(size);
  collect();
  const baseRss = process.memoryUsage().rss / MIB;
  const heapBefore = process.memoryUsage().heapUsed;
  const firstStart = performance.now();
  let output: unknown = job.run(data); // the first untimed warm-up run
  const firstMs = performance.now() - firstStart;
  const runHeap = (process.memoryUsage().heapUsed - heapBefore) / MIB;
  output = null;
  warmUp(job, data, firstMs);
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
    for (const b of baselines) {
      const start = performance.now();
      b.job.run(b.data);
      warmUp(b.job, b.data, performance.now() - start);
    }
    for (const entry of all) paired[entry.name] = [];
    for (let i = 0; i < rounds; i++) {
      for (const entry of all) paired[entry.name]!.push(timed(entry.job, entry.data));
    }
  }
  const measurement: Measurement = { job: name!, size, runs, baseRss, peakRss, runHeap, retainedPerResult, paired };
  process.send!(measurement);
}

main();
