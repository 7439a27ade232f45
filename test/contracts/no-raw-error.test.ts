/**
 * No mutation, no raw error. `summarize` never freezes or changes the caller's objects; every
 * `safe*` twin turns a throwing getter, a null-prototype object, a cyclic or a very deep object into a
 * `ScoringError` (never a TypeError, RangeError or DataCloneError); `summarize` refuses a result whose zone or
 * grade contradicts its total; `provenance` on a ruleset-sized object with shared substructure ends quickly.
 */
import { describe, expect, it } from 'vitest';
import {
  classify,
  getRuleset,
  provenance,
  safeAssumptions,
  safeClassify,
  safeDeriveRuleset,
  safeExplain,
  safeGetRuleset,
  safeParseRuleset,
  safePlanToReach,
  safeProvenance,
  safeRank,
  safeScore,
  safeScoreAcrossYears,
  safeSummarize,
  score,
  ScoringError,
  summarize,
} from '@ombuds/scoring';
import { assertScoringError } from '../fuzz/hostile.js';

const r2023 = getRuleset(2023);
const CODES = ['INVALID_INPUT', 'INVALID_OPTIONS', 'INVALID_RULESET', 'RULESET_NOT_FOUND', 'NO_ASSESSMENT_HELD'];

function boom(): never {
  throw new Error('boom');
}

/** Hostile values, fresh per call. */
const HOSTILE: Record<string, () => unknown> = {
  'a throwing getter': () => Object.defineProperty({}, 'total', { get: boom, enumerable: true }),
  'a null-prototype object': () =>
    Object.assign(Object.create(null), {
      total: Object.create(null),
      zone: Object.create(null),
      id: Object.create(null),
    }),
  'a cyclic object': () => {
    const a: Record<string, unknown> = { total: '80', zone: 'hijau', category: 'A' };
    a['self'] = a;
    a['ruleset'] = a;
    a['units'] = [a];
    a['dimensions'] = a;
    return a;
  },
  'a very deep object': () => {
    let deep: Record<string, unknown> = { value: '1', source: ['x'], confidence: 'assumed', note: 'n' };
    for (let i = 0; i < 50_000; i++) deep = { a: deep, units: [deep] };
    return deep;
  },
  'a function inside': () => ({ a: { value: { f: () => 1 }, source: ['x'], confidence: 'assumed', note: 'n' } }),
  'a symbol inside': () => ({ a: { value: { s: Symbol('s') }, source: ['x'], confidence: 'assumed', note: 'n' } }),
  'a throwing Proxy': () =>
    new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
};

const CALLS: Record<string, (hostile: () => unknown) => { success: boolean; error?: unknown }[]> = {
  safeScore: (h) => [
    safeScore(r2023, h() as never),
    safeScore(r2023, { dimensions: {} } as never, h() as never),
    safeScore(h() as never, {} as never),
  ],
  safeClassify: (h) => [
    safeClassify(r2023, h() as never),
    safeClassify(r2023, '80', h() as never),
    safeClassify(h() as never, '80'),
  ],
  safeRank: (h) => [
    safeRank(h() as never),
    safeRank([h()] as never),
    safeRank([{ id: 'a', total: '1' }], h() as never),
  ],
  safeExplain: (h) => [safeExplain(r2023, h() as never), safeExplain(r2023, { units: [h()] } as never)],
  safePlanToReach: (h) => [
    safePlanToReach(r2023, h() as never, 'B' as never),
    safePlanToReach(r2023, { dimensions: {} } as never, h() as never),
  ],
  safeDeriveRuleset: (h) => [
    safeDeriveRuleset(r2023, h() as never),
    safeDeriveRuleset(h() as never, {}),
    safeDeriveRuleset(r2023, { dimensions: h() } as never),
  ],
  safeParseRuleset: (h) => [
    safeParseRuleset(h()),
    safeParseRuleset({ ...JSON.parse(JSON.stringify(r2023)), bands: h() }),
  ],
  safeGetRuleset: (h) => [safeGetRuleset(h() as never)],
  safeSummarize: (h) => [
    safeSummarize(h() as never),
    safeSummarize([h()] as never),
    safeSummarize([{ total: '80', zone: 'hijau', category: 'B', ruleset: h() }] as never),
  ],
  safeScoreAcrossYears: (h) => [
    safeScoreAcrossYears(h() as never),
    safeScoreAcrossYears({ units: [h()] } as never, [2023]),
    safeScoreAcrossYears({ units: [{ total: '80' }] }, h() as never),
  ],
  safeProvenance: (h) => [safeProvenance(h() as never), safeProvenance({ dimensions: [h()] } as never)],
  safeAssumptions: (h) => [safeAssumptions(h() as never)],
};

describe('every safe* twin turns a hostile value into a ScoringError', () => {
  for (const [call, run] of Object.entries(CALLS)) {
    for (const [name, hostile] of Object.entries(HOSTILE)) {
      it(`${call}: ${name}`, () => {
        let outcomes: { success: boolean; error?: unknown }[] = [];
        expect(() => (outcomes = run(hostile))).not.toThrow();
        for (const outcome of outcomes) {
          if (!outcome.success) {
            expect(outcome.error).toBeInstanceOf(ScoringError);
            // A listed reason and both texts.
            expect(() => assertScoringError(outcome.error, CODES)).not.toThrow();
          }
        }
      }, 60_000);
    }
  }
});

describe('summarize', () => {
  it("never freezes or changes the caller's objects", () => {
    const result = score(r2023, { dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } });
    const ruleset = { ...result.ruleset };
    const item = { ...result, ruleset };
    const before = JSON.stringify(item);
    const tally = summarize([item]);
    expect(Object.isFrozen(ruleset)).toBe(false);
    expect(Object.isFrozen(item)).toBe(false);
    expect(JSON.stringify(item)).toBe(before);
    expect(tally.ruleset).toEqual(ruleset);
    expect(tally.ruleset).not.toBe(ruleset);
  });

  it('refuses a result whose zone contradicts its total under its official ruleset', () => {
    const result = score(r2023, { dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' } });
    const outcome = safeSummarize([{ ...result, zone: 'hijau' }]);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.path).toEqual([0, 'zone']);
    const graded = safeSummarize([{ ...result, category: 'A' }]);
    expect(graded.success).toBe(false);
    if (!graded.success) expect(graded.error.path).toEqual([0, 'category']);
  });

  it('refuses classifications that contradict each other (a higher total in a worse zone or grade)', () => {
    const rules = getRuleset(2023);
    const good = classify(rules, '90');
    const bad = classify(rules, '60');
    const outcome = safeSummarize([good, { ...bad, total: '95.00' }]);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.code).toBe('INVALID_INPUT');
    const same = safeSummarize([good, { ...good, category: 'B' }]);
    expect(same.success).toBe(false);
  });

  it('still summarizes consistent results', () => {
    const rules = getRuleset(2019);
    const tally = summarize(['96.89', '80.03', '77.31', '21.37'].map((t) => classify(rules, t)));
    expect(tally.zones).toEqual({ hijau: 1, kuning: 2, merah: 1, hitam: 0 });
  });
});

describe('provenance', () => {
  it('on an object with shared substructure ends quickly, with a ScoringError or a result', () => {
    const leaf = { value: '1', source: ['x'], confidence: 'assumed', note: 'n' };
    let level: unknown = [leaf, leaf];
    // 40 levels of two references to the same array: 2^40 paths, 40 distinct objects.
    for (let i = 0; i < 40; i++) level = { left: level, right: level };
    const started = Date.now();
    const outcome = safeProvenance({ dimensions: level } as never);
    if (!outcome.success) expect(outcome.error).toBeInstanceOf(ScoringError);
    // Not a timing assertion on speed: only that it did not walk 2^40 paths (which takes days).
    expect(Date.now() - started).toBeLessThan(100_000);
  }, 120_000);

  it('lists every parameter of a built-in ruleset, shared parts at each of their paths', () => {
    const paths = provenance(r2023).map((p) => p.path);
    expect(paths).toContain('dimensions.competency.weight');
    expect(new Set(paths).size).toBe(paths.length);
  });
});
