/**
 * The scaled-integer fast path agrees, bit for bit, with the general exact path on random inputs, and the
 * scaled-integer primitives agree with decimal.js.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { score } from '@ombuds/scoring';
import { compile } from '../../src/scoring/compile.js';
import { scoreExact } from '../../src/scoring/score.js';
import { scoreFast } from '../../src/scoring/fast.js';
import {
  exact,
  fixed,
  plain,
  round,
  roundScaled,
  ROUNDING_MODES,
  scaledFixed,
  scaledFromText,
  scaledPlain,
  scaledScore,
} from '../../src/decimal.js';
import { dimensionScores, RULESETS, scoreValue, SEEDED } from './arbitraries.js';

describe.each(RULESETS.map((r) => [r.year, r.revision, r] as const))('%i revision %i', (_year, _revision, ruleset) => {
  const compiled = compile(ruleset);

  it('has a fast form', () => {
    expect(compiled.fast).not.toBeNull();
  });

  it('fast and exact paths give identical results', () => {
    const followed = ruleset.opinion?.value.qualifier != null;
    const input = fc.record(
      { dimensions: dimensionScores(ruleset), ...(followed ? { followedUpOmbudsman: fc.boolean() } : {}) },
      { requiredKeys: ['dimensions'] },
    );
    fc.assert(
      fc.property(input, (body) => {
        const general = scoreExact(compiled, body, {});
        expect(JSON.stringify(score(ruleset, body as never))).toBe(JSON.stringify(general));
        const fast = scoreFast(compiled, body);
        if (fast !== null) {
          expect(JSON.stringify(fast)).toBe(JSON.stringify(general));
          expect(Object.isFrozen(fast) && Object.isFrozen(fast.dimensions) && Object.isFrozen(fast.dimensions![0])).toBe(true);
        }
      }),
      { ...SEEDED, numRuns: 500 },
    );
  });
});

describe('the fast path is taken for short decimals and declines the rest', () => {
  const compiled = compile(RULESETS.find((r) => r.year === 2023)!);
  const body = (standards: unknown) => ({
    dimensions: { competency: '90', standards, opinion: '95', complaints: '80' },
  });
  it.each(['85', '85.5', '85.123456', 85.25, '0', '100', '100.000000', '007.50'])('takes %s', (value) => {
    expect(scoreFast(compiled, body(value))).not.toBeNull();
  });
  it.each(['85.1234567', '-0', '101', '1e2', '85,5', ' 85', '', 1e-7, -1, Number.NaN, '.5', '5.', null, 10n])(
    'declines %s',
    (value) => {
      expect(scoreFast(compiled, body(value))).toBeNull();
    },
  );
  it('declines extra keys, deductions, units, arrays and non-objects', () => {
    expect(scoreFast(compiled, { ...body('85'), deductions: [] })).toBeNull();
    expect(scoreFast(compiled, { units: [{ total: '80' }] })).toBeNull();
    expect(scoreFast(compiled, { dimensions: { ...body('85').dimensions, trust: '1' } })).toBeNull();
    expect(scoreFast(compiled, [])).toBeNull();
    expect(scoreFast(compiled, 'x')).toBeNull();
    const hidden = body('85');
    Object.defineProperty(hidden, 'units', { value: [], enumerable: false });
    expect(scoreFast(compiled, hidden)).toBeNull();
  });
  it('computes the published example', () => {
    // RULEBOOK §4.1, 2023 weights: 21.85×90 + 32.37×85 + 24.24×95 + 21.54×80 = 8743.95 → 87.4395 → 87.44
    const result = scoreFast(compiled, body('85'))!;
    expect(result.exact).toBe('87.4395');
    expect(result.total).toBe('87.44');
    expect(result.category).toBe('B');
  });
});

describe('scaled-integer primitives agree with decimal.js', () => {
  it('scaledScore reads what parseScore reads', () => {
    fc.assert(
      fc.property(scoreValue, (value) => {
        const scaled = scaledScore(value);
        if (scaled >= 0) expect(new Decimal(scaled).div(1e6).eq(new Decimal(String(value)))).toBe(true);
      }),
      SEEDED,
    );
  });

  it('roundScaled rounds like toDecimalPlaces in every mode', () => {
    const value = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 11 }), fc.constantFrom(...ROUNDING_MODES), (n, digits, mode) => {
        const expected = round(exact(n).div(1e11), digits, mode);
        expect(scaledFixed(roundScaled(n, 11, digits, mode), digits)).toBe(fixed(expected, digits));
      }),
      { ...SEEDED, numRuns: 2_000 },
    );
  });

  it.each([
    // x.xx5 ties, ties just below and above, in every mode: [value × 10^11, digits, mode, expected]
    [8_799_500_000_000, 2, 'half-up', '88.00'],
    [8_799_499_999_999, 2, 'half-up', '87.99'],
    [8_799_500_000_000, 2, 'half-down', '87.99'],
    [8_799_500_000_001, 2, 'half-down', '88.00'],
    [8_799_500_000_000, 2, 'half-even', '88.00'],
    [8_798_500_000_000, 2, 'half-even', '87.98'],
    [8_799_999_999_999, 2, 'down', '87.99'],
    [8_799_000_000_001, 2, 'up', '88.00'],
    [8_799_000_000_000, 2, 'up', '87.99'],
    [10_000_000_000_000, 2, 'half-up', '100.00'],
    [0, 2, 'up', '0.00'],
  ] as const)('%i at %i digits %s → %s', (n, digits, mode, expected) => {
    expect(scaledFixed(roundScaled(n, 11, digits, mode), digits)).toBe(expected);
  });

  it('scaledPlain and scaledFixed print like plain and fixed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 15 }), (n, scale) => {
        const value = exact(n).div(10 ** scale);
        expect(scaledPlain(n, scale)).toBe(plain(value));
        expect(scaledFixed(n, scale)).toBe(fixed(value, scale));
      }),
      SEEDED,
    );
  });

  it('scaledFromText refuses what is not a short plain decimal', () => {
    for (const text of ['', '-1', '+1', '1e2', '1.', '.1', '1,5', '1.2.3', ' 1', '1 ', '١', '0x10', 'Infinity']) {
      expect(scaledFromText(text, 6, 1e8)).toBe(-1);
    }
    expect(scaledFromText('100.000001', 6, 1e8)).toBe(-1);
    expect(scaledFromText('1.1234567', 6, 1e8)).toBe(-1);
    expect(scaledFromText('0100.000000', 6, 1e8)).toBe(1e8);
  });
});
