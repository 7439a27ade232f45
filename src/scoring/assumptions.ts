/**
 * What a result rests on: the `assumed` parameters that decided its numbers or its class (RULEBOOK preamble,
 * "Provenance"). An empty list means the result rests on published rules only.
 *
 * Listed: the weights the computation used (not for points input, whose total needs none), the answer scale or
 * options, the indicators and variables and their weights of every dimension scored from answers, the bounds,
 * zone and quality word of the band the total fell in, the deductions rule where a deduction was given, the
 * opinion rule where an opinion was given, and the rounding rule only where it decided a digit: a total (of the
 * body or of a unit) exactly half-way between two hundredths, or units whose place of rounding decides the total
 * (rounding each unit before the mean, or the mean of the unrounded units, give different totals: RULEBOOK §6,
 * Kota Depok 2025). Policies that did not act on this input are not listed.
 *
 * @module
 */
import type { Provenance } from '../model/index.js';
import type { BodyEvaluation } from './aggregate.js';
import type { CompiledBand, CompiledRuleset } from './compile.js';
import { cmp, div, int, isHalfway, max, R0, roundTo, sub, total, type Rational } from '../exact/fraction.js';

/**
 * The assumptions of a result, frozen, in the order of the computation: weights and instruments (dimension by
 * dimension), the band, deductions, opinion, rounding.
 *
 * @internal
 */
export function resultAssumptions(
  compiled: CompiledRuleset,
  evaluation: BodyEvaluation,
  band: CompiledBand,
  deducted: boolean,
  withOpinion: boolean,
): readonly string[] {
  const { ruleset } = compiled;
  // A set: each path once, in the order first found (never an array written through Array.prototype setters).
  const found = new Set<string>();
  const note = (parameter: Pick<Provenance, 'confidence'> | null | undefined, path: string) => {
    if (parameter?.confidence === 'assumed') found.add(path);
  };
  for (const { dimensions } of evaluation.units ?? [evaluation]) {
    dimensions?.forEach((d, i) => {
      if (d.points) return;
      note(ruleset.dimensions[i]!.weight, `dimensions.${d.id}.weight`);
      // The paths of the dimension's share plan, made once per plan.
      for (const path of d.answers?.plan.assumptions ?? []) found.add(path);
    });
  }
  for (const path of band.assumptions) found.add(path);
  if (deducted) note(ruleset.deductions, 'deductions');
  if (withOpinion) note(ruleset.opinion, 'opinion');
  // The rounding rule decided a digit where the exact total, or (units rounded before their mean) a unit's, lies
  // exactly half-way between two hundredths, where the modes part; or where the place of rounding decided it.
  const { digits, unitsBeforeMean } = compiled.rounding;
  if (
    isHalfway(evaluation.exact, digits) ||
    (unitsBeforeMean && evaluation.units?.some((u) => isHalfway(u.exact, digits))) ||
    unitRoundingDecided(compiled, evaluation)
  ) {
    note(ruleset.rounding, 'rounding');
  }
  return Object.freeze([...found]);
}

/**
 * Whether the place of rounding decided this result (RULEBOOK §6): the other reading of a body's units (the
 * mean of unrounded unit totals where units are rounded first, or the mean of rounded ones where they are not)
 * gives another rounded total. Never so for units given with two decimals; possible for units given by
 * dimension scores, points or answers.
 *
 * @internal
 */
export function unitRoundingDecided(compiled: CompiledRuleset, evaluation: BodyEvaluation): boolean {
  const { units } = evaluation;
  if (units === null || units.length === 0) return false;
  const { digits, mode, unitsBeforeMean } = compiled.rounding;
  const other: Rational[] = units.map((u) => (unitsBeforeMean ? u.exact : roundTo(u.exact, digits, mode)));
  const mean = div(total(other), int(units.length));
  const otherExact = max(R0, sub(mean, total(evaluation.deductions.map((d) => d.points))));
  return cmp(roundTo(otherExact, digits, mode), evaluation.rounded) !== 0;
}
