/**
 * Seeded fuzzing of every public call (≥ 20,000 cases per run): valid inputs mutated with wrong types, NaN,
 * ±Infinity, exponents, out-of-range numbers, decimal commas, unknown / __proto__ / constructor keys, huge and
 * sparse and frozen arrays, deep nesting, symbols, BigInt, throwing getters and Proxies, 10,000-character
 * strings. Each call returns a well-formed result or throws a ScoringError with a code, a path and a message;
 * safe* twins never throw; inputs are never modified; rulesets stay deeply frozen; Object.prototype is untouched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classify,
  getRuleset,
  parseRuleset,
  rank,
  safeClassify,
  safeParseRuleset,
  safeRank,
  safeScore,
  score,
  type Ruleset,
} from '@ombuds/scoring';
import {
  assertScoringError,
  hostileKey,
  hostileValue,
  isDeepFrozen,
  opaque,
  prototypeState,
  snapshot,
  throwingGetter,
  throwingProxy,
} from './hostile.js';
import { RULESETS, scoreValue, YEARS } from '../properties/arbitraries.js';

const SEED = 6_006;
const RUNS = { score: 8_000, classify: 4_000, rank: 4_000, getRuleset: 2_000, parseRuleset: 2_000 } as const;
/** Generous for a loaded 2-core CI machine; the whole file runs in about 15 s. */
const TIMEOUT = 60_000;
const prototypeBefore = prototypeState();
let cases = 0;

type Op =
  | { kind: 'set' | 'hidden'; key: string | null; value: () => unknown }
  | { kind: 'getter' | 'delete'; key: string | null }
  | { kind: 'proxy' | 'revoked' | 'freeze' | 'sparse' | 'symbol' | 'proto-key' | 'inherit' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.option(hostileKey), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hidden' as const), key: fc.option(hostileKey), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('getter' as const, 'delete' as const), key: fc.option(hostileKey) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('proxy' as const, 'revoked' as const, 'freeze' as const, 'sparse' as const, 'symbol' as const, 'proto-key' as const, 'inherit' as const),
    }),
  },
);

/** Every object and array in a plain tree, with a way to replace it in its parent. */
function containers(root: { value: unknown }): { node: object; replace: (v: unknown) => void }[] {
  const out: { node: object; replace: (v: unknown) => void }[] = [];
  const walk = (node: unknown, replace: (v: unknown) => void): void => {
    if (node === null || typeof node !== 'object') return;
    out.push({ node, replace });
    if (opaque.has(node)) return;
    for (const key of Object.keys(node)) {
      const d = Object.getOwnPropertyDescriptor(node, key)!;
      // Never call a hostile getter while building the case.
      if ('value' in d && d.writable) walk(d.value, (v) => ((node as Record<string, unknown>)[key] = v));
    }
  };
  walk(root.value, (v) => (root.value = v));
  return out;
}

/** Applies mutations to a fresh plain value; returns the mutated value. */
function mutate(value: unknown, ops: readonly { at: number; op: Op }[]): unknown {
  const root = { value };
  for (const { at, op: o } of ops) {
    const all = containers(root);
    if (all.length === 0) {
      if (o.kind === 'set') root.value = o.value();
      continue;
    }
    const { node, replace } = all[at % all.length]!;
    if (opaque.has(node) || Object.isFrozen(node)) continue;
    const keys = Object.keys(node);
    const pick = (key: string | null | undefined): string => key ?? keys[at % Math.max(1, keys.length)] ?? 'x';
    try {
      apply(o, node, replace, pick);
    } catch {
      // An operation the node refuses (redefining an array's length): the case goes on without it.
    }
  }
  return root.value;
}

function apply(o: Op, node: object, replace: (v: unknown) => void, pick: (key: string | null | undefined) => string): void {
  {
    switch (o.kind) {
      case 'set':
        Object.defineProperty(node, pick(o.key), { value: o.value(), enumerable: true, writable: true, configurable: true });
        break;
      case 'hidden':
        Object.defineProperty(node, pick(o.key), { value: o.value(), enumerable: false, writable: true, configurable: true });
        break;
      case 'getter':
        Object.defineProperty(node, pick(o.key), Object.getOwnPropertyDescriptor(throwingGetter('k'), 'k')!);
        break;
      case 'delete':
        delete (node as Record<string, unknown>)[pick(o.key)];
        break;
      case 'proxy':
      case 'revoked':
        replace(throwingProxy(node, o.kind === 'revoked'));
        break;
      case 'freeze':
        Object.freeze(node);
        break;
      case 'sparse':
        if (Array.isArray(node)) {
          delete node[0];
          node.length += 2;
        }
        break;
      case 'symbol':
        (node as Record<symbol, unknown>)[Symbol('hostile')] = '50';
        break;
      case 'proto-key':
        Object.defineProperty(node, '__proto__', { value: { polluted: 'yes', units: [] }, enumerable: true, configurable: true });
        break;
      case 'inherit':
        Object.setPrototypeOf(node, { dimensions: { standards: '50' }, total: '50', id: 'inherited', polluted: 'yes' });
        break;
    }
  }
}

const mutations = fc.array(fc.record({ at: fc.nat(), op }), { minLength: 0, maxLength: 3 });

/** Runs a throwing call and its safe twin; checks the outcome, the input snapshot and the prototype. */
function survive<T>(
  inputs: readonly unknown[],
  call: () => T,
  safe: (() => { success: boolean; data?: T; error?: unknown }) | null,
  codes: readonly string[],
  check: (result: T) => void,
): void {
  cases++;
  const before = snapshot(inputs);
  let result: T | undefined;
  let thrown: unknown;
  let threw = false;
  try {
    result = call();
  } catch (error) {
    threw = true;
    thrown = error;
  }
  if (threw) assertScoringError(thrown, codes);
  else check(result as T);
  if (safe) {
    const outcome = safe();
    expect(outcome.success).toBe(!threw);
    if (outcome.success) expect(outcome.data).toEqual(result);
    else assertScoringError(outcome.error, codes);
  }
  expect(snapshot(inputs)).toEqual(before);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const TOTAL = /^(100\.00|\d{1,2}\.\d{2})$/;

function checkScore(ruleset: Ruleset) {
  return (result: ReturnType<typeof score>): void => {
    expect(isDeepFrozen(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.total).toMatch(TOTAL);
    const again = classify(ruleset, result.total, result.followedUpOmbudsman ? { followedUpOmbudsman: true } : {});
    expect([again.zone, again.category, again.opinion]).toEqual([result.zone, result.category, result.opinion]);
  };
}

/** A valid score input of a ruleset, as fresh plain data. */
function validBody(ruleset: Ruleset) {
  const dims = fc.record(Object.fromEntries(ruleset.dimensions.map((d) => [d.id, scoreValue])));
  const unit = fc.oneof(
    fc.record({ id: fc.string({ maxLength: 5 }), total: scoreValue }, { requiredKeys: ['total'] }),
    fc.record({ id: fc.string({ maxLength: 5 }), dimensions: dims }, { requiredKeys: ['dimensions'] }),
  );
  const facts = fc.record(
    {
      deductions: fc.array(fc.record({ points: scoreValue, reason: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
      followedUpOmbudsman: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const answers = fc.record(
    Object.fromEntries(
      ruleset.dimensions.map((d) => [
        d.id,
        fc.record(
          Object.fromEntries(
            (d.variables ?? []).flatMap((v) =>
              v.indicators.map((i) => [i.id, fc.array(fc.integer({ min: 0, max: i.scale?.max ?? 3 }), { minLength: 1, maxLength: 3 })]),
            ),
          ),
        ),
      ]),
    ),
  );
  const hasInstrument = ruleset.dimensions.every((d) => (d.variables ?? []).length > 0);
  const shapes = [
    dims.map((d) => ({ dimensions: d })),
    fc.uniqueArray(unit, { maxLength: 4, selector: (u) => u.id }).map((units) => ({ units })),
    ...(hasInstrument ? [answers.map((a) => ({ answers: a })), fc.array(answers.map((a) => ({ answers: a })), { minLength: 1, maxLength: 2 }).map((units) => ({ units }))] : []),
  ];
  return fc.tuple(fc.oneof(...shapes), facts).map(([body, extra]) => ({ ...body, ...extra }));
}

const hostileOptions = fc.oneof(
  { weight: 6, arbitrary: fc.constant(() => undefined) },
  { weight: 1, arbitrary: fc.constant(() => ({ decimalComma: true })) },
  { weight: 2, arbitrary: hostileKey.chain((k) => hostileValue.map((v) => () => ({ [k]: v() }))) },
  { weight: 1, arbitrary: hostileValue },
);

describe('fuzz', () => {
  it(`score survives ${RUNS.score} hostile inputs`, () => {
    const arb = fc.constantFrom(...RULESETS).chain((r) =>
      fc.record({ ruleset: fc.constant(r), body: validBody(r), mutations, options: hostileOptions }),
    );
    fc.assert(
      fc.property(arb, ({ ruleset, body, mutations: ops, options }) => {
        const input = mutate(structuredClone(body), ops);
        const opts = options();
        const args = opts === undefined ? [] : [opts];
        survive(
          [input, opts],
          () => score(ruleset, input as never, ...(args as [])),
          () => safeScore(ruleset, input as never, ...(args as [])),
          ['INVALID_INPUT', 'INVALID_OPTIONS'],
          checkScore(ruleset),
        );
      }),
      { seed: SEED, numRuns: RUNS.score },
    );
  }, TIMEOUT);

  it(`classify survives ${RUNS.classify} hostile totals and options`, () => {
    const arb = fc.record({
      ruleset: fc.constantFrom(...RULESETS),
      total: fc.oneof(scoreValue.map((v) => () => v), hostileValue),
      options: fc.oneof(hostileOptions, fc.boolean().map((b) => () => ({ followedUpOmbudsman: b }))),
    });
    fc.assert(
      fc.property(arb, ({ ruleset, total, options }) => {
        const t = total();
        const opts = options();
        const args = opts === undefined ? [] : [opts];
        survive(
          [t, opts],
          () => classify(ruleset, t as never, ...(args as [])),
          () => safeClassify(ruleset, t as never, ...(args as [])),
          ['INVALID_INPUT', 'INVALID_OPTIONS'],
          (c) => {
            expect(isDeepFrozen(c)).toBe(true);
            expect(c.total).toMatch(TOTAL);
          },
        );
      }),
      { seed: SEED, numRuns: RUNS.classify },
    );
  }, TIMEOUT);

  it(`rank survives ${RUNS.rank} hostile lists`, () => {
    const item = fc.record({ id: fc.string({ maxLength: 4 }), total: scoreValue, exact: scoreValue }, { requiredKeys: ['id', 'total'] });
    const arb = fc.record({
      items: fc.uniqueArray(item, { maxLength: 6, selector: (i) => i.id }),
      mutations,
      options: fc.oneof(
        hostileOptions,
        fc.record({ method: fc.constantFrom('ordinal', 'dense', 'fractional', 'competition', 'bogus') }).map((o) => () => o),
      ),
    });
    fc.assert(
      fc.property(arb, ({ items, mutations: ops, options }) => {
        const list = mutate(structuredClone(items), ops);
        const opts = options();
        const args = opts === undefined ? [] : [opts];
        survive(
          [list, opts],
          () => rank(list as never, ...(args as [])),
          () => safeRank(list as never, ...(args as [])),
          ['INVALID_INPUT', 'INVALID_OPTIONS'],
          (ranked) => {
            expect(isDeepFrozen(ranked)).toBe(true);
            expect(ranked.length).toBe((list as unknown[]).length);
            for (const r of ranked) expect(r.total).toMatch(TOTAL);
          },
        );
      }),
      { seed: SEED, numRuns: RUNS.rank },
    );
  }, TIMEOUT);

  it(`getRuleset survives ${RUNS.getRuleset} hostile years`, () => {
    const year = fc.oneof(fc.integer({ min: 1990, max: 2040 }).map((y) => () => y), hostileValue);
    fc.assert(
      fc.property(year, (make) => {
        const y = make();
        survive([y], () => getRuleset(y as never), null, ['INVALID_INPUT', 'RULESET_NOT_FOUND', 'NO_ASSESSMENT_HELD'], (r) => {
          expect(YEARS).toContain(r.year);
          expect(r.year).toBe(y);
        });
      }),
      { seed: SEED, numRuns: RUNS.getRuleset },
    );
  }, TIMEOUT);

  it(`parseRuleset survives ${RUNS.parseRuleset} mutated rulesets`, () => {
    const arb = fc.record({ ruleset: fc.constantFrom(...RULESETS), mutations: mutations.filter((m) => m.length > 0) });
    fc.assert(
      fc.property(arb, ({ ruleset, mutations: ops }) => {
        const data = mutate(JSON.parse(JSON.stringify(ruleset)), ops);
        survive([data], () => parseRuleset(data), () => safeParseRuleset(data), ['INVALID_RULESET'], (parsed) => {
          expect(isDeepFrozen(parsed)).toBe(true);
          // A ruleset that passed validation scores without anything but a ScoringError.
          const dims = Object.fromEntries(parsed.dimensions.map((d) => [d.id, '50']));
          const outcome = safeScore(parsed, { dimensions: dims });
          if (!outcome.success) assertScoringError(outcome.error, ['INVALID_INPUT', 'INVALID_RULESET']);
        });
      }),
      { seed: SEED, numRuns: RUNS.parseRuleset },
    );
  }, TIMEOUT);
});

describe('after the fuzz run', () => {
  it('ran at least 20,000 cases; every ruleset is still deeply frozen; Object.prototype is untouched', () => {
    expect(cases).toBeGreaterThanOrEqual(20_000);
    for (const year of YEARS) expect(isDeepFrozen(getRuleset(year))).toBe(true);
    expect(prototypeState()).toEqual(prototypeBefore);
  });
});
