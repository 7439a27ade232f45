/**
 * The instrument model: below each dimension, its variables and their indicators, each answered on a small
 * scale by respondents (officers, service users) or for observed products (RULEBOOK §4.3).
 *
 * Weights: a variable's `weight` and an indicator's `weight` are both in percent **of their dimension** (the
 * one published indicator weight, 12.22 % for knowledge of the standard components, is stated that way [S03]).
 * Where weights are not published the rule of RULEBOOK §4.3 applies: variables share what the weighted
 * variables leave of 100 % equally; inside a variable, the indicators without a weight share what the weighted
 * ones leave of the variable's share equally. So with variables 50 / 50 and one indicator at 12.22 %, the five
 * other indicators of that variable get (50 − 12.22) / 5 = 7.556 % each.
 *
 * Provenance uses the same field names as every other ruleset parameter (`source`, `confidence`, `note`), so
 * one walker finds them all.
 *
 * @module
 */
import type { Provenance, Sourced, Text } from './provenance.js';

/** The answer scale of an indicator: integers, `min < max`. An answer `a` maps to `(a − min) / (max − min) × 100`. */
export interface AnswerScale {
  readonly min: number;
  readonly max: number;
}

/**
 * One answer an indicator accepts, with the points (0–100) it is worth and its words: an indicator's own answer
 * options replace the linear scale (RULEBOOK §4.3, revision 2).
 */
export interface AnswerOption {
  /** The answer as respondents' sheets record it: an integer, unique within the indicator. */
  readonly value: number;
  /** What the answer is worth on 0–100, a decimal string (`"66.67"`, `"100"`). */
  readonly points: string;
  readonly label: Text;
}

/**
 * The scale used where neither the indicator nor its dimension gives one: "interval 0 to 3" (RULEBOOK §4.3, S02),
 * the answer scale of revision 1 of 2022–2024. Revision 2 sets 0..5 on each dimension (`dimension.scale`).
 *
 * @example
 * ```ts
 * import { DEFAULT_SCALE } from '@ombuds/scoring';
 * DEFAULT_SCALE; // { min: 0, max: 3 }
 * ```
 */
export const DEFAULT_SCALE: AnswerScale = /* @__PURE__ */ Object.freeze({ min: 0, max: 3 });

/** One question of the instrument, answered once per respondent or observed product. */
export interface Indicator extends Provenance {
  /** Stable id, unique inside its dimension, e.g. `pengetahuan-standar`. */
  readonly id: string;
  readonly label: Text;
  /** Answer scale; the dimension's `scale` when absent, else {@link DEFAULT_SCALE} (0..3). */
  readonly scale?: AnswerScale;
  /**
   * The indicator's own answers, each with its points, in ascending order of value; when present they replace
   * the scale, and an answer that is not one of their values is refused.
   */
  readonly options?: Sourced<readonly AnswerOption[]>;
  /** Percent of the dimension; absent where not published (equal share of what is left in the variable). */
  readonly weight?: Sourced<string>;
}

/** A group of indicators inside a dimension (e.g. kompetensi pelaksana, sarana prasarana). */
export interface Variable extends Provenance {
  /** Stable id, unique inside its dimension. */
  readonly id: string;
  readonly label: Text;
  /** Percent of the dimension; absent where not published (equal share of what is left). */
  readonly weight?: Sourced<string>;
  readonly indicators: readonly Indicator[];
}

/**
 * How `score` counts indicators that have no answers (option `missingIndicators`):
 *
 * - `refuse` (default): a missing indicator is an `INVALID_INPUT`.
 * - `exclude`: missing indicators are left out; their weight goes to the answered indicators of the same
 *   variable in proportion to their weights. A variable with no answered indicator is left out the same way
 *   inside its dimension. A dimension with no answered indicator is still an error.
 * - `zero`: a missing indicator counts as answered with 0 points.
 */
export type MissingIndicators = 'refuse' | 'exclude' | 'zero';

/**
 * All values of {@link MissingIndicators}.
 *
 * @example
 * ```ts
 * import { MISSING_INDICATOR_RULES } from '@ombuds/scoring';
 * MISSING_INDICATOR_RULES; // ['refuse', 'exclude', 'zero']
 * ```
 */
export const MISSING_INDICATOR_RULES: readonly MissingIndicators[] = /* @__PURE__ */ Object.freeze(['refuse', 'exclude', 'zero']);
