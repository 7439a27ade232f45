/**
 * `getRuleset`, `listRulesets`, `parseRuleset` and the ruleset identity checks of `score`.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, listRulesets, parseRuleset, score, ScoringError } from '@ombuds/scoring';

const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];

describe('registry', () => {
  it('lists every year with a ruleset, oldest first', () => {
    expect(listRulesets().map((r) => r.year)).toEqual(YEARS);
    expect(listRulesets().find((r) => r.year === 2025)?.dimensions).toEqual([
      'competency',
      'standards',
      'opinion',
      'complaints',
      'trust',
    ]);
    expect(listRulesets().filter((r) => r.graded).map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it.each(YEARS)('getRuleset(%i) returns a deeply frozen ruleset of that year', (year) => {
    const ruleset = getRuleset(year);
    expect(ruleset.year).toBe(year);
    expect(ruleset.id).toBe(`ori-${year}`);
    expect(Object.isFrozen(ruleset)).toBe(true);
    expect(Object.isFrozen(ruleset.dimensions[0]!.weight)).toBe(true);
    expect(Object.isFrozen(ruleset.bands)).toBe(true);
  });

  it('explains 2020 and refuses years without a ruleset', () => {
    expect(() => getRuleset(2020)).toThrow(/no assessment in 2020.*COVID-19/);
    expect(() => getRuleset(2014)).toThrow(expect.objectContaining({ code: 'RULESET_NOT_FOUND' }));
    expect(() => getRuleset(2026)).toThrow(/2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025/);
    expect(() => getRuleset(2023.5)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['year'] }));
    expect(() => getRuleset('2023' as never)).toThrow(ScoringError);
  });

  it('scores with a ruleset that went through JSON and parseRuleset exactly as with the original', () => {
    const original = getRuleset(2023);
    const copy = parseRuleset(JSON.parse(JSON.stringify(original)));
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    const input = { dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } };
    expect(score(copy, input)).toEqual(score(original, input));
  });

  it('refuses a ruleset object that was not validated (not frozen)', () => {
    const unvalidated = JSON.parse(JSON.stringify(getRuleset(2023)));
    expect(() => classify(unvalidated, '50')).toThrow(expect.objectContaining({ code: 'INVALID_RULESET' }));
    expect(() => classify(null as never, '50')).toThrow(expect.objectContaining({ code: 'INVALID_RULESET' }));
  });
});
