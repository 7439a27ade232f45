/**
 * The variables and indicators of a dimension scored from answers, for `explain` and `planToReach`: each
 * indicator's mean answer, score and share after the missing rule, each variable's score and share, from the
 * dimension's share plan and counts. `score` shows none of them and never builds them.
 *
 * @module
 */
import { add, div, int, mul, R0, total, type Rational } from '../exact/fraction.js';
import type { CompiledIndicator, IndicatorAnswers, IndicatorResult, VariableResult } from './answers.js';
import type { AnswersResult } from './share-plan.js';

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

/** Mean answer of an indicator: of the answers on a scale, of their points with answer options. @internal */
export function meanAnswer(indicator: CompiledIndicator, given: IndicatorAnswers): Rational {
  return mean(indicator, given, (level) => (indicator.options ? level.points : int(level.value)));
}

/** The mean of a value of the levels over the answers. */
function mean(
  { levels }: CompiledIndicator,
  { count, counts }: IndicatorAnswers,
  value: (level: CompiledIndicator['levels'][number]) => Rational,
): Rational {
  return div(total(counts.map((c, k) => mul(int(c), value(levels[k]!)))), int(count));
}

function detail({ plan, answers }: AnswersResult): VariableResult[] {
  const { instrument, shares, variableShares } = plan;
  return instrument.variables.map((variable, vi) => {
    let points: Rational = R0;
    const indicators = variable.indicators.map((i): IndicatorResult => {
      const indicator = instrument.indicators[i]!;
      const given = answers[i] ?? null;
      // The mean of the answers' points: (mean − min) / (max − min) × 100 on a scale.
      const score = given ? mean(indicator, given, (level) => level.points) : plan.missing === 'zero' ? R0 : null;
      const share = shares[i]!;
      if (score !== null) points = add(points, mul(share, score));
      return { indicator, answers: given, mean: given && meanAnswer(indicator, given), score, share };
    });
    const share = variableShares[vi]!;
    return { variable, score: plan.present[vi] ? div(points, share) : null, share, indicators };
  });
}
