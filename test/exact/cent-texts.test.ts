/**
 * The shared texts of the compiled plan (`src/exact/cent-texts.ts`): two-decimal totals and exact totals of
 * millionths, printed from shared pieces. Checked against JavaScript's own shortest printing of the quotient, which
 * is exact here (at most 15 significant digits round-trip), never against the library's printers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsText, millionthsText } from '../../src/exact/cent-texts.js';
import { SEEDED } from '../properties/arbitraries.js';

/** `m / 10^6` as JavaScript prints it: the shortest decimal, exact for integers of at most 15 digits. */
const shortest = (m: number): string => String(m / 1_000_000);

describe('millionthsText', () => {
  it('prints known totals in their shortest form', () => {
    expect(millionthsText(0)).toBe('0');
    expect(millionthsText(1)).toBe('0.000001');
    expect(millionthsText(10_000)).toBe('0.01');
    expect(millionthsText(87_442_500)).toBe('87.4425');
    expect(millionthsText(87_400_000)).toBe('87.4');
    expect(millionthsText(88_000_000)).toBe('88');
    expect(millionthsText(76_505_000)).toBe('76.505');
    expect(millionthsText(100_000_000)).toBe('100');
    expect(millionthsText(99_999_999)).toBe('99.999999');
    expect(millionthsText(100_000_001)).toBe('100.000001');
  });

  it('agrees with the shortest printing on 0 to 100 and beyond', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 100_000_000 }),
          fc.integer({ min: 0, max: 10_000 }).map((c) => c * 10_000),
          fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        ),
        (m) => {
          expect(millionthsText(m)).toBe(shortest(m));
        },
      ),
      { ...SEEDED, numRuns: 20_000 },
    );
  });

  it('prints every hundredth of every cent from 10.00 to 11.00', () => {
    for (let m = 10_000_000; m <= 11_000_000; m += 100) expect(millionthsText(m)).toBe(shortest(m));
  });
});

describe('centsText', () => {
  it('prints two decimals always', () => {
    expect(centsText(0)).toBe('0.00');
    expect(centsText(8_800)).toBe('88.00');
    expect(centsText(8_744)).toBe('87.44');
    expect(centsText(10_000)).toBe('100.00');
    expect(centsText(10_001)).toBe('100.01');
  });

  it('agrees with toFixed(2) on 0 to 100', () => {
    for (let c = 0; c <= 10_000; c++) expect(centsText(c)).toBe((c / 100).toFixed(2));
  });
});
