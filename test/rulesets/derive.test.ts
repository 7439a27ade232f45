/**
 * deriveRuleset: custom rulesets from official ones, validated like the built-ins and marked as derived.
 */
import { describe, expect, it } from 'vitest';
import { deriveRuleset, getRuleset, safeDeriveRuleset, score, ScoringError } from '@ombuds/scoring';
import { fill } from '../support/answers.js';

const r2023 = getRuleset(2023, { revision: 1 }); // answers on 0..3
const dims = { competency: 90, standards: 85, opinion: 95, complaints: 80 };

describe('deriveRuleset', () => {
  it('patches variable weights by id, records them as assumed, and marks the result derived', () => {
    const office = deriveRuleset(r2023, {
      id: 'kantor-2023',
      dimensions: { competency: { variables: { 'kompetensi-pelaksana': { weight: '60' }, 'sarana-prasarana': { weight: '40' } } } },
    });
    expect(office.id).toBe('kantor-2023');
    expect(office.derivedFrom).toBe('ori-2023');
    expect(Object.isFrozen(office.dimensions[0]!.variables![0])).toBe(true);
    expect(office.dimensions[0]!.variables![0]!.weight).toEqual({
      value: '60',
      source: ['derived:kantor-2023'],
      confidence: 'assumed',
      note: 'Set in the derived ruleset kantor-2023.',
    });
    expect(score(office, { dimensions: dims }).ruleset).toEqual({ id: 'kantor-2023', year: 2023, revision: 1, derivedFrom: 'ori-2023' });
    // the base is untouched
    expect(r2023.dimensions[0]!.variables![0]!.weight!.value).toBe('50');
  });

  it('changes the score from answers as the new weights say', () => {
    // kompetensi all 3 (100), sarana all 0: 50/50 → 50; 60/40 → 60
    const answers = fill(r2023, (d, id) => (d !== 'competency' ? [3] : r2023.dimensions[0]!.variables![0]!.indicators.some((i) => i.id === id) ? [3] : [0]));
    const office = deriveRuleset(r2023, {
      dimensions: { competency: { variables: { 'kompetensi-pelaksana': { weight: '60' }, 'sarana-prasarana': { weight: '40' } } } },
    });
    expect(score(r2023, { answers }).dimensions![0]!.score).toBe('50');
    expect(score(office, { answers }).dimensions![0]!.score).toBe('60');
    expect(office.id).toBe('ori-2023-custom');
  });

  it('validates like parseRuleset: dimension weights must still sum to 100', () => {
    const result = safeDeriveRuleset(r2023, { dimensions: { competency: { weight: '50' } } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_RULESET');
      expect(result.error.path).toEqual(['dimensions']);
    }
    const draft = deriveRuleset(r2023, {
      id: 'draft-2026',
      year: 2026,
      dimensions: { competency: { weight: '25' }, standards: { weight: '25' }, opinion: { weight: '25' }, complaints: { weight: '25' } },
    });
    expect(draft.year).toBe(2026);
    expect(score(draft, { dimensions: dims }).total).toBe('87.50');
  });

  it('names an unknown dimension id, and refuses setting derivedFrom', () => {
    let caught: unknown;
    try {
      deriveRuleset(r2023, { dimensions: { trust: { weight: '1' } } });
    } catch (e) {
      caught = e;
    }
    expect((caught as ScoringError).code).toBe('INVALID_INPUT');
    expect((caught as ScoringError).path).toEqual(['dimensions', 'trust']);
    expect(safeDeriveRuleset(r2023, { derivedFrom: 'x' }).success).toBe(false);
  });

  it('takes an object-valued parameter as its bare value, merged into the base value and recorded as assumed', () => {
    const halfEven = deriveRuleset(r2023, { id: 'bankers', rounding: { mode: 'half-even' } });
    expect(halfEven.rounding).toEqual({
      value: { digits: 2, mode: 'half-even', unitsBeforeMean: true },
      source: ['derived:bankers'],
      confidence: 'assumed',
      note: 'Set in the derived ruleset bankers.',
    });
    // (77.99 + 78.00) / 2 = 77.995: half-even keeps 78.00 (even last digit), half-down would give 77.99
    expect(score(halfEven, { units: [{ total: '77.99' }, { total: '78' }] }).total).toBe('78.00');
    // A full parameter with its own provenance still replaces the base one whole.
    const own = deriveRuleset(r2023, {
      rounding: { value: { digits: 2, mode: 'down', unitsBeforeMean: false }, source: ['S99'], confidence: 'single-source' },
    });
    expect(own.rounding).toEqual({ value: { digits: 2, mode: 'down', unitsBeforeMean: false }, source: ['S99'], confidence: 'single-source' });
  });

  it('turns throwing getters and Proxy traps in the overrides into a ScoringError, also from the safe twin', () => {
    const getter = { get year(): number {
      throw new Error('boom');
    } };
    const trap = new Proxy({}, { has: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    // A "__proto__" key from JSON becomes an own key, which the schema refuses, instead of a prototype.
    const proto = safeDeriveRuleset(r2023, JSON.parse('{"__proto__": {"year": 2030}}'));
    expect(proto.success || proto.error.code).toBe('INVALID_RULESET');
    for (const overrides of [getter, trap]) {
      const result = safeDeriveRuleset(r2023, overrides as never);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });
});
