/**
 * An `exact` total that does not terminate says so. `score` prints it as its first 20 decimals
 * truncated and `…` (U+2026); `classify` and `rank` read that form back as a value strictly between its digits and
 * the next 20th decimal, so that it rounds and ranks as the exact value does. Expected values are worked by hand:
 * each mean is (a + b + c) / 3 of the unit totals written beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  classify,
  deriveRuleset,
  getRuleset,
  rank,
  safeClassify,
  safeRank,
  safeScore,
  score,
  summarize,
  type RoundingMode,
} from '@ombuds/scoring';

const r2023 = getRuleset(2023);
/** 2023 in `mode`, with units averaged unrounded: the mean of unit totals of 20 decimals does not terminate. */
const inMode = (mode: RoundingMode) =>
  deriveRuleset(r2023, { id: `cut-${mode}`, rounding: { mode, unitsBeforeMean: false } });
const unrounded = inMode('half-up');
const units = (...totals: string[]) => ({ units: totals.map((total, i) => ({ id: `u${i}`, total })) });

describe('the findings: score prints 78.00 (B), and its exact reads back as 78.00 (B)', () => {
  // Each mean lies 1/3 · 10^-20 above a value that a cut at 20 decimals would have shown as the whole value.
  const cases: [RoundingMode, string[], string, string, string][] = [
    // 77.99 + 10^-20 / 3 = 77.99000000000000000000333…: up gives 78.00; its cut, 77.99 exactly, gave 77.99 (C).
    ['up', ['77.99', '77.99', '77.99000000000000000001'], '77.99000000000000000000…', '78.00', 'B'],
    // 77.995 + 10^-20 / 3: past the half, so half-down gives 78.00; the cut, 77.995, a tie, gave 77.99 (C).
    ['half-down', ['77.995', '77.995', '77.99500000000000000001'], '77.99500000000000000000…', '78.00', 'B'],
    // 78.005 + 10^-20 / 3: past the half, so half-even gives 78.01; the cut, a tie, gave 78.00 (the even one).
    ['half-even', ['78.005', '78.005', '78.00500000000000000001'], '78.00500000000000000000…', '78.01', 'B'],
    // 77.995 + 10^-20 / 3 half-up, and 77.99 + 10^-20 / 3 down: the cut agreed already, and still does.
    ['half-up', ['77.995', '77.995', '77.99500000000000000001'], '77.99500000000000000000…', '78.00', 'B'],
    ['down', ['77.99', '77.99', '77.99000000000000000001'], '77.99000000000000000000…', '77.99', 'C'],
  ];
  it.each(cases)('%s: %j', (mode, totals, exact, total, category) => {
    const ruleset = inMode(mode);
    const result = score(ruleset, units(...totals));
    expect([result.exact, result.total, result.category]).toEqual([exact, total, category]);
    const again = classify(ruleset, result.exact);
    expect([again.total, again.category, again.zone]).toEqual([total, category, result.zone]);
    const [ranked] = rank([{ ...result, id: 'body' }]);
    expect(ranked).toEqual({ id: 'body', rank: 1, total, exact });
    // summarize takes the results as they are, and counts them by their own class.
    const summary = summarize([result, result]);
    expect([summary.count, summary.mean, summary.categories![category as 'B' | 'C']]).toEqual([2, total, 2]);
  });

  it('a unit exact that does not terminate is marked as well; a unit total that is not rounded is not', () => {
    // (70 + 80 + 80.01) / 3 = 76.67 terminates; 230 / 3 = 76.666… does not.
    expect(score(unrounded, units('70', '80', '80.01')).exact).toBe('76.67');
    expect(score(unrounded, units('70', '80', '80')).exact).toBe('76.66666666666666666666…');
    // A unit scored from answers: every indicator answered 0 by one respondent, the first one 0, 0 and 1 by three
    // (a mean of 1/3): its exact total does not terminate, and is marked; its total, not rounded, is not.
    const answers: Record<string, Record<string, number[]>> = {};
    let first = true;
    for (const d of r2023.dimensions)
      for (const v of d.variables ?? [])
        for (const i of v.indicators) ((answers[d.id] ??= {})[i.id] = first ? [0, 0, 1] : [0]), (first = false);
    const result = score(unrounded, { units: [{ id: 'a', answers }, { id: 'b', total: '80' }] });
    const unit = result.units![0]!;
    expect(unit.exact).toMatch(/^\d+\.\d{20}…$/);
    expect(unit.total).toBe(unit.exact.slice(0, -1).replace(/0+$/, ''));
    expect(result.exact).toMatch(/^\d+\.\d{20}…$/);
    const [ranked] = rank([{ id: 'a', total: unit.total, exact: unit.exact }]);
    expect(ranked!.exact).toBe(unit.exact);
  });
});

describe('the form', () => {
  it('keeps all 20 decimals, trailing zeros included, and marks only what does not terminate', () => {
    // (1 + 1 + 1.00000000000000000001) / 3 = 1.00000000000000000000333…
    expect(score(unrounded, units('1', '1', '1.00000000000000000001')).exact).toBe('1.00000000000000000000…');
    // (0 + 0 + 1) / 3 = 0.333…; (0 + 1) / 2 = 0.5 terminates
    expect(score(unrounded, units('0', '0', '1')).exact).toBe('0.33333333333333333333…');
    expect(score(unrounded, units('0', '1')).exact).toBe('0.5');
    // (0 + 0 + 0 + 0 + 0 + 0 + 1) / 7 = 0.142857…
    expect(score(unrounded, units('0', '0', '0', '0', '0', '0', '1')).exact).toBe('0.14285714285714285714…');
  });

  it('classify reads it as lying strictly above its digits and below the next 20th decimal', () => {
    const up = inMode('up');
    const down = inMode('down');
    // Above 77.99 by less than 10^-20: up gives 78.00, down 77.99; the digits alone are 77.99 both ways.
    expect(classify(up, '77.99000000000000000000…').total).toBe('78.00');
    expect(classify(up, '77.99000000000000000000').total).toBe('77.99');
    expect(classify(down, '77.99999999999999999999…').total).toBe('77.99');
    expect(classify(inMode('half-down'), '77.99500000000000000000…').total).toBe('78.00');
    expect(classify(inMode('half-down'), '77.995').total).toBe('77.99');
    expect(classify(r2023, '99.99999999999999999999…').total).toBe('100.00');
    // With decimalComma the comma form is read, as every other number.
    expect(classify(up, '77,99000000000000000000…', { decimalComma: true }).total).toBe('78.00');
  });

  it('rank orders t… above t and below t + 10^-20, and gives it back as printed', () => {
    const ranked = rank([
      { id: 'a', total: '80.00', exact: '80.00000000000000000001' },
      { id: 'b', total: '80.00', exact: '80.00000000000000000000…' },
      { id: 'c', total: '80.00', exact: '80' },
      { id: 'd', total: '80.00', exact: '80.000000000000000000004' },
      { id: 'e', total: '80.00', exact: '80.000000000000000000006' },
    ]);
    expect(ranked.map((r) => `${r.rank} ${r.id} ${r.exact}`)).toEqual([
      '1 a 80.00000000000000000001',
      '2 e 80.000000000000000000006',
      '3 b 80.00000000000000000000…',
      '4 d 80.000000000000000000004',
      '5 c 80',
    ]);
  });

  it('rank still refuses a cut exact that does not round to its total (reason conflict), naming it as printed', () => {
    const result = safeRank([{ id: 'a', total: '78.00', exact: '77.98999999999999999999…' }]);
    expect(result).toMatchObject({ success: false, error: { reason: 'conflict', path: [0, 'exact'] } });
    if (!result.success) expect(result.error.message).toContain('77.98999999999999999999…');
  });

  it.each([
    ['77.99…', 'not 20 decimals'],
    ['77.9999999999999999999…', '19 decimals'],
    ['77.999999999999999999999…', '21 decimals'],
    ['78…', 'no decimals'],
    ['-0.00000000000000000000…', 'a sign'],
    ['77.99000000000000000000……', 'two marks'],
    ['77.99000000000000000000...', 'three dots'],
    ['77.99000000000000000000 …', 'a space'],
  ])('classify refuses %s (%s) with a ScoringError', (text) => {
    const result = safeClassify(r2023, text);
    expect(result).toMatchObject({ success: false, error: { code: 'INVALID_INPUT', path: ['total'] } });
  });

  it('is refused above 100 and wherever a value is not an exact total (score input), with what to write', () => {
    expect(safeClassify(r2023, '100.00000000000000000000…')).toMatchObject({
      success: false,
      error: { reason: 'out-of-range' },
    });
    const given = safeScore(r2023, {
      dimensions: { competency: '80.00000000000000000000…', standards: '90', opinion: '70', complaints: '60' },
    });
    expect(given).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', reason: 'not-a-number', path: ['dimensions', 'competency'] },
    });
    if (!given.success) {
      expect(given.error.text.en).toContain('"80.00000000000000000000"');
      expect(given.error.text.id).toContain('"80.00000000000000000000"');
    }
    // rank's total is a rounded total: it carries no mark.
    expect(safeRank([{ id: 'a', total: '80.00000000000000000000…' }])).toMatchObject({
      success: false,
      error: { reason: 'not-a-number', path: [0, 'total'] },
    });
  });
});
