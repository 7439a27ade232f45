/**
 * Printing on numbers: `display`, the `exact` text of a result (`shownExact`: 20 decimals cut and `…`) and the
 * balanced parts of `balance` are found by long division on JS numbers a few decimals at a time, with BigInt only
 * where a product would pass 2^52. They must print what BigInt arithmetic prints, for denominators of every length
 * up to 2^52 and past it (where each step holds fewer decimals, down to one, then BigInt), and for the shapes that
 * scoring makes: scores over a plan's denominator, their contributions, and their sum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as next from '../../src/exact/fraction.js';
import * as oracle from '../oracle/bigint-fraction.js';
import { SEEDED } from '../properties/arbitraries.js';

const RUNS = { ...SEEDED, numRuns: 3_000 };

/** A denominator with a given number of digits (1 to 17), or near 2^52 and 2^53. */
const denominator = fc.oneof(
  fc
    .integer({ min: 1, max: 17 })
    .chain((digits) => fc.bigInt({ min: 10n ** BigInt(digits - 1), max: 10n ** BigInt(digits) - 1n })),
  fc.bigInt({ min: 2n ** 52n - 1_000n, max: 2n ** 52n + 1_000n }),
  fc.bigInt({ min: 2n ** 53n - 1_000n, max: 2n ** 53n + 1_000n }),
);
/** A value from 0 to 200 over that denominator (scores, contributions, totals), or a large one. */
const fraction = fc
  .tuple(denominator, fc.oneof(fc.bigInt({ min: 0n, max: 200n }), fc.bigInt({ min: 0n, max: 10n ** 18n })))
  .chain(([d, whole]) => fc.bigInt({ min: 0n, max: d - 1n }).map((rest) => ({ n: whole * d + rest, d })));

/** An integer as the evaluator holds it: a number below 2^52, else BigInt. */
function fit(x: bigint): number | bigint {
  return x < 2n ** 52n && x > -(2n ** 52n) ? Number(x) : x;
}

/** `q / 10^20` with all 20 decimals, for `q ≥ 0`: written here from BigInt digits, not by the code under test. */
function twentyDecimals(q: bigint): string {
  const digits = q.toString().padStart(21, '0');
  return `${digits.slice(0, -20)}.${digits.slice(-20)}`;
}

describe('printing on numbers agrees with BigInt printing', () => {
  it('display, for denominators of every length, positive and negative', () => {
    fc.assert(
      fc.property(fraction, fc.boolean(), ({ n, d }, negative) => {
        const m = negative ? -n : n;
        expect(next.display(next.ratio(fit(m), fit(d)))).toBe(oracle.display(oracle.ratio(m, d)));
      }),
      RUNS,
    );
  }, 120_000);

  it('the exact text of a result: exact digits, or 20 decimals cut and marked', () => {
    fc.assert(
      fc.property(fraction, ({ n, d }) => {
        const value = oracle.ratio(n, d);
        const expected = oracle.terminates(value)
          ? oracle.display(value)
          : `${twentyDecimals((n * 10n ** 20n) / d)}${next.CUT_MARK}`;
        expect(next.shownExact(next.ratio(fit(n), fit(d)))).toBe(expected);
        if (!oracle.terminates(value)) expect(next.cutText(next.ratio(fit(n), fit(d)))).toBe(expected);
      }),
      RUNS,
    );
  }, 120_000);

  it('balanced parts of a unit: scores over one denominator weighted into contributions that add up to its total', () => {
    const weight = fc.integer({ min: 0, max: 10_000 }).map(BigInt);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fraction, weight), { minLength: 1, maxLength: 5 }),
        (dimensions) => {
          // contribution = weight (hundredths of a percent) × score / 100, as aggregate.ts makes it.
          const parts = dimensions.map(([{ n, d }, w]) => ({ n: w * n, d: d * 10_000n }));
          const whole = oracle.total(parts.map((p) => oracle.ratio(p.n, p.d)));
          const wholeText = oracle.display(whole);
          const expected = oracle.balance(
            parts.map((p) => oracle.ratio(p.n, p.d)),
            whole,
            wholeText,
          );
          const shown = next.balance(
            parts.map((p) => next.ratio(fit(p.n), fit(p.d))),
            next.total(parts.map((p) => next.ratio(fit(p.n), fit(p.d)))),
            wholeText,
          );
          expect(shown).toEqual(expected);
        },
      ),
      { ...RUNS, numRuns: 1_000 },
    );
  }, 120_000);

  it('a unit of the national batch prints as BigInt prints it', () => {
    // Competency, standards, opinion and complaints of a 2023 unit: scores over their plans' denominators.
    const scores = [
      { n: 2254037n, d: 45000n },
      { n: 720n, d: 11n },
      { n: 1548n, d: 27n },
      { n: 235n, d: 4n },
    ];
    const weights = [2185n, 3237n, 2424n, 2154n];
    const parts = scores.map((s, i) => ({ n: weights[i]! * s.n, d: s.d * 10_000n }));
    const whole = oracle.total(parts.map((p) => oracle.ratio(p.n, p.d)));
    const wholeText = oracle.display(whole);
    expect(wholeText).toBe('58.68458824141414141414');
    expect(scores.map((s) => oracle.display(oracle.ratio(s.n, s.d)))).toEqual([
      '50.08971111111111111111',
      '65.45454545454545454545',
      '57.33333333333333333333',
      '58.75',
    ]);
    expect(next.shownExact(next.ratio(fit(whole.n), fit(whole.d)))).toBe('58.68458824141414141414\u2026');
    expect(scores.map((s) => next.display(next.ratio(fit(s.n), fit(s.d))))).toEqual([
      '50.08971111111111111111',
      '65.45454545454545454545',
      '57.33333333333333333333',
      '58.75',
    ]);
    const expected = ['10.94460187777777777778', '21.18763636363636363636', '13.8976', '12.65475'];
    expect(
      oracle.balance(
        parts.map((p) => oracle.ratio(p.n, p.d)),
        whole,
        wholeText,
      ),
    ).toEqual(expected);
    expect(
      next.balance(
        parts.map((p) => next.ratio(fit(p.n), fit(p.d))),
        next.ratio(fit(whole.n), fit(whole.d)),
        wholeText,
      ),
    ).toEqual(expected);
  });
});
