/**
 * The 2022 ruleset: four dimensions, grades A–E (RULEBOOK §4). Weights borrowed from 2023 (`assumed`).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { defineBuiltIn, LEGAL_BASIS_22_2016, NO_DEDUCTIONS, RANKING, ROUNDING } from './parts/common.js';
import {
  fourDimensions,
  GRADE_BANDS,
  OPINION_2022,
  WEIGHTS_2023,
  WEIGHTS_BORROWED_FROM_2023,
} from './parts/four-dimensions.js';
import { withInstrument } from './parts/instrument-common.js';
import { INSTRUMENT_2022 } from './parts/instrument-years.js';

/**
 * The 2022 ruleset in its latest revision (2: answers on 0..5, each step worth 20 points, RULEBOOK §4.3), deeply
 * frozen. Revision 1 (answers on 0..3) is `getRuleset(2022, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2022';
 * import { classify } from '@ombuds/scoring';
 * classify(ruleset, '60.35').category; // 'C'
 * ```
 */
export const ruleset: Ruleset = defineBuiltIn({
  id: 'ori-2022',
  revision: 2,
  year: 2022,
  name: {
    id: 'Penilaian Kepatuhan Standar Pelayanan Publik dan Opini Pelayanan Publik',
    en: 'Public-service standards compliance assessment and public-service opinion',
  },
  legalBasis: LEGAL_BASIS_22_2016,
  derivedFrom: null,
  dimensions: withInstrument(fourDimensions(WEIGHTS_2023, WEIGHTS_BORROWED_FROM_2023), INSTRUMENT_2022),
  rounding: ROUNDING,
  bands: GRADE_BANDS,
  opinion: OPINION_2022,
  deductions: NO_DEDUCTIONS,
  ranking: RANKING,
});
