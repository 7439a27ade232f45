/**
 * The peers a user might pick instead of the library, on the `score` job: decimal.js with its constants (weights,
 * bounds, 100) made once per ruleset, and big.js the same way. Each reads, validates and builds the same result
 * as the same-work float baseline (`float.ts`), so the three differ only in their arithmetic.
 *
 * @module
 */
import Big from 'big.js';
import DecimalJs from 'decimal.js';
import type { DimensionsInput, Ruleset } from '@ombuds/scoring';
import { resultBuilder, type FloatResult } from './float.js';

const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type D = InstanceType<typeof D>;
const GRAMMAR = /^-?\d+(\.\d+)?$/;

function valid(value: unknown, where: string): string | number {
  if (typeof value !== 'number' && !(typeof value === 'string' && GRAMMAR.test(value))) {
    throw new Error(`bad value at ${where}`);
  }
  return value;
}

/**
 * Scores every body with decimal.js, its constants made once.
 *
 * @example
 * ```ts
 * decimalOnceScoreAll(getRuleset(2023), inputs)[0]!.total;
 * ```
 */
export function decimalOnceScoreAll(ruleset: Ruleset, inputs: readonly DimensionsInput[]): FloatResult[] {
  const build = resultBuilder(ruleset);
  const zero = new D(0);
  const hundred = new D(100);
  const dims = ruleset.dimensions.map((d) => ({ id: d.id, weightText: d.weight.value, weight: new D(d.weight.value).div(hundred) }));
  const bands = [...ruleset.bands]
    .map((band) => ({ band, min: new D(band.min.value) }))
    .sort((a, b) => b.min.comparedTo(a.min));
  return inputs.map((input) => {
    const scores = input.dimensions as Record<string, unknown>;
    let total = zero;
    const breakdown = dims.map((d) => {
      const s = new D(valid(scores[d.id], d.id));
      if (s.lt(zero) || s.gt(hundred)) throw new Error(`out of range at ${d.id}`);
      const contribution = d.weight.times(s);
      total = total.plus(contribution);
      return { id: d.id, score: s.toFixed(), weight: d.weightText, contribution: contribution.toFixed() };
    });
    const rounded = total.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
    const band = (bands.find((b) => rounded.gte(b.min)) ?? bands[bands.length - 1]!).band;
    return build(band, rounded.toFixed(2), total.toFixed(), breakdown);
  });
}

/**
 * Scores every body with big.js, its constants made once.
 *
 * @example
 * ```ts
 * bigScoreAll(getRuleset(2023), inputs)[0]!.total;
 * ```
 */
export function bigScoreAll(ruleset: Ruleset, inputs: readonly DimensionsInput[]): FloatResult[] {
  const build = resultBuilder(ruleset);
  const zero = new Big(0);
  const hundred = new Big(100);
  const dims = ruleset.dimensions.map((d) => ({ id: d.id, weightText: d.weight.value, weight: new Big(d.weight.value).div(100) }));
  const bands = [...ruleset.bands]
    .map((band) => ({ band, min: new Big(band.min.value) }))
    .sort((a, b) => b.min.cmp(a.min));
  return inputs.map((input) => {
    const scores = input.dimensions as Record<string, unknown>;
    let total = zero;
    const breakdown = dims.map((d) => {
      const s = new Big(valid(scores[d.id], d.id));
      if (s.lt(zero) || s.gt(hundred)) throw new Error(`out of range at ${d.id}`);
      const contribution = d.weight.times(s);
      total = total.plus(contribution);
      return { id: d.id, score: s.toFixed(), weight: d.weightText, contribution: contribution.toFixed() };
    });
    const rounded = total.round(2, Big.roundHalfUp);
    const band = (bands.find((b) => rounded.gte(b.min)) ?? bands[bands.length - 1]!).band;
    return build(band, rounded.toFixed(2), total.toFixed(), breakdown);
  });
}
