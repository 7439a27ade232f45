/**
 * Runs every golden vector (test/vectors) against an API object: the package as imported, or a fresh copy of it
 * loaded under a hostile host (a polluted Object.prototype, a reconfigured decimal.js). Returns how many
 * checks ran; any difference fails the calling test.
 */
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import type * as Api from '@ombuds/scoring';
import { rulesFor, vectorFiles, type Expect } from '../vectors.js';

type Scoring = typeof Api;

/** A field of a vector, own properties only: the polluted run sets the same names on Object.prototype. */
function given<K extends keyof Expect>(expected: Expect, key: K): Expect[K] | undefined {
  return Object.prototype.hasOwnProperty.call(expected, key) ? expected[key] : undefined;
}

/** Checks a result against the fields a vector states. */
export function check(actual: Api.Classification | Api.ScoreResult, expected: Expect, what: string): void {
  const e = <K extends keyof Expect>(key: K): Expect[K] | undefined => given(expected, key);
  if (e('total') !== undefined) expect(actual.total, what).toBe(e('total'));
  if (e('category') !== undefined) expect(actual.category, what).toBe(e('category'));
  if (e('zone') !== undefined) expect(actual.zone, what).toBe(e('zone'));
  if (e('label') !== undefined) expect(actual.label.id, what).toBe(e('label'));
  if (e('quality') !== undefined) expect(actual.quality?.id, what).toBe(e('quality'));
  if (e('opinion') !== undefined) expect(actual.opinion?.id, what).toBe(e('opinion'));
  // The expected exact value is compared with an independent decimal.js (an exact equality, whatever its settings).
  if (e('exact') !== undefined) expect(new Decimal((actual as Api.ScoreResult).exact).eq(e('exact')!), what).toBe(true);
}

/**
 * Every vector of every file. Returns every result as JSON, in order, so that a run under a hostile host can be
 * compared field by field with a clean run (a leak into a field a vector does not state shows there).
 */
export function runVectors(api: Scoring): string[] {
  const outputs: string[] = [];
  const record = <T>(value: T): T => {
    outputs.push(JSON.stringify(value));
    return value;
  };
  for (const file of vectorFiles) {
    const rules = (year: number, c: { readonly revision?: number }) => rulesFor(api.getRuleset, file, year, c);
    for (const c of file.classify ?? []) {
      check(record(api.classify(rules(file.year!, c), c.total)), c.expect, `${file.file} classify ${c.id}`);
    }
    for (const c of file.classify_by_year ?? []) {
      check(record(api.classify(rules(c.year, c), c.total)), c.expect, `${file.file} classify ${c.id}`);
    }
    for (const c of file.score ?? []) {
      check(record(api.score(rules(file.year!, c), c.input as never)), c.expect, `${file.file} score ${c.id}`);
    }
    for (const c of file.rank ?? []) {
      const ranked = record(api.rank(c.items, { method: c.method as never }));
      expect(
        ranked.map(({ id, rank }) => ({ id, rank })),
        `${file.file} rank ${c.method}`,
      ).toEqual(c.expect);
    }
    for (const c of file.errors ?? []) record(checkError(api, c, `${file.file} error ${c.call}`));
  }
  return outputs;
}

type ErrorCase = NonNullable<(typeof vectorFiles)[number]['errors']>[number];

/** Runs an error case of a vector and checks the ScoringError it must throw: its code, and its path if stated. */
export function checkError(api: Scoring, c: ErrorCase, what: string): unknown {
  const call = (): unknown => {
    switch (c.call) {
      case 'getRuleset':
        return api.getRuleset(c.args[0] as number);
      case 'score':
        return api.score(api.getRuleset(c.year!), c.args[0] as never);
      case 'classify':
        return api.classify(api.getRuleset(c.year!), c.args[0] as never);
      case 'rank':
        return api.rank(c.args[0] as never);
      default:
        throw new Error(`unknown call ${c.call}`);
    }
  };
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught, what).toBeInstanceOf(api.ScoringError);
  expect((caught as Api.ScoringError).code, what).toBe(c.code);
  if (c.path) expect((caught as Api.ScoringError).path, what).toEqual(c.path);
  return caught;
}
