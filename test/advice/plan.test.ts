/**
 * planToReach: a hand-checked plan, and properties over random inputs — the plan reaches the target, overshoots
 * by at most one rounding step, cannot be cut by 0.01 anywhere, and raises the heaviest dimensions first.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveRuleset,
  getRuleset,
  planToReach,
  safeDeriveRuleset,
  safePlanToReach,
  score,
  ScoringError,
  type PlanTarget,
} from '@ombuds/scoring';
import { fill, indicatorIds } from '../support/answers.js';

const r2023 = getRuleset(2023, { revision: 1 }); // answers on 0..3
const IDS = ['competency', 'standards', 'opinion', 'complaints'] as const;
const RANK: Record<string, number> = { A: 5, B: 4, C: 3, D: 2, E: 1 };
const THRESHOLD: Record<string, string> = {
  A: '88',
  B: '78',
  C: '54',
  D: '32',
  E: '0',
  hijau: '78',
  kuning: '54',
  merah: '0',
};

function reaches(total: string, target: string): boolean {
  return new Decimal(total).gte(THRESHOLD[target]!);
}

describe('planToReach', () => {
  it('raises the heaviest dimension, rounding its need up to two decimals', () => {
    const plan = planToReach(
      r2023,
      { dimensions: { competency: 80, standards: 70, opinion: 70, complaints: 60 } },
      'B',
    );
    // total 17.48 + 22.659 + 16.968 + 12.924 = 70.031; need 77.995 − 70.031 = 7.964 points;
    // standards (32.37 %): 7.964 / 0.3237 = 24.6030… → 70 + 24.6030… = 94.6030… → up to 94.61
    expect(plan.steps).toEqual([
      {
        dimension: 'standards',
        from: '70',
        to: '94.61',
        weight: '32.37',
        confidence: 'confirmed',
        text: {
          id: 'Naikkan nilai Dimensi Proses dari 70,00 ke 94,61',
          en: 'Raise the Process dimension from 70.00 to 94.61',
        },
      },
    ]);
    expect(plan).toMatchObject({
      reachable: true,
      threshold: '78.00',
      points: '24.61',
      total: '78.00',
      category: 'B',
      zone: 'hijau',
    });
    // the 2023 weights and band bounds are confirmed, the half-up rule is assumed (RULEBOOK §6): the plan rests on it
    expect(plan).toMatchObject({ minimize: 'points', raises: null, confidence: 'assumed' });
    // 70.031 + 32.37 × 24.61 / 100 = 70.031 + 7.966257 = 77.997257
    expect(plan.exact).toBe('77.997257');
  });

  it('fills heavier dimensions to 100 first, then the next, in weight order', () => {
    const plan = planToReach(
      r2023,
      { dimensions: { competency: 10, standards: 10, opinion: 70, complaints: 60 } },
      'A',
    );
    expect(plan.steps.map((s) => [s.dimension, s.to])).toEqual([
      ['standards', '100.00'],
      ['opinion', '100.00'],
      // 2.185 + 32.37 + 24.24 + 12.924 = 71.719; need 87.995 − 71.719 = 16.276 → 16.276 / 0.2185 = 74.4897… → 84.49
      ['competency', '84.49'],
    ]);
    expect(plan.total).toBe('88.00');
  });

  it('plans nothing when the target is already reached, and says when it cannot be reached', () => {
    const done = planToReach(
      r2023,
      { dimensions: { competency: 90, standards: 90, opinion: 90, complaints: 90 } },
      'hijau',
    );
    expect(done).toMatchObject({ reachable: true, steps: [], points: '0', total: '90.00' });
    const never = planToReach(
      r2023,
      {
        dimensions: { competency: 90, standards: 90, opinion: 90, complaints: 90 },
        deductions: [{ points: 30, reason: 'x' }],
      },
      'B',
    );
    expect(never).toMatchObject({ reachable: false, steps: [], total: '60.00' });
    expect(never.reason!.en).toMatch(/only 70\.00 because of the deductions/);
  });

  it('states the best reachable total rounded as the ruleset rounds (a truncating ruleset: 87.995 → 87.99)', () => {
    const truncating = deriveRuleset(r2023, {
      rounding: {
        value: { digits: 2, mode: 'down', unitsBeforeMean: true },
        source: ['test'],
        confidence: 'assumed',
        note: 'test',
      },
    });
    const never = planToReach(
      truncating,
      {
        dimensions: { competency: 10, standards: 10, opinion: 10, complaints: 10 },
        deductions: [{ points: '12.005', reason: 'x' }],
      },
      'A',
    );
    // 100 − 12.005 = 87.995, truncated to 87.99 (half-up would say 88.00, which is in A)
    expect(never.reachable).toBe(false);
    expect(never.reason!.en).toMatch(/only 87\.99 because of the deductions/);
    expect(never.reason!.id).toMatch(/hanya 87,99 karena pengurangan/);
  });

  it('refuses an unknown target and units', () => {
    const bad = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        return e as ScoringError;
      }
      throw new Error('expected an error');
    };
    const dims = { competency: 1, standards: 1, opinion: 1, complaints: 1 };
    expect(bad(() => planToReach(r2023, { dimensions: dims }, 'F' as never)).path).toEqual(['target']);
    expect(bad(() => planToReach(getRuleset(2019), { dimensions: { standards: 1 } }, 'B')).path).toEqual(['target']);
    expect(bad(() => planToReach(r2023, { units: [{ total: 1 }] }, 'B')).path).toEqual(['units']);
    // A target that JSON cannot print is still an INVALID_INPUT, never a TypeError (also from the safe twin).
    expect(bad(() => planToReach(r2023, { dimensions: dims }, BigInt(1) as never))).toBeInstanceOf(ScoringError);
    expect(safePlanToReach(r2023, { dimensions: dims }, BigInt(1) as never).success).toBe(false);
  });

  it('with minimize: "points", tells which indicator answers to raise for answer-level input', () => {
    const answers = fill(r2023, () => [2, 2, 2, 1]);
    const plan = planToReach(r2023, { answers }, 'B', { minimize: 'points' });
    expect(plan.reachable).toBe(true);
    expect(plan.minimize).toBe('points');
    const first = plan.steps[0]!;
    expect(first.dimension).toBe('standards');
    expect(first.indicators![0]).toMatchObject({
      indicator: 'persyaratan',
      variable: 'standar-pelayanan',
      from: '1.75',
      to: '3.00',
      raises: 5,
    });
    expect(first.indicators![0]!.text.en).toBe(
      'Raise the mean answer of indicator “Requirements published” from 1.75 to 3.00 (5 single answers one level up)',
    );
  });
});

// ---- properties ----

const score100 = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => (i === 100 ? '100' : `${i}.${String(f).padStart(2, '0')}`));
const dimensions = fc
  .tuple(score100, score100, score100, score100)
  .map((s) => Object.fromEntries(IDS.map((id, i) => [id, s[i]!])));
const target = fc.constantFrom<PlanTarget>('A', 'B', 'C', 'D', 'hijau', 'kuning');
const deductions = fc.array(
  fc.integer({ min: 0, max: 1500 }).map((c) => ({ points: String(c / 100), reason: 'x' })),
  { maxLength: 2 },
);

describe('planToReach, for any input', () => {
  it('reaches the target, overshoots by at most 0.01, cannot be cut by 0.01, heaviest first', () => {
    fc.assert(
      fc.property(dimensions, target, deductions, (dims, goal, cuts) => {
        const input = cuts.length > 0 ? { dimensions: dims, deductions: cuts } : { dimensions: dims };
        const plan = planToReach(r2023, input, goal);
        const now = score(r2023, input);
        if (reaches(now.total, goal)) {
          expect(plan.steps).toEqual([]);
          return;
        }
        const best = score(r2023, { ...input, dimensions: Object.fromEntries(IDS.map((id) => [id, 100])) });
        expect(plan.reachable).toBe(reaches(best.total, goal));
        if (!plan.reachable) return;
        const applied = { ...dims, ...Object.fromEntries(plan.steps.map((s) => [s.dimension, s.to])) };
        const after = score(r2023, { ...input, dimensions: applied });
        expect(reaches(after.total, goal)).toBe(true);
        expect(after.total).toBe(plan.total);
        // half-up: the least sufficient exact total is threshold − 0.005; overshoot ≤ one step
        expect(new Decimal(after.exact).minus(new Decimal(THRESHOLD[goal]!).minus('0.005')).lte('0.01')).toBe(true);
        // heaviest first, every step but the last at 100
        const weights = plan.steps.map((s) => new Decimal(s.weight));
        weights.slice(1).forEach((w, i) => expect(w.lte(weights[i]!)).toBe(true));
        plan.steps.slice(0, -1).forEach((s) => expect(s.to).toBe('100.00'));
        // minimal at 0.01: the last step one hundredth lower no longer reaches the target
        const last = plan.steps.at(-1)!;
        const lower = new Decimal(last.to).minus('0.01');
        if (lower.gte(last.from)) {
          const cut = score(r2023, { ...input, dimensions: { ...applied, [last.dimension]: lower.toFixed(2) } });
          expect(reaches(cut.total, goal)).toBe(false);
        }
        // points are exactly Σ (to − from)
        const points = plan.steps.reduce((a, s) => a.plus(s.to).minus(s.from), new Decimal(0));
        expect(points.eq(plan.points)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('for answers: raising the named answers one point each reaches the target', () => {
    const answerSets = fc.tuple(
      ...IDS.map((id) =>
        fc.tuple(
          ...indicatorIds(r2023, id).map(() =>
            fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 4 }),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(
        answerSets,
        fc.constantFrom<PlanTarget>('A', 'B', 'hijau', 'kuning'),
        fc.constantFrom('answers', 'points' as const),
        (sets, goal, minimize) => {
          const answers = Object.fromEntries(
            IDS.map((id, d) => [id, Object.fromEntries(indicatorIds(r2023, id).map((k, i) => [k, [...sets[d]![i]!]]))]),
          ) as Record<string, Record<string, number[]>>;
          const plan = planToReach(r2023, { answers }, goal, { minimize });
          if (!plan.reachable || plan.steps.length === 0) return;
          for (const step of plan.steps) {
            for (const i of step.indicators!) {
              const list = answers[step.dimension]![i.indicator]!;
              let raises = i.raises!;
              while (raises > 0) {
                const low = list.indexOf(Math.min(...list));
                expect(list[low]).toBeLessThan(3);
                list[low] = list[low]! + 1;
                raises -= 1;
              }
            }
          }
          expect(RANK[score(r2023, { answers }).category!]! >= (RANK[goal] ?? (goal === 'hijau' ? 4 : 3))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

// ---- every rounding mode ----

const MODES = ['half-up', 'half-even', 'half-down', 'up', 'down'] as const;
const withMode = (mode: (typeof MODES)[number]) => deriveRuleset(r2023, { id: `mode-${mode}`, rounding: { mode } });

describe('planToReach under every rounding mode', () => {
  const input = { dimensions: { competency: 80, standards: 70, opinion: 70, complaints: 60 } };
  // Total 70.031; each point of standards adds 0.3237. Reaching B (78.00) needs an exact total of
  //   up:        > 77.99   → gain > 7.959 → standards > 94.5875… → 94.59 (77.990783 → 78.00; 94.58 gives 77.987546 → 77.99)
  //   half-down: > 77.995  → gain > 7.964 → standards > 94.6030… → 94.61 (77.997257 → 78.00)
  //   half-up / half-even (threshold 78.00 ends in an even digit): ≥ 77.995 → 94.61
  //   down:      ≥ 78      → gain ≥ 7.969 → standards ≥ 94.6184… → 94.62 (78.000494 → 78.00; 94.61 gives 77.997257 → 77.99)
  it.each([
    ['up', '94.59'],
    ['half-down', '94.61'],
    ['half-up', '94.61'],
    ['half-even', '94.61'],
    ['down', '94.62'],
  ] as const)('%s: the least two-decimal score that rounds into B', (mode, to) => {
    const rules = withMode(mode);
    const plan = planToReach(rules, input, 'B');
    expect(plan.steps.map((s) => [s.dimension, s.to])).toEqual([['standards', to]]);
    expect(plan.total).toBe('78.00');
    const lower = new Decimal(to).minus('0.01').toFixed(2);
    expect(score(rules, { dimensions: { ...input.dimensions, standards: to } }).category).toBe('B');
    expect(score(rules, { dimensions: { ...input.dimensions, standards: lower } }).category).toBe('C');
  });

  it('half-even with a threshold that ends in an odd digit: the tie below it rounds down, so more than the tie is needed', () => {
    // A derived three-zone ruleset whose hijau starts at 80.99 (odd last digit).
    const rules = deriveRuleset(getRuleset(2019), {
      id: 'odd-threshold',
      rounding: { mode: 'half-even' },
      bands: getRuleset(2019).bands.map((b) =>
        b.zone.value === 'hijau' ? { ...b, min: { ...b.min, value: '80.99' } } : b,
      ),
    });
    const dims = Object.fromEntries(rules.dimensions.map((d) => [d.id, 80]));
    const plan = planToReach(rules, { dimensions: dims }, 'hijau');
    expect(plan.reachable).toBe(true);
    const applied = { ...dims, ...Object.fromEntries(plan.steps.map((s) => [s.dimension, s.to])) };
    expect(score(rules, { dimensions: applied }).zone).toBe('hijau');
    const last = plan.steps.at(-1)!;
    const cut = { ...applied, [last.dimension]: new Decimal(last.to).minus('0.01').toFixed(2) };
    expect(score(rules, { dimensions: cut }).zone).not.toBe('hijau');
  });
});

describe('bands out of order cannot reach planToReach', () => {
  const bands = r2023.bands;
  it('a derived ruleset that puts a worse grade or zone above a better one is refused, so no plan "reaches" it', () => {
    // B's bounds with A's name and the other way round: B from 88, A from 78.
    const swapped = safeDeriveRuleset(r2023, {
      id: 'swapped',
      bands: [{ ...bands[0]!, category: 'B' }, { ...bands[1]!, category: 'A' }, ...bands.slice(2)],
    });
    expect(swapped.success).toBe(false);
    if (!swapped.success)
      expect([swapped.error.code, swapped.error.path]).toEqual(['INVALID_RULESET', ['bands', 1, 'category']]);
    const striped = safeDeriveRuleset(r2023, {
      id: 'striped',
      bands: [
        bands[0]!,
        { ...bands[1]!, zone: { ...bands[1]!.zone, value: 'kuning' } },
        { ...bands[2]!, zone: { ...bands[2]!.zone, value: 'hijau' } },
        ...bands.slice(3),
      ],
    });
    expect(striped.success).toBe(false);
    if (!striped.success) expect(striped.error.code).toBe('INVALID_RULESET');
  });
});

describe('planToReach options', () => {
  const dims = { competency: 80, standards: 70, opinion: 70, complaints: 60 };
  it('fixed: the listed dimensions stay as they are', () => {
    const plan = planToReach(r2023, { dimensions: dims }, 'B', { fixed: ['standards'] });
    expect(plan.steps.map((s) => s.dimension)).not.toContain('standards');
    // opinion (24.24 %) is the heaviest left: 7.964 / 0.2424 = 32.854… → 100 is 30 short: 70 → 100 gives 7.272;
    // then competency (21.85 %): 0.692 / 0.2185 = 3.1670… → 83.17
    expect(plan.steps.map((s) => [s.dimension, s.to])).toEqual([
      ['opinion', '100.00'],
      ['competency', '83.17'],
    ]);
    expect(plan.total).toBe('78.00');
  });

  it('max: a dimension goes no higher than its cap', () => {
    const plan = planToReach(r2023, { dimensions: dims }, 'B', { max: { standards: 90 } });
    // standards to 90 adds 6.474; 1.49 more from opinion: 1.49 / 0.2424 = 6.1468… → 76.15
    expect(plan.steps.map((s) => [s.dimension, s.to])).toEqual([
      ['standards', '90.00'],
      ['opinion', '76.15'],
    ]);
    const never = planToReach(r2023, { dimensions: dims }, 'A', { fixed: ['standards', 'opinion'] });
    expect(never.reachable).toBe(false);
    expect(never.reason!.en).toMatch(
      /with the dimensions that may change at their highest \(100 or their maximum\) the total is only/,
    );
    expect(never.reason!.id).toMatch(
      /dengan dimensi yang boleh diubah pada nilai tertingginya \(100 atau batasnya\) total hanya/,
    );
  });

  it('refuses bad options with INVALID_OPTIONS and their path', () => {
    const code = (options: object) => {
      const result = safePlanToReach(r2023, { dimensions: dims }, 'B', options as never);
      return result.success ? null : [result.error.code, result.error.path];
    };
    expect(code({ fixed: ['nope'] })).toEqual(['INVALID_OPTIONS', ['fixed', 0]]);
    expect(code({ fixed: 'opinion' })).toEqual(['INVALID_OPTIONS', ['fixed']]);
    expect(code({ max: { nope: 1 } })).toEqual(['INVALID_OPTIONS', ['max', 'nope']]);
    expect(code({ max: { standards: 101 } })).toEqual(['INVALID_OPTIONS', ['max', 'standards']]);
    expect(code({ minimize: 'money' })).toEqual(['INVALID_OPTIONS', ['minimize']]);
    // answers cannot be counted on dimension scores
    expect(code({ minimize: 'answers' })).toEqual(['INVALID_OPTIONS', ['minimize']]);
    // a throwing getter is an options error, never a TypeError
    const hostile = [] as string[];
    Object.defineProperty(hostile, 0, {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(code({ fixed: hostile })).toEqual(['INVALID_OPTIONS', ['fixed']]);
    expect(
      code({
        max: {
          get standards() {
            throw new Error('boom');
          },
        },
      }),
    ).toEqual(['INVALID_OPTIONS', ['max']]);
  });

  it('reads options as own properties only: a polluted prototype changes no plan', () => {
    const answers = fill(r2023, () => [2, 2, 2, 1]);
    const clean = planToReach(r2023, { answers }, 'B');
    const proto = Object.prototype as Record<string, unknown>;
    proto['minimize'] = 'points';
    proto['fixed'] = ['standards'];
    try {
      expect(planToReach(r2023, { answers }, 'B')).toEqual(clean);
      expect(planToReach(r2023, { answers }, 'B', {})).toEqual(clean);
    } finally {
      delete proto['minimize'];
      delete proto['fixed'];
    }
    expect(clean.minimize).toBe('answers');
  });
});
