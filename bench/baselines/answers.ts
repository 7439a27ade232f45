/**
 * Baselines of the national answer batch: the same job as `score` on answers (RULEBOOK §4.3, §6: answers
 * mapped to 0–100 and averaged per indicator, indicators weighted by their share of the dimension, dimensions
 * weighted, units rounded, body = rounded mean of units, classified), written once over an arithmetic and run
 * with floats or with decimal.js on every operation.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import type { Band, Ruleset, UnitsInput } from '@ombuds/scoring';

/** The operations the job needs. */
export interface Arithmetic<T> {
  read(value: unknown): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  lt(a: T, b: T): boolean;
  round2(a: T): T;
  fixed2(a: T): string;
  text(a: T): string;
}

/** Plain JS numbers. */
export const floats: Arithmetic<number> = {
  read: (v) => {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n)) throw new Error('bad answer');
    return n;
  },
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  lt: (a, b) => a < b,
  round2: (a) => Math.round(a * 100) / 100,
  fixed2: (a) => a.toFixed(2),
  text: (a) => String(a),
};

const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type D = InstanceType<typeof D>;

/** decimal.js on every operation, a new Decimal for every value read. */
export const decimals: Arithmetic<D> = {
  read: (v) => new D(v as string | number),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  lt: (a, b) => a.lt(b),
  round2: (a) => a.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP),
  fixed2: (a) => a.toFixed(2),
  text: (a) => a.toFixed(),
};

interface Plan<T> {
  readonly dimensions: readonly {
    readonly id: string;
    readonly weight: T;
    readonly weightText: string;
    readonly indicators: readonly { readonly id: string; readonly share: T; readonly min: T; readonly range: T }[];
  }[];
  readonly bands: readonly { readonly band: Band; readonly min: T }[];
}

/** Shares of RULEBOOK §4.3: given weights, the rest of `whole` split equally among the others. */
function shares<T>(ar: Arithmetic<T>, weights: readonly (string | undefined)[], whole: T): T[] {
  const given = weights.filter((w): w is string => w !== undefined).reduce((s, w) => ar.add(s, ar.read(w)), ar.read(0));
  const open = weights.filter((w) => w === undefined).length;
  const equal = open === 0 ? ar.read(0) : ar.div(ar.sub(whole, given), ar.read(open));
  return weights.map((w) => (w === undefined ? equal : ar.read(w)));
}

function plan<T>(ar: Arithmetic<T>, ruleset: Ruleset): Plan<T> {
  return {
    dimensions: ruleset.dimensions.map((d) => {
      const variables = d.variables ?? [];
      const variableShares = shares(ar, variables.map((v) => v.weight?.value), ar.read(100));
      return {
        id: d.id,
        weight: ar.read(d.weight.value),
        weightText: d.weight.value,
        indicators: variables.flatMap((v, vi) => {
          const indicatorShares = shares(ar, v.indicators.map((i) => i.weight?.value), variableShares[vi]!);
          return v.indicators.map((i, ii) => {
            // The indicator's scale, else its dimension's (revision 2: 0..5), else the default 0..3.
            const scale = i.scale ?? d.scale?.value ?? { min: 0, max: 3 };
            return { id: i.id, share: indicatorShares[ii]!, min: ar.read(scale.min), range: ar.read(scale.max - scale.min) };
          });
        }),
      };
    }),
    bands: ruleset.bands.map((band) => ({ band, min: ar.read(band.min.value) })),
  };
}

/**
 * Scores every body of the batch with the given arithmetic.
 *
 * @example
 * ```ts
 * scoreAnswers(floats, getRuleset(2023), nationalBatch(getRuleset(2023), 1, 6, 1))[0]!.total;
 * ```
 */
export function scoreAnswers<T>(ar: Arithmetic<T>, ruleset: Ruleset, bodies: readonly UnitsInput[]) {
  const p = plan(ar, ruleset);
  const zero = ar.read(0);
  const hundred = ar.read(100);
  return bodies.map((body) => {
    let sum = zero;
    const units = body.units.map((unit) => {
      const answers = (unit as { answers: Record<string, Record<string, readonly unknown[]>> }).answers;
      let unitTotal = zero;
      const dimensions = p.dimensions.map((d) => {
        let score = zero;
        for (const indicator of d.indicators) {
          const given = answers[d.id]?.[indicator.id];
          if (!given || given.length === 0) throw new Error(`${indicator.id} has no answers`);
          let total = zero;
          for (const a of given) {
            const value = ar.read(a);
            if (ar.lt(value, indicator.min) || ar.lt(ar.add(indicator.min, indicator.range), value)) throw new Error('off scale');
            total = ar.add(total, value);
          }
          const mean = ar.div(total, ar.read(given.length));
          const indicatorScore = ar.div(ar.mul(ar.sub(mean, indicator.min), hundred), indicator.range);
          score = ar.add(score, ar.div(ar.mul(indicator.share, indicatorScore), hundred));
        }
        const contribution = ar.div(ar.mul(d.weight, score), hundred);
        unitTotal = ar.add(unitTotal, contribution);
        return { id: d.id, score: ar.text(score), weight: d.weightText, contribution: ar.text(contribution) };
      });
      const rounded = ar.round2(unitTotal);
      sum = ar.add(sum, rounded);
      return { id: unit.id ?? '', total: ar.fixed2(rounded), exact: ar.text(unitTotal), dimensions };
    });
    const mean = ar.div(sum, ar.read(units.length));
    const total = ar.round2(mean);
    const { band } = p.bands.find((b) => !ar.lt(total, b.min)) ?? p.bands[p.bands.length - 1]!;
    return {
      total: ar.fixed2(total),
      category: band.category,
      zone: band.zone.value,
      label: band.label,
      exact: ar.text(mean),
      units,
    };
  });
}
