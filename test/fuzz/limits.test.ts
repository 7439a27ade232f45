/**
 * Every documented limit (docs/guides/limits.md) is enforced: at the limit the call works, one past it is an
 * INVALID_INPUT at the path of the offending value, decided before any per-entry work (so a hostile size is
 * refused at once, never a hang or an exhausted heap).
 */
import { describe, expect, it } from 'vitest';
import {
  classify,
  getRuleset,
  LIMITS,
  rank,
  safeClassify,
  safeRank,
  safeScore,
  score,
  ScoringError,
} from '@ombuds/scoring';

const rules2023 = getRuleset(2023);

function refusal(outcome: { success: boolean; error?: ScoringError }): {
  code: string;
  path: readonly (string | number)[];
} {
  expect(outcome.success).toBe(false);
  return { code: outcome.error!.code, path: outcome.error!.path };
}

describe('limits', () => {
  it('publishes the documented values', () => {
    expect(LIMITS).toEqual({
      unitsPerBody: 10_000,
      answersPerIndicator: 10_000,
      deductionsPerBody: 100,
      rankItems: 1_000_000,
      textLength: 1_000,
      rulesetTextLength: 10_000,
      numberLength: 64,
      decimals: 20,
      issues: 100,
    });
    expect(Object.isFrozen(LIMITS)).toBe(true);
  });

  it(`unitsPerBody: ${LIMITS.unitsPerBody} units score, one more is refused`, () => {
    const units = Array.from({ length: LIMITS.unitsPerBody }, (_, i) => ({ total: i % 2 ? '80.00' : '81.00' }));
    expect(score(rules2023, { units }).total).toBe('80.50');
    expect(refusal(safeScore(rules2023, { units: [...units, { total: '80' }] }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['units'],
    });
  });

  it(`answersPerIndicator: ${LIMITS.answersPerIndicator} answers count, one more is refused`, () => {
    const answers: Record<string, Record<string, number[]>> = {};
    for (const d of rules2023.dimensions) {
      answers[d.id] = Object.fromEntries((d.variables ?? []).flatMap((v) => v.indicators.map((i) => [i.id, [5]])));
    }
    const first = rules2023.dimensions[2]!;
    const indicator = first.variables![0]!.indicators[0]!.id;
    // Every answer at the top of its scale (0..5 in revision 2): 100 everywhere.
    answers[first.id]![indicator] = new Array<number>(LIMITS.answersPerIndicator).fill(5);
    expect(score(rules2023, { answers }).total).toBe('100.00');
    answers[first.id]![indicator] = new Array<number>(LIMITS.answersPerIndicator + 1).fill(5);
    expect(refusal(safeScore(rules2023, { answers }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['answers', first.id, indicator],
    });
    answers[first.id]![indicator] = new Array<number>(2 ** 32 - 1);
    expect(refusal(safeScore(rules2023, { answers }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['answers', first.id, indicator],
    });
  });

  it('a sparse array of 2^32 − 1 units is refused by its length, at once', () => {
    expect(refusal(safeScore(rules2023, { units: new Array(2 ** 32 - 1) }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['units'],
    });
  });

  it(`deductionsPerBody: ${LIMITS.deductionsPerBody} deductions apply, one more is refused`, () => {
    const deductions = Array.from({ length: LIMITS.deductionsPerBody }, () => ({
      points: '0.01',
      reason: 'not followed up',
    }));
    const dimensions = { competency: '100', standards: '100', opinion: '100', complaints: '100' };
    // 100 − 100 × 0.01 = 99.00
    expect(score(rules2023, { dimensions, deductions }).total).toBe('99.00');
    expect(refusal(safeScore(rules2023, { dimensions, deductions: [...deductions, deductions[0]!] }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['deductions'],
    });
  });

  it(`rankItems: more than ${LIMITS.rankItems} items are refused by the length, at once`, () => {
    expect(refusal(safeRank(new Array(LIMITS.rankItems + 1)))).toEqual({ code: 'INVALID_INPUT', path: [] });
    expect(refusal(safeRank(new Array(2 ** 32 - 1)))).toEqual({ code: 'INVALID_INPUT', path: [] });
  });

  it(`textLength: an id of ${LIMITS.textLength} characters is kept, one more is refused`, () => {
    const id = 'x'.repeat(LIMITS.textLength);
    expect(rank([{ id, total: '50' }])[0]!.id).toBe(id);
    expect(refusal(safeRank([{ id: `${id}x`, total: '50' }]))).toEqual({ code: 'INVALID_INPUT', path: [0, 'id'] });
    expect(score(rules2023, { units: [{ id, total: '50' }] }).units![0]!.id).toBe(id);
    expect(refusal(safeScore(rules2023, { units: [{ id: `${id}x`, total: '50' }] }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['units', 0, 'id'],
    });
    const dimensions = { competency: '90', standards: '90', opinion: '90', complaints: '90' };
    expect(
      refusal(
        safeScore(rules2023, { dimensions, deductions: [{ points: '1', reason: 'r'.repeat(LIMITS.textLength + 1) }] }),
      ),
    ).toEqual({ code: 'INVALID_INPUT', path: ['deductions', 0, 'reason'] });
  });

  it(`numberLength: a numeric string of ${LIMITS.numberLength} characters is read, one more is refused`, () => {
    const atLimit = `${'0'.repeat(LIMITS.numberLength - 5)}87.44`;
    expect(atLimit.length).toBe(LIMITS.numberLength);
    expect(classify(rules2023, atLimit).total).toBe('87.44');
    const over = `0${atLimit}`;
    expect(() => classify(rules2023, over)).toThrow(ScoringError);
    expect(refusal(safeRank([{ id: 'a', total: over }]))).toEqual({ code: 'INVALID_INPUT', path: [0, 'total'] });
    // A ten-million-character string is refused by its length before any pattern runs.
    expect(refusal(safeRank([{ id: 'a', total: '9'.repeat(10_000_000) }]))).toEqual({
      code: 'INVALID_INPUT',
      path: [0, 'total'],
    });
  });

  it(`decimals: ${LIMITS.decimals} decimals are read exactly, one more is refused (strings and numbers)`, () => {
    const r = getRuleset(2023);
    const at = (competency: string | number) => ({
      dimensions: { competency, standards: '0', opinion: '0', complaints: '0' },
    });
    const atLimit = `50.${'0'.repeat(LIMITS.decimals - 1)}1`;
    expect(score(r, at(atLimit)).total).toBe('10.93');
    expect(refusal(safeScore(r, at(`50.${'0'.repeat(LIMITS.decimals)}1`)))).toEqual({
      code: 'INVALID_INPUT',
      path: ['dimensions', 'competency'],
    });
    // 1e-21 has 21 decimals; 1e-20 has 20.
    expect(score(r, at(1e-20)).total).toBe('0.00');
    expect(refusal(safeScore(r, at(1e-21)))).toEqual({ code: 'INVALID_INPUT', path: ['dimensions', 'competency'] });
  });

  it(`classify, like rank, reads every decimal a total of ${LIMITS.numberLength} characters may carry`, () => {
    // An exact total score prints may have more than 20 decimals (a mean of values of 20); classify reads it back.
    expect(classify(getRuleset(2023), `50.${'0'.repeat(LIMITS.decimals)}1`).total).toBe('50.00');
    expect(classify(getRuleset(2023), 1e-21).total).toBe('0.00');
    expect(refusal(safeClassify(getRuleset(2023), `50.${'0'.repeat(LIMITS.numberLength - 3)}1`))).toEqual({
      code: 'INVALID_INPUT',
      path: ['total'],
    });
  });

  it(`rank reads every decimal a total of ${LIMITS.numberLength} characters may carry (what score prints comes back)`, () => {
    const long = `50.${'0'.repeat(LIMITS.numberLength - 4)}1`;
    expect(long).toHaveLength(LIMITS.numberLength);
    expect(rank([{ id: 'a', total: '50', exact: long }])[0]!.exact).toBe(long);
    expect(rank([{ id: 'a', total: 1e-21 }])[0]!.exact).toBe(`0.${'0'.repeat(20)}1`);
    expect(refusal(safeRank([{ id: 'a', total: `${long}1` }]))).toEqual({ code: 'INVALID_INPUT', path: [0, 'total'] });
    expect(refusal(safeRank([{ id: 'a', total: 5e-324 }]))).toEqual({ code: 'INVALID_INPUT', path: [0, 'total'] });
  });
});
