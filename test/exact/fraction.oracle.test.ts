/**
 * The single integer evaluator against its oracle: every operation of `src/exact/fraction.ts` (fractions of
 * integers that are JS numbers while they fit, BigInt beyond, not reduced after each step) gives bit for bit
 * what the BigInt fractions it replaced give (test/oracle/bigint-fraction.ts), on small values, on values that
 * cross 2^52 and on huge ones, in every rounding mode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as next from '../../src/exact/fraction.js';
import { ROUNDING_MODES } from '../../src/exact/rounding.js';
import * as oracle from '../oracle/bigint-fraction.js';
import { SEEDED } from '../properties/arbitraries.js';

const RUNS = { ...SEEDED, numRuns: 2_000 };

/** Integers around the edges that matter: small, near 2^52 and 2^53, and far beyond. */
const integer = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(2n ** 53n) - 10n, max: 2n ** 53n + 10n }),
  fc.bigInt({ min: 2n ** 52n - 50n, max: 2n ** 52n + 50n }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
);
const denominator = fc.oneof(
  fc.constantFrom(1n, 2n, 3n, 7n, 9n, 100n, 1000n, 10n ** 15n, 10n ** 16n, 10n ** 20n, 3n * 10n ** 12n),
  fc.bigInt({ min: 1n, max: 10n ** 6n }),
  fc.bigInt({ min: 1n, max: 2n ** 60n }),
);
/** A fraction as both implementations hold it: the same value. */
const pair = fc.tuple(integer, denominator).map(([n, d]) => ({
  next: next.ratio(fit(n), fit(d)),
  oracle: oracle.ratio(n, d),
}));
const nonNegative = fc.tuple(integer, denominator).map(([n, d]) => {
  const m = n < 0n ? -n : n;
  return { next: next.ratio(fit(m), fit(d)), oracle: oracle.ratio(m, d) };
});

/** An integer as the evaluator holds it: a number below 2^52, else BigInt. */
function fit(x: bigint): number | bigint {
  return x < 2n ** 52n && x > -(2n ** 52n) ? Number(x) : x;
}

/** The value of an evaluator fraction in lowest terms, as BigInts. */
function lowest(r: next.Rational): { n: bigint; d: bigint } {
  const reduced = next.reduce(r);
  return { n: BigInt(reduced.n), d: BigInt(reduced.d) };
}

describe('fractions of the single evaluator agree with the BigInt oracle', () => {
  it('adds, subtracts, multiplies and divides to the same value', () => {
    fc.assert(
      fc.property(pair, pair, (a, b) => {
        expect(lowest(next.add(a.next, b.next))).toEqual(oracle.add(a.oracle, b.oracle));
        expect(lowest(next.sub(a.next, b.next))).toEqual(oracle.sub(a.oracle, b.oracle));
        expect(lowest(next.mul(a.next, b.next))).toEqual(oracle.mul(a.oracle, b.oracle));
        if (b.oracle.n !== 0n) expect(lowest(next.div(a.next, b.next))).toEqual(oracle.div(a.oracle, b.oracle));
        expect(next.cmp(a.next, b.next)).toBe(oracle.cmp(a.oracle, b.oracle));
      }),
      RUNS,
    );
  }, 60_000);

  it('prints, tests termination and half-way values alike', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 0, max: 4 }), (a, digits) => {
        expect(next.display(a.next)).toBe(oracle.display(a.oracle));
        expect(next.terminates(a.next)).toBe(oracle.terminates(a.oracle));
        expect(next.isHalfway(a.next, digits)).toBe(oracle.isHalfway(a.oracle, digits));
      }),
      RUNS,
    );
  }, 60_000);

  it('rounds non-negative values alike in every mode, and finds the same ceiling', () => {
    fc.assert(
      fc.property(
        nonNegative,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (a, digits, mode) => {
          const expected = oracle.roundRational(a.oracle, digits, mode).toFixed(digits);
          expect(next.roundedText(a.next, digits, mode)).toBe(expected);
          expect(next.scaledText(next.ceilTo(a.next, digits).n, digits)).toBe(oracle.ceilAt(a.oracle, digits).toFixed(digits));
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('apportions parts to their shown whole alike (largest remainder)', () => {
    fc.assert(
      fc.property(
        fc.array(nonNegative, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (parts, digits) => {
          const whole = oracle.total(parts.map((p) => p.oracle));
          const wholeText = oracle.display(whole);
          const nextWhole = next.total(parts.map((p) => p.next));
          expect(
            next.balance(
              parts.map((p) => p.next),
              nextWhole,
              wholeText,
            ),
          ).toEqual(
            oracle.balance(
              parts.map((p) => p.oracle),
              whole,
              wholeText,
            ),
          );
          const shown = oracle.roundRational(whole, digits, 'half-up').toFixed(digits);
          expect(
            next.largestRemainder(
              parts.map((p) => p.next),
              shown,
              digits,
            ),
          ).toEqual(
            oracle.largestRemainder(
              parts.map((p) => p.oracle),
              shown,
              digits,
            ),
          );
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('reads decimal texts alike, from 0 to 40 digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 25 }), (units, k) => {
        const digits = (units < 0n ? -units : units).toString().padStart(k + 1, '0');
        const text = `${units < 0n ? '-' : ''}${k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`}`;
        expect(lowest(next.fromText(text))).toEqual(oracle.fromText(text));
      }),
      RUNS,
    );
  }, 60_000);
});
