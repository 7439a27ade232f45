/**
 * The 2015 ruleset: Penelitian Kepatuhan terhadap Standar Pelayanan Publik (RULEBOOK §2, §3).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { complianceRuleset } from './parts/three-zones.js';

/**
 * The 2015 ruleset, deeply frozen.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2015';
 * ruleset.bands.map((band) => band.zone.value); // ['hijau', 'kuning', 'merah']
 * ```
 */
export const ruleset: Ruleset = complianceRuleset({
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
});
