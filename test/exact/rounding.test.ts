/**
 * One rounding spec, run through every mechanism that rounds a score: the rule itself (`roundsUp` of
 * src/exact/rounding.ts), the evaluator's fractions (`roundTo` / `roundedText` of src/exact/fraction.ts) and
 * decimal.js (the oracle's `round`, test/oracle/bigint-fraction.ts). Expected values are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { exact } from '../../src/exact/decimal.js';
import { fromText, ratio, roundedText } from '../../src/exact/fraction.js';
import { roundsUp, type RoundingMode } from '../../src/exact/rounding.js';
import { round } from '../oracle/bigint-fraction.js';

/** value, digits, then the expected result in half-up, half-even, half-down, up, down. */
const SPEC: readonly [string, number, string, string, string, string, string][] = [
  ['76.505', 2, '76.51', '76.50', '76.50', '76.51', '76.50'],
  ['76.515', 2, '76.52', '76.52', '76.51', '76.52', '76.51'],
  ['76.5049', 2, '76.50', '76.50', '76.50', '76.51', '76.50'],
  ['76.5051', 2, '76.51', '76.51', '76.51', '76.51', '76.50'],
  ['76.50', 2, '76.50', '76.50', '76.50', '76.50', '76.50'],
  ['0', 2, '0.00', '0.00', '0.00', '0.00', '0.00'],
  ['0.005', 2, '0.01', '0.00', '0.00', '0.01', '0.00'],
  ['99.995', 2, '100.00', '100.00', '99.99', '100.00', '99.99'],
  ['87.9999999999999999995', 2, '88.00', '88.00', '88.00', '88.00', '87.99'],
  ['80.99', 2, '80.99', '80.99', '80.99', '80.99', '80.99'],
  ['2.5', 0, '3', '2', '2', '3', '2'],
  ['3.5', 0, '4', '4', '3', '4', '3'],
  ['50.0049999999999999999', 2, '50.00', '50.00', '50.00', '50.01', '50.00'],
];
const MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'half-down', 'up', 'down'];

describe('one rounding spec through every mechanism', () => {
  for (const [value, digits, ...expected] of SPEC) {
    MODES.forEach((mode, m) => {
      it(`${value} to ${digits} decimals, ${mode}: ${expected[m]}`, () => {
        expect(roundedText(fromText(value), digits, mode)).toBe(expected[m]);
        expect(round(exact(value), digits, mode).toFixed(digits)).toBe(expected[m]);
      });
    });
  }

  it('rounds a fraction that does not terminate as its decimal expansion says: 226/3 = 75.3333…, 452/6', () => {
    expect(roundedText(ratio(226, 3), 2, 'up')).toBe('75.34');
    expect(roundedText(ratio(452, 6), 2, 'half-even')).toBe('75.33');
    expect(roundedText(ratio(151, 2 * 100), 2, 'half-even')).toBe('0.76');
  });

  it('the rule: a rest of none, below, at or above half a unit, and the parity of the digit kept', () => {
    // [rest, odd] → half-up, half-even, half-down, up, down
    const table: [0 | 1 | 2 | 3, boolean, boolean[]][] = [
      [0, true, [false, false, false, false, false]],
      [1, false, [false, false, false, true, false]],
      [2, false, [true, false, false, true, false]],
      [2, true, [true, true, false, true, false]],
      [3, false, [true, true, true, true, false]],
    ];
    for (const [rest, odd, ups] of table) {
      expect(MODES.map((mode) => roundsUp(mode, rest, odd))).toEqual(ups);
    }
  });
});
