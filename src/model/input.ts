/**
 * What `score` accepts.
 *
 * @module
 */
import type { ParseOptions } from '../decimal.js';
import type { DimensionId } from './ruleset.js';

/** A decimal string (`"87.44"`) or a finite number (`87.44`). Strings are read exactly. */
export type DecimalInput = string | number;

/** Dimension scores on 0–100, keyed by dimension id. Every dimension of the ruleset must be present. */
export type DimensionScores = Readonly<Partial<Record<DimensionId, DecimalInput>>>;

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
  readonly deductions?: readonly Deduction[];
  /** Whether the body followed up Ombudsman products (2025): adds "Tanpa Maladministrasi" to the opinion. */
  readonly followedUpOmbudsman?: boolean;
}

/** A body scored from its dimension scores. */
export interface DimensionsInput extends BodyFacts {
  readonly dimensions: DimensionScores;
}

/** One service unit of a body: either its total or its dimension scores. */
export type UnitInput =
  | { readonly id?: string; readonly total: DecimalInput }
  | { readonly id?: string; readonly dimensions: DimensionScores };

/** A body scored as the mean of its units (RULEBOOK §6). */
export interface UnitsInput extends BodyFacts {
  readonly units: readonly UnitInput[];
}

/** Input of `score`. */
export type ScoreInput = DimensionsInput | UnitsInput;

/** Options of `score`. */
export interface ScoreOptions extends ParseOptions {}
