/**
 * `planToReach`: the least a body must change to reach a grade or a zone, in one of two measures.
 *
 * - `minimize: 'answers'` (the default when the input has answers): the fewest single-answer raises, one
 *   respondent's answer up one level, exactly minimal (`plan-answers.ts`, `fewest-raises.ts`).
 * - `minimize: 'points'`: the least dimension points. Raising dimension `d` by `x_d` points raises the total by
 *   `w_d · x_d / 100`. To gain `G` with the least `Σ x_d`, under `0 ≤ x_d ≤ cap_d − score_d` (cap 100 or the
 *   `max` option), is a fractional knapsack: every point spent on the heaviest dimension buys the most total,
 *   so the optimum fills dimensions in order of weight, heaviest first, and the last one only as far as needed.
 *   The need is exact (`plan-goal.ts`: from the exact total, minus deductions, to the exact totals that the
 *   ruleset's rounding mode puts in the target, `≥` or `>` a bound); the last dimension's `to` is the least
 *   two-decimal score that meets it, so cutting it by 0.01 misses the target. For a dimension scored from
 *   answers, the same rule inside the dimension says which indicators to raise: heaviest share first.
 *
 * @module
 */
import { isArraySafe } from '../read/describe.js';
import { ceilAt, exact, fixed, fromExact, type Exact } from '../exact/decimal.js';
import { parseScore } from '../exact/read-number.js';
import { ScoringError, toSafe } from '../errors.js';
import {
  fail,
  MINIMIZE_ANSWERS,
  NOT_IDS,
  NOT_OBJECT,
  ONE_UNIT,
  TOO_MANY,
  UNKNOWN_KEY,
  UNREADABLE,
} from '../errors/templates.js';
import type { Category, Confidence, Ruleset, Text, Zone } from '../model/index.js';
import type { ScoreInput, ScoreOptions } from '../model/input.js';
import { deepFreeze } from '../util/freeze.js';
import type { AnswersResult } from './answers.js';
import { evaluateBody, type BodyEvaluation, type DimensionEvaluation } from './aggregate.js';
import { classifyRounded } from './classify.js';
import { compile, type CompiledRuleset } from './compile.js';
import { indicatorConfidence, levelsConfidence, weakest } from './confidence.js';
import { readChoice, readOptions } from '../read/options.js';
import { planAnswers, type IndicatorRaise } from './plan-answers.js';
import { planGoal, reachesGoal, type PlanGoal, type PlanTarget } from './plan-goal.js';
import {
  add,
  cmp,
  display,
  div,
  fixedText,
  int,
  max,
  min,
  mul,
  R0,
  R100,
  roundedText,
  roundTo,
  sub,
  total as totalOf,
  type Rational,
} from '../exact/fraction.js';
import { readInput, type ReadBody } from './read-input.js';

export type { PlanTarget } from './plan-goal.js';

/** What a plan minimises: single-answer raises, or dimension points. */
export type PlanMeasure = 'answers' | 'points';

/** Options of {@link planToReach}: those of `score`, and what to minimise and what may change. */
export interface PlanOptions extends ScoreOptions {
  /** `'answers'` (default when the input has answers) or `'points'` (default otherwise). */
  readonly minimize?: PlanMeasure;
  /** Dimension or indicator ids the office cannot change (e.g. `['opinion']`): the plan leaves them as they are. */
  readonly fixed?: readonly string[];
  /** The highest score (0–100) a dimension may reach in the plan, per dimension id. */
  readonly max?: Readonly<Record<string, string | number>>;
}

/** `count` answers of one indicator go from answer `from` to answer `to` (answer values, `from < to`). */
export interface PlanAnswerMove {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Which answers of one indicator to raise. */
export interface PlanIndicatorStep {
  readonly indicator: string;
  readonly variable: string;
  /** Current mean answer (exact), or `null` for an unanswered indicator counted as 0. */
  readonly from: string | null;
  /**
   * Mean answer after the step: exact for an answers plan; for a points plan rounded up to two decimals, at
   * most the scale maximum.
   */
  readonly to: string;
  /** Single raises (one answer up one level); `null` where it cannot be said (an unanswered indicator). */
  readonly raises: number | null;
  /** Answers plan: which answers move, lowest first. */
  readonly answers?: readonly PlanAnswerMove[];
  /** The weakest confidence of the parameters this step rests on: dimension weight, variable, indicator. */
  readonly confidence: Confidence;
  /** One sentence for the office, in Indonesian and English. */
  readonly text: Text;
}

/** One dimension to raise. */
export interface PlanStep {
  readonly dimension: string;
  /** Current score, exact. */
  readonly from: string;
  /** Score to reach: two decimals (rounded up) in a points plan; exact in an answers plan. */
  readonly to: string;
  /** Percent of the total. */
  readonly weight: string;
  /** For a dimension scored from answers: the indicator answers to raise. */
  readonly indicators?: readonly PlanIndicatorStep[];
  /** Answers plan: single raises in this dimension. */
  readonly raises?: number;
  /** The weakest confidence of the parameters this step rests on (its weight and, below, its indicators). */
  readonly confidence: Confidence;
  readonly text: Text;
}

/** The result of {@link planToReach}. */
export interface Plan {
  readonly target: PlanTarget;
  /** What the plan minimises. */
  readonly minimize: PlanMeasure;
  /** The lowest rounded total in the target: `"78.00"` for B in 2023. */
  readonly threshold: string;
  readonly reachable: boolean;
  /** Dimensions to raise; empty when already reached or not reachable. */
  readonly steps: readonly PlanStep[];
  /** Points added to the dimension scores over all steps, `Σ (to − from)`, exact. */
  readonly points: string;
  /** Answers plan: the number of single raises (the minimum); `null` for a points plan. */
  readonly raises: number | null;
  /** The rounded total after the steps (the current total when no step is needed or possible). */
  readonly total: string;
  /** The unrounded total after the steps. */
  readonly exact: string;
  readonly category: Category | null;
  readonly zone: Zone;
  /**
   * The weakest confidence of what the plan rests on: the band bounds that set the threshold, the rounding
   * rule, and every step.
   */
  readonly confidence: Confidence;
  /** Why the target cannot be reached, or `null`. */
  readonly reason: Text | null;
}

/**
 * Plans the least change for the rounded total to reach `target`, a grade or a zone (or a better one): any
 * grade or zone, not only the next. Applying the plan gives exactly the total `score` computes, and no smaller
 * plan reaches the target, for every rounding mode.
 *
 * - `minimize: 'answers'` (default when the input has answers): the fewest single-answer raises (one
 *   respondent's answer up one level); each indicator step says which answers move and has a sentence for the
 *   office. Indicators without answers cannot be raised; dimensions given as scores stay as they are.
 * - `minimize: 'points'` (default for dimension scores): the least dimension points, heaviest dimension first,
 *   each `to` with two decimals, the last the least one that still reaches the target.
 *
 * `fixed` lists dimension or indicator ids that must not change; `max` caps a dimension's score. Deductions stay
 * as given. Units are planned one at a time (pass one unit's input).
 *
 * @param ruleset - The year's rules: from `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or
 *   `deriveRuleset` (anything else is `INVALID_RULESET`).
 * @param input - Dimension scores and/or answers, as for `score`; not units.
 * @param target - A category of the ruleset (`'B'`) or one of its zones (`'hijau'`).
 * @param options - The options of `score`, plus `minimize`, `fixed` and `max`.
 * @throws {@link ScoringError} `INVALID_INPUT` for a bad input, an unknown target or one the ruleset's bands
 *   cannot give to a higher total (a worse band above it); `INVALID_OPTIONS` for a bad option.
 *
 * @example
 * ```ts
 * import { getRuleset, planToReach } from '@ombuds/scoring';
 * const plan = planToReach(getRuleset(2023), {
 *   dimensions: { competency: 80, standards: 70, opinion: 70, complaints: 60 },
 * }, 'B');
 * plan.steps[0]!.to; // '94.61'
 * plan.total; // '78.00'
 * // From answers (revision 2 of 2023: 0..5, answer × 20), the fewest single raises of one answer by one level:
 * const standards = {
 *   persyaratan: [5, 5], prosedur: [5, 5], 'jangka-waktu': [5, 5], biaya: [5, 5], produk: [5, 5],
 *   'sarana-pengaduan': [5, 5], maklumat: [5, 5], 'informasi-elektronik': [5, 5],
 *   'pelayanan-khusus': [5, 0], 'jaminan-pelayanan': [4, 4], 'pelaksana-beridentitas': [4, 4],
 * };
 * const answers = planToReach(getRuleset(2023), {
 *   dimensions: { competency: 80, opinion: 70, complaints: 60 },
 *   answers: { standards },
 * }, 'B');
 * answers.raises; // 4 (each adds 20 / 2 / 11 × 32.37 % = 0.294; 77.09 needs 0.90 more)
 * answers.total; // '78.27'
 * answers.steps[0]!.indicators![0]!.answers; // [{ from: 0, to: 4, count: 1 }]
 * answers.steps[0]!.indicators![0]!.text.id; // 'Naikkan 1 jawaban observasi produk layanan pada indikator “Pelayanan khusus bagi kelompok rentan tersedia” (Dimensi Proses), 4 tingkat seluruhnya: 1 dari 0 ke 4'
 * ```
 */
export function planToReach(ruleset: Ruleset, input: ScoreInput, target: PlanTarget, options: PlanOptions = {}): Plan {
  const compiled = compile(ruleset);
  // Own options only: a copy without a prototype, so that nothing set on Object.prototype is read as an option.
  const read: PlanOptions = Object.assign(
    Object.create(null) as PlanOptions,
    readOptions(options, ['decimalComma', 'missingIndicators', 'minimize', 'fixed', 'max']),
  );
  const body = readInput(compiled, input, read);
  if (body.kind === 'units') {
    throw fail('INVALID_INPUT', ['units'], ONE_UNIT);
  }
  const goal = planGoal(compiled, target);
  const hasAnswers = body.kind === 'values' && body.values.some((v) => v.kind === 'answers');
  const minimize =
    readChoice(read.minimize, ['answers', 'points'] as const, 'minimize') ?? (hasAnswers ? 'answers' : 'points');
  if (minimize === 'answers' && !hasAnswers) {
    throw fail('INVALID_OPTIONS', ['minimize'], MINIMIZE_ANSWERS);
  }
  const fixedIds = readFixed(compiled, read.fixed);
  const caps = readMax(compiled, read.max, read);
  const evaluation = evaluateBody(compiled, body);
  const frame: Frame = { compiled, body, goal, target: target as PlanTarget, minimize, evaluation };
  if (reachesGoal(goal, evaluation.exact)) return finish(frame, [], null, evaluation, null);
  if (minimize === 'answers') {
    const outcome = planAnswers({
      compiled,
      body: body as Extract<ReadBody, { kind: 'values' }>,
      evaluation,
      input,
      options: read,
      goal,
      fixed: fixedIds,
      max: caps,
    });
    if (outcome.raises === null) {
      return finish(
        frame,
        [],
        outcome.count,
        evaluation,
        unreachable(frame, null, 'answers', fixedIds.size > 0 || caps.some((c) => c)),
      );
    }
    return finish(
      frame,
      answerSteps(compiled, evaluation, outcome.after, outcome.raises),
      outcome.count,
      outcome.after,
      null,
    );
  }
  return planPoints(frame, fixedIds, caps);
}

/**
 * Like {@link planToReach}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safePlanToReach } from '@ombuds/scoring';
 * const result = safePlanToReach(getRuleset(2023), { dimensions: { competency: 90 } }, 'A');
 * if (!result.success) result.error.code; // 'INVALID_INPUT'
 * ```
 */
export const safePlanToReach = /* @__PURE__ */ toSafe(planToReach);

interface Frame {
  readonly compiled: CompiledRuleset;
  readonly body: ReadBody;
  readonly goal: PlanGoal;
  readonly target: PlanTarget;
  readonly minimize: PlanMeasure;
  readonly evaluation: BodyEvaluation;
}

function finish(
  frame: Frame,
  steps: PlanStep[],
  raises: number | null,
  after: BodyEvaluation,
  reason: Text | null,
): Plan {
  const { compiled, body, goal, evaluation } = frame;
  const reached = classifyRounded(compiled, after.rounded, body.followedUpOmbudsman === true);
  const before = evaluation.dimensions!;
  const points = totalOf(
    after.dimensions!.map((d, i) => sub(d.score, before[i]!.score)).filter((x) => cmp(x, R0) !== 0),
  );
  return deepFreeze({
    target: frame.target,
    minimize: frame.minimize,
    threshold: fixedText(goal.threshold, compiled.rounding.digits),
    reachable: reason === null,
    steps,
    points: display(points),
    raises: frame.minimize === 'answers' ? (reason === null ? raises ?? 0 : null) : null,
    total: reached.total,
    exact: display(after.exact),
    category: reached.category,
    zone: reached.zone,
    confidence: weakest([goal.confidence, ...steps.map((s) => s.confidence)]),
    reason,
  });
}

/** Why a target cannot be reached; `best` is the best rounded total a points plan can give. */
function unreachable(frame: Frame, best: string | null, measure: PlanMeasure, limited: boolean): Text {
  const { target, evaluation } = frame;
  const deductions = evaluation.deductions.length > 0;
  if (measure === 'answers' || best === null) {
    return {
      id: `Target ${target} tidak tercapai dengan menaikkan jawaban${
        limited ? ' yang boleh diubah (fixed, max)' : ''
      }: bahkan semua jawaban itu di tingkat tertinggi tidak cukup${deductions ? ' karena pengurangan' : ''}.`,
      en: `Target ${target} cannot be reached by raising answers${
        limited ? ' that may change (fixed, max)' : ''
      }: even all of them at the top level are not enough${deductions ? ' because of the deductions' : ''}.`,
    };
  }
  return limited
    ? {
        id: `Target ${target} tidak tercapai: dengan dimensi yang boleh diubah pada nilai tertinggi (100 atau max) total hanya ${best.replace(
          '.',
          ',',
        )}${deductions ? ' karena pengurangan' : ''}.`,
        en: `Target ${target} cannot be reached: with the dimensions that may change at their highest (100 or max) the total is only ${best}${
          deductions ? ' because of the deductions' : ''
        }.`,
      }
    : {
        id: `Target ${target} tidak tercapai: dengan semua dimensi bernilai 100 total hanya ${best.replace('.', ',')}${
          deductions ? ' karena pengurangan' : ''
        }.`,
        en: `Target ${target} cannot be reached: with every dimension at 100 the total is only ${best}${
          deductions ? ' because of the deductions' : ''
        }.`,
      };
}

/** The least dimension points, heaviest dimension first. */
function planPoints(frame: Frame, fixedIds: ReadonlySet<string>, caps: readonly (Rational | null)[]): Plan {
  const { compiled, goal, evaluation } = frame;
  const dimensions = evaluation.dimensions!;
  const deducted = totalOf(evaluation.deductions.map((d) => d.points));
  const ceiling = dimensions.map((d, i) => (fixedIds.has(d.id) ? d.score : max(d.score, min(R100, caps[i] ?? R100))));
  const rooms = dimensions.map((d, i) => div(mul(d.weight, sub(ceiling[i]!, d.score)), R100));
  let needed = sub(add(goal.bound, deducted), evaluation.before);
  const enough = (gained: Rational, need: Rational) => (goal.strict ? cmp(gained, need) > 0 : cmp(gained, need) >= 0);
  if (!enough(totalOf(rooms), needed)) {
    // The best total there is, rounded as the ruleset rounds: every dimension that may change at its highest.
    const { digits, mode } = compiled.rounding;
    const best = roundedText(max(R0, sub(add(evaluation.before, totalOf(rooms)), deducted)), digits, mode);
    const limited = fixedIds.size > 0 || caps.some((c) => c);
    return finish(frame, [], null, evaluation, unreachable(frame, best, 'points', limited));
  }
  const order = dimensions.map((d, i) => ({ d, i })).sort((a, b) => cmp(b.d.weight, a.d.weight) || a.i - b.i);
  const scores = dimensions.map((d) => d.score);
  const steps: PlanStep[] = [];
  for (const { d, i } of order) {
    if (enough(R0, needed)) break;
    const room = rooms[i]!;
    if (cmp(room, R0) <= 0) continue;
    // The least two-decimal score that meets what is still needed, or the ceiling when that is not enough.
    const exactTo = add(d.score, div(mul(needed, R100), d.weight));
    const least = ceilAt(exactTo, 2);
    let to: Exact | null = enough(room, needed)
      ? goal.strict && cmp(fromExact(least), exactTo) === 0
        ? least.plus('0.01')
        : least
      : null;
    if (to !== null && cmp(fromExact(to), ceiling[i]!) > 0) to = null;
    const reached = to === null ? ceiling[i]! : fromExact(to);
    needed = sub(needed, div(mul(d.weight, sub(reached, d.score)), R100));
    scores[i] = reached;
    steps.push(pointsStep(frame, d, to ?? atLeastTwo(ceiling[i]!), fixedIds));
  }
  return finish(frame, steps, null, withScores(compiled, evaluation, scores), null);
}

/** The evaluation with new dimension scores: contributions, total and rounding recomputed exactly. */
function withScores(
  compiled: CompiledRuleset,
  evaluation: BodyEvaluation,
  scores: readonly Rational[],
): BodyEvaluation {
  const dimensions = evaluation.dimensions!.map((d, i) => {
    const score = scores[i]!;
    return { ...d, score, contribution: div(mul(d.weight, score), R100) };
  });
  const before = totalOf(dimensions.map((d) => d.contribution));
  const exactTotal = max(R0, sub(before, totalOf(evaluation.deductions.map((d) => d.points))));
  const { digits, mode } = compiled.rounding;
  return { ...evaluation, dimensions, before, exact: exactTotal, rounded: roundTo(exactTotal, digits, mode) };
}

/** A terminating score with at least two decimals: `100` → `100.00`. */
function atLeastTwo(score: Rational): Exact {
  return exact(display(score));
}

function pointsStep(frame: Frame, d: DimensionEvaluation, to: Exact, fixedIds: ReadonlySet<string>): PlanStep {
  const dimension = frame.compiled.ruleset.dimensions.find((x) => x.id === d.id)!;
  const indicators = d.answers ? indicatorSteps(frame, d, d.answers, sub(fromExact(to), d.score), fixedIds) : null;
  const confidence = weakest([dimension.weight.confidence, ...(indicators ?? []).map((i) => i.confidence)]);
  const toText = fixed(to, Math.max(2, to.decimalPlaces()));
  const base: PlanStep = {
    dimension: d.id,
    from: display(d.score),
    to: toText,
    weight: d.weightText,
    confidence,
    text: {
      id: `Naikkan nilai ${dimension.label.id} dari ${comma(two(d.score))} ke ${comma(toText)}`,
      en: `Raise the ${dimension.label.en} from ${two(d.score)} to ${toText}`,
    },
  };
  return indicators ? { ...base, indicators } : base;
}

/** Raises inside a dimension worth `gain` dimension points, heaviest indicator share first. */
function indicatorSteps(
  frame: Frame,
  d: DimensionEvaluation,
  answers: AnswersResult,
  gain: Rational,
  fixedIds: ReadonlySet<string>,
): PlanIndicatorStep[] {
  const dimension = frame.compiled.ruleset.dimensions.find((x) => x.id === d.id)!;
  const indicators = answers.variables
    .flatMap((v, vi) =>
      v.indicators.map((i, ii) => ({
        i,
        variable: v.variable,
        confidence: weakest([indicatorConfidence(answers, vi, ii), levelsConfidence(dimension, vi, ii)]),
      })),
    )
    .filter(({ i }) => i.score !== null && cmp(i.share, R0) > 0 && !fixedIds.has(i.indicator.id))
    .map((x, k) => ({ ...x, k }))
    .sort((a, b) => cmp(b.i.share, a.i.share) || a.k - b.k);
  let needed = gain;
  const steps: PlanIndicatorStep[] = [];
  for (const { i, variable, confidence } of indicators) {
    if (cmp(needed, R0) <= 0) break;
    const score = i.score!;
    const room = div(mul(i.share, sub(R100, score)), R100);
    if (cmp(room, R0) <= 0) continue;
    const target = cmp(room, needed) <= 0 ? R100 : add(score, div(mul(needed, R100), i.share));
    needed = sub(needed, room);
    const { min: low, max: top, options } = i.indicator;
    // On a scale, the mean answer that gives the target score; with answer options, the mean points (raises
    // between uneven options are counted by an answers plan, not here).
    const meanTarget = options ? target : add(int(low), div(mul(target, int(top - low)), R100));
    const mean = i.mean;
    const count = i.answers?.count ?? 0;
    const raise = options || mean === null || count === 0 ? null : mul(int(count), sub(meanTarget, mean));
    const raises = raise === null ? null : Number(ceilAt(raise, 0).toFixed(0));
    const to = fixed(ceilAt(meanTarget, 2), 2);
    const label = i.indicator.label;
    steps.push({
      indicator: i.indicator.id,
      variable: variable.id,
      from: mean === null ? null : display(mean),
      to,
      raises,
      confidence: weakest([dimension.weight.confidence, confidence]),
      text: {
        id: `Naikkan rata-rata jawaban indikator “${label.id}” dari ${
          mean === null ? '–' : comma(two(mean))
        } ke ${comma(to)}${raises === null ? '' : ` (${raises} kali satu jawaban naik satu tingkat)`}`,
        en: `Raise the mean answer of indicator “${label.en}” from ${mean === null ? '–' : two(mean)} to ${to}${
          raises === null ? '' : ` (${raises} single answers one level up)`
        }`,
      },
    });
  }
  return steps;
}

/** The dimension steps of an answers plan, in ruleset order, each with its indicator steps. */
function answerSteps(
  compiled: CompiledRuleset,
  before: BodyEvaluation,
  after: BodyEvaluation,
  raises: readonly IndicatorRaise[],
): PlanStep[] {
  return before.dimensions!.flatMap((d, index) => {
    const own = raises.filter((r) => r.dimension === index);
    if (own.length === 0) return [];
    const dimension = compiled.ruleset.dimensions[index]!;
    const to = after.dimensions![index]!.score;
    const count = own.reduce((a, r) => a + r.raises, 0);
    const indicators: PlanIndicatorStep[] = own.map((r) => ({
      indicator: r.indicator.indicator.id,
      variable: r.variable,
      from: display(r.from),
      to: display(r.to),
      raises: r.raises,
      answers: r.moves,
      confidence: r.confidence,
      text: r.text,
    }));
    return [
      {
        dimension: d.id,
        from: display(d.score),
        to: display(to),
        weight: d.weightText,
        indicators,
        raises: count,
        confidence: weakest([dimension.weight.confidence, ...indicators.map((i) => i.confidence)]),
        text: {
          id: `${dimension.label.id}: ${count} kenaikan jawaban satu tingkat, nilai dimensi dari ${comma(
            two(d.score),
          )} ke ${comma(two(to))}`,
          en: `${dimension.label.en}: ${count} single-level answer raises, dimension score from ${two(
            d.score,
          )} to ${two(to)}`,
        },
      },
    ];
  });
}

function readFixed(compiled: CompiledRuleset, value: unknown): ReadonlySet<string> {
  if (value === undefined) return new Set();
  if (!isArraySafe(value)) {
    throw fail('INVALID_OPTIONS', ['fixed'], NOT_IDS, value);
  }
  const known = new Set<string>(compiled.dimensions.map((d) => d.id));
  for (const d of compiled.ruleset.dimensions)
    for (const v of d.variables ?? []) for (const i of v.indicators) known.add(i.id);
  // A copy read once, within a bound (every id once), turning a throwing getter into an options error.
  let list: unknown[];
  try {
    const length = (value as readonly unknown[]).length;
    if (length > known.size) {
      throw fail('INVALID_OPTIONS', ['fixed'], TOO_MANY, 'fixed', length, known.size);
    }
    list = Array.from({ length }, (_, i) => (value as readonly unknown[])[i]);
  } catch (error) {
    if (error instanceof ScoringError) throw error;
    throw fail('INVALID_OPTIONS', ['fixed'], UNREADABLE);
  }
  list.forEach((id, index) => {
    if (typeof id !== 'string' || !known.has(id)) {
      throw fail('INVALID_OPTIONS', ['fixed', index], UNKNOWN_KEY, id, [...known]);
    }
  });
  return new Set(list as string[]);
}

function readMax(compiled: CompiledRuleset, value: unknown, options: ScoreOptions): (Rational | null)[] {
  const caps: (Rational | null)[] = compiled.dimensions.map(() => null);
  if (value === undefined) return caps;
  if (value === null || typeof value !== 'object' || isArraySafe(value)) {
    throw fail('INVALID_OPTIONS', ['max'], NOT_OBJECT, value);
  }
  let entries: [string, unknown][];
  try {
    entries = Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
  } catch {
    throw fail('INVALID_OPTIONS', ['max'], UNREADABLE);
  }
  for (const [key, raw] of entries) {
    const index = compiled.ids.indexOf(key);
    if (index < 0) {
      throw fail('INVALID_OPTIONS', ['max', key], UNKNOWN_KEY, key, compiled.ids);
    }
    try {
      caps[index] = parseScore(raw, ['max', key], options);
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
      // The value's own error (its reason, texts and path), as an options error.
      throw new ScoringError('INVALID_OPTIONS', error.text.en, error.path, { reason: error.reason, id: error.text.id });
    }
  }
  return caps;
}

/** Two decimals, half-up, for the sentences only (never for computing). */
function two(value: Rational): string {
  return roundedText(value, 2, 'half-up');
}
function comma(value: string): string {
  return value.replace('.', ',');
}
