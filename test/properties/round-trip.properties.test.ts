/**
 * Score → rank round trip. Every total, exact total and unit total that `score` prints
 * (with 0 to 30 and more decimals: weights and scores of up to 20 decimals, means that do not terminate) is
 * accepted by `rank`, which orders them as an independent decimal.js model of the printed values does.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, getRuleset, rank, score, type Ruleset } from '@ombuds/scoring';
import { SEEDED } from './arbitraries.js';

/** A decimal string of `decimals` decimals from an integer count of 10^-decimals. */
function fromUnits(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const text = units.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/**
 * A printed value in the model: a decimal, or one cut at 20 decimals and marked `…`, which stands
 * for a value strictly between its digits and the next 20th decimal, read as the middle of that gap.
 */
const printedValue = (text: string): Decimal =>
  text.endsWith('\u2026') ? new Decimal(text.slice(0, -1)).plus('5e-21') : new Decimal(text);

/** A value from 0 to `max` with 0–`most` decimals. */
const valueUpTo = (max: bigint, most: number) =>
  fc
    .integer({ min: 0, max: most })
    .chain((d) => fc.bigInt({ min: 0n, max: max * 10n ** BigInt(d) }).map((u) => fromUnits(u, d)));

/** 2023 weights with up to 10 decimals each, summing to exactly 100 (the fourth takes what is left). */
const weights = fc
  .tuple(valueUpTo(30n, 10), valueUpTo(30n, 10), valueUpTo(30n, 10))
  .map(([a, b, c]) => [a, b, c, new Decimal(100).minus(a).minus(b).minus(c).toFixed()] as const);

const cache = new Map<string, Ruleset>();
function rulesetWith(w: readonly string[]): Ruleset {
  const key = w.join('/');
  let found = cache.get(key);
  if (!found) {
    const [competency, standards, opinion, complaints] = w;
    found = deriveRuleset(getRuleset(2023), {
      id: 'round-trip',
      rounding: { unitsBeforeMean: false },
      dimensions: {
        competency: { weight: competency },
        standards: { weight: standards },
        opinion: { weight: opinion },
        complaints: { weight: complaints },
      },
    });
    cache.set(key, found);
  }
  return found;
}

const dims = fc.record({
  competency: valueUpTo(100n, 20),
  standards: valueUpTo(100n, 20),
  opinion: valueUpTo(100n, 20),
  complaints: valueUpTo(100n, 20),
});

describe('score → rank', () => {
  it('rank accepts every total, exact total and unit total score prints, and orders them by value', () => {
    let longest = 0;
    let marked = false;
    fc.assert(
      fc.property(
        weights,
        fc.array(fc.array(dims, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (w, bodies) => {
          const ruleset = rulesetWith(w);
          const results = bodies.map((units) => score(ruleset, { units: units.map((dimensions) => ({ dimensions })) }));
          const items = results.flatMap((result, b) => [
            { ...result, id: `body ${b}` },
            ...result.units!.map((u) => ({ id: `body ${b} unit ${u.id}`, total: u.total, exact: u.exact })),
          ]);
          for (const item of items) longest = Math.max(longest, (item.exact.split('.')[1] ?? '').length);
          for (const item of items) marked ||= item.exact.endsWith('\u2026');
          const ranked = rank(items);
          // Every exact total comes back as printed.
          const printed = new Map(items.map((i) => [i.id, i.exact]));
          for (const r of ranked) expect(r.exact).toBe(printed.get(r.id));
          // Ordered by the two-decimal total (half-up), then by the exact total, as the model of the printed values.
          for (let i = 1; i < ranked.length; i++) {
            const a = ranked[i - 1]!;
            const b = ranked[i]!;
            const byTotal = new Decimal(a.total).comparedTo(new Decimal(b.total));
            expect(byTotal).toBeGreaterThanOrEqual(0);
            if (byTotal === 0) expect(printedValue(a.exact).comparedTo(printedValue(b.exact))).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { ...SEEDED, numRuns: 150 },
    );
    // The run reached past the 20 decimals an input may carry.
    expect(longest).toBeGreaterThan(30);
    // And it met means that do not terminate, printed cut and marked.
    expect(marked).toBe(true);
  }, 120_000);

  // Totals of two decimals or more: a total of fewer is ranked at cents, where its exact total must round to it
  // (`{ total: '80', exact: '80.4' }` is refused).
  it('rank accepts totals and exact totals with 2–30 decimals whose rounding agrees', () => {
    const mode = fc.constantFrom(
      Decimal.ROUND_HALF_UP,
      Decimal.ROUND_HALF_EVEN,
      Decimal.ROUND_HALF_DOWN,
      Decimal.ROUND_UP,
      Decimal.ROUND_DOWN,
    );
    fc.assert(
      fc.property(valueUpTo(100n, 30), mode, fc.integer({ min: 2, max: 6 }), (exact, m, digits) => {
        const total = new Decimal(exact).toDecimalPlaces(digits, m).toFixed(digits);
        const [r] = rank([{ id: 'x', total, exact }]);
        expect(r!.exact).toBe(new Decimal(exact).toFixed());
        expect(r!.total).toBe(new Decimal(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      }),
      { ...SEEDED, numRuns: 500 },
    );
  });
});
