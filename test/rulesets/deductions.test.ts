/**
 * Explicit deductions, 2023–2024 (RULEBOOK §4.4): subtracted from the weighted total before rounding, never
 * below 0, shown in the result; refused where the ruleset has none. Expected values computed by hand: with equal
 * dimension scores the weighted total equals that score, because the weights sum to 100.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, safeScore, score, type ScoreInput } from '@ombuds/scoring';

const all = (s: string) => ({ competency: s, standards: s, opinion: s, complaints: s });
const reason = 'Rekomendasi Ombudsman tidak dilaksanakan';

function refusedAt(year: number, input: unknown): readonly (string | number)[] {
  const result = safeScore(getRuleset(year), input as ScoreInput);
  if (result.success) throw new Error('expected INVALID_INPUT, the input was accepted');
  expect(result.error.code).toBe('INVALID_INPUT');
  return result.error.path;
}

describe.each([2023, 2024])('%i', (year) => {
  const rules = getRuleset(year);

  it('subtracts before rounding: 88.004 − 0.009 = 87.995 → 88.00 A (after rounding it would be 87.99 B)', () => {
    const r = score(rules, { dimensions: all('88.004'), deductions: [{ points: '0.009', reason }] });
    expect(r.exact).toBe('87.995');
    expect(r.total).toBe('88.00');
    expect(r.category).toBe('A');
  });

  it('subtracts before rounding: 80.005 − 2.005 = 78 → 78.00 B (after rounding it would be 78.01)', () => {
    const r = score(rules, { dimensions: all('80.005'), deductions: [{ points: '2.005', reason }] });
    expect(r.exact).toBe('78');
    expect(r.total).toBe('78.00');
    expect(r.category).toBe('B');
  });

  it('can move a body out of the green zone: 80 − 2.01 = 77.99 C kuning', () => {
    const r = score(rules, { dimensions: all('80'), deductions: [{ points: '2.01', reason }] });
    expect(r.total).toBe('77.99');
    expect(r.category).toBe('C');
    expect(r.zone).toBe('kuning');
    expect(r.opinion?.id).toBe('Opini Kualitas Sedang');
  });

  it('sums several deductions and shows each in the result', () => {
    const r = score(rules, {
      dimensions: all('90'),
      deductions: [
        { points: 3, reason },
        { points: '2.50', reason: 'Saran perbaikan tidak ditindaklanjuti' },
      ],
    });
    expect(r.total).toBe('84.50');
    expect(r.deductions).toEqual([
      { points: '3', reason },
      { points: '2.5', reason: 'Saran perbaikan tidak ditindaklanjuti' },
    ]);
  });

  it('never goes below 0: 10 − 15 → 0.00 E', () => {
    const r = score(rules, { dimensions: all('10'), deductions: [{ points: '15', reason }] });
    expect(r.exact).toBe('0');
    expect(r.total).toBe('0.00');
    expect(r.category).toBe('E');
  });

  it('never goes below 0 with several deductions: 100 − 60 − 50 → 0.00', () => {
    const r = score(rules, {
      dimensions: all('100'),
      deductions: [
        { points: '60', reason },
        { points: '50', reason },
      ],
    });
    expect(r.total).toBe('0.00');
  });

  it('applies to the mean of units, before its rounding: (80 + 90) / 2 − 5.005 = 79.995 → 80.00 B', () => {
    const r = score(rules, {
      units: [{ total: '80' }, { total: '90' }],
      deductions: [{ points: '5.005', reason }],
    });
    expect(r.exact).toBe('79.995');
    expect(r.total).toBe('80.00');
    expect(r.category).toBe('B');
  });

  it('invents no deduction: without deductions the result lists none and the total is the weighted total', () => {
    const r = score(rules, { dimensions: all('87.995') });
    expect(r.deductions).toEqual([]);
    expect(r.total).toBe('88.00');
  });

  it('reads a frozen input without changing it', () => {
    const input = Object.freeze({
      dimensions: Object.freeze(all('90')),
      deductions: Object.freeze([Object.freeze({ points: '1', reason })]),
    });
    const before = JSON.stringify(input);
    expect(score(rules, input).total).toBe('89.00');
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    ['points above 100', [{ points: '101', reason }], ['deductions', 0, 'points']],
    ['negative points', [{ points: '-1', reason }], ['deductions', 0, 'points']],
    ['points as text', [{ points: 'lima', reason }], ['deductions', 0, 'points']],
    ['no reason', [{ points: '1' }], ['deductions', 0, 'reason']],
    ['an empty reason', [{ points: '1', reason: '  ' }], ['deductions', 0, 'reason']],
    ['an unknown key', [{ points: '1', reason, why: 'x' }], ['deductions', 0, 'why']],
    ['a deduction that is not an object', [5], ['deductions', 0]],
    ['deductions that are not a list', { points: '1', reason }, ['deductions']],
  ])('refuses %s', (_, deductions, path) => {
    expect(refusedAt(year, { dimensions: all('90'), deductions })).toEqual(path);
  });
});

describe.each([2015, 2019, 2021, 2022, 2025])('%i has no deductions', (year) => {
  it('refuses them at deductions, whatever the shape of the scores', () => {
    expect(refusedAt(year, { units: [{ total: '90' }], deductions: [{ points: '1', reason }] })).toEqual([
      'deductions',
    ]);
  });

  it('says which years have them', () => {
    const result = safeScore(getRuleset(year), { units: [{ total: '90' }], deductions: [{ points: '1', reason }] });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.message).toBe(
        'deductions applies only in 2023, 2024; remove it. (at deductions)',
      );
  });
});
