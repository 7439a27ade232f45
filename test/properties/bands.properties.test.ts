/**
 * Every ruleset's bands and weights: each 0.01 step from 0 to 100 falls in exactly one band (and `classify`
 * returns that band), and the weights sum to exactly 100.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classify } from '@ombuds/scoring';
import { hundredths, RULESETS } from './arbitraries.js';

/**
 * Lower bounds in hundredths by year and revision, read by hand from the RULEBOOK: §3 (2021 and revision 1 of
 * 2015–2019: hijau ≥ 81.00, kuning ≥ 51.00, merah; revision 2 of 2015–2019: kuning ≥ 50.01), §4.2 (2022–2024:
 * A 88.00, B 78.00, C 54.00, D 32.00, E) and §5 (2025: the same bounds).
 */
const GRADES: readonly [number, string][] = [[8_800, 'A'], [7_800, 'B'], [5_400, 'C'], [3_200, 'D'], [0, 'E']];
const RULEBOOK_BOUNDS: Record<string, readonly [number, string][]> = Object.fromEntries([
  ...[2015, 2016, 2017, 2018, 2019, 2021].map((y) => [`${y}/1`, [[8_100, 'hijau'], [5_100, 'kuning'], [0, 'merah']]]),
  ...[2015, 2016, 2017, 2018, 2019].map((y) => [`${y}/2`, [[8_100, 'hijau'], [5_001, 'kuning'], [0, 'merah']]]),
  ...[2022, 2023, 2024, 2025].flatMap((y) => [[`${y}/1`, GRADES], [`${y}/2`, GRADES]]),
]);

describe.each(RULESETS.map((r) => [r.year, r.revision, r] as const))('%i revision %i', (_year, _revision, ruleset) => {
  it('weights sum to exactly 100', () => {
    const sum = ruleset.dimensions.reduce((s, d) => s.plus(d.weight.value), new Decimal(0));
    expect(sum.toFixed()).toBe('100');
  });

  it('every 0.01 step from 0 to 100 falls in exactly one band, and classify returns it', () => {
    // A band covers [min, next higher min): its own reading of the data, independent of classify.
    const sorted = [...ruleset.bands].sort((a, b) => new Decimal(a.min.value).comparedTo(b.min.value));
    const ranges = sorted.map((band, i) => ({
      band,
      low: new Decimal(band.min.value),
      high: i + 1 < sorted.length ? new Decimal(sorted[i + 1]!.min.value) : new Decimal(Infinity),
    }));
    let checked = 0;
    for (let n = 0; n <= 10_000; n++) {
      const x = new Decimal(n).div(100);
      const hits = ranges.filter((r) => x.gte(r.low) && x.lt(r.high));
      expect(hits.length).toBe(1);
      const c = classify(ruleset, hundredths(n));
      expect(c.total).toBe(hundredths(n));
      expect([c.zone, c.category, c.label]).toEqual([hits[0]!.band.zone.value, hits[0]!.band.category, hits[0]!.band.label]);
      checked++;
    }
    expect(checked).toBe(10_001);
  });

  it('every 0.01 step classifies as the RULEBOOK table says', () => {
    const bounds = RULEBOOK_BOUNDS[`${ruleset.year}/${ruleset.revision}`]!;
    for (let n = 0; n <= 10_000; n++) {
      const expected = bounds.find(([min]) => n >= min)![1];
      const c = classify(ruleset, hundredths(n));
      if ((c.category ?? c.zone) !== expected) expect(`${hundredths(n)} → ${c.category ?? c.zone}`).toBe(`${hundredths(n)} → ${expected}`);
    }
    expect(bounds.at(-1)![0]).toBe(0);
  });
});
