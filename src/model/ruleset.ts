/**
 * The ruleset model: the types of a year's scoring rules. Rulesets are plain, JSON-serialisable, deeply frozen
 * data; the zod schema that validates them lives in `ruleset-schema.ts`.
 *
 * @module
 */
import type { RoundingMode } from '../exact/rounding.js';
import type { AnswerScale, Variable } from './instrument.js';
import type { Sourced, Text } from './provenance.js';
import type { RankingPolicy } from './ranking.js';

/** Colour zones: green, yellow, red and (2025) black. */
export type Zone = 'hijau' | 'kuning' | 'merah' | 'hitam';
/** Grades of 2022 onwards. */
export type Category = 'A' | 'B' | 'C' | 'D' | 'E';
/** Dimension ids: `standards` alone in 2015–2021; four from 2022; `trust` in 2025. */
export type DimensionId = 'competency' | 'standards' | 'opinion' | 'complaints' | 'trust';

/**
 * All zone ids, in order from best to worst.
 *
 * @example
 * ```ts
 * import { ZONES } from '@ombuds/scoring';
 * ZONES; // ['hijau', 'kuning', 'merah', 'hitam']
 * ```
 */
export const ZONES: readonly Zone[] = /* @__PURE__ */ Object.freeze(['hijau', 'kuning', 'merah', 'hitam']);
/**
 * All grade ids, best first.
 *
 * @example
 * ```ts
 * import { CATEGORIES } from '@ombuds/scoring';
 * CATEGORIES.indexOf('B') < CATEGORIES.indexOf('C'); // true: B is the better grade
 * ```
 */
export const CATEGORIES: readonly Category[] = /* @__PURE__ */ Object.freeze(['A', 'B', 'C', 'D', 'E']);
/**
 * All dimension ids.
 *
 * @example
 * ```ts
 * import { DIMENSION_IDS } from '@ombuds/scoring';
 * DIMENSION_IDS; // ['competency', 'standards', 'opinion', 'complaints', 'trust']
 * ```
 */
export const DIMENSION_IDS: readonly DimensionId[] = /* @__PURE__ */ Object.freeze([
  'competency',
  'standards',
  'opinion',
  'complaints',
  'trust',
]);

/** One dimension of the assessment with its weight in percent (a decimal string; all weights sum to 100). */
export interface Dimension {
  readonly id: DimensionId;
  /** Short name, e.g. `{ id: 'Dimensi Proses', en: 'Process dimension' }`. */
  readonly label: Text;
  /** What the dimension measures. */
  readonly description: Text;
  readonly weight: Sourced<string>;
  /**
   * The instrument below the dimension (2022–2024): variables, each with its indicators. Absent where the
   * indicator lists are not public; such a dimension is scored from its dimension score only.
   */
  readonly variables?: readonly Variable[];
  /**
   * The answer scale of the dimension's indicators (those without their own `scale` or `options`): revision 2 of
   * 2022–2024 answers on 0..5, each step worth 20 points (RULEBOOK §4.3). Absent: `DEFAULT_SCALE` (0..3).
   */
  readonly scale?: Sourced<AnswerScale>;
}

/**
 * A classification band: every rounded total at or above `min` (and below the next band's `min`) falls here.
 */
export interface Band {
  /** `A`–`E`, or `null` in the three-zone years. */
  readonly category: Category | null;
  readonly zone: Sourced<Zone>;
  /** Opinion words (2022+) or compliance predicate (2015–2021). */
  readonly label: Text;
  /** The 2025 quality word (Sangat Baik … Sangat Kurang). */
  readonly quality?: Sourced<Text>;
  /** Inclusive lower bound as a decimal string with at most `rounding.digits` decimals. */
  readonly min: Sourced<string>;
}

/** Where and how totals are rounded. */
export interface Rounding {
  /** Decimals of a published total (2). */
  readonly digits: number;
  readonly mode: RoundingMode;
  /** Round each unit's total before taking the mean of the units (RULEBOOK §6). */
  readonly unitsBeforeMean: boolean;
}

/** How the opinion text is formed from a band's label (2022 onwards). */
export interface OpinionRule {
  /** `{label}` stands for the band label, `{qualifier}` for the maladministration qualifier or nothing. */
  readonly template: Text;
  /** Added when the body followed up Ombudsman products (2025): " Tanpa Maladministrasi". */
  readonly qualifier: Text | null;
}

/** The complete scoring rules of one assessment year. */
export interface Ruleset {
  /** Stable id, e.g. `ori-2023`. */
  readonly id: string;
  /** Bumped whenever a parameter changes in a way that can move a result. */
  readonly revision: number;
  readonly year: number;
  readonly name: Text;
  readonly legalBasis: Sourced<string>;
  /** Id of the official ruleset a custom one was derived from, or `null` for an official ruleset. */
  readonly derivedFrom: string | null;
  readonly dimensions: readonly Dimension[];
  readonly rounding: Sourced<Rounding>;
  /** Ordered from the highest `min` to the lowest, which is 0. */
  readonly bands: readonly Band[];
  readonly opinion: Sourced<OpinionRule> | null;
  /** Whether an input may carry explicit deductions (the 2023–2024 substantive variable). */
  readonly deductions: Sourced<boolean>;
  readonly ranking: Sourced<RankingPolicy>;
}
