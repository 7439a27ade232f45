/**
 * The share plan (src/scoring/share-plan.ts: answer counts weighed by integers over one common denominator) against
 * an independent model in the BigInt fractions of the oracle (test/oracle, rounded through decimal.js), on random
 * instruments (variables and indicators, given or equal weights, scales and answer options) and random answers under
 * every missing rule. The model follows the rules in words (RULEBOOK §4.3, `MissingIndicators`): an indicator scores
 * the mean of its answers' points; a variable the mean of its counted indicators weighted by their shares; a
 * dimension the mean of its counted variables weighted by their shares; a unit the weighted sum of its dimensions,
 * rounded; the body the mean of its rounded units, rounded.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, getRuleset, score, type Ruleset } from '@ombuds/scoring';
import * as Q from '../oracle/bigint-fraction.js';
import { SEEDED } from './arbitraries.js';

const base = getRuleset(2023);
const provenance = { source: ['test'], confidence: 'assumed' as const, note: 'A random instrument.' };
const label = (id: string) => ({ id, en: id });
const RULES = ['refuse', 'exclude', 'zero'] as const;
type Rule = (typeof RULES)[number];

type Option = { value: number; points: string; label: { id: string; en: string } };
type Answerable = { scale: { min: number; max: number } } | { options: Option[] };
type Instrument = { indicators: Answerable[]; firstShare: number | null; weight: number | null }[];

/** One indicator: a scale `min..max`, or 2–4 answer options with points of two decimals, ascending. */
const indicatorArb: fc.Arbitrary<Answerable> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 5 }))
    .map(([min, width]) => ({ scale: { min, max: min + width } })),
  fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 4 }).map((points) => ({
    options: [...points]
      .sort((a, b) => a - b)
      .map((p, value) => ({ value, points: (p / 100).toFixed(2), label: label(`o${value}`) })),
  })),
);

/** 1–3 variables of 1–4 indicators, with equal shares or integer weights that add up to 100; the first indicator of a
 * weighted variable may carry a published weight (that percentage of its variable's). */
const instrumentArb: fc.Arbitrary<Instrument> = fc
  .record({
    variables: fc.array(
      fc.record({
        indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 4 }),
        firstShare: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    weighted: fc.boolean(),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 2 }),
  })
  .map(({ variables, weighted, cuts }) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b).slice(0, variables.length - 1), 100];
    return variables.map((v, vi) => ({ ...v, weight: weighted ? bounds[vi + 1]! - bounds[vi]! : null }));
  });

/** The instrument as ruleset data for `deriveRuleset`. */
function variablesData(dimension: string, instrument: Instrument) {
  return instrument.map((v, vi) => ({
    id: `${dimension}-v${vi}`,
    label: label(`v${vi}`),
    ...provenance,
    ...(v.weight === null ? {} : { weight: { value: String(v.weight), ...provenance } }),
    indicators: v.indicators.map((indicator, ii) => ({
      id: `${dimension}-v${vi}-i${ii}`,
      label: label(`i${ii}`),
      ...provenance,
      ...(ii === 0 && v.weight !== null && v.firstShare !== null && v.indicators.length > 1
        ? { weight: { value: new Decimal(v.weight).times(v.firstShare).div(100).toFixed(), ...provenance } }
        : {}),
      ...('scale' in indicator ? { scale: indicator.scale } : { options: { value: indicator.options, ...provenance } }),
    })),
  }));
}

/** The indicators of a dimension of a ruleset, variable by variable, with what their answers are worth. */
function answerables(ruleset: Ruleset, id: string): Answerable[][] {
  const dimension = ruleset.dimensions.find((d) => d.id === id)!;
  return dimension.variables!.map((v) =>
    v.indicators.map(
      (i): Answerable => (i.options ? { options: [...i.options.value] } : { scale: i.scale ?? dimension.scale!.value }),
    ),
  );
}

/** The answer values an indicator accepts. */
function values(indicator: Answerable): number[] {
  if ('options' in indicator) return indicator.options.map((o) => o.value);
  return Array.from({ length: indicator.scale.max - indicator.scale.min + 1 }, (_, k) => indicator.scale.min + k);
}

/** What an answer is worth on 0–100. */
function points(indicator: Answerable, answer: number): Q.Rational {
  if ('options' in indicator) return Q.fromText(indicator.options.find((o) => o.value === answer)!.points);
  const { min, max } = indicator.scale;
  return Q.ratio(BigInt((answer - min) * 100), BigInt(max - min));
}

/** Shares in percent of the dimension, by the rules in words: given weights, else equal parts of what is left. */
function shares(ruleset: Ruleset, id: string): { variable: Q.Rational; indicators: Q.Rational[] }[] {
  const variables = ruleset.dimensions.find((d) => d.id === id)!.variables!;
  const split = (weights: (string | undefined)[], whole: Q.Rational): Q.Rational[] => {
    const given = Q.total(weights.filter((w): w is string => w !== undefined).map(Q.fromText));
    const open = weights.filter((w) => w === undefined).length;
    return weights.map((w) => (w === undefined ? Q.div(Q.sub(whole, given), Q.int(open)) : Q.fromText(w)));
  };
  const variableShares = split(
    variables.map((v) => v.weight?.value),
    Q.R100,
  );
  return variables.map((v, vi) => ({
    variable: variableShares[vi]!,
    indicators: split(
      v.indicators.map((i) => i.weight?.value),
      variableShares[vi]!,
    ),
  }));
}

/** A dimension's score from its answers (`null`: an indicator without answers), by the model. */
function modelDimension(ruleset: Ruleset, id: string, answers: (number[] | null)[][], rule: Rule): Q.Rational {
  const share = shares(ruleset, id);
  // Per variable: the mean of its counted indicators weighted by their shares, and the weight it keeps.
  const parts = answerables(ruleset, id).map((v, vi) => {
    let weight = Q.R0;
    let sum = Q.R0;
    v.forEach((indicator, ii) => {
      const list = answers[vi]![ii]!;
      if (list === null && rule === 'exclude') return;
      const s = share[vi]!.indicators[ii]!;
      const mean = list === null ? Q.R0 : Q.div(Q.total(list.map((x) => points(indicator, x))), Q.int(list.length));
      weight = Q.add(weight, s);
      sum = Q.add(sum, Q.mul(s, mean));
    });
    const counted = Q.cmp(weight, Q.R0) > 0;
    return { counted, variable: share[vi]!.variable, mean: counted ? Q.div(sum, weight) : Q.R0 };
  });
  const counted = parts.filter((p) => p.counted);
  const whole = Q.total(counted.map((p) => p.variable));
  return Q.div(Q.total(counted.map((p) => Q.mul(p.variable, p.mean))), whole);
}

/** Rounded half-up to hundredths, with two decimals. */
const cents = (x: Q.Rational): string => Q.roundRational(x, 2, 'half-up').toFixed(2);

const caseArb = fc.record({
  competency: instrumentArb,
  standards: instrumentArb,
  rule: fc.constantFrom(...RULES),
  units: fc.integer({ min: 1, max: 3 }),
  draws: fc.array(fc.array(fc.nat(), { minLength: 0, maxLength: 4 }), { minLength: 50, maxLength: 50 }),
});

describe('the share plan against a model in exact fractions', () => {
  it('gives every unit total, every dimension score and the body total, on random instruments and answers', () => {
    expect(base.rounding.value).toMatchObject({ digits: 2, mode: 'half-up', unitsBeforeMean: true });
    fc.assert(
      fc.property(caseArb, ({ competency, standards, rule, units, draws }) => {
        const ruleset = deriveRuleset(base, {
          id: 'random-instrument',
          dimensions: {
            competency: { variables: variablesData('competency', competency) },
            standards: { variables: variablesData('standards', standards) },
          },
        });
        let next = 0;
        const draw = () => draws[next++ % draws.length]!;
        // Answers per unit, dimension, variable and indicator (`null`: none); a dimension's first indicator always
        // has some, and every indicator under `refuse`.
        const given = Array.from({ length: units }, () =>
          Object.fromEntries(
            ruleset.dimensions.map((d) => [
              d.id,
              answerables(ruleset, d.id).map((v, vi) =>
                v.map((indicator, ii) => {
                  const levels = values(indicator);
                  const list = draw().map((p) => levels[p % levels.length]!);
                  if (list.length > 0) return list;
                  return rule === 'refuse' || (vi === 0 && ii === 0) ? [levels.at(-1)!] : null;
                }),
              ),
            ]),
          ),
        );
        const ids = (id: string) =>
          ruleset.dimensions.find((d) => d.id === id)!.variables!.map((v) => v.indicators.map((i) => i.id));
        const input = {
          units: given.map((unit) => ({
            answers: Object.fromEntries(
              Object.entries(unit).map(([id, lists]) => [
                id,
                Object.fromEntries(
                  ids(id).flatMap((v, vi) =>
                    v.flatMap((indicator, ii) => (lists[vi]![ii] ? [[indicator, lists[vi]![ii]]] : [])),
                  ),
                ),
              ]),
            ),
          })),
        };
        const result = score(ruleset, input, { missingIndicators: rule });
        let sum = Q.R0;
        given.forEach((unit, u) => {
          const scores = ruleset.dimensions.map((d) => modelDimension(ruleset, d.id, unit[d.id]!, rule));
          const total = Q.total(
            ruleset.dimensions.map((d, i) => Q.div(Q.mul(Q.fromText(d.weight.value), scores[i]!), Q.R100)),
          );
          const row = result.units![u]!;
          expect(row.total).toBe(cents(total));
          expect(row.dimensions!.map((d) => d.score)).toEqual(scores.map(Q.display));
          sum = Q.add(sum, Q.fromText(cents(total)));
        });
        expect(result.total).toBe(cents(Q.div(sum, Q.int(units))));
      }),
      { ...SEEDED, numRuns: 150 },
    );
  }, 120_000);
});
