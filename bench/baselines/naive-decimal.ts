/**
 * The naive exact baseline: the same jobs with decimal.js called on every operation (a new Decimal for every
 * value, weight, bound and constant), as a first exact implementation would be written.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import type { DimensionsInput, RankItem, Ruleset } from '@ombuds/scoring';
import { resultBuilder, type FloatRanked, type FloatResult } from './float.js';

const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type D = InstanceType<typeof D>;
const GRAMMAR = /^-?\d+(\.\d+)?$/;

function read(value: unknown, where: string): D {
  if (typeof value !== 'number' && !(typeof value === 'string' && GRAMMAR.test(value))) {
    throw new Error(`bad value at ${where}`);
  }
  const d = new D(value);
  if (d.lt(new D(0)) || d.gt(new D(100))) throw new Error(`out of range at ${where}`);
  return d;
}

/**
 * Scores every body with decimal.js on every operation; results equal the library's.
 *
 * @example
 * ```ts
 * naiveScoreAll(getRuleset(2023), inputs)[0]!.total;
 * ```
 */
export function naiveScoreAll(ruleset: Ruleset, inputs: readonly DimensionsInput[]): FloatResult[] {
  const build = resultBuilder(ruleset);
  return inputs.map((input) => {
    const scores = input.dimensions as Record<string, unknown>;
    let total = new D(0);
    const breakdown = ruleset.dimensions.map((d) => {
      const s = read(scores[d.id], d.id);
      const contribution = new D(d.weight.value).times(s).div(new D(100));
      total = total.plus(contribution);
      return { id: d.id, score: s.toFixed(), weight: d.weight.value, contribution: contribution.toFixed() };
    });
    const rounded = total.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
    const band = ruleset.bands.find((b) => rounded.gte(new D(b.min.value))) ?? ruleset.bands[ruleset.bands.length - 1]!;
    return build(band, rounded.toFixed(2), total.toFixed(), breakdown);
  });
}

/**
 * Ranks with decimal.js comparisons in the sort.
 *
 * @example
 * ```ts
 * naiveRank([{ id: 'a', total: '1' }, { id: 'b', total: '2' }]).map((r) => r.id); // ['b', 'a']
 * ```
 */
export function naiveRank(items: readonly RankItem[]): FloatRanked[] {
  const keys = items.map((item, i) => ({
    id: item.id,
    total: read(item.total, `${i}.total`).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP),
    exact: read(item.exact ?? item.total, `${i}.exact`),
  }));
  keys.sort(
    (a, b) => b.total.comparedTo(a.total) || b.exact.comparedTo(a.exact) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return keys.map((k, i) => ({ id: k.id, rank: i + 1, total: k.total.toFixed(2), exact: k.exact.toFixed() }));
}
