/**
 * The compiled plan of two-decimal dimension scores (`src/scoring/two-decimal.ts`), the one sanctioned second way
 * to evaluate, against the general evaluator, bit for bit: the same result (JSON text, key order included), the
 * same frozenness at every level, the same error (code, reason, path, both texts), on every ruleset and revision,
 * every rounding mode and 0–3 rounding digits, with inputs the plan takes and inputs it hands on (more decimals,
 * exponent forms, out of range, other keys, wrong types, missing dimensions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, ROUNDING_MODES, score, ScoringError, type Ruleset, type ScoreInput } from '@ombuds/scoring';
import { readOptions } from '../../src/read/options.js';
import { compile } from '../../src/scoring/compile.js';
import { readInput } from '../../src/scoring/read-input.js';
import { scoreBody } from '../../src/scoring/score.js';
import { hundredths as text, RULESETS, SEEDED } from '../properties/arbitraries.js';

/** What the general evaluator alone gives (the path `score` takes for every input the plan does not fit). */
function general(ruleset: Ruleset, input: unknown, options: object = {}): unknown {
  const compiled = compile(ruleset);
  return scoreBody(compiled, readInput(compiled, input, readOptions(options, ['decimalComma', 'missingIndicators'])));
}

type Outcome = { ok: true; json: string; frozen: string } | { ok: false; error: unknown };

/** Every object's frozenness, in JSON order. */
function frozenness(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  return `${Object.isFrozen(value) ? 'F' : 'm'}(${Object.values(value).map(frozenness).join(',')})`;
}

function outcome(run: () => unknown): Outcome {
  try {
    const result = run();
    return { ok: true, json: JSON.stringify(result), frozen: frozenness(result) };
  } catch (e) {
    if (!(e instanceof ScoringError)) throw e;
    return { ok: false, error: { ...e.toJSON(), message: e.message } };
  }
}

/** A score as the plan takes it (two-decimal strings and numbers) or as it hands it on. */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10_000 }).map(text) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '080',
      '00080.5',
      '80.505',
      '100.01',
      '100.00',
      '-1',
      '1e2',
      1e-7,
      0.125,
      -0,
      100.5,
      '',
      ' 80',
      '80,5',
      '.5',
      '5.',
      null,
      true,
      [80],
      undefined,
      '0.0000000000000000001',
    ),
  },
);

/** Dimension maps: complete, with a key missing, with an unknown key, or not an object. */
function inputs(ruleset: Ruleset): fc.Arbitrary<unknown> {
  const ids = ruleset.dimensions.map((d) => d.id);
  const full = fc.tuple(...ids.map(() => value)).map((vs) => Object.fromEntries(ids.map((id, i) => [id, vs[i]])));
  return fc.oneof(
    { weight: 12, arbitrary: full.map((dimensions) => ({ dimensions })) },
    { weight: 1, arbitrary: full.map((d) => ({ dimensions: Object.fromEntries(Object.entries(d).slice(1)) })) },
    { weight: 1, arbitrary: full.map((d) => ({ dimensions: { ...d, other: '1' } })) },
    { weight: 1, arbitrary: full.map((d) => ({ dimensions: Object.fromEntries(Object.entries(d).reverse()) })) },
    { weight: 1, arbitrary: full.map((d) => ({ dimensions: d, deductions: [] })) },
    { weight: 1, arbitrary: full.map((d) => ({ dimensions: d, followedUpOmbudsman: true })) },
    { weight: 1, arbitrary: full.map((d) => ({ dimensions: d, extra: 1 })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        null,
        [],
        'x',
        { dimensions: null },
        { dimensions: [] },
        {},
        { dimensions: undefined },
      ),
    },
  );
}

/** Every official ruleset and revision, each also in every other rounding mode and with 0, 1 and 3 digits. */
const CASES: [string, Ruleset][] = RULESETS.flatMap((r) => [
  [`${r.id} r${r.revision}`, r] as [string, Ruleset],
  ...ROUNDING_MODES.filter((m) => m !== r.rounding.value.mode).map(
    (mode) => [`${r.id} r${r.revision} ${mode}`, deriveRuleset(r, { rounding: { mode } })] as [string, Ruleset],
  ),
  ...(r.bands.every((b) => !/\.\d/.test(b.min.value))
    ? [0, 1, 3].map(
        (digits) =>
          [`${r.id} r${r.revision} digits ${digits}`, deriveRuleset(r, { rounding: { digits } })] as [string, Ruleset],
      )
    : []),
]);

describe.each(CASES)('%s: the plan equals the general evaluator', (_name, ruleset) => {
  it('results, errors and frozenness, bit for bit', () => {
    fc.assert(
      fc.property(inputs(ruleset), (input) => {
        expect(outcome(() => score(ruleset, input as ScoreInput))).toEqual(outcome(() => general(ruleset, input)));
      }),
      { ...SEEDED, numRuns: 150 },
    );
  }, 120_000);
});

describe('the plan', () => {
  const [, r2023] = CASES.find(([, r]) => r.year === 2023 && r.derivedFrom === null)!;

  it('agrees on every two-decimal value of each dimension, half-way ties included', () => {
    const ids = r2023.dimensions.map((d) => d.id);
    for (let h = 0; h <= 10_000; h += 7) {
      const input = { dimensions: Object.fromEntries(ids.map((id, i) => [id, text((h + 1_111 * i) % 10_001)])) };
      expect(outcome(() => score(r2023, input))).toEqual(outcome(() => general(r2023, input)));
    }
  }, 120_000);

  it('reads a getter once, also when it hands the body on', () => {
    for (const last of ['80.505', '77.25', 1e-7, 'x']) {
      let reads = 0;
      const dimensions = { competency: '80', standards: '70', opinion: '60' } as Record<string, unknown>;
      Object.defineProperty(dimensions, 'complaints', {
        enumerable: true,
        get: () => (reads++, last),
      });
      outcome(() => score(r2023, { dimensions } as ScoreInput));
      expect(reads).toBe(1);
    }
  });

  it('gives the general error for dimensions that read undefined, reading the getter once', () => {
    let reads = 0;
    const input = Object.defineProperty({}, 'dimensions', { enumerable: true, get: () => (reads++, undefined) });
    for (const body of [{ dimensions: undefined }, input]) {
      expect(outcome(() => score(r2023, body as ScoreInput))).toEqual(outcome(() => general(r2023, {})));
    }
    expect(reads).toBe(1);
    expect(outcome(() => score(r2023, { dimensions: undefined } as unknown as ScoreInput))).toMatchObject({
      ok: false,
      error: { reason: 'missing', path: [] },
    });
  });

  it('agrees where keys come from a prototype (enumerable, inherited) or are own and not enumerable', () => {
    const full = { competency: '80', standards: '70.5', opinion: '60.25', complaints: '1' };
    const { complaints, ...three } = full;
    const bodies: unknown[] = [
      Object.create({ dimensions: full }),
      Object.assign(Object.create({ points: full }), { dimensions: full }),
      { dimensions: Object.assign(Object.create({ complaints }), three) },
      { dimensions: Object.assign(Object.create({ complaints: '99' }), full) },
      { dimensions: Object.assign(Object.create({ other: '1' }), full) },
      { dimensions: Object.create(full) },
      Object.defineProperty({ dimensions: full }, 'deductions', { value: [{ points: '1', reason: 'x' }] }),
      Object.defineProperty({ dimensions: full }, 'units', { value: [{ total: '50' }] }),
      Object.assign(Object.create({ followedUpOmbudsman: true }), { dimensions: full }),
    ];
    for (const body of bodies) {
      expect(outcome(() => score(r2023, body as ScoreInput))).toEqual(outcome(() => general(r2023, body)));
    }
  });

  it('is the path taken for two-decimal scores (rows shared between results)', () => {
    const input = { dimensions: { competency: '80.1', standards: '70', opinion: '60.25', complaints: '1' } };
    expect(score(r2023, input).dimensions![0]).toBe(score(r2023, input).dimensions![0]);
  });
});
