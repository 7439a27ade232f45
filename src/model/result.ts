/**
 * What `score` and `classify` return. All values are plain, JSON-serialisable and frozen; decimals are strings.
 *
 * @module
 */
import type { MissingIndicators } from './instrument.js';
import type { Text } from './provenance.js';
import type { Category, Zone } from './ruleset.js';

/** The classification of a rounded total. */
export interface Classification {
  /** The total rounded as the ruleset says, with exactly its digits: `"88.00"`. */
  readonly total: string;
  /** `A`–`E`, or `null` in the three-zone years. */
  readonly category: Category | null;
  readonly zone: Zone;
  /** Opinion words (`Kualitas Tinggi`) or compliance predicate (`Kepatuhan Sedang`). */
  readonly label: Text;
  /** `Opini Kualitas Tinggi` (2022 onwards), or `null`. */
  readonly opinion: Text | null;
  /** The 2025 quality word (`Sangat Baik`), or `null`. */
  readonly quality: Text | null;
}

/** One dimension's part in a total. */
export interface DimensionScore {
  readonly id: string;
  /** The dimension score as given (exact). */
  readonly score: string;
  /** Weight in percent. */
  readonly weight: string;
  /** `weight × score / 100`, exact; the contributions sum to the unrounded weighted total. */
  readonly contribution: string;
  /** Present when the dimension was scored from indicator answers: how many, and the missing-indicator rule. */
  readonly answers?: AnswersSummary;
}

/**
 * How a dimension was scored from answers. Scores from answers are exact fractions: where one does not
 * terminate (2/3 × 100), `score` and `contribution` are shown truncated to 20 decimals, and the shown contributions
 * are balanced to the last digit so that they still add up exactly to the shown total.
 */
export interface AnswersSummary {
  /** Indicators in the instrument of the dimension. */
  readonly indicators: number;
  /** Indicators with at least one answer. */
  readonly answered: number;
  /** The rule that applied to the others (option `missingIndicators`). */
  readonly missingIndicators: MissingIndicators;
  /** The rule in words, e.g. "13 of 15 indicators answered; the 2 unanswered count as 0 …". */
  readonly rule: Text;
}

/** One unit's total inside a body. */
export interface UnitScore {
  readonly id: string;
  /**
   * Rounded as the ruleset says (when it rounds units before the mean), or else the unit's exact total as a plain
   * decimal (cut at 20 decimals, without a mark, when it does not terminate), so that it can be given to `score`
   * as a unit total.
   */
  readonly total: string;
  /** The unit's unrounded total, printed as {@link ScoreResult.exact} is (20 decimals and `…` when it does not terminate). */
  readonly exact: string;
  /** Dimension contributions when the unit was given by dimensions, else `null`. */
  readonly dimensions: readonly DimensionScore[] | null;
}

/** A deduction as applied. */
export interface AppliedDeduction {
  readonly points: string;
  readonly reason: string;
}

/** The ruleset a result was computed with. */
export interface RulesetRef {
  readonly id: string;
  readonly year: number;
  readonly revision: number;
  /** Id of the official ruleset a custom one came from, or `null`. */
  readonly derivedFrom: string | null;
}

/** The result of `score`. */
export interface ScoreResult extends Classification {
  /**
   * The unrounded total. Exact when it terminates (every weighted sum of decimals does), with all its decimals
   * (more than 20 when the inputs have 20). A value that does not terminate (a mean of units, 264.7 / 3; a score
   * from answers) is printed as its first 20 decimals, truncated, followed by `…` (U+2026):
   * `'88.23333333333333333333…'`, "strictly between 88.23333333333333333333 and 88.23333333333333333334". `total` is
   * always rounded from the exact fraction. `classify` and `rank` take this string back as it is (the mark too),
   * and round and order it as the value it stands for; `score` refuses the mark in its input.
   */
  readonly exact: string;
  readonly ruleset: RulesetRef;
  /** Per-dimension contributions when the body was given by dimensions, else `null`. */
  readonly dimensions: readonly DimensionScore[] | null;
  /** Per-unit totals when the body was given by units, else `null`. */
  readonly units: readonly UnitScore[] | null;
  readonly deductions: readonly AppliedDeduction[];
  /** The 2025 follow-up flag as given, `null` where the ruleset has no such qualifier. */
  readonly followedUpOmbudsman: boolean | null;
  /**
   * Paths (as `assumptions(ruleset)` names them, e.g. `dimensions.competency.weight`) of the `assumed`
   * parameters that decided this result's numbers or class: the weights used, the answer scale or options and
   * the indicators of dimensions scored from answers, the bounds of its band, and the rounding rule only where
   * the total lay exactly half-way between two hundredths. Empty: the result rests on published rules only.
   * Non-empty: the result is an estimate, and these are what it rests on.
   */
  readonly assumptions: readonly string[];
}
