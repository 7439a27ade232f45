/**
 * The golden vectors under every year whose rules they also fit. test/golden.test.ts runs each vector under its
 * own year; here the same published totals run under every year with the same bands:
 *
 * - three-zone vectors (2017, 2019, 2021) under every three-zone year: the bands agree everywhere but in the
 *   50–51 gap, which is kuning in 2015–2019 (revision 2, RULEBOOK §3) and merah in 2021 (published 0–50.99); a
 *   total in the gap is checked under 2021 as merah;
 * - graded vectors (2022, 2023, brief) under 2022–2024 unchanged (same grades, RULEBOOK §4.2), and under 2025
 *   with the same grade, the E zone being hitam (RULEBOOK §5);
 * - the 2025 Palembang units under every year: the body total is the mean of the units' totals (RULEBOOK §6).
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, score, type ScoreInput } from '@ombuds/scoring';
import { vectorFiles, type Expect } from '../vectors.js';

const THREE_ZONE_YEARS = [2015, 2016, 2017, 2018, 2019, 2021];
const GRADED_2022_2024 = [2022, 2023, 2024];

interface Case {
  readonly file: string;
  readonly id: string;
  readonly total: string;
  readonly expect: Expect;
}

const classifyCases: Case[] = vectorFiles.flatMap((f) => [
  ...(f.classify ?? []).map((c) => ({ file: f.file, ...c, year: f.year! })),
  ...(f.classify_by_year ?? []).map((c) => ({ file: f.file, ...c })),
]);
const byYears = (years: readonly number[]): Case[] =>
  classifyCases.filter((c) => years.includes((c as Case & { year: number }).year));

const threeZone = byYears(THREE_ZONE_YEARS);
const graded = byYears(GRADED_2022_2024);

it('finds the three-zone and graded vectors', () => {
  expect(threeZone.length).toBeGreaterThanOrEqual(13);
  expect(graded.length).toBeGreaterThanOrEqual(50);
});

function check(actual: ReturnType<typeof classify>, expected: Expect): void {
  if (expected.total !== undefined) expect(actual.total).toBe(expected.total);
  if (expected.category !== undefined) expect(actual.category).toBe(expected.category);
  if (expected.zone !== undefined) expect(actual.zone).toBe(expected.zone);
  if (expected.label !== undefined) expect(actual.label.id).toBe(expected.label);
}

/** A total in the 50–51 gap, where 2021 (merah below 51.00) and 2015–2019 (kuning above 50.00) part. */
const inGap = (total: string): boolean => Number(total) > 50 && Number(total) < 51;

describe.each(THREE_ZONE_YEARS)('three-zone vectors under %i', (year) => {
  it.each(threeZone)('$file $id $total', (c) => {
    const gapIn2021 = year === 2021 && inGap(c.total);
    check(
      classify(getRuleset(year), c.total),
      gapIn2021 ? { ...c.expect, zone: 'merah', label: 'Kepatuhan Rendah' } : c.expect,
    );
  });
});

describe.each(GRADED_2022_2024)('graded vectors under %i', (year) => {
  it.each(graded)('$file $id $total', (c) => check(classify(getRuleset(year), c.total), c.expect));
});

describe('graded vectors under 2025 (same grade; E is hitam)', () => {
  it.each(graded)('$file $id $total', (c) => {
    const zone = c.expect.category === 'E' ? 'hitam' : c.expect.zone;
    check(classify(getRuleset(2025), c.total), { ...c.expect, ...(zone === undefined ? {} : { zone }) });
  });
});

describe('Kota Palembang 2025 units (91.99, 86.77, 85.94 → 88.23) under every year', () => {
  const palembang = vectorFiles.find((f) => f.file === '2025-palembang.json')!.score![0]!;
  it.each([...THREE_ZONE_YEARS, ...GRADED_2022_2024, 2025])('%i', (year) => {
    const r = score(getRuleset(year), palembang.input as ScoreInput);
    expect(r.total).toBe('88.23');
    if (year < 2022) {
      expect(r.zone).toBe('hijau');
      expect(r.category).toBeNull();
    } else {
      expect(r.zone).toBe('hijau');
      expect(r.category).toBe('A');
    }
  });
});
