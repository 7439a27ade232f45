/**
 * The 2025 "Tanpa Maladministrasi" qualifier (RULEBOOK §5): published cases from Maluku Utara [S26, S27] and the
 * five ministries [S20]. Expected values from the RULEBOOK.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, safeClassify, safeScore, score, type ScoreInput } from '@ombuds/scoring';

const rules = getRuleset(2025);

describe('published 2025 opinions', () => {
  it.each([
    ['Prov. Maluku Utara', '65.98', true, 'Opini Kualitas Sedang Tanpa Maladministrasi', 'C', 'kuning', 'Cukup'],
    ['Halmahera Utara', '69.63', false, 'Opini Kualitas Sedang', 'C', 'kuning', 'Cukup'],
    ['Pulau Morotai', '53.38', false, 'Opini Kualitas Rendah', 'D', 'merah', 'Kurang'],
  ] as const)('%s %s', (_, total, followed, opinion, category, zone, quality) => {
    for (const c of [
      classify(rules, total, { followedUpOmbudsman: followed }),
      score(rules, { units: [{ total }], followedUpOmbudsman: followed }),
    ]) {
      expect(c.total).toBe(total);
      expect(c.opinion?.id).toBe(opinion);
      expect(c.category).toBe(category);
      expect(c.zone).toBe(zone);
      expect(c.quality?.id).toBe(quality);
    }
  });

  it('a ministry with grade A that followed up: "Opini Kualitas Tertinggi Tanpa Maladministrasi"', () => {
    const r = score(rules, { units: [{ total: '91.50' }], followedUpOmbudsman: true });
    expect(r.opinion).toEqual({
      id: 'Opini Kualitas Tertinggi Tanpa Maladministrasi',
      en: 'Highest quality opinion without maladministration',
    });
    expect(r.followedUpOmbudsman).toBe(true);
  });

  it('without the flag the opinion has no qualifier and the result says false', () => {
    const r = score(rules, { units: [{ total: '65.98' }] });
    expect(r.opinion?.id).toBe('Opini Kualitas Sedang');
    expect(r.followedUpOmbudsman).toBe(false);
    expect(classify(rules, '65.98').opinion?.id).toBe('Opini Kualitas Sedang');
  });

  it('the flag works with dimension scores too', () => {
    const r = score(rules, {
      dimensions: { competency: '65.98', standards: '65.98', opinion: '65.98', complaints: '65.98', trust: '65.98' },
      followedUpOmbudsman: true,
    });
    expect(r.total).toBe('65.98');
    expect(r.opinion?.id).toBe('Opini Kualitas Sedang Tanpa Maladministrasi');
  });
});

describe('the qualifier exists only in 2025', () => {
  it.each([2015, 2019, 2021, 2022, 2023, 2024])('score refuses followedUpOmbudsman in %i', (year) => {
    const result = safeScore(getRuleset(year), { units: [{ total: '70' }], followedUpOmbudsman: true });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.path).toEqual(['followedUpOmbudsman']);
    }
  });

  it.each([2019, 2023])('classify refuses the option in %i', (year) => {
    const result = safeClassify(getRuleset(year), '70', { followedUpOmbudsman: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_OPTIONS');
  });

  it.each([2019, 2023])('%i results say null', (year) => {
    expect(score(getRuleset(year), { units: [{ total: '70' }] }).followedUpOmbudsman).toBeNull();
  });

  it.each(['yes', 1, null])('2025 refuses a flag that is not a boolean (%s)', (flag) => {
    const result = safeScore(rules, { units: [{ total: '70' }], followedUpOmbudsman: flag } as unknown as ScoreInput);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.path).toEqual(['followedUpOmbudsman']);
    }
  });
});
