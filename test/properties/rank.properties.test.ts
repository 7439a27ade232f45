/**
 * Invariants of `rank`: independent of input order, deterministic on ties, and equal to an independent
 * decimal.js model of RULEBOOK §6 (ties on the two-decimal total; ordinal by unrounded total, then code point).
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rank, RANK_METHODS, type RankItem, type RankMethod } from '@ombuds/scoring';
import { hundredths, scoreValue, SEEDED } from './arbitraries.js';
import { idKey } from '../../src/ranking/id-key.js';

/** Code-point order by iterating code points (an implementation independent of src/ranking/compare.ts). */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function model(items: readonly RankItem[], method: RankMethod, tieBreak: 'exact' | 'id') {
  const keys = items.map((item) => ({
    id: item.id,
    total: new Decimal(item.total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    exact: new Decimal(item.exact ?? item.total),
  }));
  keys.sort(
    (a, b) =>
      b.total.comparedTo(a.total) ||
      (tieBreak === 'exact' ? b.exact.comparedTo(a.exact) : 0) ||
      byCodePoint(a.id, b.id),
  );
  return keys.map((k, i) => {
    const first = keys.findIndex((o) => o.total.eq(k.total));
    let last = first;
    while (last + 1 < keys.length && keys[last + 1]!.total.eq(k.total)) last++;
    const dense = new Set(keys.slice(0, i + 1).map((o) => o.total.toFixed(2))).size;
    const r = {
      ordinal: i + 1,
      competition: first + 1,
      'modified-competition': last + 1,
      dense,
      fractional: (first + last + 2) / 2,
    }[method];
    return { id: k.id, rank: r, total: k.total.toFixed(2), exact: k.exact.toFixed() };
  });
}

/** Roundings a ruleset may use: the total of an item is its exact total rounded in one of them. */
const MODES = [Decimal.ROUND_HALF_UP, Decimal.ROUND_HALF_EVEN, Decimal.ROUND_DOWN, Decimal.ROUND_UP] as const;

/**
 * Items with unique ids, many tied totals, optional unrounded totals. An exact total comes with the total that
 * some rounding of it gives (rank refuses an exact total that contradicts its total).
 */
const items = fc.uniqueArray(
  fc.oneof(
    fc
      .record({
        id: fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
        total: fc.oneof(fc.integer({ min: 7_000, max: 7_010 }).map(hundredths), scoreValue),
      })
      .map((item): RankItem => item),
    fc
      .record({
        id: fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
        exact: fc.oneof(
          fc.integer({ min: 70_000, max: 70_100 }).map((n) => `${hundredths(Math.floor(n / 10))}${n % 10}`),
          scoreValue,
        ),
        mode: fc.constantFrom(...MODES),
      })
      .map(
        ({ id, exact, mode }): RankItem => ({
          id,
          total: new Decimal(exact).toDecimalPlaces(2, mode).toFixed(2),
          exact,
        }),
      ),
  ),
  { selector: (item) => idKey(item.id), maxLength: 40 },
);

const withCommas = (value: string | number): string | number =>
  typeof value === 'string' ? value.replace('.', ',') : value;

describe('rank', () => {
  it.each(RANK_METHODS)('%s equals the decimal.js model, with either tie-break', (method) => {
    fc.assert(
      fc.property(items, fc.constantFrom('exact' as const, 'id' as const), (list, tieBreak) => {
        expect(rank(list, { method, tieBreak })).toEqual(model(list, method, tieBreak));
      }),
      SEEDED,
    );
  });

  it('is invariant under permutation of its input and deterministic on ties', () => {
    const permuted = items.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
    );
    fc.assert(
      fc.property(permuted, fc.constantFrom(...RANK_METHODS), ([list, shuffled], method) => {
        const a = rank(list, { method });
        expect(rank(shuffled, { method })).toEqual(a);
        expect(rank(list, { method })).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      SEEDED,
    );
  });

  it('the fast reader and the general reader (decimal comma) agree bit for bit', () => {
    fc.assert(
      fc.property(items, (list) => {
        const commas = list.map((item) => ({
          ...item,
          total: withCommas(item.total),
          ...(item.exact === undefined ? {} : { exact: withCommas(item.exact) }),
        }));
        expect(JSON.stringify(rank(commas, { decimalComma: true }))).toBe(JSON.stringify(rank(list)));
      }),
      SEEDED,
    );
  });

  it('breaks a published tie in code-point order (Maluku 2024, S15)', () => {
    const ranked = rank([
      { id: 'Maluku Barat Daya', total: '77.69' },
      { id: 'Buru Selatan', total: '77.69' },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['Buru Selatan', 1],
      ['Maluku Barat Daya', 2],
    ]);
  });
});
