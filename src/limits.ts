/**
 * Documented maxima that keep a hostile input from exhausting memory or time. Exceeding one is an
 * `INVALID_INPUT`, never a hang.
 *
 * @module
 */

/** The enforced maxima. */
export const LIMITS = Object.freeze({
  /** Units in one body. */
  unitsPerBody: 10_000,
  /** Deductions on one body. */
  deductionsPerBody: 100,
  /** Items in one `rank` call. */
  rankItems: 1_000_000,
  /** Characters of an id or a deduction reason. */
  textLength: 1_000,
  /** Characters of a numeric string. */
  numberLength: 64,
});
