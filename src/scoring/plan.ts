/**
 * `planToReach`: the least a body must add to its dimension scores to reach a grade or a zone.
 *
 * The math. Raising dimension `d` by `x_d` points raises the total by `w_d · x_d / 100`. To gain at least `G`
 * with the least `Σ x_d`, under `0 ≤ x_d ≤ 100 − score_d`, is a fractional knapsack: every point spent on the
 * heaviest dimension buys the most total, so the optimum fills dimensions to 100 in order of weight, heaviest
 * first, and the last one only as far as needed. `G` is computed exactly (from the exact total, minus
 * deductions, to the lowest exact total that the ruleset's rounding still puts in the target band); the last
 * dimension's exact need is then rounded UP to two decimals, so the plan reaches the target and overshoots the
 * lowest sufficient total by less than `w / 100 × 0.01 ≤ 0.01`, one rounding step.
 *
 * For a dimension scored from answers, the same rule inside the dimension says which indicators to raise:
 * heaviest share first, each to at most the scale maximum, as a mean answer (rounded up to two decimals) and
 * as the number of one-point raises of single answers.
 *
 * @module
 */
import { exact, fixed, type Exact } from '../decimal.js';
import { fail, toSafe } from '../errors.js';
import * as text from '../errors/catalog.js';
import type { Category, Ruleset, Zone } from '../model/index.js';
import type { ScoreInput, ScoreOptions } from '../model/input.js';
import { deepFreeze } from '../util/freeze.js';
import type { AnswersResult } from './answers.js';
import { evaluateBody, type DimensionEvaluation } from './aggregate.js';
import { classifyRounded } from './classify.js';
import { compile, type CompiledRuleset } from './compile.js';
import { readOptions } from './options.js';
import {
  add,
  ceilAt,
  cmp,
  display,
  div,
  fromExact,
  fromText,
  int,
  max,
  mul,
  R0,
  R100,
  roundRational,
  sub,
  total as totalOf,
  type Rational,
} from '../rational.js';
import { readInput } from './read-input.js';

/** A grade (`'B'`) or a zone (`'hijau'`): reaching it means that grade or zone, or a better one. */
export type PlanTarget = Category | Zone;

/** Which answers of one indicator to raise. */
export interface PlanIndicatorStep {
  readonly indicator: string;
  readonly variable: string;
  /** Current mean answer (exact), or `null` for an unanswered indicator counted as 0. */
  readonly from: string | null;
  /** Mean answer to reach, rounded up to two decimals, at most the scale maximum. */
  readonly to: string;
  /** How many single answers to raise by one scale point (with the current number of answers), or `null`. */
  readonly raises: number | null;
}

/** One dimension to raise. */
export interface PlanStep {
  readonly dimension: string;
  /** Current score, exact. */
  readonly from: string;
  /** Score to reach, two decimals (rounded up). */
  readonly to: string;
  /** Percent of the total. */
  readonly weight: string;
  /** For a dimension scored from answers: the indicator answers to raise, heaviest share first. */
  readonly indicators?: readonly PlanIndicatorStep[];
}

/** The result of {@link planToReach}. */
export interface Plan {
  readonly target: PlanTarget;
  /** The lowest rounded total in the target: `"78.00"` for B in 2023. */
  readonly threshold: string;
  readonly reachable: boolean;
  /** Dimensions to raise, heaviest weight first; empty when already reached or not reachable. */
  readonly steps: readonly PlanStep[];
  /** Points added over all steps, `Σ (to − from)`, exact. */
  readonly points: string;
  /** The rounded total after the steps (the current total when no step is needed or possible). */
  readonly total: string;
  /** The unrounded total after the steps. */
  readonly exact: string;
  readonly category: Category | null;
  readonly zone: Zone;
  /** Why the target cannot be reached, or `null`. */
  readonly reason: { readonly id: string; readonly en: string } | null;
}

/**
 * Plans the least total points to add to the dimension scores (each at most 100) for the rounded total to
 * reach `target`, a grade or a zone. Steps are ordered by weight, heaviest first, with two-decimal `to`
 * values; applying them reaches the target and overshoots the least sufficient total by at most one rounding
 * step (0.01). Deductions stay as given. Units are planned one at a time (pass one unit's input).
 *
 * @param ruleset - The year's rules: from `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or
 *   `deriveRuleset` (anything else is `INVALID_RULESET`).
 * @param input - Dimension scores and/or answers, as for `score`; not units.
 * @param target - A category of the ruleset (`'B'`) or one of its zones (`'hijau'`).
 * @param options - The same options as for `score`.
 * @throws {@link ScoringError} `INVALID_INPUT` for a bad input or an unknown target.
 *
 * @example
 * ```ts
 * import { getRuleset, planToReach } from '@ombuds/scoring';
 * const plan = planToReach(getRuleset(2023), {
 *   dimensions: { competency: 80, standards: 70, opinion: 70, complaints: 60 },
 * }, 'B');
 * plan.steps; // [{ dimension: 'standards', from: '70', to: '94.61', weight: '32.37' }]
 * plan.total; // '78.00'
 * ```
 */
export function planToReach(
  ruleset: Ruleset,
  input: ScoreInput,
  target: PlanTarget,
  options: ScoreOptions = {},
): Plan {
  const compiled = compile(ruleset);
  const body = readInput(compiled, input, readOptions(options, ['decimalComma', 'missingIndicators']));
  if (body.kind === 'units') {
    throw fail('INVALID_INPUT', text.planUnits, {}, ['units']);
  }
  const threshold = thresholdOf(compiled, target);
  const evaluation = evaluateBody(compiled, body);
  const dimensions = evaluation.dimensions!;
  const deducted = totalOf(evaluation.deductions.map((d) => d.points));
  const lowest = lowestSufficient(compiled, threshold);
  let needed = sub(add(lowest, deducted), evaluation.before);
  const current = classifyRounded(compiled, evaluation.rounded, body.followedUpOmbudsman === true);
  const result = (steps: PlanStep[], reachable: boolean, reason: Plan['reason']): Plan => {
    const scores = dimensions.map((d) => {
      const step = steps.find((s) => s.dimension === d.id);
      return step ? fromText(step.to) : d.score;
    });
    const before = totalOf(dimensions.map((d, i) => div(mul(d.weight, scores[i]!), R100)));
    const after = max(R0, sub(before, deducted));
    const rounded = roundRational(after, compiled.rounding.digits, compiled.rounding.mode);
    const reached = steps.length === 0 ? current : classifyRounded(compiled, rounded, body.followedUpOmbudsman === true);
    const points = totalOf(steps.map((s) => sub(fromText(s.to), dimensions.find((d) => d.id === s.dimension)!.score)));
    return deepFreeze({
      target,
      threshold: fixed(threshold, compiled.rounding.digits),
      reachable,
      steps,
      points: display(points),
      total: reached.total,
      exact: display(steps.length === 0 ? evaluation.exact : after),
      category: reached.category,
      zone: reached.zone,
      reason,
    });
  };
  if (evaluation.rounded.gte(threshold)) return result([], true, null);
  const room = totalOf(dimensions.map((d) => div(mul(d.weight, sub(R100, d.score)), R100)));
  if (cmp(needed, room) > 0) {
    // The best total there is, rounded as the ruleset rounds: every dimension at 100, minus the deductions.
    const { digits, mode } = compiled.rounding;
    const best = fixed(roundRational(max(R0, sub(R100, deducted)), digits, mode), digits);
    const deductions = evaluation.deductions.length > 0;
    return result([], false, {
      id: `Target ${target} tidak tercapai: dengan semua dimensi bernilai 100 total hanya ${best.replace('.', ',')}${
        deductions ? ' karena pengurangan' : ''
      }.`,
      en: `Target ${target} cannot be reached: with every dimension at 100 the total is only ${best}${
        deductions ? ' because of the deductions' : ''
      }.`,
    });
  }
  const order = dimensions
    .map((d, i) => ({ d, i }))
    .sort((a, b) => cmp(b.d.weight, a.d.weight) || a.i - b.i)
    .map((x) => x.d);
  const steps: PlanStep[] = [];
  for (const d of order) {
    if (cmp(needed, R0) <= 0) break;
    const room = div(mul(d.weight, sub(R100, d.score)), R100);
    if (cmp(room, R0) <= 0) continue;
    const to = cmp(room, needed) <= 0 ? exact(100) : ceilAt(add(d.score, div(mul(needed, R100), d.weight)), 2);
    needed = sub(needed, room);
    steps.push(step(d, to));
  }
  return result(steps, true, null);
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
export const safePlanToReach = toSafe(planToReach);

/** The lowest rounded total in the target grade or zone (or a better one). */
function thresholdOf(compiled: CompiledRuleset, target: unknown): Exact {
  const bands = compiled.bands;
  const matching = bands.filter((b) => b.band.category === target || b.band.zone.value === target);
  if (typeof target !== 'string' || matching.length === 0) {
    const categories = bands.map((b) => b.band.category).filter((c) => c !== null);
    const zones = [...new Set(bands.map((b) => b.band.zone.value))];
    throw fail('INVALID_INPUT', text.unknownTarget, { target, year: compiled.ruleset.year, categories, zones }, ['target']);
  }
  return matching.at(-1)!.min;
}

/**
 * The lowest exact total that rounds into the band starting at `threshold`: half a step below it where the
 * ruleset rounds a half up (half-up; half-even when the threshold's last digit is even), else the threshold.
 */
function lowestSufficient(compiled: CompiledRuleset, threshold: Exact): Rational {
  const { digits, mode } = compiled.rounding;
  const t = fromExact(threshold);
  const half = div(int(1), mul(int(2), fromExact(exact(10).pow(digits))));
  const lastDigitEven = threshold.times(exact(10).pow(digits)).mod(2).isZero();
  return mode === 'half-up' || (mode === 'half-even' && lastDigitEven) ? sub(t, half) : t;
}

function step(d: DimensionEvaluation, to: Exact): PlanStep {
  const base: PlanStep = { dimension: d.id, from: display(d.score), to: fixed(to, 2), weight: d.weightText };
  return d.answers ? { ...base, indicators: indicatorSteps(d.answers, sub(fromExact(to), d.score)) } : base;
}

/** Raises inside a dimension worth `gain` dimension points, heaviest indicator share first. */
function indicatorSteps(answers: AnswersResult, gain: Rational): PlanIndicatorStep[] {
  const indicators = answers.variables
    .flatMap((v) => v.indicators.map((i) => ({ i, variable: v.variable.id })))
    .filter(({ i }) => i.score !== null && cmp(i.share, R0) > 0)
    .map((x, k) => ({ ...x, k }))
    .sort((a, b) => cmp(b.i.share, a.i.share) || a.k - b.k);
  let needed = gain;
  const steps: PlanIndicatorStep[] = [];
  for (const { i, variable } of indicators) {
    if (cmp(needed, R0) <= 0) break;
    const score = i.score!;
    const room = div(mul(i.share, sub(R100, score)), R100);
    if (cmp(room, R0) <= 0) continue;
    const target = cmp(room, needed) <= 0 ? R100 : add(score, div(mul(needed, R100), i.share));
    needed = sub(needed, room);
    const { min, max: top } = i.indicator;
    const meanTarget = add(int(min), div(mul(target, int(top - min)), R100));
    const mean = i.mean;
    const count = i.answers?.count ?? 0;
    const raise = mean === null || count === 0 ? null : mul(int(count), sub(meanTarget, mean));
    steps.push({
      indicator: i.indicator.id,
      variable,
      from: mean === null ? null : display(mean),
      to: fixed(ceilAt(meanTarget, 2), 2),
      raises: raise === null ? null : Number(ceilAt(raise, 0).toFixed(0)),
    });
  }
  return steps;
}
