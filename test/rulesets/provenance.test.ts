/**
 * provenance() and assumptions(): every parameter with its source and confidence, found by a generic walk with
 * id-based paths; the assumed ones listed with their notes (RULEBOOK preamble, "Provenance").
 */
import { describe, expect, it } from 'vitest';
import {
  assumptions,
  getRuleset,
  listRulesets,
  provenance,
  safeAssumptions,
  safeProvenance,
  type Ruleset,
} from '@ombuds/scoring';

const paths = (list: readonly { path: string }[]) => list.map((p) => p.path);
/** A dimension's own weight (not the weight of one of its variables or indicators). */
const DIMENSION_WEIGHT = /^dimensions\.[^.]+\.weight$/;

describe('provenance', () => {
  it('lists every parameter of 2019 (revision 2) with id-based paths, in data order', () => {
    expect(provenance(getRuleset(2019)).map((p) => [p.path, p.confidence])).toEqual([
      ['legalBasis', 'single-source'],
      ['dimensions.standards.weight', 'confirmed'],
      ['rounding', 'assumed'],
      ['bands.hijau.zone', 'confirmed'],
      ['bands.hijau.min', 'single-source'],
      ['bands.kuning.zone', 'confirmed'],
      ['bands.kuning.min', 'single-source'],
      ['bands.merah.zone', 'confirmed'],
      ['bands.merah.min', 'confirmed'],
      ['deductions', 'confirmed'],
      ['ranking', 'assumed'],
    ]);
  });

  it('gives value, sources and note of a parameter: the 2023 competency weight', () => {
    const weight = provenance(getRuleset(2023)).find((p) => p.path === 'dimensions.competency.weight');
    expect(weight).toEqual({
      path: 'dimensions.competency.weight',
      value: '21.85',
      source: ['RULEBOOK §4.1', 'S01', 'S02', 'S03', 'S04', 'S05'],
      confidence: 'confirmed',
      note: null,
    });
  });

  it('addresses graded bands by category and finds the 2025 quality words', () => {
    const list = paths(provenance(getRuleset(2025)));
    expect(list).toEqual(expect.arrayContaining(['bands.A.min', 'bands.E.zone', 'bands.E.quality', 'dimensions.trust.weight', 'opinion']));
  });

  it.each(listRulesets().map((r) => r.year))('%i: every entry has a source and a known confidence', (year) => {
    const list = provenance(getRuleset(year));
    expect(list.length).toBeGreaterThan(5);
    for (const p of list) {
      expect(p.source.length).toBeGreaterThan(0);
      expect(['confirmed', 'single-source', 'assumed']).toContain(p.confidence);
    }
    expect(new Set(paths(list)).size).toBe(list.length);
  });

  it('is frozen and does not hand out the ruleset objects', () => {
    const rules = getRuleset(2025);
    const list = provenance(rules);
    expect(Object.isFrozen(list)).toBe(true);
    const rounding = list.find((p) => p.path === 'rounding')!;
    expect(rounding.value).toEqual({ digits: 2, mode: 'half-up', unitsBeforeMean: true });
    expect(rounding.value).not.toBe(rules.rounding.value);
  });
});

describe('a generic walk', () => {
  const custom = {
    id: 'custom',
    dimensions: [
      {
        id: 'competency',
        weight: { value: '50', source: ['own survey'], confidence: 'assumed', note: 'half' },
        variables: [
          {
            id: 'kompetensi',
            source: ['S01'],
            confidence: 'confirmed',
            indicators: [
              { id: 'pengetahuan-standar', source: ['S03'], confidence: 'single-source', weight: { value: '12.22', source: ['S03'], confidence: 'single-source' } },
              { id: 'pengetahuan-ombudsman', source: ['RULEBOOK §4.3'], confidence: 'assumed', note: 'not public' },
            ],
          },
        ],
      },
    ],
    extras: [
      { source: ['x'], confidence: 'confirmed', value: 1 },
      { source: ['y'], confidence: 'assumed', value: 2, note: 'n' },
    ],
    twins: [
      { id: 'same', threshold: { value: '1', source: ['a'], confidence: 'confirmed' } },
      { id: 'same', threshold: { value: '2', source: ['b'], confidence: 'confirmed' } },
    ],
  };

  it('finds nodes without a value (instrument indicators) and uses their id as the value', () => {
    expect(provenance(custom as unknown as Ruleset).map((p) => [p.path, p.value, p.confidence])).toEqual([
      ['dimensions.competency.weight', '50', 'assumed'],
      ['dimensions.competency.variables.kompetensi', 'kompetensi', 'confirmed'],
      ['dimensions.competency.variables.kompetensi.indicators.pengetahuan-standar', 'pengetahuan-standar', 'single-source'],
      ['dimensions.competency.variables.kompetensi.indicators.pengetahuan-standar.weight', '12.22', 'single-source'],
      ['dimensions.competency.variables.kompetensi.indicators.pengetahuan-ombudsman', 'pengetahuan-ombudsman', 'assumed'],
      // No answer scale given: the default 0..3 it answers on is listed, assumed (RULEBOOK §4.3).
      ['dimensions.competency.scale', { min: 0, max: 3 }, 'assumed'],
      ['extras.0', 1, 'confirmed'],
      ['extras.1', 2, 'assumed'],
      ['twins.0.threshold', '1', 'confirmed'],
      ['twins.1.threshold', '2', 'confirmed'],
    ]);
  });

  it('lists the assumed ones with their notes', () => {
    expect(assumptions(custom as unknown as Ruleset)).toEqual([
      { path: 'dimensions.competency.weight', value: '50', note: 'half' },
      {
        path: 'dimensions.competency.variables.kompetensi.indicators.pengetahuan-ombudsman',
        value: 'pengetahuan-ombudsman',
        note: 'not public',
      },
      { path: 'dimensions.competency.scale', value: { min: 0, max: 3 }, note: expect.stringMatching(/default 0\.\.3/) },
      { path: 'extras.1', value: 2, note: 'n' },
    ]);
  });

  it('does not freeze or change a ruleset that was not frozen', () => {
    const before = JSON.stringify(custom);
    provenance(custom as unknown as Ruleset);
    expect(Object.isFrozen(custom)).toBe(false);
    expect(Object.isFrozen(custom.dimensions[0]!.weight)).toBe(false);
    expect(JSON.stringify(custom)).toBe(before);
  });

  it.each([null, 'ori-2023', 2023, []])('refuses %s with INVALID_RULESET', (value) => {
    for (const call of [safeProvenance, safeAssumptions]) {
      const result = call(value as unknown as Ruleset);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe('INVALID_RULESET');
    }
  });
});

describe('assumptions', () => {
  it('2024: the four weights borrowed from 2023 are assumed', () => {
    const list = assumptions(getRuleset(2024));
    const weights = list.filter((a) => DIMENSION_WEIGHT.test(a.path));
    expect(weights.map((a) => [a.path, a.value])).toEqual([
      ['dimensions.competency.weight', '21.85'],
      ['dimensions.standards.weight', '32.37'],
      ['dimensions.opinion.weight', '24.24'],
      ['dimensions.complaints.weight', '21.54'],
    ]);
    for (const w of weights) expect(w.note).toMatch(/2023/);
  });

  it('2023: no dimension weight is assumed (they are published)', () => {
    expect(paths(assumptions(getRuleset(2023))).filter((p) => DIMENSION_WEIGHT.test(p))).toEqual([]);
  });

  it('2025: the split of the 70 % is assumed, the 30 % trust weight is not', () => {
    const list = assumptions(getRuleset(2025));
    expect(list.filter((a) => DIMENSION_WEIGHT.test(a.path)).map((a) => [a.path, a.value])).toEqual([
      ['dimensions.competency.weight', '25'],
      ['dimensions.standards.weight', '20'],
      ['dimensions.opinion.weight', '10'],
      ['dimensions.complaints.weight', '15'],
    ]);
    expect(
      assumptions(getRuleset(2025, { revision: 1 }))
        .filter((a) => DIMENSION_WEIGHT.test(a.path))
        .map((a) => a.value),
    ).toEqual(['15.295', '22.659', '16.968', '15.078']);
    expect(list.find((a) => a.path === 'bands.E.quality')?.value).toEqual({ id: 'Sangat Kurang', en: 'Very poor' });
  });

  it('2015–2019: the kuning bound closing the 50–51 gap was assumed in revision 1, sourced in revision 2; 2021 publishes it', () => {
    for (const year of [2015, 2016, 2017, 2018, 2019]) {
      expect(assumptions(getRuleset(year, { revision: 1 })).find((a) => a.path === 'bands.kuning.min')?.value).toBe('51.00');
      expect(paths(assumptions(getRuleset(year)))).not.toContain('bands.kuning.min');
    }
    expect(paths(assumptions(getRuleset(2021)))).not.toContain('bands.kuning.min');
  });

  it('2022–2024: the answer scale is assumed in both revisions, 0..3 implicit in revision 1 and 0..5 in revision 2', () => {
    for (const year of [2022, 2023, 2024]) {
      const scale = (revision: number) =>
        assumptions(getRuleset(year, { revision })).find((a) => a.path === 'dimensions.standards.scale')?.value;
      expect([scale(1), scale(2)]).toEqual([{ min: 0, max: 3 }, { min: 0, max: 5 }]);
    }
  });

  it.each(listRulesets().map((r) => r.year))('%i: every assumption has a note and only { path, value, note }', (year) => {
    for (const a of assumptions(getRuleset(year))) {
      expect(Object.keys(a)).toEqual(['path', 'value', 'note']);
      expect(typeof a.note).toBe('string');
      expect(a.note!.length).toBeGreaterThan(10);
    }
  });
});
