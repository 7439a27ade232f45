/**
 * Documented maxima that keep a hostile input from exhausting memory or time. Exceeding one is an
 * `INVALID_INPUT` (with the path of the offending value), never a hang. See docs/guides/limits.md.
 *
 * @example
 * ```ts
 * import { getRuleset, LIMITS, safeScore } from '@ombuds/scoring';
 * const units = Array.from({ length: LIMITS.unitsPerBody + 1 }, () => ({ total: '80' }));
 * safeScore(getRuleset(2023), { units }).success; // false: INVALID_INPUT at ['units']
 * ```
 *
 * @module
 */

/**
 * The enforced maxima.
 *
 * @example
 * ```ts
 * import { LIMITS } from '@ombuds/scoring';
 * LIMITS.unitsPerBody; // 10000
 * LIMITS.answersPerIndicator; // 10000
 * ```
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  /** Units in one body. */
  unitsPerBody: 10_000,
  /** Answers (respondents) to one indicator of one unit or body. */
  answersPerIndicator: 10_000,
  /** Deductions on one body. */
  deductionsPerBody: 100,
  /** Items in one `rank` call. */
  rankItems: 1_000_000,
  /** Characters (code points) of an id or a deduction reason. */
  textLength: 1_000,
  /** Characters (code points) of one text inside a ruleset: a label, a note, a source, a legal basis. */
  rulesetTextLength: 10_000,
  /** Characters of a numeric string. */
  numberLength: 64,
  /**
   * Decimals of a value (a string, or a number read through its shortest round-trip text) given to `score`,
   * `explain` or `planToReach`. `classify` and `rank` read as many as `numberLength` allows, so that every total
   * and exact total `score` prints can be passed back to them.
   */
  decimals: 20,
  /**
   * Problems listed in one `ScoringError.issues`: the reading stops at the 100th, so that a list of a million bad
   * items makes a hundred errors, not a million.
   */
  issues: 100,
});
