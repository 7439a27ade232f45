/**
 * The 2024 ruleset: four dimensions, grades A–E, explicit deductions (RULEBOOK §4). Same structure as 2023; weights borrowed from 2023 (`assumed`).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { withInstrument } from './parts/instrument-common.js';
import { INSTRUMENT_2023 } from './parts/instrument-years.js';
import { defineBuiltIn, LEGAL_BASIS_22_2016, RANKING, ROUNDING } from './parts/common.js';
import {
  DEDUCTIONS_ALLOWED,
  fourDimensions,
  GRADE_BANDS,
  OPINION_2022,
  WEIGHTS_2023,
  WEIGHTS_BORROWED_FROM_2023,
} from './parts/four-dimensions.js';

/**
 * The 2024 ruleset in its latest revision (2: answers on 0..5, each step worth 20 points, RULEBOOK §4.3), deeply
 * frozen. Revision 1 (answers on 0..3) is `getRuleset(2024, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2024';
 * import { score } from '@ombuds/scoring';
 * score(ruleset, { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }).total; // '87.44'
 * ```
 */
export const ruleset: Ruleset = defineBuiltIn({
  id: 'ori-2024',
  revision: 2,
  year: 2024,
  name: {
    id: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik',
    en: 'Compliance assessment of public-service delivery',
  },
  legalBasis: LEGAL_BASIS_22_2016,
  derivedFrom: null,
  dimensions: withInstrument(fourDimensions(WEIGHTS_2023, WEIGHTS_BORROWED_FROM_2023), INSTRUMENT_2023),
  rounding: ROUNDING,
  bands: GRADE_BANDS,
  opinion: OPINION_2022,
  deductions: DEDUCTIONS_ALLOWED,
  ranking: RANKING,
});
