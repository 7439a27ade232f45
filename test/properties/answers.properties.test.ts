/**
 * Invariants of `score` on raw answers, for every ruleset with an instrument: totals stay in 0–100, raising
 * any answer never lowers the total, results survive a JSON round trip, and the unit mean lies between the
 * smallest and the largest unit.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { score, type Ruleset } from '@ombuds/scoring';
import { printedBounds, RULESETS, SEEDED } from './arbitraries.js';

const withInstrument = RULESETS.filter((r) => r.dimensions.every((d) => (d.variables ?? []).length > 0));

interface Slot {
  dimension: string;
  indicator: string;
  max: number;
}

const slots = (ruleset: Ruleset): Slot[] =>
  ruleset.dimensions.flatMap((d) =>
    (d.variables ?? []).flatMap((v) => v.indicators.map((i) => ({ dimension: d.id, indicator: i.id, max: i.scale?.max ?? 3 }))),
  );

/** Answers for every indicator: 1–4 respondents each, integers on the scale (the scales start at 0). */
function answersOf(ruleset: Ruleset) {
  return fc.tuple(...slots(ruleset).map((s) => fc.array(fc.integer({ min: 0, max: s.max }), { minLength: 1, maxLength: 4 })));
}

function build(ruleset: Ruleset, lists: readonly (readonly number[])[]) {
  const answers: Record<string, Record<string, readonly number[]>> = {};
  slots(ruleset).forEach((s, i) => ((answers[s.dimension] ??= {})[s.indicator] = lists[i]!));
  return answers;
}

it('some rulesets have an instrument', () => {
  expect(withInstrument.map((r) => r.year)).toEqual(expect.arrayContaining([2023]));
});

describe.each(withInstrument.map((r) => [r.year, r] as const))('%i answers', (_year, ruleset) => {
  const runs = { ...SEEDED, numRuns: 60 };

  it('totals stay in 0–100 and survive a JSON round trip', () => {
    fc.assert(
      fc.property(answersOf(ruleset), (lists) => {
        const result = score(ruleset, { answers: build(ruleset, lists) });
        expect(new Decimal(result.total).gte(0) && new Decimal(result.total).lte(100)).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      runs,
    );
  });

  it('raising any answer never lowers the total', () => {
    const step = fc.record({ lists: answersOf(ruleset), at: fc.nat(), who: fc.nat(), by: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(step, ({ lists, at, who, by }) => {
        const all = slots(ruleset);
        const i = at % all.length;
        const list = lists[i]!;
        const j = who % list.length;
        const raised = lists.map((l, k) => (k === i ? l.map((a, m) => (m === j ? Math.min(all[i]!.max, a + by) : a)) : l));
        const a = score(ruleset, { answers: build(ruleset, lists) });
        const b = score(ruleset, { answers: build(ruleset, raised) });
        // b ≥ a: b's value may not lie below a's (a cut value is known up to its interval).
        expect(printedBounds(b.exact)[1].gte(printedBounds(a.exact)[0])).toBe(true);
        expect(new Decimal(b.total).gte(a.total)).toBe(true);
      }),
      runs,
    );
  });

  it('the unit mean lies between the smallest and the largest unit total', () => {
    const units = fc.array(answersOf(ruleset), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(units, (all) => {
        const result = score(ruleset, { units: all.map((lists) => ({ answers: build(ruleset, lists) })) });
        const totals = result.units!.map((u) => new Decimal(u.total));
        const total = new Decimal(result.total);
        expect(total.gte(Decimal.min(...totals)) && total.lte(Decimal.max(...totals))).toBe(true);
      }),
      { ...runs, numRuns: 30 },
    );
  });
});
