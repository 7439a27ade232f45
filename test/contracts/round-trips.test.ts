/**
 * Everything the library prints can be passed back. `rank` takes every total and exact total
 * `score` returns (more than 20 decimals included) and refuses an exact total that contradicts its total; units
 * without an id never collide with the ids given; `rank` takes full `ScoreResult` objects.
 */
import { describe, expect, it } from 'vitest';
import { deriveRuleset, getRuleset, rank, safeRank, score, type RankItem } from '@ombuds/scoring';

const r2023 = getRuleset(2023);

describe('rank takes what score prints', () => {
  // Weights with 20 decimals times scores with 20 decimals: an exact total with more than 20 decimals.
  const fine = deriveRuleset(r2023, {
    id: 'fine-2023',
    dimensions: {
      competency: { weight: '21.85000000000000000001' },
      standards: { weight: '32.36999999999999999999' },
    },
  });
  const input = {
    dimensions: {
      competency: '90.00000000000000000003',
      standards: '85.1',
      opinion: '95',
      complaints: '80',
    },
  };

  it('an exact total of more than 20 decimals', () => {
    const result = score(fine, input);
    const decimals = result.exact.split('.')[1]!.length;
    expect(decimals).toBeGreaterThan(20);
    const ranked = rank([
      { id: 'a', total: result.total, exact: result.exact },
      { id: 'b', total: '87.48' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
    expect(ranked[1]!.exact).toBe(result.exact);
  });

  it('a unit total of more than 20 decimals (unitsBeforeMean false keeps it exact)', () => {
    const unrounded = deriveRuleset(fine, { id: 'fine-units', rounding: { unitsBeforeMean: false } });
    const result = score(unrounded, { units: [{ id: 'u', dimensions: input.dimensions }] });
    const unit = result.units![0]!;
    expect(unit.total.split('.')[1]!.length).toBeGreaterThan(20);
    expect(rank([{ id: unit.id, total: unit.total, exact: unit.exact }])[0]!.exact).toBe(unit.exact);
  });

  it('a full ScoreResult with an id added', () => {
    const result = score(r2023, { dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } });
    const item: RankItem = { ...result, id: 'Palembang' };
    expect(rank([item, { id: 'Lahat', total: '80.00' }]).map((r) => `${r.rank} ${r.id} ${r.exact}`)).toEqual([
      '1 Lahat 80',
      '2 Palembang 76.505',
    ]);
  });

  it('still refuses a key that is neither an item field nor a ScoreResult field', () => {
    const outcome = safeRank([{ id: 'a', total: '80', exat: '80.001' } as never]);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.path).toEqual([0, 'exat']);
  });
});

describe('rank refuses an exact total that contradicts its total', () => {
  it.each([
    ['80.00', '90'],
    ['80.00', '80.01'],
    ['80.00', '79.99'],
    ['80.01', '80.0'],
    ['80', '81'],
    ['80', '80.4'], // 80 is ranked as 80.00: the exact total must round to it at cents
    ['80', '79.6'],
    ['80.00', '80.01000000000000000000001'],
  ])('total %s, exact %s', (total, exact) => {
    const outcome = safeRank([{ id: 'a', total, exact }]);
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.error.code).toBe('INVALID_INPUT');
      expect(outcome.error.path).toEqual([0, 'exact']);
    }
  });

  it.each([
    ['80.00', '80.004'], // half-up
    ['80.00', '79.995'], // half-up from below
    ['80.00', '80.009'], // down
    ['80.01', '80.001'], // up
    ['80', '80.004'],
    ['80', '79.996'],
    ['80.00', '80.00999999999999999999999'],
  ])('total %s, exact %s is accepted (some rounding mode gives it)', (total, exact) => {
    expect(rank([{ id: 'a', total, exact }])[0]!.exact).toBe(exact);
  });
});

describe('units without an id never collide with the ids given', () => {
  it('a unit named "1" after a unit without an id', () => {
    const result = score(r2023, { units: [{ total: '80' }, { id: '1', total: '70' }] });
    expect(result.units!.map((u) => u.id)).toEqual(['1#2', '1']);
    expect(result.total).toBe('75.00');
  });

  it('a unit named "2" before a unit without an id, and "2#2" taken too', () => {
    const result = score(r2023, {
      units: [{ id: '2', total: '80' }, { total: '70' }, { id: '2#2', total: '60' }, { total: '50' }],
    });
    expect(result.units!.map((u) => u.id)).toEqual(['2', '2#3', '2#2', '4']);
  });

  it('ids given twice are still refused', () => {
    expect(() =>
      score(r2023, {
        units: [
          { id: 'x', total: '80' },
          { id: 'x', total: '70' },
        ],
      }),
    ).toThrow(/^Unit 2: "x" is given twice; ids must be unique\. \(at units\[1\]\.id\)$/);
  });
});
