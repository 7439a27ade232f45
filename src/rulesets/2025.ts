/**
 * The 2025 ruleset: Opini Ombudsman RI. Four dimensions together 70 % plus public trust 30 %, five grades,
 * black zone, "Tanpa Maladministrasi" qualifier (RULEBOOK §5).
 *
 * @module
 */
import type { Provenance, Ruleset, Sourced } from '../model/index.js';
import { defineBuiltIn, RANKING, ROUNDING } from './parts/common.js';
import { fourDimensions, gradeBands2025 } from './parts/four-dimensions.js';

const SPLIT_OF_70: Provenance = {
  source: ['RULEBOOK §5', 'S17', 'S18', 'S19'],
  confidence: 'assumed',
  note: 'The instrument counts 70 % (S17–S19); its split is not published, so the 2023 proportions are used.',
};

/** 2025 shows the follow-up of Ombudsman products as the opinion qualifier, not as a deduction. */
const NO_DEDUCTIONS_2025: Sourced<boolean> = {
  value: false,
  source: ['RULEBOOK §4.4', 'RULEBOOK §5', 'S20'],
  confidence: 'assumed',
  note: 'No 2025 source describes a deduction; whether a body followed up Ombudsman products is shown by the "Tanpa Maladministrasi" qualifier (followedUpOmbudsman) instead.',
};

/**
 * The 2025 ruleset, deeply frozen.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2025';
 * import { score } from '@ombuds/scoring';
 * score(ruleset, { units: [{ total: '91.99' }, { total: '86.77' }, { total: '85.94' }] }).total; // '88.23'
 * ```
 */
export const ruleset: Ruleset = defineBuiltIn({
  id: 'ori-2025',
  revision: 1,
  year: 2025,
  name: {
    id: 'Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik (Opini Ombudsman RI)',
    en: 'Maladministration assessment of public-service delivery (Ombudsman RI Opinion)',
  },
  legalBasis: {
    value: 'Peraturan Ombudsman Republik Indonesia Nomor 61 Tahun 2025',
    source: ['RULEBOOK §2', 'S20', 'S22', 'S23'],
    confidence: 'confirmed',
  },
  derivedFrom: null,
  dimensions: [
    ...fourDimensions(
      { competency: '15.295', standards: '22.659', opinion: '16.968', complaints: '15.078' },
      SPLIT_OF_70,
    ),
    {
      id: 'trust',
      label: { id: 'Kepercayaan Masyarakat', en: 'Public trust' },
      description: { id: 'Survei kepercayaan masyarakat', en: 'Public trust survey' },
      weight: {
        value: '30.000',
        source: ['RULEBOOK §5', 'S17', 'S18', 'S19'],
        confidence: 'single-source',
        note: 'Three outlets, one origin.',
      },
    },
  ],
  rounding: ROUNDING,
  bands: gradeBands2025(),
  opinion: {
    value: {
      template: { id: 'Opini {label}{qualifier}', en: '{label} opinion{qualifier}' },
      qualifier: { id: ' Tanpa Maladministrasi', en: ' without maladministration' },
    },
    source: ['RULEBOOK §5', 'S20', 'S26', 'S27'],
    confidence: 'confirmed',
  },
  deductions: NO_DEDUCTIONS_2025,
  ranking: RANKING,
});
