/**
 * Minimality of answer plans, proven against exhaustive search:
 *
 * 1. The solver (`fewestRaises`) on synthetic instruments: any gains per level step (uneven, falling, rising or
 *    zero), caps per dimension, a need reached with `≥` or `>`; every way to raise every answer is tried.
 * 2. `planToReach` end to end on tiny derived rulesets, every rounding mode, scales and uneven answer options,
 *    missing-indicator rules, deductions, `fixed` and `max`: every set of fewer raises than the plan's is scored with
 *    `score` and none reaches the target (within the caps); the plan's own raises, applied to the answers, do.
 *
 * And plans in points stay minimal at 0.01 under every rounding mode.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, getRuleset, planToReach, score, type Plan, type PlanTarget, type Ruleset } from '@ombuds/scoring';
import { fewestRaises, type RaiseDimension } from '../../src/advice/fewest-raises.js';
import { SEEDED } from './arbitraries.js';

// ---- 1. the solver against brute force ----

const indicator = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.boolean())
  .chain(([levels, linear]) =>
    fc.record({
      // Uneven steps (options), or one gain for every step (a linear scale).
      steps: linear
        ? fc.bigInt({ min: 1n, max: 20n }).map((g) => Array<bigint>(levels - 1).fill(g))
        : fc.array(fc.bigInt({ min: 0n, max: 20n }), { minLength: levels - 1, maxLength: levels - 1 }),
      answers: fc.array(fc.integer({ min: 0, max: levels - 1 }), { minLength: 1, maxLength: 3 }),
    }),
  );
const dimension = fc.record({
  indicators: fc.array(indicator, { minLength: 1, maxLength: 2 }),
  cap: fc.option(fc.bigInt({ min: 0n, max: 60n }), { nil: null }),
});
const problem = fc
  .record({
    dimensions: fc.array(dimension, { minLength: 1, maxLength: 2 }),
    /** The need as a share of all there is to gain, so that most needs are neither trivial nor out of reach. */
    share: fc.integer({ min: -5, max: 110 }),
    strict: fc.boolean(),
  })
  .map(({ dimensions, share, strict }) => {
    const all = dimensions
      .flatMap((d) => d.indicators.flatMap((i) => i.answers.map((l) => i.steps.slice(l).reduce((a, b) => a + b, 0n))))
      .reduce((a, b) => a + b, 0n);
    return { dimensions, need: (all * BigInt(share)) / 100n, strict };
  });

type Problem = typeof problem extends fc.Arbitrary<infer T> ? T : never;

/** Every raise vector over every answer: the least number of raises that meets the need within the caps. */
function bruteForce(p: Problem): number | null {
  const answers = p.dimensions.flatMap((d, di) =>
    d.indicators.flatMap((i) => i.answers.map((level) => ({ di, steps: i.steps, level }))),
  );
  let best: number | null = null;
  const raises = answers.map(() => 0);
  const visit = (j: number): void => {
    if (j === answers.length) {
      const gains = p.dimensions.map(() => 0n);
      answers.forEach((a, k) => {
        for (let s = a.level; s < a.level + raises[k]!; s++) gains[a.di] = gains[a.di]! + a.steps[s]!;
      });
      if (p.dimensions.some((d, di) => d.cap !== null && gains[di]! > d.cap)) return;
      const gain = gains.reduce((x, y) => x + y, 0n);
      if (p.strict ? gain > p.need : gain >= p.need) {
        const count = raises.reduce((x, y) => x + y, 0);
        if (best === null || count < best) best = count;
      }
      return;
    }
    const a = answers[j]!;
    for (let r = 0; r <= a.steps.length - a.level; r++) {
      raises[j] = r;
      visit(j + 1);
    }
  };
  visit(0);
  return best;
}

describe('fewestRaises', () => {
  it('finds the least number of raises that brute force finds, and its raises meet the need within the caps', () => {
    let several = 0;
    fc.assert(
      fc.property(problem, (p) => {
        const dimensions: RaiseDimension[] = p.dimensions.map((d) => ({
          cap: d.cap,
          indicators: d.indicators.map((i) => ({
            steps: i.steps,
            counts: Array.from({ length: i.steps.length + 1 }, (_, l) => i.answers.filter((a) => a === l).length),
          })),
        }));
        const solution = fewestRaises(dimensions, p.need, p.strict);
        const expected = bruteForce(p);
        expect(solution?.raises ?? null).toBe(expected);
        if (solution === null) return;
        if (solution.raises >= 3) several += 1;
        // Check the raises it proposes: same answers, each only raised, gains recomputed from the counts.
        let total = 0n;
        dimensions.forEach((d, di) => {
          let gain = 0n;
          d.indicators.forEach((ind, ii) => {
            const after = solution.counts[di]![ii]!;
            const sorted = (counts: readonly number[]) => counts.flatMap((c, l) => Array<number>(c).fill(l));
            const from = sorted(ind.counts);
            const to = sorted(after);
            expect(to.length).toBe(from.length);
            to.forEach((l, k) => expect(l).toBeGreaterThanOrEqual(from[k]!));
            const worth = (l: number) => ind.steps.slice(0, l).reduce((x, y) => x + y, 0n);
            gain += to.reduce((x, l) => x + worth(l), 0n) - from.reduce((x, l) => x + worth(l), 0n);
          });
          if (d.cap !== null) expect(gain <= d.cap).toBe(true);
          total += gain;
        });
        expect(total).toBe(solution.gain);
        expect(p.strict ? total > p.need : total >= p.need).toBe(true);
      }),
      { ...SEEDED, numRuns: 1000 },
    );
    expect(several).toBeGreaterThan(50);
  }, 120_000);
});

// ---- 2. planToReach end to end against score ----

const r1 = getRuleset(2023, { revision: 1 });
const MODES = ['half-up', 'half-even', 'half-down', 'up', 'down'] as const;
const provenance = { source: ['test'], confidence: 'assumed' as const, note: 'A tiny instrument for exhaustive tests.' };
const label = (id: string) => ({ id, en: id });
const UNEVEN = {
  value: [
    { value: 0, points: '0', label: label('none') },
    { value: 1, points: '15', label: label('some') },
    { value: 2, points: '100', label: label('all') },
  ],
  ...provenance,
};

/** Tiny instruments: Input with two indicators (0..3 and 1..3, or 0..3 and uneven options), Process with one or two. */
function tiny(mode: (typeof MODES)[number], shape: 0 | 1): Ruleset {
  const competency =
    shape === 0
      ? [{ id: 'v1', label: label('v1'), ...provenance, indicators: [
          { id: 'a', label: label('a'), ...provenance, scale: { min: 0, max: 3 } },
          { id: 'b', label: label('b'), ...provenance, scale: { min: 1, max: 3 } },
        ] }]
      : [
          { id: 'v1', label: label('v1'), ...provenance, weight: { value: '60', ...provenance }, indicators: [
            { id: 'a', label: label('a'), ...provenance, scale: { min: 0, max: 3 } },
          ] },
          { id: 'v2', label: label('v2'), ...provenance, indicators: [{ id: 'b', label: label('b'), ...provenance, options: UNEVEN }] },
        ];
  const standards =
    shape === 0
      ? [{ id: 'w1', label: label('w1'), ...provenance, indicators: [{ id: 'c', label: label('c'), ...provenance, scale: { min: 0, max: 2 } }] }]
      : [{ id: 'w1', label: label('w1'), ...provenance, indicators: [
          { id: 'c', label: label('c'), ...provenance, scale: { min: 0, max: 3 } },
          { id: 'd', label: label('d'), ...provenance, scale: { min: 0, max: 3 } },
        ] }];
  return deriveRuleset(r1, {
    id: `tiny-${mode}-${shape}`,
    rounding: { mode },
    dimensions: { competency: { variables: competency }, standards: { variables: standards } },
  });
}
const TINY = MODES.flatMap((mode) => [tiny(mode, 0), tiny(mode, 1)]);

/** The levels (answer values) of a tiny indicator. */
function levels(ruleset: Ruleset, dimension: string, id: string): number[] {
  const i = ruleset.dimensions.find((d) => d.id === dimension)!.variables!.flatMap((v) => v.indicators).find((x) => x.id === id)!;
  if (i.options) return i.options.value.map((o) => o.value);
  const { min, max } = i.scale!;
  return Array.from({ length: max - min + 1 }, (_, k) => min + k);
}

const hundredths = fc.integer({ min: 7_500, max: 10_000 }).map((n) => (n / 100).toFixed(2));
const caseArb = fc
  .record({
    ruleset: fc.constantFrom(...TINY),
    draw: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), { minLength: 4, maxLength: 4 }),
    opinion: hundredths,
    complaints: hundredths,
    target: fc.constantFrom<PlanTarget>('A', 'A', 'B', 'B', 'hijau', 'C', 'kuning'),
    missing: fc.constantFrom('refuse', 'exclude', 'zero'),
    drop: fc.nat({ max: 3 }),
    fixed: fc.subarray(['a', 'b', 'c', 'd', 'standards']),
    max: fc.option(fc.integer({ min: 30, max: 100 }), { nil: null }),
    deduction: fc.option(fc.integer({ min: 0, max: 800 }).map((n) => (n / 100).toFixed(2)), { nil: null }),
  })
  .map((c) => {
    const ids = { competency: ['a', 'b'], standards: c.ruleset.id.endsWith('-0') ? ['c'] : ['c', 'd'] } as Record<string, string[]>;
    let k = 0;
    const answers: Record<string, Record<string, number[]>> = {};
    for (const [dimension, list] of Object.entries(ids)) {
      answers[dimension] = {};
      for (const id of list) {
        const values = levels(c.ruleset, dimension, id);
        const drawn = c.draw[k++ % c.draw.length]!.map((n) => values[n % values.length]!);
        // Under exclude or zero, one indicator may have no answers (never the only one of its dimension).
        if (c.missing !== 'refuse' && list.length > 1 && c.drop === k) continue;
        answers[dimension]![id] = drawn;
      }
    }
    const known = [...ids['competency']!, ...ids['standards']!, 'standards'];
    return { ...c, answers, fixed: c.fixed.filter((id) => known.includes(id)) };
  });

/** Every way to raise the answers that may change, by at most `most` raises in all. */
function* raisings(ruleset: Ruleset, answers: Record<string, Record<string, number[]>>, fixed: readonly string[], most: number) {
  const slots = Object.entries(answers).flatMap(([dimension, byId]) =>
    fixed.includes(dimension)
      ? []
      : Object.entries(byId).flatMap(([id, list]) =>
          fixed.includes(id) ? [] : list.map((_, index) => ({ dimension, id, index, values: levels(ruleset, dimension, id) })),
        ),
  );
  const raises = slots.map(() => 0);
  function* visit(j: number, left: number): Generator<{ answers: Record<string, Record<string, number[]>>; count: number }> {
    if (j === slots.length) {
      const copy = JSON.parse(JSON.stringify(answers)) as Record<string, Record<string, number[]>>;
      slots.forEach((s, k) => {
        const list = copy[s.dimension]![s.id]!;
        list[s.index] = s.values[s.values.indexOf(list[s.index]!) + raises[k]!]!;
      });
      yield { answers: copy, count: most - left };
      return;
    }
    const s = slots[j]!;
    const room = s.values.length - 1 - s.values.indexOf(answers[s.dimension]![s.id]![s.index]!);
    for (let r = 0; r <= Math.min(room, left); r++) {
      raises[j] = r;
      yield* visit(j + 1, left - r);
    }
    raises[j] = 0;
  }
  yield* visit(0, most);
}

const RANK: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, hijau: 1, kuning: 2, merah: 3 };
function reaches(result: ReturnType<typeof score>, target: PlanTarget): boolean {
  return ['hijau', 'kuning', 'merah'].includes(target)
    ? RANK[result.zone]! <= RANK[target]!
    : RANK[result.category!]! <= RANK[target]!;
}

/** The plan's answer moves applied to a copy of the answers. */
function applied(answers: Record<string, Record<string, number[]>>, plan: Plan) {
  const copy = JSON.parse(JSON.stringify(answers)) as Record<string, Record<string, number[]>>;
  for (const step of plan.steps) {
    for (const i of step.indicators!) {
      for (const move of i.answers!) {
        for (let k = 0; k < move.count; k++) {
          const list = copy[step.dimension]![i.indicator]!;
          list[list.indexOf(move.from)] = move.to;
        }
      }
    }
  }
  return copy;
}

describe('planToReach with minimize: "answers", against every smaller set of raises', () => {
  it('no set of fewer raises reaches the target (within max), and the plan does', () => {
    const seen = { planned: 0, unreachable: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const options = {
          missingIndicators: c.missing as 'refuse',
          fixed: c.fixed,
          ...(c.max === null ? {} : { max: { competency: c.max } }),
        };
        const base = {
          answers: c.answers,
          dimensions: { opinion: c.opinion, complaints: c.complaints },
          ...(c.deduction === null ? {} : { deductions: [{ points: c.deduction, reason: 'tidak ditindaklanjuti' }] }),
        };
        const plan = planToReach(c.ruleset, base, c.target, options);
        const scoreOf = (answers: typeof c.answers) => score(c.ruleset, { ...base, answers }, { missingIndicators: c.missing as 'refuse' });
        // A cap below the current score means: leave that dimension as it is.
        const start = new Decimal(scoreOf(c.answers).dimensions![0]!.score);
        const withinCap = (result: ReturnType<typeof score>) =>
          c.max === null || new Decimal(result.dimensions![0]!.score).lte(Decimal.max(c.max, start));
        if (plan.reachable) {
          const after = scoreOf(applied(c.answers, plan));
          expect(reaches(after, c.target)).toBe(true);
          expect(after.total).toBe(plan.total);
          expect(after.exact).toBe(plan.exact);
          expect(withinCap(after)).toBe(true);
          for (const step of plan.steps) expect(c.fixed).not.toContain(step.dimension);
        }
        if (plan.reachable && plan.raises! >= 2) seen.planned += 1;
        if (!plan.reachable) seen.unreachable += 1;
        // Every raising with fewer raises than the plan (all of them when it found none) misses or breaks the cap.
        const most = plan.reachable ? plan.raises! - 1 : 99;
        if (most < 0) return;
        for (const option of raisings(c.ruleset, c.answers, c.fixed, most)) {
          if (plan.reachable && option.count >= plan.raises!) continue;
          const result = scoreOf(option.answers);
          if (!withinCap(result)) continue;
          expect(reaches(result, c.target), `${option.count} raises: ${JSON.stringify(option.answers)}`).toBe(false);
        }
      }),
      { ...SEEDED, numRuns: 300 },
    );
    // The cases are not vacuous: many plans need several raises, and some targets cannot be reached at all.
    expect(seen.planned).toBeGreaterThan(30);
    expect(seen.unreachable).toBeGreaterThan(10);
  }, 120_000);
});

// ---- 3. points plans, every rounding mode ----

const IDS = ['competency', 'standards', 'opinion', 'complaints'] as const;
const RULES = MODES.map((mode) => deriveRuleset(r1, { id: `points-${mode}`, rounding: { mode } }));
const score2 = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => (i === 100 ? '100' : `${i}.${String(f).padStart(2, '0')}`));

describe('planToReach with minimize: "points", under every rounding mode', () => {
  it('reaches the target, and the last step cut by 0.01 does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.tuple(score2, score2, score2, score2),
        fc.constantFrom<PlanTarget>('A', 'B', 'C', 'D', 'hijau', 'kuning'),
        (rules, scores, target) => {
          const dims = Object.fromEntries(IDS.map((id, i) => [id, scores[i]!]));
          const plan = planToReach(rules, { dimensions: dims }, target);
          const now = score(rules, { dimensions: dims });
          if (reaches(now, target)) {
            expect(plan.steps).toEqual([]);
            return;
          }
          expect(plan.reachable).toBe(true);
          const after = { ...dims, ...Object.fromEntries(plan.steps.map((s) => [s.dimension, s.to])) };
          const result = score(rules, { dimensions: after });
          expect(reaches(result, target)).toBe(true);
          expect(result.total).toBe(plan.total);
          const last = plan.steps.at(-1)!;
          const lower = new Decimal(last.to).minus('0.01');
          if (lower.gte(last.from)) {
            expect(reaches(score(rules, { dimensions: { ...after, [last.dimension]: lower.toFixed(2) } }), target)).toBe(false);
          }
        },
      ),
      { ...SEEDED, numRuns: 1000 },
    );
  }, 120_000);
});
