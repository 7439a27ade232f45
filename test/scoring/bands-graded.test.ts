/**
 * Every band edge of the graded years (RULEBOOK §4.2, §5): A ≥ 88.00, B ≥ 78.00, C ≥ 54.00, D ≥ 32.00, E below,
 * read from the total rounded half-up to two decimals. 2022–2024: A, B hijau; C kuning; D, E merah. 2025: E is
 * hitam, and every band carries a quality word. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, score } from '@ombuds/scoring';

type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** [input total, rounded total, grade] */
const TABLE: readonly (readonly [string, string, Grade])[] = [
  ['100', '100.00', 'A'],
  ['88.00', '88.00', 'A'],
  ['88', '88.00', 'A'],
  ['87.995', '88.00', 'A'],
  ['87.994', '87.99', 'B'],
  ['87.99', '87.99', 'B'],
  ['78.00', '78.00', 'B'],
  ['77.995', '78.00', 'B'],
  ['77.994', '77.99', 'C'],
  ['77.99', '77.99', 'C'],
  ['54.00', '54.00', 'C'],
  ['53.995', '54.00', 'C'],
  ['53.994', '53.99', 'D'],
  ['53.99', '53.99', 'D'],
  ['32.00', '32.00', 'D'],
  ['31.995', '32.00', 'D'],
  ['31.994', '31.99', 'E'],
  ['31.99', '31.99', 'E'],
  ['0.005', '0.01', 'E'],
  ['0', '0.00', 'E'],
];

const OPINION: Record<Grade, { id: string; en: string }> = {
  A: { id: 'Kualitas Tertinggi', en: 'Highest quality' },
  B: { id: 'Kualitas Tinggi', en: 'High quality' },
  C: { id: 'Kualitas Sedang', en: 'Medium quality' },
  D: { id: 'Kualitas Rendah', en: 'Low quality' },
  E: { id: 'Kualitas Terendah', en: 'Lowest quality' },
};

const ZONE_2022_2024: Record<Grade, string> = { A: 'hijau', B: 'hijau', C: 'kuning', D: 'merah', E: 'merah' };
const ZONE_2025: Record<Grade, string> = { A: 'hijau', B: 'hijau', C: 'kuning', D: 'merah', E: 'hitam' };
const QUALITY_2025: Record<Grade, { id: string; en: string }> = {
  A: { id: 'Sangat Baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  C: { id: 'Cukup', en: 'Fair' },
  D: { id: 'Kurang', en: 'Poor' },
  E: { id: 'Sangat Kurang', en: 'Very poor' },
};

describe.each([2022, 2023, 2024])('%i', (year) => {
  const rules = getRuleset(year);

  it.each(TABLE)('classify %s → %s %s', (input, total, grade) => {
    const c = classify(rules, input);
    expect(c.total).toBe(total);
    expect(c.category).toBe(grade);
    expect(c.zone).toBe(ZONE_2022_2024[grade]);
    expect(c.label).toEqual(OPINION[grade]);
    expect(c.opinion).toEqual({ id: `Opini ${OPINION[grade].id}`, en: `${OPINION[grade].en} opinion` });
    expect(c.quality).toBeNull();
  });

  it.each(TABLE)('score with every dimension at %s → %s %s (weights sum to 100)', (input, total, grade) => {
    const r = score(rules, { dimensions: { competency: input, standards: input, opinion: input, complaints: input } });
    expect(r.total).toBe(total);
    expect(r.category).toBe(grade);
  });
});

describe('2025', () => {
  const rules = getRuleset(2025);

  it.each(TABLE)('classify %s → %s %s', (input, total, grade) => {
    const c = classify(rules, input);
    expect(c.total).toBe(total);
    expect(c.category).toBe(grade);
    expect(c.zone).toBe(ZONE_2025[grade]);
    expect(c.label).toEqual(OPINION[grade]);
    expect(c.quality).toEqual(QUALITY_2025[grade]);
    expect(c.opinion).toEqual({ id: `Opini ${OPINION[grade].id}`, en: `${OPINION[grade].en} opinion` });
  });

  it.each(TABLE)('classify %s with followedUpOmbudsman → "Tanpa Maladministrasi"', (input, total, grade) => {
    const c = classify(rules, input, { followedUpOmbudsman: true });
    expect(c.total).toBe(total);
    expect(c.opinion).toEqual({
      id: `Opini ${OPINION[grade].id} Tanpa Maladministrasi`,
      en: `${OPINION[grade].en} opinion without maladministration`,
    });
  });

  it.each(TABLE)('score with all five dimensions at %s → %s %s', (input, total, grade) => {
    const r = score(rules, {
      dimensions: { competency: input, standards: input, opinion: input, complaints: input, trust: input },
    });
    expect(r.total).toBe(total);
    expect(r.category).toBe(grade);
    expect(r.zone).toBe(ZONE_2025[grade]);
  });

  it('E is the black zone, D is red', () => {
    expect(classify(rules, '31.99').zone).toBe('hitam');
    expect(classify(rules, '32.00').zone).toBe('merah');
  });
});
