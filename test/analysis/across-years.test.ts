/**
 * scoreAcrossYears: one input under several years, where the zone or grade differs, and per-year reasons when
 * the input does not fit. Expected values from the RULEBOOK band tables (§3, §4.2, §5).
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, safeScoreAcrossYears, scoreAcrossYears, type ScoreInput, type YearOutcome } from '@ombuds/scoring';

const ALL = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];

const brief = (o: YearOutcome): string =>
  o.fits ? `${o.year} ${o.result.total} ${o.result.zone} ${o.result.category ?? '-'}` : `${o.year} ${o.error.code}`;

describe('an input that fits every year', () => {
  const across = scoreAcrossYears({ units: [{ total: '80.03' }] });

  it('defaults to every year with a ruleset and scores each', () => {
    expect(across.outcomes.map(brief)).toEqual([
      '2015 80.03 kuning -',
      '2016 80.03 kuning -',
      '2017 80.03 kuning -',
      '2018 80.03 kuning -',
      '2019 80.03 kuning -',
      '2021 80.03 kuning -',
      '2022 80.03 hijau B',
      '2023 80.03 hijau B',
      '2024 80.03 hijau B',
      '2025 80.03 hijau B',
    ]);
    expect(across.fitting).toEqual(ALL);
  });

  it('reports the one step where zone and grade change: 2021 kuning → 2022 B hijau', () => {
    expect(across.differs).toEqual({ total: false, zone: true, category: true });
    expect(across.changes).toEqual([
      {
        from: 2021,
        to: 2022,
        changed: ['zone', 'category'],
        before: { total: '80.03', zone: 'kuning', category: null, label: { id: 'Kepatuhan Sedang', en: 'Medium compliance' } },
        after: { total: '80.03', zone: 'hijau', category: 'B', label: { id: 'Kualitas Tinggi', en: 'High quality' } },
      },
    ]);
  });

  it('is frozen and serialisable', () => {
    expect(Object.isFrozen(across)).toBe(true);
    expect(Object.isFrozen(across.outcomes[0])).toBe(true);
    expect(Object.isFrozen(across.changes[0]!.changed)).toBe(true);
    expect(() => JSON.stringify(across)).not.toThrow();
  });
});

it('31.99: grade E appears in 2022 and turns hitam in 2025', () => {
  const across = scoreAcrossYears({ units: [{ total: '31.99' }] }, [2019, 2021, 2022, 2024, 2025]);
  expect(across.outcomes.map(brief)).toEqual([
    '2019 31.99 merah -',
    '2021 31.99 merah -',
    '2022 31.99 merah E',
    '2024 31.99 merah E',
    '2025 31.99 hitam E',
  ]);
  expect(across.changes.map((c) => [c.from, c.to, c.changed])).toEqual([
    [2021, 2022, ['category']],
    [2024, 2025, ['zone']],
  ]);
});

it('50.50 is kuning in 2019 (revision 2: merah is 50.00 or less), D and merah in 2023', () => {
  const across = scoreAcrossYears({ units: [{ total: '50.50' }] }, [2019, 2023]);
  expect(across.outcomes.map(brief)).toEqual(['2019 50.50 kuning -', '2023 50.50 merah D']);
  expect(across.changes.map((c) => c.changed)).toEqual([['zone', 'category']]);
});

it('four dimension scores fit 2022–2024 only, and each other year says why', () => {
  const across = scoreAcrossYears({ dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }, ALL);
  expect(across.fitting).toEqual([2022, 2023, 2024]);
  expect(across.outcomes.filter((o) => o.fits).map((o) => o.result?.total)).toEqual(['87.44', '87.44', '87.44']);
  const why = Object.fromEntries(across.outcomes.filter((o) => !o.fits).map((o) => [o.year, o.error?.path]));
  expect(why).toEqual({
    2015: ['dimensions', 'competency'],
    2016: ['dimensions', 'competency'],
    2017: ['dimensions', 'competency'],
    2018: ['dimensions', 'competency'],
    2019: ['dimensions', 'competency'],
    2021: ['dimensions', 'competency'],
    2025: ['dimensions', 'trust'],
  });
  expect(across.outcomes.every((o) => o.fits || o.error.code === 'INVALID_INPUT')).toBe(true);
  expect(across.differs).toEqual({ total: false, zone: false, category: false });
  expect(across.changes).toEqual([]);
});

it('deductions fit 2023–2024 only', () => {
  const input: ScoreInput = { units: [{ total: '80' }], deductions: [{ points: '2.01', reason: 'tidak ditindaklanjuti' }] };
  const across = scoreAcrossYears(input, [2022, 2023, 2024, 2025]);
  expect(across.outcomes.map(brief)).toEqual([
    '2022 INVALID_INPUT',
    '2023 77.99 kuning C',
    '2024 77.99 kuning C',
    '2025 INVALID_INPUT',
  ]);
});

it('followedUpOmbudsman fits 2025 only', () => {
  const across = scoreAcrossYears({ units: [{ total: '65.98' }], followedUpOmbudsman: true }, [2024, 2025]);
  expect(across.fitting).toEqual([2025]);
  expect(across.outcomes[1]!.result?.opinion?.id).toBe('Opini Kualitas Sedang Tanpa Maladministrasi');
});

it('2020 and years without rules are reported per year, not thrown', () => {
  const across = scoreAcrossYears({ units: [{ total: '90' }] }, [2030, 2020, 2019]);
  expect(across.outcomes.map(brief)).toEqual(['2019 90.00 hijau -', '2020 NO_ASSESSMENT_HELD', '2030 RULESET_NOT_FOUND']);
  expect(across.fitting).toEqual([2019]);
});

it('an input that fits no year gives no fitting year and no change', () => {
  const across = scoreAcrossYears({ units: [{ total: '101' }] }, [2019, 2023]);
  expect(across.fitting).toEqual([]);
  expect(across.outcomes.map((o) => o.error?.path)).toEqual([
    ['units', 0, 'total'],
    ['units', 0, 'total'],
  ]);
  expect(across.differs).toEqual({ total: false, zone: false, category: false });
});

it('passes the parse options on: decimalComma', () => {
  const across = scoreAcrossYears({ units: [{ total: '80,995' }] }, [2019], { decimalComma: true });
  expect(across.outcomes.map(brief)).toEqual(['2019 81.00 hijau -']);
});

describe('bad arguments throw', () => {
  it.each([
    ['an empty list', [], ['years']],
    ['a repeated year', [2019, 2019], ['years', 1]],
    ['a fractional year', [2019.5], ['years', 0]],
    ['a year as text', ['2019'], ['years', 0]],
    ['years that are not a list', 2019, ['years']],
  ])('%s', (_, years, path) => {
    const result = safeScoreAcrossYears({ units: [{ total: '90' }] }, years as number[]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.path).toEqual(path);
    }
  });

  it.each([null, 'x', [1]])('an input that is not an object (%s)', (input) => {
    const result = safeScoreAcrossYears(input as unknown as ScoreInput, [2019]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_INPUT');
  });

  it('an unknown option', () => {
    const result = safeScoreAcrossYears({ units: [{ total: '90' }] }, [2019], { round: true } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_OPTIONS');
  });
});

describe('score options are passed on (issue found in review)', () => {
  it('accepts missingIndicators, as score does', () => {
    const result = safeScoreAcrossYears({ units: [{ total: '90' }] }, [2023], { missingIndicators: 'zero' });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.fitting).toEqual([2023]);
  });

  it('throws a bad option value instead of reporting every year as not fitting', () => {
    const ruleset = getRuleset(2023);
    const answers = Object.fromEntries(
      ruleset.dimensions[0]!.variables!.flatMap((v) => v.indicators).map((i) => [i.id, [2]]),
    );
    const input = { answers: { competency: answers }, dimensions: { standards: 80, opinion: 70, complaints: 60 } };
    const result = safeScoreAcrossYears(input, [2023], { missingIndicators: 'maybe' } as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_OPTIONS');
      expect(result.error.path).toEqual(['missingIndicators']);
    }
  });
});
