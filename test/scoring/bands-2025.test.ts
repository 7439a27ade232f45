/**
 * The 2025 weights of revision 2 (RULEBOOK §5: competency 25, standards 20, opinion 10, complaints 15, trust 30)
 * at every grade edge, and where revision 1 (the 2023 proportions of the 70 %) gives another grade. Expected
 * values computed by hand, shown beside each row.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, score } from '@ombuds/scoring';

const IDS = ['competency', 'standards', 'opinion', 'complaints', 'trust'] as const;
const dims = (values: readonly string[]) => Object.fromEntries(IDS.map((id, i) => [id, values[i]!]));

/** [scores, exact total, rounded total, category] under revision 2. */
const TABLE: readonly (readonly [readonly string[], string, string, string])[] = [
  // 25 + 20 + 10 + 15 + 30 × 0.6 = 88
  [['100', '100', '100', '100', '60'], '88', '88.00', 'A'],
  // trust 59.99: 30 × 0.5999 = 17.997 → 87.997 rounds up to 88.00
  [['100', '100', '100', '100', '59.99'], '87.997', '88.00', 'A'],
  // trust 59.98: 17.994 → 87.994
  [['100', '100', '100', '100', '59.98'], '87.994', '87.99', 'B'],
  // competency 60: 15 + 20 + 10 + 15 + 18 = 78
  [['60', '100', '100', '100', '60'], '78', '78.00', 'B'],
  // competency 59.98: 25 × 0.5998 = 14.995 → 77.995, a tie, half-up
  [['59.98', '100', '100', '100', '60'], '77.995', '78.00', 'B'],
  // competency 59.96: 14.99 → 77.99
  [['59.96', '100', '100', '100', '60'], '77.99', '77.99', 'C'],
  // 54 everywhere
  [['54', '54', '54', '54', '54'], '54', '54.00', 'C'],
  // 0.7 × 54 = 37.8; trust 53.99: 16.197 → 53.997
  [['54', '54', '54', '54', '53.99'], '53.997', '54.00', 'C'],
  // trust 53.98: 16.194 → 53.994
  [['54', '54', '54', '54', '53.98'], '53.994', '53.99', 'D'],
  // 32 everywhere
  [['32', '32', '32', '32', '32'], '32', '32.00', 'D'],
  // 0.7 × 32 = 22.4; trust 31.98: 9.594 → 31.994
  [['32', '32', '32', '32', '31.98'], '31.994', '31.99', 'E'],
  // opinion weighs 10: nothing in it still leaves 90
  [['100', '100', '0', '100', '100'], '90', '90.00', 'A'],
];

describe('2025 revision 2 weights at the grade edges', () => {
  const rules = getRuleset(2025);
  it.each(TABLE)('%j → %s → %s %s', (scores, exact, total, category) => {
    const r = score(rules, { dimensions: dims(scores) });
    expect([r.exact, r.total, r.category]).toEqual([exact, total, category]);
  });
});

describe('where the two revisions of 2025 part', () => {
  it('no opinion at all: revision 2 gives A (90.00), revision 1 gives B (100 − 16.968 = 83.032)', () => {
    const input = { dimensions: dims(['100', '100', '0', '100', '100']) };
    expect(score(getRuleset(2025), input).category).toBe('A');
    const first = score(getRuleset(2025, { revision: 1 }), input);
    expect([first.exact, first.total, first.category]).toEqual(['83.032', '83.03', 'B']);
  });

  it('the same scores everywhere give the same total in both (the weights of each sum to 100)', () => {
    const input = { dimensions: dims(['77.77', '77.77', '77.77', '77.77', '77.77']) };
    expect(score(getRuleset(2025), input).exact).toBe('77.77');
    expect(score(getRuleset(2025, { revision: 1 }), input).exact).toBe('77.77');
  });
});
