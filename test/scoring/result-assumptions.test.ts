/**
 * `result.assumptions`: the assumed parameters that decided a result's numbers or class, named as
 * `assumptions(ruleset)` names them; empty when the result rests on published rules only. Expected lists are
 * written by hand from the RULEBOOK's confidence of each parameter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptions, getRuleset, listRulesets, score, type Ruleset } from '@ombuds/scoring';
import { dimensionScores, SEEDED } from '../properties/arbitraries.js';
import { fill } from '../support/answers.js';

const r2023 = getRuleset(2023);
const WEIGHTS_2025 = [
  'dimensions.competency.weight',
  'dimensions.standards.weight',
  'dimensions.opinion.weight',
  'dimensions.complaints.weight',
];

describe('result.assumptions', () => {
  it('2023 from dimension scores off a tie: nothing (published weights and bands)', () => {
    const r = score(r2023, { dimensions: { competency: 72, standards: 70, opinion: 81.5, complaints: 64 } });
    expect([r.total, r.category, r.zone]).toEqual(['71.93', 'C', 'kuning']);
    expect(r.assumptions).toEqual([]);
    expect(Object.isFrozen(r.assumptions)).toBe(true);
  });

  it('2023 on an exact x.xx5 tie: the rounding rule decided the last digit (76.505 → 76.51)', () => {
    const r = score(r2023, { dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } });
    expect([r.exact, r.total]).toEqual(['76.505', '76.51']);
    expect(r.assumptions).toEqual(['rounding']);
    // The same tie on the general path (a decimal comma) says the same.
    const commas = score(r2023, { dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } }, { decimalComma: true });
    expect(commas.assumptions).toEqual(['rounding']);
  });

  it('2025 from dimension scores: the four weights of the 70 % and the bounds of its band', () => {
    const r = score(getRuleset(2025), { dimensions: { competency: 90, standards: 80, opinion: 70, complaints: 60, trust: 80 } });
    // 22.5 + 16 + 7 + 9 + 24 = 78.5 → B: B's lower bound and A's (its upper bound); the B zone is single-source.
    expect(r.total).toBe('78.50');
    expect(r.assumptions).toEqual([...WEIGHTS_2025, 'bands.B.min', 'bands.A.min']);
  });

  it('2025 grade E: its bound, and its assumed quality word "Sangat Kurang"', () => {
    const r = score(getRuleset(2025), { points: { competency: '5', standards: '5', opinion: '5', complaints: '5', trust: '5' } });
    expect([r.total, r.category, r.quality?.id]).toEqual(['25.00', 'E', 'Sangat Kurang']);
    expect(r.assumptions).toEqual(['bands.E.min', 'bands.D.min', 'bands.E.quality']);
  });

  it('2024 (weights borrowed from 2023): the four weights', () => {
    const r = score(getRuleset(2024), { dimensions: { competency: 72, standards: 70, opinion: 81.5, complaints: 64 } });
    expect(r.assumptions).toEqual(WEIGHTS_2025.map((p) => p));
  });

  it('2017: revision 1 rests on its assumed kuning bound there, revision 2 on published ones only', () => {
    expect(score(getRuleset(2017, { revision: 1 }), { units: [{ total: '60' }] }).assumptions).toEqual(['bands.kuning.min']);
    expect(score(getRuleset(2017), { units: [{ total: '60' }] }).assumptions).toEqual([]);
    // Above kuning, the kuning bound decides nothing in revision 1 either; below it, it is the upper bound.
    expect(score(getRuleset(2017, { revision: 1 }), { units: [{ total: '90' }] }).assumptions).toEqual([]);
    expect(score(getRuleset(2017, { revision: 1 }), { units: [{ total: '40' }] }).assumptions).toEqual(['bands.kuning.min']);
  });

  it('answers: the scale, the composed indicators and the equal variable shares', () => {
    const r = score(r2023, { answers: fill(r2023, () => [4]) });
    expect(r.total).toBe('80.00');
    expect(r.assumptions).toContain('dimensions.competency.scale');
    expect(r.assumptions).toContain('dimensions.standards.variables.standar-pelayanan.indicators.persyaratan');
    expect(r.assumptions).toContain('dimensions.competency.variables.kompetensi-pelaksana.weight');
    // The published 12.22 % indicator weight and the confirmed dimension weights are not listed.
    expect(r.assumptions.some((p) => p.endsWith('pengetahuan-standar.weight'))).toBe(false);
    expect(r.assumptions.some((p) => /^dimensions\.[a-z]+\.weight$/.test(p))).toBe(false);
  });

  it('revision 1 answers: the implicit default 0..3 scale, listed by assumptions(ruleset) too', () => {
    const rules = getRuleset(2023, { revision: 1 });
    const r = score(rules, { answers: fill(rules, () => [3]) });
    expect(r.assumptions).toContain('dimensions.opinion.scale');
    expect(assumptions(rules).find((a) => a.path === 'dimensions.opinion.scale')?.value).toEqual({ min: 0, max: 3 });
  });

  it('deductions: the assumed deductions rule when a deduction was given, never otherwise', () => {
    const dims = { competency: 72, standards: 70, opinion: 81.5, complaints: 64 };
    expect(score(r2023, { dimensions: dims }).assumptions).not.toContain('deductions');
    expect(score(r2023, { dimensions: dims, deductions: [{ points: '1', reason: 'tindak lanjut' }] }).assumptions).toEqual([
      'deductions',
    ]);
  });

  it('units: a unit total or the body total on a tie lists the rounding rule, nothing else does', () => {
    // 76.505 → 76.51 as a unit: the unit's rounding decided.
    expect(score(r2023, { units: [{ dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } }, { total: '80' }] }).assumptions).toContain('rounding');
    // 90.004 and 90.004: rounded units give 90.00, the exact mean 90.004 gives 90.00 too: nothing.
    expect(score(r2023, { units: [{ total: '90.004' }, { total: '90.004' }] }).assumptions).toEqual([]);
    // 90.006 + 90.004 → rounded 90.01 and 90.00 → mean 90.005 → 90.01; exact mean 90.005 too, a tie: listed.
    expect(score(r2023, { units: [{ total: '90.006' }, { total: '90.004' }] }).assumptions).toEqual(['rounding']);
    // 90.004 and 90.014 → units 90.00 and 90.01 → mean 90.005, a tie: listed.
    expect(score(r2023, { units: [{ total: '90.004' }, { total: '90.014' }] }).assumptions).toEqual(['rounding']);
    // No tie anywhere: 0.0049 × 3 and 0.0149 → units 0.00 × 3 and 0.01 → mean 0.0025 → 0.00. The mean of the
    // unrounded units, 0.0074, would give 0.01: where the rounding sits is not settled (RULEBOOK §6, Kota Depok
    // 2025), so the total rests on the assumed rounding rule.
    const moved = score(r2023, { units: [{ total: '0.0049' }, { total: '0.0049' }, { total: '0.0049' }, { total: '0.0149' }] });
    expect([moved.exact, moved.total]).toEqual(['0.0025', '0.00']);
    expect(moved.assumptions).toEqual(['rounding']);
  });

  it('units: the place of rounding is listed where the two readings give different totals, never otherwise', () => {
    // 90.006, 90.006, 90.000 → units 90.01, 90.01, 90.00 → mean 90.00666… → 90.01; the unrounded mean 90.004 →
    // 90.00. No total lies on a tie: only the place of rounding decides.
    const decided = score(r2023, { units: [{ total: '90.006' }, { total: '90.006' }, { total: '90.000' }] });
    expect(decided.total).toBe('90.01');
    expect(decided.assumptions).toEqual(['rounding']);
    // Kota Depok 2025 (S109) as printed, with two decimals: both readings give 90.33 (the release says 90.34).
    const depok = score(getRuleset(2025), { units: [{ total: '90.22' }, { total: '93.49' }, { total: '87.29' }] });
    expect(depok.total).toBe('90.33');
    expect(depok.assumptions).not.toContain('rounding');
    // Units from dimension scores, with more decimals: 17.48 + 32.37 % × 90.0421 (29.14662777) + 16.968 + 12.924
    // = 76.51862777 → 76.52, and 80.00 → mean 78.26; the unrounded mean 78.25931… → 78.26 too: not listed.
    const units = score(r2023, {
      units: [{ dimensions: { competency: '80', standards: '90.0421', opinion: '70', complaints: '60' } }, { total: '80' }],
    });
    expect(units.total).toBe('78.26');
    expect(units.assumptions).not.toContain('rounding');
  });

  describe.each(listRulesets().map((s) => [s.year, s.revision] as const))('%i revision %i', (year, revision) => {
    const rules: Ruleset = getRuleset(year, { revision });
    const known = new Set(assumptions(rules).map((a) => a.path));
    it('lists only paths that assumptions(ruleset) gives, each once, and the same on both paths', () => {
      fc.assert(
        fc.property(dimensionScores(rules), (scores) => {
          const fast = score(rules, { dimensions: scores });
          const general = score(rules, { dimensions: scores }, { missingIndicators: 'refuse' });
          expect(general.assumptions).toEqual(fast.assumptions);
          expect(fast.assumptions.every((p) => known.has(p))).toBe(true);
          expect(new Set(fast.assumptions).size).toBe(fast.assumptions.length);
        }),
        { ...SEEDED, numRuns: 100 },
      );
    });
  });
});
