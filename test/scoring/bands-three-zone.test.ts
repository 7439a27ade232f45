/**
 * Every band edge of the three-zone years 2015–2019 and 2021 (RULEBOOK §3), read from the total rounded half-up
 * to two decimals: hijau ≥ 81.00 in every revision; kuning ≥ 51.00 in 2021 and in revision 1 of 2015–2019,
 * kuning above 50.00 (merah 50.00 or less) in revision 2 of 2015–2019. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, score } from '@ombuds/scoring';


const HIJAU = { zone: 'hijau', id: 'Kepatuhan Tinggi', en: 'High compliance' } as const;
const KUNING = { zone: 'kuning', id: 'Kepatuhan Sedang', en: 'Medium compliance' } as const;
const MERAH = { zone: 'merah', id: 'Kepatuhan Rendah', en: 'Low compliance' } as const;

type Row = readonly [string, string, typeof HIJAU | typeof KUNING | typeof MERAH];

/** [input total, rounded total, band]: the edges every revision shares. */
const SHARED: readonly Row[] = [
  ['100', '100.00', HIJAU],
  ['81.00', '81.00', HIJAU],
  ['81', '81.00', HIJAU],
  ['81.001', '81.00', HIJAU],
  ['80.995', '81.00', HIJAU],
  ['80.9950000001', '81.00', HIJAU],
  ['80.994', '80.99', KUNING],
  ['80.99499999999', '80.99', KUNING],
  ['80.99', '80.99', KUNING],
  ['80.50', '80.50', KUNING],
  ['80.03', '80.03', KUNING],
  ['80', '80.00', KUNING],
  ['51.00', '51.00', KUNING],
  ['51', '51.00', KUNING],
  ['50.995', '51.00', KUNING],
  ['50', '50.00', MERAH],
  ['49.99', '49.99', MERAH],
  ['0.005', '0.01', MERAH],
  ['0.004', '0.00', MERAH],
  ['0', '0.00', MERAH],
];

/** 2021, and revision 1 of 2015–2019: kuning from 51.00. */
const KUNING_FROM_51: readonly Row[] = [
  ...SHARED,
  ['50.994', '50.99', MERAH],
  ['50.99', '50.99', MERAH],
  ['50.50', '50.50', MERAH],
  ['50.12', '50.12', MERAH],
  ['50.01', '50.01', MERAH],
];

/** Revision 2 of 2015–2019: kuning above 50.00 (Prov. Gorontalo 2017, 50.12, kuning: S100). */
const KUNING_ABOVE_50: readonly Row[] = [
  ...SHARED,
  ['50.994', '50.99', KUNING],
  ['50.99', '50.99', KUNING],
  ['50.50', '50.50', KUNING],
  ['50.12', '50.12', KUNING],
  ['50.01', '50.01', KUNING],
  ['50.005', '50.01', KUNING],
  ['50.0049999', '50.00', MERAH],
  ['50.00', '50.00', MERAH],
];

const CASES = [
  ...[2015, 2016, 2017, 2018, 2019].flatMap((year) => [
    [year, 1, KUNING_FROM_51] as const,
    [year, 2, KUNING_ABOVE_50] as const,
  ]),
  [2021, 1, KUNING_FROM_51] as const,
];

describe.each(CASES)('%i revision %i', (year, revision, TABLE) => {
  const rules = getRuleset(year, { revision });

  it('is the revision asked for', () => {
    expect([rules.year, rules.revision]).toEqual([year, revision]);
  });

  it.each(TABLE)('classify %s → %s', (input, total, band) => {
    const c = classify(rules, input);
    expect(c.total).toBe(total);
    expect(c.zone).toBe(band.zone);
    expect(c.category).toBeNull();
    expect(c.label).toEqual({ id: band.id, en: band.en });
    expect(c.opinion).toBeNull();
    expect(c.quality).toBeNull();
  });

  it.each(TABLE)('score { dimensions: { standards: %s } } → %s', (input, total, band) => {
    const r = score(rules, { dimensions: { standards: input } });
    expect(r.total).toBe(total);
    expect(r.zone).toBe(band.zone);
    expect(r.category).toBeNull();
  });

  it.each(TABLE)('score { units: [{ total: %s }] } → %s', (input, total, band) => {
    const r = score(rules, { units: [{ total: input }] });
    expect(r.total).toBe(total);
    expect(r.zone).toBe(band.zone);
  });

  it('accepts numbers at the edges as well as strings', () => {
    expect(classify(rules, 80.995).zone).toBe('hijau');
    expect(classify(rules, 50.5).zone).toBe(TABLE === KUNING_ABOVE_50 ? 'kuning' : 'merah');
    expect(classify(rules, 51).zone).toBe('kuning');
  });

  it('a mean of units is rounded once, exactly: 81.00 and 80.99 → 80.995 → 81.00 hijau', () => {
    const r = score(rules, { units: [{ total: '81.00' }, { total: '80.99' }] });
    expect(r.exact).toBe('80.995');
    expect(r.total).toBe('81.00');
    expect(r.zone).toBe('hijau');
  });

  it('a mean of units just below the edge: 81.00, 80.99, 80.99 → 80.9933… → 80.99 kuning', () => {
    const r = score(rules, { units: [{ total: '81.00' }, { total: '80.99' }, { total: '80.99' }] });
    expect(r.total).toBe('80.99');
    expect(r.zone).toBe('kuning');
  });
});
