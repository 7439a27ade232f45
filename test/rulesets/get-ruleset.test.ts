/**
 * `listRulesets` summaries, frozen rulesets, `parseRuleset` round trips and the ruleset identity checks of
 * `score` (the year lookup itself: test/rulesets/registry.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, listRulesets, parseRuleset, score } from '@ombuds/scoring';

const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];

describe('registry', () => {
  it('summarises each ruleset: its dimensions and whether it is graded', () => {
    expect(listRulesets().find((r) => r.year === 2025)?.dimensions).toEqual([
      'competency',
      'standards',
      'opinion',
      'complaints',
      'trust',
    ]);
    expect(listRulesets().filter((r) => r.graded && r.latest).map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it.each(YEARS)('getRuleset(%i) returns a deeply frozen ruleset of that year', (year) => {
    const ruleset = getRuleset(year);
    expect(ruleset.year).toBe(year);
    expect(ruleset.id).toBe(`ori-${year}`);
    expect(Object.isFrozen(ruleset)).toBe(true);
    expect(Object.isFrozen(ruleset.dimensions[0]!.weight)).toBe(true);
    expect(Object.isFrozen(ruleset.bands)).toBe(true);
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
