/**
 * The 2016 ruleset: Penilaian Kepatuhan terhadap Standar Pelayanan Publik (RULEBOOK §2, §3).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { LEGAL_BASIS_22_2016 } from './parts/common.js';
import { complianceRuleset, NAME_2016_2019 } from './parts/three-zones.js';

/**
 * The 2016 ruleset, deeply frozen.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2016';
 * import { classify } from '@ombuds/scoring';
 * classify(ruleset, '80.03').zone; // 'kuning'
 * ```
 */
export const ruleset: Ruleset = complianceRuleset({ year: 2016, name: NAME_2016_2019, legalBasis: LEGAL_BASIS_22_2016 });
