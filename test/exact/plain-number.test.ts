/**
 * JS numbers in exponent form (`1e-7`, `1.5e+21`) are written out by shifting their digits
 * (`src/exact/read-number.ts`, `plainNumber`), not by decimal.js: checked against decimal.js, which the library
 * used before, on hundreds of thousands of numbers of every magnitude, and through `score`.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRuleset, score } from '@ombuds/scoring';
import { plainNumber } from '../../src/exact/read-number.js';
import { SEEDED } from '../properties/arbitraries.js';

/** decimal.js as the library configured it: every digit kept, never an exponent. */
const Oracle = Decimal.clone({ precision: 1000, toExpNeg: -9e15, toExpPos: 9e15 });
const oracle = (x: number): string => new Oracle(x).toFixed();

/** Numbers of every exponent: any double, tiny and huge ones, and short decimals scaled by powers of ten. */
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e-5, max: 1e-5, noNaN: true }),
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: -30, max: 30 })).map(([m, e]) => m * 10 ** e),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -323, max: 308 })).map(([m, e]) => Number(`${m}e${e}`))
);

describe('plainNumber', () => {
  it('writes known exponent forms out in full', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.2345e25)).toBe('12345000000000000000000000');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(87.44)).toBe('87.44');
  });

  it('gives the digits decimal.js gives on 300,000 numbers of every magnitude', () => {
    fc.assert(
      fc.property(anyNumber, (x) => plainNumber(x) === oracle(x)),
      { ...SEEDED, numRuns: 300_000 }
    );
  }, 120_000);

  it('lets score read exponent forms exactly', () => {
    const result = score(getRuleset(2023), {
      dimensions: { competency: 1e-7, standards: 80, opinion: 80, complaints: 80 },
    });
    expect(result.dimensions?.find((d) => d.id === 'competency')?.score).toBe('0.0000001');
  });
});
