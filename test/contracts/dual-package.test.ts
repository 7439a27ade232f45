/**
 * Two copies of the package in one app (the ES module and the CommonJS build) accept each
 * other's rulesets, and `instanceof ScoringError` holds across them. Here the second copy is a fresh module
 * instance of the sources; scripts/pack-smoke.mjs runs the same across the built ESM and CJS files.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as one from '@ombuds/scoring';

type Api = typeof one;
let other: Api;

beforeAll(async () => {
  vi.resetModules();
  other = await import('@ombuds/scoring');
});

const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };

describe('two copies of the package', () => {
  it('are distinct module instances', () => {
    expect(other.ScoringError).not.toBe(one.ScoringError);
    expect(other.getRuleset(2023)).not.toBe(one.getRuleset(2023));
  });

  it('score a built-in ruleset of the other copy', () => {
    expect(one.score(other.getRuleset(2023), { dimensions: dims }).total).toBe('87.44');
    expect(other.score(one.getRuleset(2023), { dimensions: dims }).total).toBe('87.44');
  });

  it('score a parsed and a derived ruleset of the other copy', () => {
    const parsed = other.parseRuleset(JSON.parse(JSON.stringify(other.getRuleset(2023))));
    expect(one.score(parsed, { dimensions: dims }).total).toBe('87.44');
    const derived = one.deriveRuleset(one.getRuleset(2023), { id: 'x-2023' } as never);
    expect(other.classify(derived, '87.995').total).toBe('88.00');
  });

  it("see each other's errors as ScoringError", () => {
    const caught = other.safeScore(other.getRuleset(2023), { dimensions: {} } as never);
    expect(caught.success).toBe(false);
    if (!caught.success) {
      expect(caught.error instanceof one.ScoringError).toBe(true);
      expect(caught.error instanceof other.ScoringError).toBe(true);
    }
    // toSafe of one copy catches the error thrown inside the other copy.
    const crossed = one.safeScore(other.getRuleset(2023), { dimensions: {} } as never);
    expect(crossed.success).toBe(false);
  });

  it('do not take a look-alike for a ScoringError', () => {
    expect({ name: 'ScoringError', code: 'INVALID_INPUT', path: [], message: 'x' } instanceof one.ScoringError).toBe(
      false,
    );
    expect(JSON.parse(JSON.stringify(new one.ScoringError('INVALID_INPUT', 'x'))) instanceof one.ScoringError).toBe(
      false,
    );
    expect(new Error('x') instanceof one.ScoringError).toBe(false);
    expect((null as unknown as object) instanceof one.ScoringError).toBe(false);
  });

  it('keep the ordinary instanceof for a subclass', () => {
    class MyError extends one.ScoringError {}
    expect(new MyError('INVALID_INPUT', 'x') instanceof MyError).toBe(true);
    expect(new one.ScoringError('INVALID_INPUT', 'x') instanceof MyError).toBe(false);
    expect(new MyError('INVALID_INPUT', 'x') instanceof one.ScoringError).toBe(true);
  });
});

describe('copies made by JSON or structuredClone', () => {
  it.each([
    ['JSON', (r: object) => JSON.parse(JSON.stringify(r)) as unknown],
    ['structuredClone', (r: object) => structuredClone(r)],
    ['Object.create', (r: object) => Object.freeze(Object.create(r))],
  ])('%s still needs parseRuleset, and the message says so', (_, copy) => {
    const copied = copy(one.getRuleset(2023));
    const result = one.safeScore(copied as never, { dimensions: dims });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_RULESET');
      expect(result.error.message).toMatch(/structuredClone/);
      expect(result.error.message).toMatch(/parseRuleset\(\)/);
    }
    expect(
      one.score(one.parseRuleset(JSON.parse(JSON.stringify(one.getRuleset(2023)))), { dimensions: dims }).total,
    ).toBe('87.44');
  });
});
