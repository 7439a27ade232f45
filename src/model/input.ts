/**
 * What `score` accepts.
 *
 * @module
 */
import type { ParseOptions } from '../exact/read-number.js';
import type { MissingIndicators } from './instrument.js';
import type { DimensionId } from './ruleset.js';

/** A decimal string (`"87.44"`) or a finite number (`87.44`). Strings are read exactly. */
export type DecimalInput = string | number;

/** Dimension scores on 0–100, keyed by dimension id. Every dimension of the ruleset must be present. */
export type DimensionScores = Readonly<Partial<Record<DimensionId, DecimalInput | undefined>>>;

/** An explicit cut of the total (2023–2024 substantive variable): Ombudsman products not followed up. */
export interface Deduction {
  /** Points on the 0–100 scale. */
  readonly points: DecimalInput;
  /** Why, in words; shown in the result. */
  readonly reason: string;
}

/** Body-level facts that apply whatever the shape of the scores. */
export interface BodyFacts {
  /** Deductions (only where the ruleset allows them: 2023, 2024). */
  readonly deductions?: readonly Deduction[] | undefined;
  /** Whether the body followed up Ombudsman products (2025): adds "Tanpa Maladministrasi" to the opinion. */
  readonly followedUpOmbudsman?: boolean | undefined;
}

/** A body scored from its dimension scores. */
export interface DimensionsInput extends BodyFacts {
  readonly dimensions: DimensionScores;
}

/**
 * Weighted points per dimension as the Ombudsman prints them (RULEBOOK §5): each from 0 to its dimension's
 * weight; the total is their exact sum, which needs no weight. Every dimension of the ruleset must be present.
 */
export type DimensionPoints = Readonly<Partial<Record<DimensionId, DecimalInput | undefined>>>;

/** A body scored from the weighted points of its dimensions, e.g. Dinas Sosial Prov. Lampung 2025 (S103). */
export interface PointsInput extends BodyFacts {
  readonly points: DimensionPoints;
}

/**
 * Raw answers per dimension and indicator: `{ competency: { 'pengetahuan-standar': [3, 2, 3, 3] } }`, one
 * number (or decimal string) per respondent or observed product, on the indicator's scale (its dimension's:
 * 0..5 in revision 2 of 2022–2024, 0..3 in revision 1) or one of its answer options.
 */
export type InstrumentAnswers = Readonly<
  Partial<Record<DimensionId, Readonly<Record<string, readonly DecimalInput[]>> | undefined>>
>;

/**
 * A body scored from indicator answers. Dimensions may be mixed: each dimension is given either by its score
 * in `dimensions` or by its answers in `answers`, never both.
 */
export interface AnswersInput extends BodyFacts {
  readonly answers: InstrumentAnswers;
  readonly dimensions?: DimensionScores | undefined;
}

/**
 * One service unit of a body: its total, its dimension scores, its points, or answers (mixed with dimension
 * scores). Ids are unique; a unit without one is named by its 1-based position (`"3"`), or `"3#2"` (then `"3#3"`,
 * …) when another unit was given the id `"3"`, so a made-up id never equals an id you gave.
 */
export type UnitInput =
  | { readonly id?: string | undefined; readonly total: DecimalInput }
  | { readonly id?: string | undefined; readonly dimensions: DimensionScores }
  | { readonly id?: string | undefined; readonly points: DimensionPoints }
  | { readonly id?: string | undefined; readonly answers: InstrumentAnswers; readonly dimensions?: DimensionScores | undefined };

/** A body scored as the mean of its units (RULEBOOK §6). */
export interface UnitsInput extends BodyFacts {
  readonly units: readonly UnitInput[];
}

/** Input of `score`. */
export type ScoreInput = DimensionsInput | PointsInput | UnitsInput | AnswersInput;

/** Options of `score`. */
export interface ScoreOptions extends ParseOptions {
  /**
   * How indicators without answers count, for answer-level input: `refuse` (default, `INVALID_INPUT`),
   * `exclude` (left out, their weight re-spread inside their variable) or `zero` (counted at the scale
   * minimum). The rule that applied is stated in `result.dimensions[].answers.rule`.
   */
  readonly missingIndicators?: MissingIndicators | undefined;
}
