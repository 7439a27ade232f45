/**
 * Invariants of `score` for every ruleset: the range, monotonicity, agreement with `classify`, JSON round
 * trips, the unit mean, and agreement with an independent decimal.js model of RULEBOOK §4.1 / §6.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classify, score, type Ruleset, type ScoreResult } from '@ombuds/scoring';
import { dimensionScores, hundredths, printedBounds, RULESETS, scoreValue, SEEDED } from './arbitraries.js';

const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });

/** RULEBOOK §4.1: Σ weight × score / 100, from the ruleset's data, in an independent decimal.js model. */
function modelTotal(ruleset: Ruleset, dims: Record<string, string | number>): Decimal {
  return ruleset.dimensions.reduce((sum, d) => sum.plus(new D(d.weight.value).times(new D(dims[d.id]!)).div(100)), new D(0));
}

const inRange = (value: string): boolean => new D(value).gte(0) && new D(value).lte(100);
const withCommas = (value: string | number): string | number => (typeof value === 'string' ? value.replace('.', ',') : value);
const qualifierOf = (ruleset: Ruleset): boolean => ruleset.opinion?.value.qualifier != null;

describe.each(RULESETS.map((r) => [r.year, r.revision, r] as const))('%i revision %i', (_year, _revision, ruleset) => {
  const dims = dimensionScores(ruleset);
  const ids = ruleset.dimensions.map((d) => d.id);

  it('totals stay in 0–100 and equal the decimal.js model', () => {
    fc.assert(
      fc.property(dims, (scores) => {
        const result = score(ruleset, { dimensions: scores });
        expect(inRange(result.total) && inRange(result.exact)).toBe(true);
        const model = modelTotal(ruleset, scores);
        expect(new D(result.exact).eq(model)).toBe(true);
        expect(result.total).toBe(model.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      }),
      SEEDED,
    );
  });

  it('the same scores written with decimal commas (and the option) give the same result bit for bit', () => {
    fc.assert(
      fc.property(dims, (scores) => {
        const commas = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, withCommas(v)]));
        const a = score(ruleset, { dimensions: scores });
        const b = score(ruleset, { dimensions: commas }, { decimalComma: true });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      SEEDED,
    );
  });

  it('raising any dimension never lowers the total', () => {
    const step = fc.record({
      base: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: ids.length, maxLength: ids.length }),
      at: fc.integer({ min: 0, max: ids.length - 1 }),
      raise: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(step, ({ base, at, raise }) => {
        const lower = Object.fromEntries(ids.map((id, i) => [id, hundredths(base[i]!)]));
        const higher = { ...lower, [ids[at]!]: hundredths(Math.min(10_000, base[at]! + raise)) };
        const a = score(ruleset, { dimensions: lower });
        const b = score(ruleset, { dimensions: higher });
        expect(new D(b.exact).gte(a.exact)).toBe(true);
        expect(new D(b.total).gte(a.total)).toBe(true);
      }),
      SEEDED,
    );
  });

  it('raising any unit never lowers the body total', () => {
    const step = fc.record({
      units: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 8 }),
      at: fc.nat(),
      raise: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(step, ({ units, at, raise }) => {
        const i = at % units.length;
        const raised = units.map((u, j) => (j === i ? Math.min(10_000, u + raise) : u));
        const a = score(ruleset, { units: units.map((u) => ({ total: hundredths(u) })) });
        const b = score(ruleset, { units: raised.map((u) => ({ total: hundredths(u) })) });
        expect(new D(b.total).gte(a.total)).toBe(true);
      }),
      SEEDED,
    );
  });

  it('classify(score(x).total) agrees with score(x)', () => {
    const input = fc.record({ dimensions: dims, followed: fc.boolean() });
    fc.assert(
      fc.property(input, ({ dimensions, followed }) => {
        const facts = qualifierOf(ruleset) ? { followedUpOmbudsman: followed } : {};
        const result = score(ruleset, { dimensions, ...facts });
        const again = classify(ruleset, result.total, facts);
        const { total, category, zone, label, opinion, quality } = result;
        expect(again).toEqual({ total, category, zone, label, opinion, quality });
      }),
      SEEDED,
    );
  });

  it('results survive a JSON round trip', () => {
    const input = fc.oneof(
      dims.map((d) => ({ dimensions: d })),
      fc
        .array(fc.oneof(scoreValue.map((t) => ({ total: t })), dims.map((d) => ({ dimensions: d }))), {
          minLength: 1,
          maxLength: 5,
        })
        .map((units) => ({ units })),
    );
    fc.assert(
      fc.property(input, (body) => {
        const result: ScoreResult = score(ruleset, body as never);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        const c = classify(ruleset, result.total);
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      }),
      SEEDED,
    );
  });

  it('the unit mean lies between the smallest and the largest unit total', () => {
    const units = fc.array(scoreValue, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(units, (totals) => {
        const result = score(ruleset, { units: totals.map((t) => ({ total: t })) });
        const unitTotals = result.units!.map((u) => new D(u.total));
        const low = D.min(...unitTotals);
        const high = D.max(...unitTotals);
        // The mean is known up to its interval when it does not terminate (cut and marked).
        const [below, above] = printedBounds(result.exact);
        expect(below.lte(high) && above.gte(low)).toBe(true);
        expect(new D(result.total).gte(low) && new D(result.total).lte(high)).toBe(true);
      }),
      SEEDED,
    );
  });
});
