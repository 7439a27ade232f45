/**
 * The variables and indicators of a dimension scored from answers, for `explain` and `planToReach`: each
 * indicator's mean answer, score and share after the missing rule, each variable's score and share, all from the
 * dimension's share plan. `score` shows none of them and never builds them.
 *
 * @module
 */
import { add, div, mul, R0, ratio, type Rational } from '../exact/fraction.js';
import { times } from '../exact/integer.js';
import { meanAnswer, type AnswersResult, type IndicatorResult, type VariableResult } from './answers.js';

const built = new WeakMap<AnswersResult, readonly VariableResult[]>();

/**
 * The variables of a scored dimension, in instrument order, with their indicators (made once per result).
 * @internal
 */
export function variablesOf(result: AnswersResult): readonly VariableResult[] {
  let variables = built.get(result);
  if (variables === undefined) built.set(result, (variables = detail(result)));
  return variables;
}

function detail({ plan, answers }: AnswersResult): VariableResult[] {
  const { instrument, shares, variableShares } = plan;
  return instrument.variables.map((variable, vi) => {
    let points: Rational = R0;
    const indicators = variable.indicators.map((i): IndicatorResult => {
      const indicator = instrument.indicators[i]!;
      const given = answers[i] ?? null;
      const { n, d } = indicator.factor;
      // (mean − min) / (max − min) × 100 on a scale, the mean points with answer options: steps × factor / count.
      const score = given ? ratio(times(given.steps, n), times(d, given.count)) : plan.missing === 'zero' ? R0 : null;
      const share = shares[i]!;
      if (score !== null) points = add(points, mul(share, score));
      return { indicator, answers: given, mean: given && meanAnswer(indicator, given), score, share };
    });
    const share = variableShares[vi]!;
    return { variable, score: plan.present[vi] ? div(points, share) : null, share, indicators };
  });
}
