/**
 * The weighted total of dimension scores: Σ weight × score / 100, exact.
 *
 * @module
 */
import { HUNDRED, plain, sum, type Exact } from '../decimal.js';
import type { DimensionScore } from '../model/result.js';
import type { CompiledRuleset } from './compile.js';

/** @internal */
export interface Weighted {
  readonly total: Exact;
  readonly contributions: readonly Exact[];
}

/** Weighted total of scores given in ruleset order. @internal */
export function weightedTotal(compiled: CompiledRuleset, scores: readonly Exact[]): Weighted {
  const contributions = compiled.dimensions.map((d, i) => d.weight.times(scores[i]!).div(HUNDRED));
  return { total: sum(contributions), contributions };
}

/** The per-dimension breakdown of a weighted total, for results. @internal */
export function dimensionBreakdown(
  compiled: CompiledRuleset,
  scores: readonly Exact[],
  weighted: Weighted,
): DimensionScore[] {
  const rows = compiled.dimensions.map((d, i) =>
    Object.freeze({
      id: d.id,
      score: plain(scores[i]!),
      weight: d.weightText,
      contribution: plain(weighted.contributions[i]!),
    }),
  );
  return Object.freeze(rows) as DimensionScore[];
}
