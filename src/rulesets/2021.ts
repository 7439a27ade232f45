/**
 * The 2021 ruleset: Penilaian Kepatuhan Standar Pelayanan Publik (RULEBOOK §2, §3).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { LEGAL_BASIS_22_2016 } from './parts/common.js';
import { complianceRuleset, NAME_2021 } from './parts/three-zones.js';

/**
 * The 2021 ruleset, deeply frozen.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2021';
 * import { classify } from '@ombuds/scoring';
 * classify(ruleset, '80.03').zone; // 'kuning'
 * ```
 */
export const ruleset: Ruleset = complianceRuleset({ year: 2021, name: NAME_2021, legalBasis: LEGAL_BASIS_22_2016 }, 1);
