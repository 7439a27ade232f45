/**
 * Answer plans (`planToReach(..., { minimize: 'answers' })`): the fewest single-answer raises, one respondent's
 * answer up one level, after which `score` puts the body in the target.
 *
 * Each raise of indicator `i` (dimension `d`) from level `l` adds exactly
 * `w_d × share_i × (points(l + 1) − points(l)) / (100 × 100 × count_i)` to the total, where `share_i` is the
 * indicator's share after the missing-indicator rule (answered indicators keep their share when others are
 * raised; unanswered ones cannot be raised, there is no answer to raise). The total is linear in these gains,
 * and rounding is monotone, so "reaches the target" is "the gains add up to at least (or more than) the
 * exact need" (`plan-goal.ts`). The exact minimum of that is `fewest-raises.ts`. The plan is then applied to
 * the answers and scored again through `evaluateBody`, the computation behind `score`: the plan's total is the
 * total `score` gives the raised answers.
 *
 * @module
 */
import { meanAnswer, variablesOf } from '../scoring/answer-detail.js';
import { fail } from '../errors/fail.js';
import { TOO_COMPLEX } from '../errors/templates.js';
import type { Confidence, Text } from '../model/index.js';
import type { AnswerLevel, IndicatorAnswers, IndicatorResult, ReadAnswers } from '../scoring/answers.js';
import { evaluateBody, type BodyEvaluation, type DimensionEvaluation } from '../scoring/aggregate.js';
import type { CompiledRuleset } from '../scoring/compile.js';
import { indicatorConfidence, levelsConfidence, weakest } from './confidence.js';
import { fewestRaises, RaiseWorkExceeded, type RaiseDimension, type RaiseSolution } from './fewest-raises.js';
import type { PlanGoal } from './plan-goal.js';
import type { PlanAnswerMove, PlanIndicatorStep, PlanStep } from '../model/plan.js';
import {
  add,
  cmp,
  display,
  div,
  int,
  mul,
  R0,
  R100,
  sub,
  total,
  type Rational,
  twoDecimals as two,
} from '../exact/fraction.js';
import type { ReadBody, ReadValue } from '../scoring/read-input.js';
import { big, divide, gcd, times, type Int } from '../exact/integer.js';
import * as EN from '../texts/en.js';
import * as ID from '../texts/id.js';
import { say } from '../texts/say.js';

/** Which answers of one indicator move, as `count` answers going from `from` to `to` (answer values). */
type AnswerMove = PlanAnswerMove;

/** What an answer plan changes in one indicator. @internal */
export interface IndicatorRaise {
  readonly dimension: number;
  readonly indicator: IndicatorResult;
  readonly variable: string;
  readonly raises: number;
  readonly moves: readonly AnswerMove[];
  /** Mean answer before and after. */
  readonly from: Rational;
  readonly to: Rational;
  readonly confidence: Confidence;
  readonly text: Text;
}

/** @internal */
export interface AnswersPlanOutcome {
  /** `null` when no set of raises reaches the target. */
  readonly raises: readonly IndicatorRaise[] | null;
  readonly count: number;
  /** The body evaluated after the raises (the current one when none is needed or possible). */
  readonly after: BodyEvaluation;
}

/** @internal */
export interface AnswersPlanRequest {
  readonly compiled: CompiledRuleset;
  readonly body: Extract<ReadBody, { kind: 'values' }>;
  readonly evaluation: BodyEvaluation;
  readonly goal: PlanGoal;
  /** Dimension and indicator ids the office cannot change. */
  readonly fixed: ReadonlySet<string>;
  /** Highest score allowed per dimension index, or `null`. */
  readonly max: readonly (Rational | null)[];
}

/** The fewest answer raises that reach the goal. @internal */
export function planAnswers(request: AnswersPlanRequest): AnswersPlanOutcome {
  const { compiled, body, evaluation, goal } = request;
  const dimensions = evaluation.dimensions!;
  // Exact gains per level step, per indicator, as rationals; then one common denominator makes them integers.
  type Entry = {
    d: number;
    k: number;
    result: IndicatorResult;
    levels: readonly AnswerLevel[];
    counts: number[];
    gains: Rational[];
  };
  const entries: Entry[][] = dimensions.map((dimension, d) => {
    const value = body.values[d]!;
    if (value.kind !== 'answers' || request.fixed.has(dimension.id)) return [];
    return indicatorsOf(dimension).flatMap(({ result, k }) => {
      const given = value.answers.answers[k];
      if (!given || request.fixed.has(result.indicator.id) || cmp(result.share, R0) <= 0) return [];
      const levels = result.indicator.levels;
      const counts = [...given.counts];
      const unit = div(mul(dimension.weight, result.share), int(10_000 * given.count));
      const gains = levels.slice(1).map((level, l) => mul(unit, sub(level.points, levels[l]!.points)));
      return [{ d, k, result, levels, counts, gains }];
    });
  });
  const need = sub(add(goal.bound, deducted(evaluation)), evaluation.before);
  const caps = dimensions.map((dimension, d) => {
    const max = request.max[d];
    return max ? div(mul(dimension.weight, sub(max, dimension.score)), R100) : null;
  });
  const denominators = [
    need,
    ...caps.filter((c): c is Rational => c !== null),
    ...entries.flat().flatMap((e) => e.gains),
  ];
  // The least common multiple of the denominators: every gain is a whole number of its units.
  const scale = denominators.reduce<Int>((acc, r) => times(divide(acc, gcd(acc, r.d))[0], r.d), 1);
  /** ⌊r · scale⌋: exact for the gains and the need, rounded down for a cap. */
  const scaled = (r: Rational) => big(divide(times(r.n, scale), r.d)[0]);
  const problem: RaiseDimension[] = entries.map((list, d) => ({
    indicators: list.map((e) => ({ steps: e.gains.map(scaled), counts: e.counts })),
    cap: caps[d] === null ? null : cmp(caps[d]!, R0) <= 0 ? BigInt(0) : scaled(caps[d]!),
  }));
  let solution: RaiseSolution | null;
  try {
    solution = fewestRaises(problem, scaled(need), goal.strict);
  } catch (error) {
    if (!(error instanceof RaiseWorkExceeded)) throw error;
    const capped = request.max.some((m) => m !== null);
    throw fail('INVALID_OPTIONS', [capped ? 'max' : 'minimize'], TOO_COMPLEX);
  }
  if (solution === null) return { raises: null, count: 0, after: evaluation };
  const raises: IndicatorRaise[] = [];
  const values: ReadValue[] = body.values.map((value, d) => {
    if (value.kind !== 'answers' || entries[d]!.length === 0) return value;
    const answers = [...value.answers.answers];
    entries[d]!.forEach((e, j) => {
      const after = solution.counts[d]![j]!;
      const moves = movesOf(e.levels, e.counts, after);
      if (moves.length === 0) return;
      const given = answers[e.k]!;
      answers[e.k] = { count: given.count, counts: after } satisfies IndicatorAnswers;
      raises.push(indicatorRaise(compiled, dimensions[d]!, d, e.result, moves, given, answers[e.k]!));
    });
    return { kind: 'answers', answers: { ...value.answers, answers } satisfies ReadAnswers };
  });
  const after = evaluateBody(compiled, { ...request.body, values });
  return { raises, count: solution.raises, after };
}

function deducted(evaluation: BodyEvaluation): Rational {
  return total(evaluation.deductions.map((d) => d.points));
}

/** The indicators of a dimension scored from answers, with their index in the instrument. */
function indicatorsOf(dimension: DimensionEvaluation): { result: IndicatorResult; k: number }[] {
  const list: { result: IndicatorResult; k: number }[] = [];
  let k = 0;
  for (const v of variablesOf(dimension.answers!)) {
    for (const result of v.indicators) list.push({ result, k: k++ });
  }
  return list;
}

/** Sorted answers before and after, paired by rank: each answer only rises. */
function movesOf(levels: readonly AnswerLevel[], before: readonly number[], after: readonly number[]): AnswerMove[] {
  const expand = (counts: readonly number[]) => counts.flatMap((c, l) => new Array<number>(c).fill(l));
  const from = expand(before);
  const to = expand(after);
  const moves = new Map<string, AnswerMove>();
  from.forEach((l, i) => {
    const m = to[i]!;
    if (m === l) return;
    const key = `${l}|${m}`;
    const seen = moves.get(key);
    moves.set(key, { from: levels[l]!.value, to: levels[m]!.value, count: (seen?.count ?? 0) + 1 });
  });
  return [...moves.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

function indicatorRaise(
  compiled: CompiledRuleset,
  dimension: DimensionEvaluation,
  d: number,
  result: IndicatorResult,
  moves: AnswerMove[],
  given: IndicatorAnswers,
  raised: IndicatorAnswers,
): IndicatorRaise {
  const { indicator } = result;
  const variable = variablesOf(dimension.answers!)[indicator.variable]!.variable;
  const dimensionModel = compiled.ruleset.dimensions[d]!;
  const raises = moves.reduce((a, m) => a + m.count * (m.to - m.from), 0);
  const answers = moves.reduce((a, m) => a + m.count, 0);
  const text = say(ID.raiseAnswers, EN.raiseAnswers, {
    indicator: indicator.label,
    dimension: dimensionModel.label,
    dimensionId: dimension.id,
    answers,
    levels: raises,
    moves,
  });
  const scored = dimension.answers!;
  const position = variablesOf(scored)[indicator.variable]!.indicators.indexOf(result);
  const confidence = weakest([
    dimensionModel.weight.confidence,
    indicatorConfidence(scored, indicator.variable, position),
    levelsConfidence(dimensionModel, indicator.variable, position),
  ]);
  return {
    dimension: d,
    indicator: result,
    variable: variable.id,
    raises,
    moves,
    from: meanAnswer(indicator, given),
    to: meanAnswer(indicator, raised),
    confidence,
    text,
  };
}

/** The dimension steps of an answers plan, in ruleset order, each with its indicator steps. @internal */
export function answerSteps(
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
        text: say(ID.dimensionRaises, EN.dimensionRaises, {
          dimension: dimension.label,
          count,
          from: two(d.score),
          to: two(to),
        }),
      },
    ];
  });
}
