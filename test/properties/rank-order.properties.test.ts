/**
 * `rank`'s order (counting sort on cents, ties sorted within each cent, typed-array keys, shared total strings)
 * checked bit for bit against a straightforward comparator sort written here: values read into BigInts with
 * their own code, a plain `Array.prototype.sort` on (cents, unrounded total, id), ranks assigned by scanning.
 * Random items with 0–30 decimals, many ties, every method and tie-break, decimal commas, and runs of equal cents
 * long enough for the library's large-run sort.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rank,
  RANK_METHODS,
  safeRank,
  TIE_BREAKS,
  type RankItem,
  type RankMethod,
  type TieBreak,
} from '@ombuds/scoring';
import { SEEDED } from './arbitraries.js';
import { idKey } from '../../src/ranking/id-key.js';

/** Decimals the oracle holds exactly (the library accepts as many as a printed total may carry). */
const SCALE = 30;
const UNIT = 10n ** BigInt(SCALE);

/** A plain decimal string (optionally with a comma, optionally "-0…") as an integer × 10^SCALE. */
function scaled(text: string): bigint {
  const [whole, fraction = ''] = text.replace(',', '.').replace(/^-/, '').split('.');
  return BigInt(whole!) * UNIT + BigInt((fraction + '0'.repeat(SCALE)).slice(0, SCALE) || '0');
}

/** The shortest text of an integer × 10^SCALE: no leading zeros, no trailing zeros, no bare point. */
function shortest(value: bigint): string {
  const whole = value / UNIT;
  const fraction = (value % UNIT).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`;
}

/** Decimals written in a value (digits after the point or comma). */
const decimalsOf = (value: string | number): number => String(value).split(/[.,]/)[1]?.length ?? 0;

/** Code-point order by iterating code points. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The oracle: a comparator sort and a scan for ranks. */
function oracle(items: readonly RankItem[], method: RankMethod, tieBreak: TieBreak) {
  const rows = items.map((item) => {
    const total = scaled(String(item.total));
    const exact = scaled(String(item.exact ?? item.total));
    // Half up to cents on a non-negative value: add half a cent, drop the rest.
    const cents = (total + UNIT / 200n) / (UNIT / 100n);
    return { id: item.id, cents, exact };
  });
  rows.sort(
    (a, b) =>
      (a.cents === b.cents ? 0 : a.cents > b.cents ? -1 : 1) ||
      (tieBreak === 'exact' && a.exact !== b.exact ? (a.exact > b.exact ? -1 : 1) : 0) ||
      byCodePoint(a.id, b.id),
  );
  let dense = 0;
  return rows.map((row, i) => {
    let first = i;
    while (first > 0 && rows[first - 1]!.cents === row.cents) first--;
    let last = i;
    while (last + 1 < rows.length && rows[last + 1]!.cents === row.cents) last++;
    if (first === i) dense++;
    const ranks = {
      ordinal: i + 1,
      competition: first + 1,
      'modified-competition': last + 1,
      dense,
      fractional: (first + last + 2) / 2,
    };
    const total = `${row.cents / 100n}.${(row.cents % 100n).toString().padStart(2, '0')}`;
    return { id: row.id, rank: ranks[method], total, exact: shortest(row.exact) };
  });
}

/** `digits` random decimal digits. */
const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** How many decimals a value has: mostly 0–20, rarely 21–`max` (which the library refuses). */
const decimalCount = (max: number): fc.Arbitrary<number> =>
  max <= 20
    ? fc.integer({ min: 0, max })
    : fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 20 }) },
        { weight: 1, arbitrary: fc.integer({ min: 21, max }) },
      );

/**
 * A value on 0–100 near a few cents (so that many round to the same cent), or anywhere; with up to `maxDecimals`
 * decimals, leading and trailing zeros, x.xx5 and 100; sometimes as a JS number (when it round-trips).
 */
function value(maxDecimals: number, cents: fc.Arbitrary<number>): fc.Arbitrary<string | number> {
  const text = fc
    .tuple(cents, digits(maxDecimals, maxDecimals), decimalCount(maxDecimals), fc.constantFrom('', '', '0', '00'))
    .map(([c, more, count, lead]) => {
      const whole = Math.floor(c / 100);
      const fraction = (String(c % 100).padStart(2, '0') + more).slice(0, count);
      if (whole >= 100) return fraction === '' ? '100' : `100.${'0'.repeat(fraction.length)}`;
      return lead + (fraction === '' ? String(whole) : `${whole}.${fraction}`);
    });
  return fc.oneof(
    { weight: 8, arbitrary: text },
    {
      weight: 1,
      arbitrary: fc.constantFrom('100', '100.00', '0', '0.000', '-0', '99.995', '99.994999999999999999', '0.005'),
    },
    { weight: 2, arbitrary: text.map((t) => Number(t)).filter((n) => !/e/.test(String(n)) && decimalsOf(n) <= 20) },
  );
}

/** Cents of a few neighbouring values, or of any value. */
const fewCents = fc.oneof(fc.integer({ min: 7_000, max: 7_004 }), fc.integer({ min: 0, max: 10_000 }));

/** Unique ids: short, with non-BMP characters and look-alike prefixes. */
const id = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.nat(999).map((n) => `body-${n}`),
);

/**
 * An unrounded total and, for the item, its total: the exact value itself, or the exact value rounded down or up
 * at fewer decimals (two at least, as ties are decided on cents), so that the exact total rounds to the total as
 * in a result of `score` (rank refuses a pair that contradicts itself); or a total alone.
 */
function item(maxDecimals: number, cents: fc.Arbitrary<number>): fc.Arbitrary<RankItem> {
  return fc
    .tuple(
      id,
      value(maxDecimals, cents),
      fc.integer({ min: 2, max: 20 }),
      fc.constantFrom('alone', 'same', 'down', 'up'),
    )
    .map(([itemId, exact, places, how]) => {
      if (how === 'alone') return { id: itemId, total: exact };
      if (how === 'same' || decimalsOf(exact) <= places) return { id: itemId, total: exact, exact };
      const unit = UNIT / 10n ** BigInt(places);
      const value = scaled(String(exact));
      const down = value - (value % unit);
      const total = how === 'up' && down !== value && down + unit <= 100n * UNIT ? down + unit : down;
      const whole = total / UNIT;
      const fraction = ((total % UNIT) / unit).toString().padStart(places, '0');
      return { id: itemId, total: places === 0 ? whole.toString() : `${whole}.${fraction}`, exact };
    });
}

function itemsOf(
  maxDecimals: number,
  cents: fc.Arbitrary<number>,
  minLength: number,
  maxLength: number,
): fc.Arbitrary<RankItem[]> {
  return fc.uniqueArray(item(maxDecimals, cents), { selector: (i) => idKey(i.id), minLength, maxLength, size: 'max' });
}

const commas = (items: readonly RankItem[]): RankItem[] =>
  items.map((item) => {
    const comma = (v: string | number): string | number => (typeof v === 'string' ? v.replace('.', ',') : v);
    return item.exact === undefined
      ? { id: item.id, total: comma(item.total) }
      : { id: item.id, total: comma(item.total), exact: comma(item.exact) };
  });

describe('rank against a comparator sort', () => {
  it('gives the same ranked list, bit for bit, for every method and tie-break, with dots or decimal commas', () => {
    fc.assert(
      fc.property(
        itemsOf(20, fewCents, 0, 60),
        fc.constantFrom(...RANK_METHODS),
        fc.constantFrom(...TIE_BREAKS),
        fc.boolean(),
        (items, method, tieBreak, comma) => {
          const expected = oracle(items, method, tieBreak);
          const ranked = comma
            ? rank(commas(items), { method, tieBreak, decimalComma: true })
            : rank(items, { method, tieBreak });
          expect(JSON.stringify(ranked)).toBe(JSON.stringify(expected));
        },
      ),
      SEEDED,
    );
  });

  it('sorts long runs of equal cents (hundreds of ties) the same way', () => {
    fc.assert(
      fc.property(
        itemsOf(20, fc.integer({ min: 8_000, max: 8_001 }), 150, 400),
        fc.constantFrom(...RANK_METHODS),
        fc.constantFrom(...TIE_BREAKS),
        (items, method, tieBreak) => {
          expect(JSON.stringify(rank(items, { method, tieBreak }))).toBe(
            JSON.stringify(oracle(items, method, tieBreak)),
          );
        },
      ),
      { ...SEEDED, numRuns: 40 },
    );
  });

  it('ranks totals and exact totals of 21–30 decimals (as score prints them) as the comparator sort', () => {
    fc.assert(
      fc.property(itemsOf(30, fewCents, 0, 8), fc.constantFrom(...TIE_BREAKS), (items, tieBreak) => {
        expect(JSON.stringify(rank(items, { tieBreak }))).toBe(JSON.stringify(oracle(items, 'ordinal', tieBreak)));
      }),
      SEEDED,
    );
  });

  it('orders exact totals that differ only past the 20th decimal', () => {
    const items: RankItem[] = [
      { id: 'a', total: '80.00', exact: '80.0000000000000000000000001' },
      { id: 'b', total: '80.00', exact: '80.00000000000000000000000015' },
      { id: 'c', total: '80.00', exact: '80.00000000000000000000000009' },
      { id: 'd', total: '80.00', exact: '80.000000000000000000000000100' },
    ];
    expect(rank(items, { tieBreak: 'exact' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(JSON.stringify(rank(items, { tieBreak: 'exact' }))).toBe(JSON.stringify(oracle(items, 'ordinal', 'exact')));
  });

  it('accepts an exact total exactly when it lies less than one last decimal (at least a cent) of the total away', () => {
    fc.assert(
      fc.property(value(20, fewCents), value(20, fewCents), (total, exact) => {
        const places = Math.max(2, decimalsOf(total));
        const apart = scaled(String(exact)) - scaled(String(total));
        const close = (apart < 0n ? -apart : apart) < UNIT / 10n ** BigInt(places);
        const result = safeRank([{ id: 'x', total, exact }]);
        expect(result.success ? 'accepted' : [result.error.reason, result.error.path]).toEqual(
          close ? 'accepted' : ['conflict', [0, 'exact']],
        );
      }),
      { ...SEEDED, numRuns: 2_000 },
    );
  });

  it('refuses an exact total that does not round to its total, at its path', () => {
    const result = safeRank([
      { id: 'a', total: '80.00' },
      { id: 'b', total: '80.000', exact: '80.001' },
    ]);
    expect(result.success ? null : [result.error.code, result.error.reason, result.error.path]).toEqual([
      'INVALID_INPUT',
      'conflict',
      [1, 'exact'],
    ]);
  });

  it('shares one total string per cent value and freezes every row', () => {
    const ranked = rank([
      { id: 'a', total: '88.004' },
      { id: 'b', total: '88' },
      { id: 'c', total: 87.995 },
    ]);
    expect(ranked.map((r) => r.total)).toEqual(['88.00', '88.00', '88.00']);
    expect(ranked.map((r) => [r.id, r.exact])).toEqual([
      ['a', '88.004'],
      ['b', '88'],
      ['c', '87.995'],
    ]);
    expect(Object.isFrozen(ranked) && ranked.every((r) => Object.isFrozen(r))).toBe(true);
  });
});
