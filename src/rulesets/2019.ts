/**
 * The 2019 ruleset: Penilaian Kepatuhan terhadap Standar Pelayanan Publik (RULEBOOK §2, §3).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { LEGAL_BASIS_22_2016 } from './parts/common.js';
import { complianceRuleset, NAME_2016_2019 } from './parts/three-zones.js';

/**
 * The 2019 ruleset in its latest revision (2: merah is 50.00 or less, RULEBOOK §3), deeply frozen. Revision 1
 * (kuning from 51.00) is `getRuleset(2019, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2019';
 * import { classify } from '@ombuds/scoring';
 * classify(ruleset, '80.03').zone; // 'kuning'
 * classify(ruleset, '50.12').zone; // 'kuning'
 * ```
 */
export const ruleset: Ruleset = complianceRuleset(
  { year: 2019, name: NAME_2016_2019, legalBasis: LEGAL_BASIS_22_2016 },
  2,
);
