/**
 * The 2015 ruleset: Penelitian Kepatuhan terhadap Standar Pelayanan Publik (RULEBOOK §2, §3).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { complianceRuleset } from './parts/three-zones.js';

/**
 * The 2015 ruleset in its latest revision (2: merah is 50.00 or less, RULEBOOK §3), deeply frozen. Revision 1
 * (kuning from 51.00) is `getRuleset(2015, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2015';
 * import { classify } from '@ombuds/scoring';
 * ruleset.bands.map((band) => band.zone.value); // ['hijau', 'kuning', 'merah']
 * classify(ruleset, '50.12').zone; // 'kuning'
 * ```
 */
export const ruleset: Ruleset = complianceRuleset(
  {
    year: 2015,
    name: {
      id: 'Penelitian Kepatuhan terhadap Standar Pelayanan Publik',
      en: 'Study of compliance with public-service standards',
    },
    legalBasis: {
      value: 'Peraturan Ombudsman Republik Indonesia Nomor 17 Tahun 2015',
      source: ['RULEBOOK §2', 'S24', 'S25'],
      confidence: 'confirmed',
    },
  },
  2,
);
