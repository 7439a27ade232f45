/**
 * The benchmark jobs: each prepares its seeded data (not timed) and runs one job (timed). The exact jobs call
 * the public API; the baselines do the same work with floats or with decimal.js on every operation.
 *
 * @module
 */
import { getRuleset, rank, score, type DimensionsInput, type RankItem, type UnitsInput } from '@ombuds/scoring';
import { decimals, floats, scoreAnswers } from './baselines/answers.js';
import { floatRank, floatScoreAll } from './baselines/float.js';
import { minimalAnswersAll, minimalRank, minimalScoreAll } from './baselines/minimal.js';
import { naiveRank, naiveScoreAll } from './baselines/naive-decimal.js';
import { bigScoreAll, decimalOnceScoreAll } from './baselines/peers.js';
import { dimensionBodies, nationalBatch, rankItems } from './data.js';

/** A job: `prepare` builds its data once, `run` does the timed work and returns its output. */
export interface Job<Data = unknown> {
  readonly group: string;
  readonly variant: 'exact' | 'float' | 'minimal-float' | 'naive-decimal' | 'decimal-once' | 'big';
  readonly description: string;
  /**
   * Baseline jobs (on the same data) that this job's worker also times, in rounds after its own runs, in the same
   * process: each round times this job, then each baseline in this order (the minimal float code first, right
   * after this job). The ratios of the goals come from these rounds.
   */
  readonly pairedWith?: readonly string[];
  /** Which of {@link SIZES} sets the number of items. */
  readonly size: keyof typeof SIZES;
  prepare(size: number): Data;
  run(data: Data): unknown;
}

/** Erases a job's data type for the table below. */
function defineJob<Data>(job: Job<Data>): Job {
  return job as unknown as Job;
}

/** Default sizes of the benchmark: 100,000 bodies; the national batch of 600 bodies × 6 units. */
export const SIZES = { bodies: 100_000, nationalBodies: 600 } as const;

/** Units per body in the national batch. */
export const UNITS_PER_BODY = 6;

const SEED = 20_230;
const year = 2023;

/** `count` bodies as dimension scores (seeded). */
function bodies(count: number): DimensionsInput[] {
  return dimensionBodies(getRuleset(year), count, SEED);
}

/** The national batch of `count` bodies given as answers (seeded). */
function national(count: number): UnitsInput[] {
  return nationalBatch(getRuleset(year), count, UNITS_PER_BODY, SEED);
}

/** Rank items of `count` bodies, in input order, from their exact scores. */
function items(count: number): RankItem[] {
  const rules = getRuleset(year);
  return rankItems(bodies(count).map((b) => score(rules, b)));
}

/**
 * Every job by name.
 *
 * @example
 * ```ts
 * const job = JOBS['score/exact']!;
 * job.run(job.prepare(10));
 * ```
 */
export const JOBS: Readonly<Record<string, Job>> = {
  'score/exact': defineJob({
    group: 'score',
    variant: 'exact',
    description: 'score() of each body (2023, dimension scores as strings)',
    size: 'bodies',
    pairedWith: ['score/minimal-float', 'score/float', 'score/decimal-once', 'score/big'],
    prepare: bodies,
    run: (data: DimensionsInput[]) => {
      const rules = getRuleset(year);
      return data.map((input) => score(rules, input));
    },
  } satisfies Job<DimensionsInput[]>),
  'score/float': defineJob({
    group: 'score',
    variant: 'float',
    description: 'the same job in floating point',
    size: 'bodies',
    prepare: bodies,
    run: (data: DimensionsInput[]) => floatScoreAll(getRuleset(year), data),
  } satisfies Job<DimensionsInput[]>),
  'score/minimal-float': defineJob({
    group: 'score',
    variant: 'minimal-float',
    description:
      'the simplest float code: weighted sum of the 4 numbers, Math.round to cents, band lookup, { total, category, zone }',
    size: 'bodies',
    prepare: bodies,
    run: (data: DimensionsInput[]) => minimalScoreAll(getRuleset(year), data),
  } satisfies Job<DimensionsInput[]>),
  'score/naive-decimal': defineJob({
    group: 'score',
    variant: 'naive-decimal',
    description: 'the same job with decimal.js on every operation',
    size: 'bodies',
    prepare: bodies,
    run: (data: DimensionsInput[]) => naiveScoreAll(getRuleset(year), data),
  } satisfies Job<DimensionsInput[]>),
  'score/decimal-once': defineJob({
    group: 'score',
    variant: 'decimal-once',
    description: 'the same job with decimal.js, its constants (weights, bounds, 100) made once',
    size: 'bodies',
    prepare: bodies,
    run: (data: DimensionsInput[]) => decimalOnceScoreAll(getRuleset(year), data),
  } satisfies Job<DimensionsInput[]>),
  'score/big': defineJob({
    group: 'score',
    variant: 'big',
    description: 'the same job with big.js, its constants made once',
    size: 'bodies',
    prepare: bodies,
    run: (data: DimensionsInput[]) => bigScoreAll(getRuleset(year), data),
  } satisfies Job<DimensionsInput[]>),
  'rank/exact': defineJob({
    group: 'rank',
    variant: 'exact',
    description: 'rank() of all bodies (ordinal, ties by exact total then id)',
    size: 'bodies',
    pairedWith: ['rank/minimal-float', 'rank/float'],
    prepare: items,
    run: (data: RankItem[]) => rank(data),
  } satisfies Job<RankItem[]>),
  'rank/float': defineJob({
    group: 'rank',
    variant: 'float',
    description: 'parse, validate and sort by float keys',
    size: 'bodies',
    prepare: items,
    run: (data: RankItem[]) => floatRank(data),
  } satisfies Job<RankItem[]>),
  'rank/minimal-float': defineJob({
    group: 'rank',
    variant: 'minimal-float',
    description: 'the simplest float code: Number(total), sort by total then id, positions assigned',
    size: 'bodies',
    prepare: items,
    run: (data: RankItem[]) => minimalRank(data),
  } satisfies Job<RankItem[]>),
  'rank/naive-decimal': defineJob({
    group: 'rank',
    variant: 'naive-decimal',
    description: 'sort with decimal.js comparisons',
    size: 'bodies',
    prepare: items,
    run: (data: RankItem[]) => naiveRank(data),
  } satisfies Job<RankItem[]>),
  'answers/exact': defineJob({
    group: 'answers',
    variant: 'exact',
    description:
      'score() of the national batch: 6 units per body, answers of 4 officers, 2 products, 30 users, 2 complaint officers per indicator',
    size: 'nationalBodies',
    pairedWith: ['answers/minimal-float', 'answers/float'],
    prepare: national,
    run: (data: UnitsInput[]) => {
      const rules = getRuleset(year);
      return data.map((input) => score(rules, input));
    },
  } satisfies Job<UnitsInput[]>),
  'answers/float': defineJob({
    group: 'answers',
    variant: 'float',
    description: 'the same job in floating point',
    size: 'nationalBodies',
    prepare: national,
    run: (data: UnitsInput[]) => scoreAnswers(floats, getRuleset(year), data),
  } satisfies Job<UnitsInput[]>),
  'answers/minimal-float': defineJob({
    group: 'answers',
    variant: 'minimal-float',
    description:
      'the simplest float code: per indicator mean / scale max, weighted means, units rounded, { total, category, zone }',
    size: 'nationalBodies',
    prepare: national,
    run: (data: UnitsInput[]) => minimalAnswersAll(getRuleset(year), data),
  } satisfies Job<UnitsInput[]>),
  'answers/naive-decimal': defineJob({
    group: 'answers',
    variant: 'naive-decimal',
    description: 'the same job with decimal.js on every operation',
    size: 'nationalBodies',
    prepare: national,
    run: (data: UnitsInput[]) => scoreAnswers(decimals, getRuleset(year), data),
  } satisfies Job<UnitsInput[]>),
};

/**
 * The times of a run of the bench. `median(job)` is the median of the job's own worker's runs; `rounds(job,
 * worker)` are `job`'s runs in the rounds of `worker`'s process, in round order (see {@link Job.pairedWith}).
 */
export interface Times {
  median(job: string): number | undefined;
  rounds(job: string, worker: string): readonly number[] | undefined;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Round by round, `a`'s time over the baseline `b`'s, both timed in the same round of `a`'s process (`b` right
 * after `a` when it is the first baseline): a slow spell of the machine, which lasts seconds, slows both alike.
 */
export function roundRatios(time: Times, a: string, b: string): readonly number[] | undefined {
  const x = time.rounds(a, a);
  const y = time.rounds(b, a);
  return x === undefined || y === undefined || x.length === 0 || x.length !== y.length
    ? undefined
    : x.map((v, i) => v / y[i]!);
}

/** A goal of issues 6 and 14, read from the median times of the jobs. */
export interface Goal {
  readonly text: string;
  measure(time: Times): number | undefined;
  met(value: number): boolean;
  show(value: number): string;
  /** Shown for the record; not a goal of the issue. */
  readonly informational?: boolean;
}

/** The ratio of two jobs' medians, each measured in its own process. */
function ratio(a: string, b: string): (time: Times) => number | undefined {
  return (time) => {
    const x = time.median(a);
    const y = time.median(b);
    return x === undefined || y === undefined ? undefined : x / y;
  };
}

/** The median of `a`'s round-by-round ratios to the baseline `b` in `a`'s process ({@link roundRatios}). */
export function sameProcessRatio(a: string, b: string): (time: Times) => number | undefined {
  return (time) => {
    const ratios = roundRatios(time, a, b);
    return ratios === undefined ? undefined : median(ratios);
  };
}

const times = (v: number): string => `${v.toFixed(2)}×`;

/** A goal met by a ratio of at most `limit`. */
function within(text: string, measure: Goal['measure'], limit: number): Goal {
  return { text, measure, met: (v) => v <= limit, show: times };
}

/** A goal met by a ratio of at least `limit`. */
function atLeast(text: string, measure: Goal['measure'], limit: number): Goal {
  return { text, measure, met: (v) => v >= limit, show: times };
}

/** A ratio shown for the record, not a goal. */
function forTheRecord(text: string, measure: Goal['measure']): Goal {
  return { text: `${text} (for the record, not a goal)`, measure, met: () => true, show: times, informational: true };
}

/**
 * The goals: exact within 3× of the same-work floats and at least 10× faster than naive decimals (issue 6), the
 * national batch under 1 s, and (issue 14) score and answers within 3× of the minimal float code, rank at or
 * under the minimal float sort. Every ratio to a float baseline is measured in the exact job's own process.
 *
 * @example
 * ```ts
 * GOALS.map((g) => g.text);
 * ```
 */
export const GOALS: readonly Goal[] = [
  within('score: exact ≤ 3× minimal float (issue 14)', sameProcessRatio('score/exact', 'score/minimal-float'), 3),
  within('answers: exact ≤ 3× minimal float (issue 14)', sameProcessRatio('answers/exact', 'answers/minimal-float'), 3),
  within('rank: exact ≤ 1× minimal float sort (issue 14)', sameProcessRatio('rank/exact', 'rank/minimal-float'), 1),
  within('score: exact ≤ 3× same-work float', sameProcessRatio('score/exact', 'score/float'), 3),
  within('rank: exact ≤ 3× same-work float sort', sameProcessRatio('rank/exact', 'rank/float'), 3),
  atLeast('score: exact ≥ 10× faster than naive decimal', ratio('score/naive-decimal', 'score/exact'), 10),
  atLeast('rank: exact ≥ 10× faster than naive decimal', ratio('rank/naive-decimal', 'rank/exact'), 10),
  {
    text: 'national answer batch (600 × 6 units, 1.3 M answers): exact < 1 s',
    measure: (time) => time.median('answers/exact'),
    met: (v) => v < 1_000,
    show: (v) => `${v.toFixed(0)} ms`,
  },
  atLeast(
    'national answer batch: exact ≥ 10× faster than naive decimal',
    ratio('answers/naive-decimal', 'answers/exact'),
    10,
  ),
  forTheRecord(
    'score: exact ÷ decimal.js with constants made once',
    sameProcessRatio('score/exact', 'score/decimal-once'),
  ),
  forTheRecord('score: exact ÷ big.js with constants made once', sameProcessRatio('score/exact', 'score/big')),
  forTheRecord('national answer batch: exact ÷ same-work float', sameProcessRatio('answers/exact', 'answers/float')),
];
