/**
 * The share plan of a dimension scored from answers (RULEBOOK §4.3): for one instrument, one missing rule and one
 * number of answers per indicator, the score as one integer sum over one common denominator,
 * `score = Σ weights[i][k] × counts[i][k] / denominator`, where `counts[i][k]` is how many answers the reader counted
 * at level `k` of indicator `i`. It is the general formula with its rationals multiplied out once:
 * `weights[i][k] / denominator = points[k] × share[i] / (100 × count[i])`, each indicator's share after the missing
 * rule (a variable keeps the weight of its counted indicators, re-spread over them; a variable without one leaves
 * its weight to the others). What the result shows of the dimension besides its score (its summary, the assumed
 * parameters it rests on) depends on the plan alone and is made once here, frozen. The indicators' and variables'
 * own scores and means, which only `explain` and `planToReach` show, are built from the plan in `answer-detail.ts`.
 *
 * Plans are immutable; the last one made is kept per instrument (a re-entrant call may replace it, never change
 * it), and one for other answer counts is made as the general evaluation was: once per dimension scored.
 *
 * @module
 */
import type { MissingIndicators } from '../model/instrument.js';
import type { AnswersSummary } from '../model/result.js';
import { div, int, mul, R0, R100, ratio, reduce, total, type Rational } from '../exact/fraction.js';
import { divide, gcd, plus, times, type Int } from '../exact/integer.js';
import { own } from '../util/own.js';
import { levelsParameter, type CompiledInstrument, type IndicatorAnswers, type ReadAnswers } from './answers.js';
import * as EN from '../texts/en.js';
import * as ID from '../texts/id.js';

/**
 * A dimension scored from its answers by its share plan (`share-plan.ts`); its variables and indicators, which
 * `score` does not show, are built only for `explain` and `planToReach` (`variablesOf`, `answer-detail.ts`). @internal
 */
export interface AnswersResult {
  /** 0–100, exact. */
  readonly score: Rational;
  readonly plan: SharePlan;
  /** The answers as read, in instrument order. */
  readonly answers: readonly (IndicatorAnswers | null)[];
}

/** @internal */
export interface SharePlan {
  readonly instrument: CompiledInstrument;
  readonly missing: MissingIndicators;
  /** Answers per indicator (0: none): what the plan was made for. */
  readonly counts: readonly number[];
  /** Per indicator and level, the integer weight of one answer at that level (none where it has no answers). */
  readonly weights: readonly (readonly Int[])[];
  readonly denominator: Int;
  /** Each indicator's and each variable's share of the dimension in percent after the missing rule. */
  readonly shares: readonly Rational[];
  readonly variableShares: readonly Rational[];
  /** Whether a variable has a counted indicator of positive share. */
  readonly present: readonly boolean[];
  /** The dimension's summary in a result, frozen. */
  readonly summary: AnswersSummary;
  /** Paths of the assumed parameters of its counted variables, indicators and answer levels, in order. */
  readonly assumptions: readonly string[];
}

/** The last plan made per instrument: real data meets the same answer counts unit after unit. */
const last = new WeakMap<CompiledInstrument, SharePlan>();

/**
 * Scores one dimension from its read answers, exactly: `Σ weight × count / denominator` over the levels of its
 * share plan, the last one made for its instrument when it fits these answer counts. @internal
 */
export function evaluateAnswers({ instrument, answers, missing }: ReadAnswers): AnswersResult {
  let plan = last.get(instrument);
  const counts = answers.map((a) => a?.count ?? 0);
  if (plan?.missing !== missing || counts.some((c, i) => c !== plan!.counts[i])) {
    last.set(instrument, (plan = makePlan(instrument, counts, missing)));
  }
  let n: Int = 0;
  plan.weights.forEach((weights, i) => {
    for (let k = 0; k < weights.length; k++) n = plus(n, times(weights[k]!, answers[i]!.counts[k]!));
  });
  return { score: ratio(n, plan.denominator), plan, answers };
}

function makePlan(instrument: CompiledInstrument, counts: readonly number[], missing: MissingIndicators): SharePlan {
  const { indicators, variables } = instrument;
  // An indicator counts when answered, or under `zero` (scored 0 at its full share).
  const scored = counts.map((c) => c > 0 || missing === 'zero');
  const counted = variables.map((v) => total(v.indicators.filter((i) => scored[i]).map((i) => indicators[i]!.share)));
  // Fractions keep a positive denominator: a share is positive when its numerator is.
  const present = counted.map((c) => c.n > 0);
  const complete = scored.every(Boolean);
  const included = complete ? R100 : total(variables.filter((_, vi) => present[vi]).map((v) => v.share));
  const variableShares = variables.map((v, vi) =>
    complete ? v.share : present[vi] ? div(mul(v.share, R100), included) : R0,
  );
  const shares = indicators.map((indicator, i) =>
    !scored[i]
      ? R0
      : complete
      ? indicator.share
      : div(mul(variableShares[indicator.variable]!, indicator.share), counted[indicator.variable]!),
  );
  // points × share / (100 × count) per answer at a level, in lowest terms, over the least common multiple of their
  // denominators.
  const parts = indicators.map((indicator, i) =>
    counts[i] ? indicator.levels.map((l) => reduce(div(mul(l.points, shares[i]!), int(counts[i]! * 100)))) : [],
  );
  const denominator = parts.flat().reduce<Int>((acc, p) => times(divide(acc, gcd(acc, p.d))[0], p.d), 1);
  const weights = parts.map((list) => list.map((p) => times(p.n, divide(denominator, p.d)[0])));

  const answered = counts.filter(Boolean).length;
  const words = { answered, count: indicators.length, rule: missing };
  return {
    instrument,
    missing,
    counts,
    weights,
    denominator,
    shares,
    variableShares,
    present,
    summary: Object.freeze({
      indicators: indicators.length,
      answered,
      missingIndicators: missing,
      rule: Object.freeze({ id: ID.answeredIndicators(words), en: EN.answeredIndicators(words) }),
    }),
    assumptions: Object.freeze(assumedPaths(instrument, scored)),
  };
}

/** The assumed parameters of the counted variables and indicators and of their answer levels, in order. */
function assumedPaths(instrument: CompiledInstrument, scored: readonly boolean[]): string[] {
  const { dimension } = instrument;
  const paths = new Set<string>();
  const note = (parameter: { readonly confidence: string } | null | undefined, path: string) => {
    if (parameter?.confidence === 'assumed') paths.add(path);
  };
  const at = `dimensions.${dimension.id}`;
  instrument.variables.forEach((v) => {
    if (!v.indicators.some((i) => scored[i])) return;
    const variableAt = `${at}.variables.${v.id}`;
    note(v.model, variableAt);
    note(own(v.model, 'weight'), `${variableAt}.weight`);
    v.indicators.forEach((i) => {
      if (!scored[i]) return;
      const indicator = instrument.indicators[i]!.model;
      const indicatorAt = `${variableAt}.indicators.${indicator.id}`;
      note(indicator, indicatorAt);
      note(own(indicator, 'weight'), `${indicatorAt}.weight`);
      note(levelsParameter(dimension, indicator), own(indicator, 'options') ? `${indicatorAt}.options` : `${at}.scale`);
    });
  });
  return [...paths];
}
