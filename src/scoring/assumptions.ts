/**
 * What a result rests on: the `assumed` parameters that decided its numbers or its class (RULEBOOK preamble,
 * "Provenance"). An empty list means the result rests on published rules only.
 *
 * Listed: the weights the computation used (not for points input, whose total needs none), the answer scale or
 * options, the indicators and variables and their weights of every dimension scored from answers, the bounds,
 * zone and quality word of the band the total fell in, the deductions rule where a deduction was given, the
 * opinion rule where an opinion was given, and the rounding rule only where it decided a digit: a total (of the
 * body or of a unit) exactly half-way between two hundredths. Policies that did not act on this input are not
 * listed.
 *
 * @module
 */
import type { Dimension } from '../model/index.js';
import type { BodyEvaluation } from './aggregate.js';
import { levelsParameter } from './answers.js';
import { assumed, type CompiledBand, type CompiledRuleset } from './compile.js';
import { isHalfway } from '../exact/fraction.js';
import { own } from '../util/own.js';

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
  const found: string[] = [];
  const note = (paths: readonly string[]) => found.push(...paths);
  // Paths repeat only across units and across the indicators of a dimension (its scale): only then deduplicate.
  let repeats = evaluation.units !== null;
  const dimensionSets = evaluation.units
    ? evaluation.units.map((u) => u.dimensions).filter((d) => d !== null)
    : [evaluation.dimensions!];
  for (const dimensions of dimensionSets) {
    dimensions.forEach((d, i) => {
      if (d.points) return;
      const paths = pathsOf(ruleset.dimensions[i]!);
      note(paths.weight);
      d.answers?.variables.forEach((v, vi) => {
        if (v.indicators.every((x) => x.score === null)) return;
        repeats = true;
        note(paths.variables[vi]!.own);
        v.indicators.forEach((x, k) => x.score !== null && note(paths.variables[vi]!.indicators[k]!));
      });
    });
  }
  note(band.assumptions);
  if (deducted) note(assumed(ruleset.deductions, 'deductions'));
  if (withOpinion) note(assumed(ruleset.opinion, 'opinion'));
  if (roundingDecided(compiled, evaluation)) note(assumed(ruleset.rounding, 'rounding'));
  return Object.freeze(repeats ? [...new Set(found)] : found);
}

/** The assumed parameters of a dimension, by the paths the provenance walk gives them, grouped as scored. */
interface DimensionPaths {
  /** Its weight. */
  readonly weight: readonly string[];
  /** Per variable: the variable and its weight, and per indicator its own, its weight's and its levels'. */
  readonly variables: readonly { readonly own: readonly string[]; readonly indicators: readonly string[][] }[];
}

const pathCache = new WeakMap<Dimension, DimensionPaths>();

/** The paths of a dimension, built once per (frozen) dimension object. */
function pathsOf(dimension: Dimension): DimensionPaths {
  let paths = pathCache.get(dimension);
  if (!paths) {
    const at = `dimensions.${dimension.id}`;
    paths = {
      weight: assumed(dimension.weight, `${at}.weight`),
      variables: (dimension.variables ?? []).map((variable) => {
        const variableAt = `${at}.variables.${variable.id}`;
        return {
          own: [...assumed(variable, variableAt), ...assumed(own(variable, 'weight'), `${variableAt}.weight`)],
          indicators: variable.indicators.map((indicator) => {
            const indicatorAt = `${variableAt}.indicators.${indicator.id}`;
            return [
              ...assumed(indicator, indicatorAt),
              ...assumed(own(indicator, 'weight'), `${indicatorAt}.weight`),
              ...assumed(
                levelsParameter(dimension, indicator),
                own(indicator, 'options') ? `${indicatorAt}.options` : `${at}.scale`,
              ),
            ];
          }),
        };
      }),
    };
    pathCache.set(dimension, paths);
  }
  return paths;
}

/**
 * Whether the rounding rule decided a digit of this result: its exact total, or (where units are rounded before
 * their mean) a unit's exact total, lies exactly half-way between two hundredths, where the modes part.
 */
function roundingDecided(compiled: CompiledRuleset, evaluation: BodyEvaluation): boolean {
  const { digits, unitsBeforeMean } = compiled.rounding;
  return (
    isHalfway(evaluation.exact, digits) ||
    (unitsBeforeMean && (evaluation.units ?? []).some((u) => isHalfway(u.exact, digits)))
  );
}
