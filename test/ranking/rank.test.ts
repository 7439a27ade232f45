/**
 * `rank`: methods, tie-breaks, determinism, refusals.
 */
import { describe, expect, it } from 'vitest';
import { rank, safeRank, ScoringError } from '@ombuds/scoring';

const tied = [
  { id: 'Maluku Barat Daya', total: '77.69' },
  { id: 'Buru Selatan', total: '77.69' },
  { id: 'Ambon', total: '90.10' },
  { id: 'Tual', total: '60' },
];

describe('rank', () => {
  it('gives published ties distinct sequential ranks by default (Maluku 2024, S15)', () => {
    expect(rank(tied).map((r) => [r.rank, r.id, r.total])).toEqual([
      [1, 'Ambon', '90.10'],
      [2, 'Buru Selatan', '77.69'],
      [3, 'Maluku Barat Daya', '77.69'],
      [4, 'Tual', '60.00'],
    ]);
  });

  it.each([
    ['competition', [1, 2, 2, 4]],
    ['modified-competition', [1, 3, 3, 4]],
    ['dense', [1, 2, 2, 3]],
    ['fractional', [1, 2.5, 2.5, 4]],
  ] as const)('%s gives %j', (method, ranks) => {
    expect(rank(tied, { method }).map((r) => r.rank)).toEqual(ranks);
  });

  it('compares ties on the two-decimal total and breaks them by the unrounded total', () => {
    const items = [
      { id: 'a', total: '80.00', exact: '79.996' },
      { id: 'b', total: '80.00', exact: '80.004' },
      { id: 'c', total: '80.001' },
    ];
    expect(rank(items).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(rank(items, { method: 'competition' }).map((r) => r.rank)).toEqual([1, 1, 1]);
    expect(rank(items, { tieBreak: 'id' }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders ids by code point, not by UTF-16 unit or locale', () => {
    // U+1F600 (surrogates D83D DE00) sorts after U+FF21 by code point, before it by UTF-16 unit.
    const items = [
      { id: '\u{1F600}', total: '50' },
      { id: '\uFF21', total: '50' },
      { id: 'Z', total: '50' },
      { id: 'a', total: '50' },
      { id: 'Ä', total: '50' },
    ];
    // keepSimilarIds: U+FF21 is a full-width A, a probable duplicate of 'a' otherwise.
    expect(rank(items, { keepSimilarIds: true }).map((r) => r.id)).toEqual(['Z', 'a', 'Ä', '\uFF21', '\u{1F600}']);
  });

  it('does not depend on input order', () => {
    const forward = rank(tied, { method: 'dense' });
    const backward = rank([...tied].reverse(), { method: 'dense' });
    expect(backward).toEqual(forward);
  });

  it('returns an empty list for no items and never mutates its input', () => {
    expect(rank([])).toEqual([]);
    const items = tied.map((item) => ({ ...item }));
    rank(items);
    expect(items).toEqual(tied);
  });

  it.each([
    [[{ id: 'a', total: '101' }], [0, 'total'], 'INVALID_INPUT'],
    [[{ id: 'a', total: 'x' }], [0, 'total'], 'INVALID_INPUT'],
    [[{ id: 'a', total: '1' }, { id: 'a', total: '2' }], [1, 'id'], 'INVALID_INPUT'],
    [[{ total: '1' }], [0, 'id'], 'INVALID_INPUT'],
    [[{ id: 'a', total: '1', rank: 1 }], [0, 'rank'], 'INVALID_INPUT'],
    [[{ id: 'a', total: '1', exact: '1e1' }], [0, 'exact'], 'INVALID_INPUT'],
    ['abc', [], 'INVALID_INPUT'],
  ])('refuses %j at %j', (items, path, code) => {
    const result = safeRank(items as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ScoringError);
      expect(result.error.code).toBe(code);
      expect(result.error.path).toEqual(path);
    }
  });

  it('refuses unknown methods and options with INVALID_OPTIONS', () => {
    for (const options of [{ method: 'olympic' }, { tieBreak: 'random' }, { order: 'asc' }]) {
      const result = safeRank(tied, options as never);
      expect(result.success ? 'ok' : result.error.code).toBe('INVALID_OPTIONS');
    }
  });
});
