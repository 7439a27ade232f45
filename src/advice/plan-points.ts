/**
 * The points measure of `planToReach`: the least dimension points. Raising dimension `d` by `x_d` points raises
 * the total by `w_d · x_d / 100`. To gain `G` with the least `Σ x_d`, under `0 ≤ x_d ≤ cap_d − score_d` (cap
 * 100 or the `max` option), is a fractional knapsack: every point spent on the heaviest dimension buys the most
 * total, so the optimum fills dimensions in order of weight, heaviest first, and the last one only as far as
 * needed. The need is exact (`plan-goal.ts`); the last dimension's `to` is the least two-decimal score that
 * meets it, so cutting it by 0.01 misses the target. For a dimension scored from answers, the same rule inside
 * the dimension says which indicators to raise: heaviest share first.
 *
 * @module
 */
import { variablesOf } from '../scoring/answer-detail.js';
import { ceilAt, exact, fixed, fromExact, type Exact } from '../exact/decimal.js';
import type { Plan, PlanIndicatorStep, PlanStep } from '../model/plan.js';
import type { AnswersResult } from '../scoring/share-plan.js';
import type { BodyEvaluation, DimensionEvaluation } from '../scoring/aggregate.js';
import type { CompiledRuleset } from '../scoring/compile.js';
import {
  add,
  cmp,
  display,
  div,
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
  twoDecimals as two,
} from '../exact/fraction.js';
import * as EN from '../texts/en.js';
import * as ID from '../texts/id.js';
import { say } from '../texts/say.js';
import { indicatorConfidence, levelsConfidence, weakest } from './confidence.js';
import { finish, unreachable, type Frame } from './plan-result.js';

/** The least dimension points, heaviest dimension first. @internal */
export function planPoints(frame: Frame, fixedIds: ReadonlySet<string>, caps: readonly (Rational | null)[]): Plan {
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
    text: say(ID.raiseDimension, EN.raiseDimension, { dimension: dimension.label, from: two(d.score), to: toText }),
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
  const indicators = variablesOf(answers)
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
    steps.push({
      indicator: i.indicator.id,
      variable: variable.id,
      from: mean === null ? null : display(mean),
      to,
      raises,
      confidence: weakest([dimension.weight.confidence, confidence]),
      text: say(ID.raiseIndicatorMean, EN.raiseIndicatorMean, {
        indicator: i.indicator.label,
        from: mean === null ? null : two(mean),
        to,
        raises,
      }),
    });
  }
  return steps;
}
