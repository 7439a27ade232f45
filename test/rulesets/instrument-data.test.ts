/**
 * The published and composed instrument of 2022–2024 (RULEBOOK §4.3), and the schema rules for it.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, parseRuleset, ScoringError, type Ruleset } from '@ombuds/scoring';

const counts = (r: Ruleset, id: string) =>
  r.dimensions.find((d) => d.id === id)!.variables!.map((v) => v.indicators.length);

describe('instrument data', () => {
  it('publishes the Input counts: 5 + 8 in 2022, 6 + 9 in 2023 and 2024', () => {
    expect(counts(getRuleset(2022), 'competency')).toEqual([5, 8]);
    expect(counts(getRuleset(2023), 'competency')).toEqual([6, 9]);
    expect(counts(getRuleset(2024), 'competency')).toEqual([6, 9]);
  });

  it('has 11 Proses indicators and an instrument under every 2022–2024 dimension', () => {
    for (const year of [2022, 2023, 2024]) {
      const r = getRuleset(year);
      expect(counts(r, 'standards')).toEqual([11]);
      for (const d of r.dimensions) expect(d.variables?.length).toBeGreaterThan(0);
    }
  });

  it('publishes the 12.22 % weight of knowledge of the standard components, single-source S03', () => {
    const indicator = getRuleset(2023)
      .dimensions.find((d) => d.id === 'competency')!
      .variables![0]!.indicators.find((i) => i.id === 'pengetahuan-standar')!;
    expect(indicator.weight).toMatchObject({ value: '12.22', confidence: 'single-source' });
    expect(indicator.weight!.source).toContain('S03');
  });

  it('marks every composed indicator assumed with a note, and gives every item an id and provenance', () => {
    for (const year of [2022, 2023, 2024]) {
      for (const d of getRuleset(year).dimensions) {
        for (const v of d.variables ?? []) {
          expect(v.id).toMatch(/^[a-z0-9-]+$/);
          expect(v.source.length).toBeGreaterThan(0);
          for (const i of v.indicators) {
            expect(i.id).toMatch(/^[a-z0-9-]+$/);
            expect(i.label.id.length * i.label.en.length).toBeGreaterThan(0);
            expect(['confirmed', 'single-source', 'assumed']).toContain(i.confidence);
            if (i.confidence === 'assumed') expect(i.note).toMatch(/not public/);
          }
        }
      }
    }
  });

  it('leaves 2015–2021 and 2025 dimension-level', () => {
    for (const year of [2015, 2019, 2021, 2025]) {
      for (const d of getRuleset(year).dimensions) expect(d.variables).toBeUndefined();
    }
  });

  it('validates the built-in instruments with the schema', () => {
    for (const year of [2022, 2023, 2024]) {
      expect(parseRuleset(JSON.parse(JSON.stringify(getRuleset(year)))).dimensions[0]!.variables).toHaveLength(2);
    }
  });
});

describe('instrument schema', () => {
  const base = () => JSON.parse(JSON.stringify(getRuleset(2023))) as any;
  const fails = (mutate: (r: any) => void, path: (string | number)[]) => {
    const r = base();
    mutate(r);
    let caught: unknown;
    try {
      parseRuleset(r);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    expect((caught as ScoringError).code).toBe('INVALID_RULESET');
    expect((caught as ScoringError).path).toEqual(path);
  };

  it('refuses variable weights that do not sum to 100', () => {
    fails((r) => (r.dimensions[0].variables[0].weight.value = '60'), ['dimensions', 0, 'variables']);
  });
  it('refuses indicator weights beyond their variable share', () => {
    fails(
      (r) => (r.dimensions[0].variables[0].indicators[1].weight = { ...r.dimensions[0].variables[0].indicators[0].weight, value: '40' }),
      ['dimensions', 0, 'variables', 0, 'indicators'],
    );
  });
  it('refuses indicator weights that, all given, miss their variable share', () => {
    fails((r) => {
      for (const i of r.dimensions[2].variables[0].indicators) i.weight = { value: '11', source: ['x'], confidence: 'confirmed' };
    }, ['dimensions', 2, 'variables', 0, 'indicators']);
  });
  it('accepts indicator weights that, all given, make exactly their variable share', () => {
    const r = base();
    r.dimensions[3].variables[0].indicators.forEach((i: any) => (i.weight = { value: '12.5', source: ['x'], confidence: 'confirmed' }));
    expect(parseRuleset(r).id).toBe('ori-2023');
  });
  it('refuses an indicator id used twice in a dimension, even across variables', () => {
    fails((r) => (r.dimensions[0].variables[1].indicators[0].id = 'pengetahuan-standar'), [
      'dimensions', 0, 'variables', 1, 'indicators', 0, 'id',
    ]);
  });
  it('refuses a scale with min ≥ max', () => {
    fails((r) => (r.dimensions[1].variables[0].indicators[0].scale = { min: 3, max: 3 }), [
      'dimensions', 1, 'variables', 0, 'indicators', 0, 'scale', 'max',
    ]);
  });
  it('refuses an assumed indicator without a note, and an unknown key', () => {
    fails((r) => delete r.dimensions[1].variables[0].indicators[0].note, ['dimensions', 1, 'variables', 0, 'indicators', 0, 'note']);
    fails((r) => (r.dimensions[1].variables[0].indicators[0].extra = 1), ['dimensions', 1, 'variables', 0, 'indicators', 0]);
  });
  it('still refuses dimension weights that do not sum to 100', () => {
    fails((r) => (r.dimensions[0].weight.value = '20'), ['dimensions']);
  });
});
