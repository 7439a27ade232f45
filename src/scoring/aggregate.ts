/**
 * From read input to an unrounded and a rounded body total: weighted sums, unit means, deductions
 * (RULEBOOK §4.4, §6).
 *
 * @module
 */
import type { DimensionScore, UnitScore } from '../model/result.js';
import type { AnswersResult } from './share-plan.js';
import { evaluateAnswers } from './share-plan.js';
import type { CompiledRuleset } from './compile.js';
import {
  balance,
  display,
  div,
  fixedText,
  int,
  max,
  min,
  mul,
  R0,
  R100,
  roundTo,
  shownExact,
  sub,
  total as totalOf,
  type Rational,
} from '../exact/fraction.js';
import type { ReadBody, ReadDeduction, ReadValue } from './read-input.js';

/** The numbers of a result as shown. @internal */
export interface BodyTotal {
  /** The total rounded, with exactly the ruleset's digits. */
  readonly total: string;
  /** Unrounded total as shown in results: exact, or 20 decimals and `…` when it does not terminate. */
  readonly exact: string;
  readonly dimensions: readonly DimensionScore[] | null;
  readonly units: readonly UnitScore[] | null;
}

/** One dimension of a body or unit, exactly. @internal */
export interface DimensionEvaluation {
  readonly id: string;
  /** Percent of the total. */
  readonly weight: Rational;
  readonly weightText: string;
  /** 0–100. */
  readonly score: Rational;
  /** `weight × score / 100`: points of the (unit) total. */
  readonly contribution: Rational;
  /** How the score came from answers, or `null` when it was given. */
  readonly answers: AnswersResult | null;
  /** `true` when the dimension was given by its weighted points: `contribution` is as given, `score` derived. */
  readonly points: boolean;
}

/** @internal */
export interface UnitEvaluation {
  readonly id: string;
  /** `null` when the unit was given by its total. */
  readonly dimensions: readonly DimensionEvaluation[] | null;
  /** The unit's total before rounding. */
  readonly exact: Rational;
  /** What enters the mean: the total rounded as the ruleset says, or `exact`. */
  readonly value: Rational;
}

/** @internal */
export interface DeductionEvaluation {
  readonly points: Rational;
  /** What was taken off: the points, or less where the total reached 0. */
  readonly applied: Rational;
  readonly reason: string;
}

/**
 * Every step from a read input to the total, as exact fractions: the one computation behind `score`,
 * `explain` and `planToReach`.
 *
 * @internal
 */
export interface BodyEvaluation {
  readonly dimensions: readonly DimensionEvaluation[] | null;
  readonly units: readonly UnitEvaluation[] | null;
  /** The weighted total, or the mean of the units, before deductions. */
  readonly before: Rational;
  readonly deductions: readonly DeductionEvaluation[];
  /** `max(0, before − deductions)`: the unrounded total. */
  readonly exact: Rational;
  /** The total rounded as the ruleset says (a fraction over 10^digits). */
  readonly rounded: Rational;
}

/** @internal */
export function evaluateBody(compiled: CompiledRuleset, body: ReadBody): BodyEvaluation {
  const { digits, mode, unitsBeforeMean } = compiled.rounding;
  let dimensions: DimensionEvaluation[] | null = null;
  let units: UnitEvaluation[] | null = null;
  let before: Rational;
  if (body.kind === 'units') {
    units = body.units.map((unit) => {
      const dims = unit.values && evaluateDimensions(compiled, unit.values);
      const exact = dims ? totalOf(dims.map((d) => d.contribution)) : unit.total!;
      const value = unitsBeforeMean ? roundTo(exact, digits, mode) : exact;
      return { id: unit.id, dimensions: dims, exact, value };
    });
    before = div(totalOf(units.map((u) => u.value)), int(units.length));
  } else {
    dimensions = evaluateDimensions(compiled, body.values);
    before = totalOf(dimensions.map((d) => d.contribution));
  }
  const deductions = applyDeductions(before, body.deductions);
  const exact = max(R0, sub(before, totalOf(deductions.map((d) => d.points))));
  return { dimensions, units, before, deductions, exact, rounded: roundTo(exact, digits, mode) };
}

/** Dimension scores and contributions, in ruleset order. @internal */
export function evaluateDimensions(compiled: CompiledRuleset, values: readonly ReadValue[]): DimensionEvaluation[] {
  return compiled.dimensions.map((d, i) => {
    const value = values[i]!;
    const { weight } = d;
    const answers = value.kind === 'answers' ? evaluateAnswers(value.answers) : null;
    // Printed points are the contribution itself; the score is what they are of the weight (0 for a weight of 0).
    const score =
      value.kind === 'points'
        ? weight.n === 0
          ? R0
          : div(mul(value.points, R100), weight)
        : value.kind === 'score'
          ? value.score
          : answers!.score;
    const points = value.kind === 'points';
    const contribution = points ? value.points : div(mul(weight, score), R100);
    return { id: d.id, weight, weightText: d.weightText, score, contribution, answers, points };
  });
}

/** Deductions in order, each taking at most what is left above 0. */
function applyDeductions(before: Rational, deductions: readonly ReadDeduction[]): DeductionEvaluation[] {
  let left = before;
  return deductions.map((d) => {
    const { points } = d;
    const applied = min(points, max(R0, left));
    left = sub(left, applied);
    return { points, applied, reason: d.reason };
  });
}

/** The numbers of `score`'s result: the exact evaluation, shown. @internal */
export function shownTotal(compiled: CompiledRuleset, evaluation: BodyEvaluation): BodyTotal {
  const { digits, unitsBeforeMean } = compiled.rounding;
  return {
    total: fixedText(evaluation.rounded, digits),
    exact: shownExact(evaluation.exact),
    dimensions: evaluation.dimensions && dimensionScores(evaluation.dimensions, evaluation.before),
    units:
      evaluation.units &&
      mapFrozen(evaluation.units, (u) => ({
        id: u.id,
        total: unitsBeforeMean ? fixedText(u.value, digits) : display(u.value),
        exact: shownExact(u.exact),
        dimensions: u.dimensions && dimensionScores(u.dimensions, u.exact),
      })),
  };
}

/** The result rows of a set of dimensions; contributions shown so that they add up to the shown whole. */
function dimensionScores(dimensions: readonly DimensionEvaluation[], whole: Rational): readonly DimensionScore[] {
  const contributions = balance(
    dimensions.map((d) => d.contribution),
    whole,
    display(whole),
  );
  // Literals, not a spread: V8 keeps a spread copy in dictionary mode, four times the memory of a frozen literal.
  // With answers, the summary of the dimension's share plan, made once for every result it scores.
  return mapFrozen(
    dimensions,
    (d, i): DimensionScore =>
      d.answers
        ? {
            id: d.id,
            score: display(d.score),
            weight: d.weightText,
            contribution: contributions[i]!,
            answers: d.answers.plan.summary,
          }
        : { id: d.id, score: display(d.score), weight: d.weightText, contribution: contributions[i]! },
  );
}

/** A frozen array of frozen items. */
function mapFrozen<T, U>(items: readonly T[], make: (item: T, index: number) => U): readonly U[] {
  return Object.freeze(items.map((item, i) => Object.freeze(make(item, i))));
}
