/**
 * The 2021 ruleset: Penilaian Kepatuhan Standar Pelayanan Publik (RULEBOOK §2, §3).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { complianceRuleset } from './parts/three-zones.js';

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
export const ruleset: Ruleset = complianceRuleset(2021, 1);
