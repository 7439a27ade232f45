/**
 * Points input (RULEBOOK §5) for every ruleset and revision: the total is the exact sum of the points, and
 * points of `weight × score / 100` give exactly what the scores give. Expected values from an independent
 * decimal.js model.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { score } from '@ombuds/scoring';
import { hundredths, RULESETS, SEEDED } from './arbitraries.js';

const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });

describe.each(RULESETS.map((r) => [r.year, r.revision, r] as const))('%i revision %i', (_year, _revision, ruleset) => {
  const ids = ruleset.dimensions.map((d) => d.id);
  /** Points in hundredths, each from 0 to its dimension's weight. */
  const points = fc.tuple(
    ...ruleset.dimensions.map((d) => fc.integer({ min: 0, max: new D(d.weight.value).times(100).floor().toNumber() })),
  );

  it('the total is the exact sum of the points', () => {
    fc.assert(
      fc.property(points, (cents) => {
        const given = Object.fromEntries(ids.map((id, i) => [id, hundredths(cents[i]!)]));
        const sum = cents.reduce((a, c) => a.plus(new D(c).div(100)), new D(0));
        const result = score(ruleset, { points: given });
        expect(new D(result.exact).eq(sum)).toBe(true);
        expect(result.total).toBe(sum.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
        expect(result.dimensions!.map((d) => d.contribution)).toEqual(ids.map((id) => new D(given[id]!).toFixed()));
      }),
      SEEDED,
    );
  });

  it('points of weight × score / 100 give exactly the result of the scores', () => {
    const scores = fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 10_000 })));
    fc.assert(
      fc.property(scores, (hs) => {
        const dims = Object.fromEntries(ids.map((id, i) => [id, hundredths(hs[i]!)]));
        const pts = Object.fromEntries(
          ruleset.dimensions.map((d, i) => [d.id, new D(d.weight.value).times(hundredths(hs[i]!)).div(100).toFixed()]),
        );
        const fromScores = score(ruleset, { dimensions: dims });
        const fromPoints = score(ruleset, { points: pts });
        expect([fromPoints.exact, fromPoints.total, fromPoints.category, fromPoints.zone]).toEqual([
          fromScores.exact,
          fromScores.total,
          fromScores.category,
          fromScores.zone,
        ]);
      }),
      { ...SEEDED, numRuns: 150 },
    );
  });
});
