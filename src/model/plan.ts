/**
 * What `planToReach` takes and gives: its target, options and the plan with its steps.
 *
 * @module
 */
import type { Confidence, Text } from './provenance.js';
import type { Category, Zone } from './ruleset.js';
import type { ScoreOptions } from './input.js';

/** A grade (`'B'`) or a zone (`'hijau'`): reaching it means that grade or zone, or a better one. */
export type PlanTarget = Category | Zone;

/** What a plan minimises: single-answer raises, or dimension points. */
export type PlanMeasure = 'answers' | 'points';

/** Options of `planToReach`: those of `score`, and what to minimise and what may change. */
export interface PlanOptions extends ScoreOptions {
  /** `'answers'` (default when the input has answers) or `'points'` (default otherwise). */
  readonly minimize?: PlanMeasure | undefined;
  /** Dimension or indicator ids the office cannot change (e.g. `['opinion']`): the plan leaves them as they are. */
  readonly fixed?: readonly string[] | undefined;
  /** The highest score (0–100) a dimension may reach in the plan, per dimension id. */
  readonly max?: Readonly<Record<string, string | number>> | undefined;
}

/** `count` answers of one indicator go from answer `from` to answer `to` (answer values, `from < to`). */
export interface PlanAnswerMove {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Which answers of one indicator to raise. */
export interface PlanIndicatorStep {
  readonly indicator: string;
  readonly variable: string;
  /** Current mean answer (exact), or `null` for an unanswered indicator counted as 0. */
  readonly from: string | null;
  /**
   * Mean answer after the step: exact for an answers plan; for a points plan rounded up to two decimals, at
   * most the scale maximum.
   */
  readonly to: string;
  /** Single raises (one answer up one level); `null` where it cannot be said (an unanswered indicator). */
  readonly raises: number | null;
  /** Answers plan: which answers move, lowest first. */
  readonly answers?: readonly PlanAnswerMove[];
  /** The weakest confidence of the parameters this step rests on: dimension weight, variable, indicator. */
  readonly confidence: Confidence;
  /** One sentence for the office, in Indonesian and English. */
  readonly text: Text;
}

/** One dimension to raise. */
export interface PlanStep {
  readonly dimension: string;
  /** Current score, exact. */
  readonly from: string;
  /** Score to reach: two decimals (rounded up) in a points plan; exact in an answers plan. */
  readonly to: string;
  /** Percent of the total. */
  readonly weight: string;
  /** For a dimension scored from answers: the indicator answers to raise. */
  readonly indicators?: readonly PlanIndicatorStep[];
  /** Answers plan: single raises in this dimension. */
  readonly raises?: number;
  /** The weakest confidence of the parameters this step rests on (its weight and, below, its indicators). */
  readonly confidence: Confidence;
  readonly text: Text;
}

/** The result of `planToReach`. */
export interface Plan {
  readonly target: PlanTarget;
  /** What the plan minimises. */
  readonly minimize: PlanMeasure;
  /** The lowest rounded total in the target: `"78.00"` for B in 2023. */
  readonly threshold: string;
  readonly reachable: boolean;
  /** Dimensions to raise; empty when already reached or not reachable. */
  readonly steps: readonly PlanStep[];
  /** Points added to the dimension scores over all steps, `Σ (to − from)`, exact. */
  readonly points: string;
  /** Answers plan: the number of single raises (the minimum); `null` for a points plan. */
  readonly raises: number | null;
  /** The rounded total after the steps (the current total when no step is needed or possible). */
  readonly total: string;
  /** The unrounded total after the steps, as `score` prints its `exact` (20 decimals and `…` when it does not terminate). */
  readonly exact: string;
  readonly category: Category | null;
  readonly zone: Zone;
  /**
   * The weakest confidence of what the plan rests on: the band bounds that set the threshold, the rounding
   * rule, and every step.
   */
  readonly confidence: Confidence;
  /** Why the target cannot be reached, or `null`. */
  readonly reason: Text | null;
}
