/**
 * From read input to an unrounded and a rounded body total: weighted sums, unit means, deductions
 * (RULEBOOK §4.4, §6).
 *
 * @module
 */
import { fixed, plain, quotient, round, roundQuotient, sum, ZERO, type Exact } from '../decimal.js';
import type { DimensionScore, UnitScore } from '../model/result.js';
import type { CompiledRuleset } from './compile.js';
import type { ReadBody, ReadUnit } from './read-input.js';
import { dimensionBreakdown, weightedTotal } from './weighted.js';

/** @internal */
export interface BodyTotal {
  /** Unrounded total as shown in results. */
  readonly exact: string;
  readonly rounded: Exact;
  readonly dimensions: readonly DimensionScore[] | null;
  readonly units: readonly UnitScore[] | null;
}

/** @internal */
export function aggregate(compiled: CompiledRuleset, body: ReadBody): BodyTotal {
  const deducted = sum(body.deductions.map((d) => d.points));
  const { digits, mode } = compiled.rounding;
  if (body.kind === 'dimensions') {
    const weighted = weightedTotal(compiled, body.scores);
    const exact = atLeastZero(weighted.total.minus(deducted));
    return {
      exact: plain(exact),
      rounded: round(exact, digits, mode),
      dimensions: dimensionBreakdown(compiled, body.scores, weighted),
      units: null,
    };
  }
  const units = body.units.map((unit) => unitTotal(compiled, unit));
  const n = units.length;
  // mean − deductions = (Σ unit totals − n × deductions) / n, so one exact rounding decides the total.
  const numerator = atLeastZero(sum(units.map((u) => u.value)).minus(deducted.times(n)));
  return {
    exact: plain(quotient(numerator, n)),
    rounded: roundQuotient(numerator, n, digits, mode),
    dimensions: null,
    units: units.map((u) => u.score),
  };
}

function unitTotal(compiled: CompiledRuleset, unit: ReadUnit): { value: Exact; score: UnitScore } {
  const { digits, mode, unitsBeforeMean } = compiled.rounding;
  const weighted = unit.scores ? weightedTotal(compiled, unit.scores) : null;
  const exact = weighted ? weighted.total : unit.total!;
  const value = unitsBeforeMean ? round(exact, digits, mode) : exact;
  return {
    value,
    score: Object.freeze({
      id: unit.id,
      total: unitsBeforeMean ? fixed(value, digits) : plain(value),
      exact: plain(exact),
      dimensions: unit.scores && weighted ? dimensionBreakdown(compiled, unit.scores, weighted) : null,
    }),
  };
}

function atLeastZero(value: Exact): Exact {
  return value.lt(ZERO) ? ZERO : value;
}
