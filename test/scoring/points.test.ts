/**
 * Points input (RULEBOOK §5, revision 2): weighted points as the Ombudsman prints them, every dimension from 0 to
 * its weight; the total is their exact sum. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { explain, getRuleset, safeScore, score } from '@ombuds/scoring';

const LAMPUNG = { competency: '23.32', standards: '19.76', opinion: '9.38', complaints: '10.97', trust: '25.82' };

function refusal(result: ReturnType<typeof safeScore>): { code: string; path: readonly (string | number)[] } {
  if (result.success) throw new Error('expected a refusal');
  return { code: result.error.code, path: result.error.path };
}

describe('points input', () => {
  it('Dinas Sosial Prov. Lampung 2025 (S103): 89.25, A, Sangat Baik, resting on no weight', () => {
    const result = score(getRuleset(2025), { points: LAMPUNG });
    expect([result.total, result.exact, result.category, result.zone]).toEqual(['89.25', '89.25', 'A', 'hijau']);
    expect(result.quality?.id).toBe('Sangat Baik');
    expect(result.opinion?.id).toBe('Opini Kualitas Tertinggi');
    // Only the 2025 band bounds are assumed; no weight decided the number.
    expect(result.assumptions).toEqual(['bands.A.min']);
    expect(result.assumptions.some((p) => p.endsWith('.weight'))).toBe(false);
  });

  it('gives the same total under either revision of 2025: points need no weight', () => {
    expect(score(getRuleset(2025, { revision: 1 }), { points: { ...LAMPUNG, competency: '15.29' } }).total).toBe('81.22');
    expect(score(getRuleset(2025), { points: { ...LAMPUNG, competency: '15.29' } }).total).toBe('81.22');
  });

  it('shows each dimension: the points as given, and the score they are of the weight', () => {
    const rows = score(getRuleset(2025), { points: LAMPUNG }).dimensions!;
    expect(rows.map((d) => [d.id, d.contribution, d.weight])).toEqual([
      ['competency', '23.32', '25'],
      ['standards', '19.76', '20'],
      ['opinion', '9.38', '10'],
      ['complaints', '10.97', '15'],
      ['trust', '25.82', '30'],
    ]);
    // 23.32 / 25 × 100 = 93.28; 10.97 / 15 × 100 = 73.1333… (shown cut to 20 decimals)
    expect(rows[0]!.score).toBe('93.28');
    expect(rows[3]!.score).toBe('73.13333333333333333333');
  });

  it('works in every year with dimensions: 2019 standards carries 100, 2023 its four weights', () => {
    expect(score(getRuleset(2019), { points: { standards: '80.03' } }).zone).toBe('kuning');
    const r = score(getRuleset(2023), { points: { competency: '21.85', standards: '30', opinion: '20', complaints: '15.5' } });
    expect([r.total, r.category]).toEqual(['87.35', 'B']);
  });

  it('lets units carry points; the body is the mean of the rounded unit totals', () => {
    const r = score(getRuleset(2025), { units: [{ id: 'dinsos', points: LAMPUNG }, { id: 'dinkes', total: '80.00' }] });
    // (89.25 + 80.00) / 2 = 84.625 → 84.63
    expect([r.exact, r.total, r.category]).toEqual(['84.625', '84.63', 'B']);
    expect(r.units!.map((u) => [u.id, u.total])).toEqual([
      ['dinsos', '89.25'],
      ['dinkes', '80.00'],
    ]);
  });

  it('reads decimal commas with the option', () => {
    const commas = Object.fromEntries(Object.entries(LAMPUNG).map(([k, v]) => [k, v.replace('.', ',')]));
    expect(score(getRuleset(2025), { points: commas }, { decimalComma: true }).total).toBe('89.25');
  });

  it.each([
    ['above its weight', { ...LAMPUNG, competency: '25.01' }, ['points', 'competency']],
    ['negative', { ...LAMPUNG, trust: '-0.01' }, ['points', 'trust']],
    ['not a number', { ...LAMPUNG, opinion: 'abc' }, ['points', 'opinion']],
    ['a decimal comma without the option', { ...LAMPUNG, complaints: '10,97' }, ['points', 'complaints']],
    ['missing a dimension', { competency: '23.32', standards: '19.76', opinion: '9.38', complaints: '10.97' }, ['points', 'trust']],
    ['an unknown dimension', { ...LAMPUNG, extra: '1' }, ['points', 'extra']],
  ])('refuses points %s with the path of the value', (_, points, path) => {
    expect(refusal(safeScore(getRuleset(2025), { points } as never))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses 2023 competency points above 21.85, its weight', () => {
    const points = { competency: '21.86', standards: '30', opinion: '20', complaints: '15' };
    expect(refusal(safeScore(getRuleset(2023), { points }))).toEqual({ code: 'INVALID_INPUT', path: ['points', 'competency'] });
  });

  it.each([
    [{ points: LAMPUNG, dimensions: { trust: 1 } }, ['points']],
    [{ points: LAMPUNG, units: [{ total: 1 }] }, ['units']],
    [{ points: [] }, ['points']],
    [{ units: [{ points: LAMPUNG, total: '80' }] }, ['units', 0, 'points']],
    [{ units: [{ points: { ...LAMPUNG, trust: '31' } }] }, ['units', 0, 'points', 'trust']],
  ])('refuses a points input of the wrong shape: %j', (input, path) => {
    expect(refusal(safeScore(getRuleset(2025), input as never))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('explains points input as points, one line per dimension adding up to the total', () => {
    const tree = explain(getRuleset(2025), { points: LAMPUNG });
    expect(tree.value).toBe('89.25');
    expect(tree.children.map((c) => c.contribution)).toEqual(['23.32', '19.76', '9.38', '10.97', '25.82']);
    expect(tree.children[0]!.text.id).toBe('Dimensi Input: 23,32 poin dari 25 (poin tertimbang yang dicetak; setara nilai 93,28)');
    expect(tree.children[0]!.text.en).toBe('Input dimension: 23.32 points of 25 (weighted points as printed; a score of 93.28)');
  });
});
