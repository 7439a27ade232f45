/**
 * The compliance rulesets of 2015–2019 and 2021: one dimension, three zones (RULEBOOK §3).
 *
 * @module
 */
import type { Ruleset, Sourced, Text } from '../../model/index.js';
import { defineBuiltIn, NO_DEDUCTIONS, RANKING, ROUNDING } from './common.js';

const ZONE_SOURCES = ['RULEBOOK §3', 'S54', 'S74', 'S39', 'S40'];

interface ComplianceYear {
  readonly year: 2015 | 2016 | 2017 | 2018 | 2019 | 2021;
  readonly name: Text;
  readonly legalBasis: Sourced<string>;
}

/** Builds the ruleset of one three-zone year. */
export function complianceRuleset({ year, name, legalBasis }: ComplianceYear): Ruleset {
  const decimalRulePublished = year === 2021;
  return defineBuiltIn({
    id: `ori-${year}`,
    revision: 1,
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
          : {
              value: '81.00',
              source: [...ZONE_SOURCES, 'S53'],
              confidence: 'confirmed',
              note: 'Published as 81–100; Banyuasin 2019 at 80.03 was kuning (S53), so the 80–81 gap belongs to kuning.',
            },
      },
      {
        category: null,
        zone: { value: 'kuning', source: ZONE_SOURCES, confidence: 'confirmed' },
        label: { id: 'Kepatuhan Sedang', en: 'Medium compliance' },
        min: decimalRulePublished
          ? { value: '51.00', source: ['RULEBOOK §3', 'S39', 'S40'], confidence: 'confirmed' }
          : {
              value: '51.00',
              source: ['RULEBOOK §3'],
              confidence: 'assumed',
              note: 'Published as 51–80 and 0–50; the 2021 decimal rule (merah below 51.00) closes the 50–51 gap.',
            },
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
