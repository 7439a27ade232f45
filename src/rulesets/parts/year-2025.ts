/**
 * The 2025 ruleset in each revision (RULEBOOK §5, §7a).
 *
 * @module
 */
import type { Ruleset } from '../../model/index.js';
import { defineBuiltIn, RANKING, ROUNDING } from './common.js';
import { fourDimensions, gradeBands2025 } from './four-dimensions.js';

/** How the instrument's 70 % is split in each revision, as the weights and their provenance (RULEBOOK §5). */
const SPLIT_OF_70: Record<1 | 2, Parameters<typeof fourDimensions>> = {
  1: [
    { competency: '15.295', standards: '22.659', opinion: '16.968', complaints: '15.078' },
    {
      source: ['RULEBOOK §5', 'S17', 'S18', 'S19'],
      confidence: 'assumed',
      note: 'The instrument counts 70 % (S17–S19); its split is not published, so the 2023 proportions are used.',
    },
  ],
  2: [
    { competency: '25', standards: '20', opinion: '10', complaints: '15' },
    {
      source: ['RULEBOOK §5', 'S17', 'S18', 'S19', 'S103'],
      confidence: 'assumed',
      note: 'Not published; a round split above the lower bounds of S103 (23.32, 19.76, 9.38, 10.97).',
    },
  ],
};


/** The 2025 ruleset in one revision: 1 splits the 70 % in the 2023 proportions, 2 as 25 / 20 / 10 / 15. */
export function ruleset2025(revision: 1 | 2): Ruleset {
  return defineBuiltIn({
    id: 'ori-2025',
    revision,
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
      ...fourDimensions(...SPLIT_OF_70[revision]),
      {
        id: 'trust',
        label: { id: 'Kepercayaan Masyarakat', en: 'Public trust' },
        description: { id: 'Survei kepercayaan masyarakat', en: 'Public trust survey' },
        weight: {
          value: revision === 1 ? '30.000' : '30',
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
    // 2025 shows the follow-up of Ombudsman products as the opinion qualifier, not as a deduction.
    deductions: {
      value: false,
      source: ['RULEBOOK §4.4', 'RULEBOOK §5', 'S20'],
      confidence: 'assumed',
      note: 'No 2025 source describes a deduction; whether a body followed up Ombudsman products is shown by the "Tanpa Maladministrasi" qualifier (followedUpOmbudsman) instead.',
    },
    ranking: RANKING,
  });
}
