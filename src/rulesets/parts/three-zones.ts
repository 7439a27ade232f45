/**
 * The compliance rulesets of 2015–2019 and 2021: one dimension, three zones (RULEBOOK §3).
 *
 * Revision 2 of 2015–2019 closes the 50–51 gap of the published integer ranges towards kuning, as published
 * results do (Prov. Gorontalo 2017 at 50.12 was kuning, S100): merah is 50.00 or less. Revision 1 (kuning from
 * 51.00) stays available for results computed with it (RULEBOOK §7a). 2021 published decimal ranges and has one
 * revision.
 *
 * @module
 */
import type { Ruleset, Sourced, Text } from '../../model/index.js';
import { defineBuiltIn, NO_DEDUCTIONS, RANKING, ROUNDING } from './common.js';

const ZONE_SOURCES = ['RULEBOOK §3', 'S54', 'S74', 'S39', 'S40'];

interface ComplianceYear {
  /** 2015–2019 or 2021. */
  readonly year: number;
  readonly name: Text;
  readonly legalBasis: Sourced<string>;
}

/** The name of 2016–2019 (Peraturan Ombudsman 22/2016; also reported as "Survei Kepatuhan", RULEBOOK §2). */
export const NAME_2016_2019: Text = {
  id: 'Penilaian Kepatuhan terhadap Standar Pelayanan Publik',
  en: 'Assessment of compliance with public-service standards',
};

/** The name of 2021, which dropped "terhadap" and added electronic service standards (RULEBOOK §2). */
export const NAME_2021: Text = {
  id: 'Penilaian Kepatuhan Standar Pelayanan Publik',
  en: 'Public-service standards compliance assessment',
};

/** The lower bound of hijau in each revision of 2015–2019 (RULEBOOK §3): revision 2 rates each edge by its one source. */
const HIJAU_MIN_2015_2019: Record<1 | 2, Sourced<string>> = {
  1: {
    value: '81.00',
    source: [...ZONE_SOURCES, 'S53'],
    confidence: 'confirmed',
    note: 'Published as 81–100; Banyuasin 2019 at 80.03 was kuning (S53), so the 80–81 gap belongs to kuning.',
  },
  2: {
    value: '81.00',
    source: [...ZONE_SOURCES, 'S53'],
    confidence: 'single-source',
    note: 'Banyuasin 2019 at 80.03 was kuning (S53).',
  },
};

/** The lower bound of kuning in each revision of 2015–2019 (RULEBOOK §3). */
const KUNING_MIN_2015_2019: Record<1 | 2, Sourced<string>> = {
  1: {
    value: '51.00',
    source: ['RULEBOOK §3'],
    confidence: 'assumed',
    note: 'Published as 51–80 and 0–50; the 2021 decimal rule (merah below 51.00) closes the 50–51 gap.',
  },
  2: {
    value: '50.01',
    source: ['RULEBOOK §3', 'S100'],
    confidence: 'single-source',
    note: 'Prov. Gorontalo 2017 at 50.12 was kuning (S100).',
  },
};

/**
 * Builds the ruleset of one three-zone year in one revision: 1 for every year, 2 for 2015–2019 (2021 has one).
 * The registry builds revision 1 from the year's latest ruleset, which carries the year, name and legal basis.
 */
export function complianceRuleset({ year, name, legalBasis }: ComplianceYear, revision: 1 | 2): Ruleset {
  const decimalRulePublished = year === 2021;
  return defineBuiltIn({
    id: `ori-${year}`,
    revision,
    year,
    name,
    legalBasis,
    derivedFrom: null,
    dimensions: [
      {
        id: 'standards',
        label: { id: 'Kepatuhan standar pelayanan', en: 'Service-standard compliance' },
        description: decimalRulePublished
          ? {
              id: 'Kepatuhan produk layanan terhadap komponen standar pelayanan, termasuk standar pelayanan elektronik (UU 25/2009 Pasal 15 dan 21)',
              en: 'Compliance of each service product with the service-standard components, electronic services included (Law 25/2009 art. 15 and 21)',
            }
          : {
              id: 'Kepatuhan produk layanan terhadap komponen standar pelayanan (UU 25/2009 Pasal 15 dan 21)',
              en: 'Compliance of each service product with the service-standard components (Law 25/2009 art. 15 and 21)',
            },
        weight: {
          value: '100',
          source: ['RULEBOOK §3'],
          confidence: 'confirmed',
          note: 'A single dimension carries the whole score.',
        },
      },
    ],
    rounding: ROUNDING,
    bands: [
      {
        category: null,
        zone: { value: 'hijau', source: ZONE_SOURCES, confidence: 'confirmed' },
        label: { id: 'Kepatuhan Tinggi', en: 'High compliance' },
        min: decimalRulePublished
          ? { value: '81.00', source: ZONE_SOURCES, confidence: 'confirmed' }
          : HIJAU_MIN_2015_2019[revision],
      },
      {
        category: null,
        zone: { value: 'kuning', source: ZONE_SOURCES, confidence: 'confirmed' },
        label: { id: 'Kepatuhan Sedang', en: 'Medium compliance' },
        min: decimalRulePublished
          ? { value: '51.00', source: ['RULEBOOK §3', 'S39', 'S40'], confidence: 'confirmed' }
          : KUNING_MIN_2015_2019[revision],
      },
      {
        category: null,
        zone: { value: 'merah', source: ZONE_SOURCES, confidence: 'confirmed' },
        label: { id: 'Kepatuhan Rendah', en: 'Low compliance' },
        min: { value: '0.00', source: ZONE_SOURCES, confidence: 'confirmed' },
      },
    ],
    opinion: null,
    deductions: NO_DEDUCTIONS,
    ranking: RANKING,
  });
}
