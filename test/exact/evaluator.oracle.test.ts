/**
 * `score` against an evaluation written with the oracle fractions (test/oracle/bigint-fraction.ts, the BigInt
 * code the single evaluator replaced), shape by shape: dimension scores with 0–20 decimals and x.xx5 ties,
 * printed points, units given by totals or by dimensions, and deductions, for every ruleset in every revision,
 * in every rounding mode and with units rounded before their mean or not. The model follows RULEBOOK §4.1, §4.4,
 * §5 and §6 and takes only the ruleset's data from the library.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, ROUNDING_MODES, score, type RoundingMode, type Ruleset } from '@ombuds/scoring';
import * as O from '../oracle/bigint-fraction.js';
import { RULESETS, scoreValue, SEEDED } from '../properties/arbitraries.js';

type Fraction = O.Rational;

/** A user value (string or JS number) as an oracle fraction. */
const read = (value: string | number): Fraction => O.fromText(typeof value === 'number' ? String(value) : value);

/** RULEBOOK §4.1: Σ weight × score / 100. */
function weighted(ruleset: Ruleset, scores: Record<string, string | number>): Fraction {
  return O.total(
    ruleset.dimensions.map((d) => O.div(O.mul(O.fromText(d.weight.value), read(scores[d.id]!)), O.int(100))),
  );
}

/**
 * A result's `exact` as the oracle prints it: the exact digits when the value terminates, else its
 * first 20 decimals truncated (all 20) and `…`. Unit totals that are not rounded stay `O.display` (no mark).
 */
function shownExact(value: Fraction): string {
  if (O.terminates(value)) return O.display(value);
  const text = ((value.n * 10n ** 20n) / value.d).toString().padStart(21, '0');
  return `${text.slice(0, -20)}.${text.slice(-20)}\u2026`;
}

/** The printed total of an exact value, as the ruleset rounds. */
function rounded(ruleset: Ruleset, value: Fraction): string {
  const { digits, mode } = ruleset.rounding.value;
  return O.roundRational(value, digits, mode).toFixed(digits);
}

const decimals = scoreValue.filter((v) => typeof v === 'string' || !/e/.test(String(v)));

/** Points from 0 to a weight, with 0–4 decimals. */
const pointsOf = (weight: string) =>
  fc.integer({ min: 0, max: 10_000 }).map((k) => O.display(O.div(O.mul(O.fromText(weight), O.int(k)), O.int(10_000))));

const variants = (ruleset: Ruleset): [string, Ruleset][] =>
  ROUNDING_MODES.flatMap((mode: RoundingMode) =>
    [true, false].map(
      (unitsBeforeMean) =>
        [
          `${mode}${unitsBeforeMean ? ', units rounded first' : ''}`,
          deriveRuleset(ruleset, { rounding: { mode, unitsBeforeMean } }),
        ] as [string, Ruleset],
    ),
  );

const RUNS = { ...SEEDED, numRuns: 60 };

describe.each(RULESETS.map((r) => [r.year, r.revision, r] as const))('%i revision %i', (_year, _revision, base) => {
  const ids = base.dimensions.map((d) => d.id);
  const scores = fc.record(Object.fromEntries(ids.map((id) => [id, decimals])) as Record<string, typeof decimals>);
  const deductions = base.deductions.value
    ? fc.array(
        fc
          .integer({ min: 0, max: 2_000 })
          .map((k) => ({ points: O.display(O.div(O.int(k), O.int(100))), reason: 'r' })),
        {
          maxLength: 3,
        },
      )
    : fc.constant([] as { points: string; reason: string }[]);

  it.each(variants(base))(
    '%s: dimensions, points, units and deductions as the oracle computes them',
    (_name, ruleset) => {
      const { digits, mode, unitsBeforeMean } = ruleset.rounding.value;
      const unit = fc.oneof(
        decimals.map((total) => ({ total })),
        scores.map((dimensions) => ({ dimensions })),
      );
      fc.assert(
        fc.property(scores, fc.array(unit, { minLength: 1, maxLength: 6 }), deductions, (dims, units, taken) => {
          const off = O.total(taken.map((d) => O.fromText(d.points)));
          const net = (before: Fraction) => O.max(O.R0, O.sub(before, off));
          const withDeductions = taken.length > 0 ? { deductions: taken } : {};

          const body = score(ruleset, { dimensions: dims, ...withDeductions });
          const exact = net(weighted(ruleset, dims));
          expect([body.exact, body.total]).toEqual([shownExact(exact), rounded(ruleset, exact)]);

          const unitValues = units.map((u) => ('total' in u ? read(u.total) : weighted(ruleset, u.dimensions)));
          const entering = unitValues.map((v) => (unitsBeforeMean ? O.fromExact(O.roundRational(v, digits, mode)) : v));
          const mean = net(O.div(O.total(entering), O.int(units.length)));
          const result = score(ruleset, { units: units.map((u, i) => ({ id: `u${i}`, ...u })), ...withDeductions });
          expect([result.exact, result.total]).toEqual([shownExact(mean), rounded(ruleset, mean)]);
          expect(result.units!.map((u) => [u.exact, u.total])).toEqual(
            unitValues.map((v, i) => [shownExact(v), unitsBeforeMean ? rounded(ruleset, v) : O.display(entering[i]!)]),
          );
        }),
        RUNS,
      );
    },
  );

  it('printed points add up exactly, as the oracle adds them', () => {
    const points = fc.record(
      Object.fromEntries(base.dimensions.map((d) => [d.id, pointsOf(d.weight.value)])) as Record<
        string,
        fc.Arbitrary<string>
      >,
    );
    fc.assert(
      fc.property(points, (given) => {
        const sum = O.total(ids.map((id) => O.fromText(given[id]!)));
        const result = score(base, { points: given });
        expect([result.exact, result.total]).toEqual([shownExact(sum), rounded(base, sum)]);
      }),
      RUNS,
    );
  });
});
