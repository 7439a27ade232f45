/**
 * The rulesets of 2022–2024: four dimensions, five grades, the interview instrument (RULEBOOK §4), in each
 * revision. Revision 2 answers on 0..5, each step worth 20 points (RULEBOOK §4.3); revision 1 answers on 0..3
 * and stays available for results computed with it (RULEBOOK §7a).
 *
 * @module
 */
import type { AnswerScale, Ruleset, Sourced, Text } from '../../model/index.js';
import { defineBuiltIn, LEGAL_BASIS_22_2016, NO_DEDUCTIONS, RANKING, ROUNDING } from './common.js';
import {
  DEDUCTIONS_ALLOWED,
  fourDimensions,
  gradeBands,
  OPINION_2022,
  WEIGHTS_2023,
  WEIGHTS_BORROWED_FROM_2023,
} from './four-dimensions.js';
import { withInstrument } from './instrument-common.js';
import { INSTRUMENT_2022, INSTRUMENT_2023 } from './instrument-years.js';

/** The years with four dimensions and an instrument. */
export type GradedYear = 2022 | 2023 | 2024;

const NAME_2023_2024: Text = {
  id: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik',
  en: 'Compliance assessment of public-service delivery',
};

const YEARS = {
  2022: {
    name: {
      id: 'Penilaian Kepatuhan Standar Pelayanan Publik dan Opini Pelayanan Publik',
      en: 'Public-service standards compliance assessment and public-service opinion',
    },
    weights: WEIGHTS_BORROWED_FROM_2023,
    instrument: INSTRUMENT_2022,
    deductions: NO_DEDUCTIONS,
  },
  2023: { name: NAME_2023_2024, weights: null, instrument: INSTRUMENT_2023, deductions: DEDUCTIONS_ALLOWED },
  2024: {
    name: NAME_2023_2024,
    weights: WEIGHTS_BORROWED_FROM_2023,
    instrument: INSTRUMENT_2023,
    deductions: DEDUCTIONS_ALLOWED,
  },
} as const;

/** Revision 2's answer scale: 0..5, answer × 20 points (RULEBOOK §4.3 DECISION, revision 2). */
const SCALE_0_TO_5: Sourced<AnswerScale> = {
  value: { min: 0, max: 5 },
  source: ['RULEBOOK §4.3', 'S08'],
  confidence: 'assumed',
  note: 'Not published. A Sumut official: "each variable has a maximum of scale 5" (S08); the Sumsel office reports respondents "scored 20", knowing only a little (seed 001): 0..5 worth answer × 20 gives 20, a 0..3 scale cannot. The Kendal "0 to 3" (S02) is read as the range of the shortcomings.',
};

/** One graded year in one revision. */
export function gradedRuleset(year: GradedYear, revision: 1 | 2): Ruleset {
  const { name, weights, instrument, deductions } = YEARS[year];
  return defineBuiltIn({
    id: `ori-${year}`,
    revision,
    year,
    name,
    legalBasis: LEGAL_BASIS_22_2016,
    derivedFrom: null,
    dimensions: withInstrument(fourDimensions(WEIGHTS_2023, weights), instrument, revision === 2 ? SCALE_0_TO_5 : null),
    rounding: ROUNDING,
    bands: gradeBands(),
    opinion: OPINION_2022,
    deductions,
    ranking: RANKING,
  });
}
