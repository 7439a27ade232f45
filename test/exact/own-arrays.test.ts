/**
 * Arrays the library builds hold own properties only: a setter the host puts on
 * `Array.prototype[0]` (or any index) is never run by `score` or `explain` and changes no number.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { explain, getRuleset, score, type ScoreInput } from '@ombuds/scoring';
import { fill } from '../support/answers.js';

const rules = getRuleset(2023);
const DIMENSIONS = { competency: '80', standards: '70.5', opinion: '60.25', complaints: '1' };
const INPUTS: [string, ScoreInput][] = [
  ['units by total', { units: [{ total: '70.00' }, { total: '75.5' }] }],
  ['units by dimensions', { units: [{ dimensions: DIMENSIONS }, { total: '70' }] }],
  ['dimension scores', { dimensions: DIMENSIONS }],
  ['answers', { answers: fill(rules, () => [3, 2, 1]) } as ScoreInput],
  ['deductions', { dimensions: DIMENSIONS, deductions: [{ points: '1.5', reason: 'x' }] } as ScoreInput],
];

let calls = 0;
/** Puts a setter on Array.prototype at `indexes` that replaces what is written with a worse value. */
function poison(indexes: number[]): void {
  for (const index of indexes) {
    Object.defineProperty(Array.prototype, index, {
      configurable: true,
      set(value: unknown) {
        calls++;
        const replaced =
          typeof value === 'object' && value !== null && 'total' in value ? { ...value, total: '80.00' } : value;
        Object.defineProperty(this, index, { value: replaced, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

afterEach(() => {
  for (let index = 0; index < 8; index++) delete (Array.prototype as unknown as Record<number, unknown>)[index];
});

describe('a setter on Array.prototype indexes', () => {
  it.each(INPUTS)('changes nothing in score or explain: %s', (_name, input) => {
    const before = JSON.stringify(score(rules, input));
    const explained = JSON.stringify(explain(rules, input));
    calls = 0;
    poison([0, 1, 2, 3, 4, 5, 6, 7]);
    const after = JSON.stringify(score(rules, input));
    const explainedAfter = JSON.stringify(explain(rules, input));
    expect(after).toBe(before);
    expect(explainedAfter).toBe(explained);
    expect(calls).toBe(0);
  });
});
