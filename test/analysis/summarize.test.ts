/**
 * summarize: counts per zone and per grade, mean and median, as in the national tallies (RULEBOOK §7).
 * Expected means and medians computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, safeSummarize, score, summarize, type Summarizable } from '@ombuds/scoring';

const repeat = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe('Sumatera Selatan 2019 (S53)', () => {
  const rules = getRuleset(2019);
  const totals = ['96.89', '95.89', '94.21', '92.07', '91.34', '85.67', '80.03', '77.31', '21.37'];
  const tally = summarize(totals.map((t) => classify(rules, t)));

  it('counts 6 hijau, 2 kuning, 1 merah and no categories', () => {
    expect(tally.count).toBe(9);
    expect(tally.zones).toEqual({ hijau: 6, kuning: 2, merah: 1, hitam: 0 });
    expect(tally.categories).toBeNull();
    expect(tally.ruleset).toBeNull();
  });

  it('sum 734.78, mean 734.78 / 9 = 81.6422… → 81.64, median (odd count) the 5th: 91.34', () => {
    expect(tally.sum).toBe('734.78');
    expect(tally.mean).toBe('81.64');
    expect(tally.median).toBe('91.34');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(tally)).toBe(true);
    expect(Object.isFrozen(tally.zones)).toBe(true);
  });
});

describe('national tallies (RULEBOOK §7)', () => {
  it('2021: 587 bodies, hijau 179 / kuning 316 / merah 92', () => {
    const rules = getRuleset(2021);
    const results = [
      ...repeat(179, () => classify(rules, '90.00')),
      ...repeat(316, () => classify(rules, '70.00')),
      ...repeat(92, () => classify(rules, '40.00')),
    ];
    const tally = summarize(results);
    expect(tally.count).toBe(587);
    expect(tally.zones).toEqual({ hijau: 179, kuning: 316, merah: 92, hitam: 0 });
    // (179 × 90 + 316 × 70 + 92 × 40) / 587 = 41910 / 587 = 71.3969… ; the 294th of 587 is a 70.00
    expect(tally.mean).toBe('71.40');
    expect(tally.median).toBe('70.00');
  });

  it('2022: 586 bodies, 272 / 250 / 64', () => {
    const rules = getRuleset(2022);
    const tally = summarize([
      ...repeat(272, () => classify(rules, '85.00')),
      ...repeat(250, () => classify(rules, '60.00')),
      ...repeat(64, () => classify(rules, '40.00')),
    ]);
    expect(tally.count).toBe(586);
    expect(tally.zones).toEqual({ hijau: 272, kuning: 250, merah: 64, hitam: 0 });
    expect(tally.categories).toEqual({ A: 0, B: 272, C: 250, D: 64, E: 0 });
  });

  it('2024: 587 bodies, A 337, B 157, C 70, D 14, E 9 (score results carry their ruleset)', () => {
    const rules = getRuleset(2024);
    const body = (total: string) => score(rules, { units: [{ total }] });
    const tally = summarize([
      ...repeat(337, () => body('95.00')),
      ...repeat(157, () => body('80.00')),
      ...repeat(70, () => body('60.00')),
      ...repeat(14, () => body('40.00')),
      ...repeat(9, () => body('20.00')),
    ]);
    expect(tally.count).toBe(587);
    expect(tally.categories).toEqual({ A: 337, B: 157, C: 70, D: 14, E: 9 });
    expect(tally.zones).toEqual({ hijau: 494, kuning: 70, merah: 23, hitam: 0 });
    expect(tally.ruleset).toEqual({ id: 'ori-2024', year: 2024, revision: 2, derivedFrom: null });
  });

  it('2025 counts grade E as hitam', () => {
    const rules = getRuleset(2025);
    const tally = summarize(['90', '31.99', '10'].map((t) => classify(rules, t)));
    expect(tally.zones).toEqual({ hijau: 1, kuning: 0, merah: 0, hitam: 2 });
    expect(tally.categories).toEqual({ A: 1, B: 0, C: 0, D: 0, E: 2 });
  });
});

describe('mean and median, exactly', () => {
  const rules = getRuleset(2023);
  const of = (...totals: string[]) => summarize(totals.map((t) => classify(rules, t)));

  it('even count: the median is the mean of the two middle totals, rounded half-up', () => {
    expect(of('80.01', '80.02').median).toBe('80.02'); // 80.015
    expect(of('80.02', '80.01').median).toBe('80.02');
    expect(of('10.00', '80.01', '80.04', '99.00').median).toBe('80.03'); // 80.025
    expect(of('10.00', '80.00', '80.02', '99.00').median).toBe('80.01'); // 80.01
  });

  it('the mean is rounded half-up once, on the exact quotient', () => {
    expect(of('80.00', '80.01').mean).toBe('80.01'); // 80.005
    expect(of('80.00', '80.00', '80.01').mean).toBe('80.00'); // 80.00333…
    expect(of('80.00', '80.01', '80.01').mean).toBe('80.01'); // 80.00666…
    expect(of('0.01', '0.01', '0.00').mean).toBe('0.01'); // 0.00666…
  });

  it('a single result is its own mean and median', () => {
    const one = of('87.99');
    expect([one.mean, one.median, one.sum]).toEqual(['87.99', '87.99', '87.99']);
  });

  it('an empty list has count 0 and no mean or median', () => {
    expect(summarize([])).toEqual({
      count: 0,
      ruleset: null,
      zones: { hijau: 0, kuning: 0, merah: 0, hitam: 0 },
      categories: null,
      sum: '0',
      mean: null,
      median: null,
    });
  });
});

describe('one year at a time', () => {
  it('refuses score results of two rulesets at the first one of the other year', () => {
    const a = score(getRuleset(2022), { units: [{ total: '80' }] });
    const b = score(getRuleset(2023), { units: [{ total: '80' }] });
    const result = safeSummarize([a, a, b]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.path).toEqual([2, 'ruleset']);
      expect(result.error.message).toMatch(/ori-2022.*ori-2023/);
    }
  });

  it('refuses a mix of three-zone and graded classifications', () => {
    const result = safeSummarize([classify(getRuleset(2019), '80'), classify(getRuleset(2023), '80')]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual([1, 'category']);
  });
});

describe('malformed results', () => {
  it.each([
    ['a total that is not a decimal', [{ total: 'abc', zone: 'hijau', category: null }], [0, 'total']],
    ['a total above 100', [{ total: '100.01', zone: 'hijau', category: null }], [0, 'total']],
    ['an unknown zone', [{ total: '80.00', zone: 'biru', category: null }], [0, 'zone']],
    ['an unknown category', [{ total: '80.00', zone: 'hijau', category: 'F' }], [0, 'category']],
    ['a result that is not an object', [null], [0]],
    ['results that are not a list', { total: '80' }, []],
  ])('%s', (_, results, path) => {
    const result = safeSummarize(results as unknown as Summarizable[]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.path).toEqual(path);
    }
  });
});

describe('large lists (up to LIMITS.rankItems)', () => {
  it('summarizes 200,000 results without exhausting the call stack', () => {
    const rules = getRuleset(2019);
    const eighty = classify(rules, '80.00');
    const result = safeSummarize(repeat(200_000, () => eighty));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.count).toBe(200_000);
      expect(result.data.mean).toBe('80.00');
      expect(result.data.sum).toBe('16000000.00');
    }
  }, 120_000);
});
