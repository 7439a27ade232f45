/**
 * No shared state that re-entry can break: a getter inside the input that calls `score` again,
 * while the outer call is reading, must not change the outer result. Written before any shared buffer or cache
 * of the compiled plans: a prototype with module-level scratch arrays turned 75.82 into 30.62.
 */
import { describe, expect, it } from 'vitest';
import { explain, getRuleset, score, type ScoreInput } from '@ombuds/scoring';
import { fill } from '../support/answers.js';

const rules = getRuleset(2023);
const OUTER = { competency: '80.10', standards: '75.55', opinion: '70.00', complaints: '77.95' };
const INNER = { competency: '10', standards: '20.5', opinion: '30.25', complaints: '0' };

/** `values` with a getter on `key` that scores `inner` (under `ruleset`) before it returns its own value. */
function reentrant(values: Record<string, unknown>, key: string, inner: () => unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...values };
  const value = copy[key];
  Object.defineProperty(copy, key, {
    enumerable: true,
    get() {
      inner();
      return value;
    },
  });
  return copy;
}

describe('score is re-entrant', () => {
  const expected = score(rules, { dimensions: OUTER });

  it.each(Object.keys(OUTER))(
    'a getter on dimensions.%s that scores another body leaves the result unchanged',
    (key) => {
      const input = { dimensions: reentrant(OUTER, key, () => score(rules, { dimensions: INNER })) };
      expect(score(rules, input)).toEqual(expected);
    }
  );

  it('a getter on the body that scores other bodies of every shape leaves the result unchanged', () => {
    const input = reentrant({ dimensions: OUTER }, 'dimensions', () => {
      score(rules, { dimensions: INNER });
      score(rules, { points: { competency: '1', standards: '2', opinion: '3', complaints: '4' } });
      score(rules, { units: [{ total: '10' }, { dimensions: INNER }] });
      score(getRuleset(2019), { dimensions: { standards: '12.34' } });
    });
    expect(score(rules, input as unknown as ScoreInput)).toEqual(expected);
  });

  it('a getter in answers that scores dimension bodies leaves an answers result unchanged', () => {
    const answers = fill(rules, () => [3, 2, 3]) as Record<string, Record<string, unknown>>;
    const plain = score(rules, { answers } as ScoreInput);
    const dimension = Object.keys(answers)[0]!;
    const indicators = answers[dimension]!;
    const first = Object.keys(indicators)[0]!;
    const hostile = {
      ...answers,
      [dimension]: reentrant(indicators, first, () => score(rules, { dimensions: INNER })),
    };
    expect(score(rules, { answers: hostile } as ScoreInput)).toEqual(plain);
  });

  it('a getter in answers that scores answers of other counts (another share plan) leaves the result unchanged', () => {
    const answers = fill(rules, () => [3, 2, 3]) as Record<string, Record<string, unknown>>;
    const units = [{ answers }, { answers: fill(rules, () => [5, 1]) }];
    const plain = score(rules, { units } as ScoreInput);
    const dimension = Object.keys(answers)[0]!;
    const first = Object.keys(answers[dimension]!)[0]!;
    const other = { answers: fill(rules, () => [0, 1, 2, 4, 5]) } as ScoreInput;
    const hostile = { ...answers, [dimension]: reentrant(answers[dimension]!, first, () => score(rules, other)) };
    const result = score(rules, { units: [{ answers: hostile }, units[1]!] } as ScoreInput);
    expect(result).toEqual(plain);
    expect(score(rules, other)).toEqual(score(rules, { answers: fill(rules, () => [0, 1, 2, 4, 5]) } as ScoreInput));
  });

  it('a getter that calls explain leaves the result unchanged', () => {
    const input = { dimensions: reentrant(OUTER, 'opinion', () => explain(rules, { dimensions: INNER })) };
    expect(score(rules, input)).toEqual(expected);
  });

  it('the inner call gets its own right result too', () => {
    let inner: unknown;
    const input = { dimensions: reentrant(OUTER, 'standards', () => (inner = score(rules, { dimensions: INNER }))) };
    score(rules, input);
    expect(inner).toEqual(score(rules, { dimensions: INNER }));
  });
});
