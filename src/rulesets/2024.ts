/**
 * The 2024 ruleset: four dimensions, grades A–E, explicit deductions (RULEBOOK §4). Same structure as 2023; weights borrowed from 2023 (`assumed`).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { gradedRuleset } from './parts/graded-years.js';

/**
 * The 2024 ruleset in its latest revision (2: answers on 0..5, each step worth 20 points, RULEBOOK §4.3), deeply
 * frozen. Revision 1 (answers on 0..3) is `getRuleset(2024, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2024';
 * import { score } from '@ombuds/scoring';
 * score(ruleset, { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }).total; // '87.44'
 * ```
 */
export const ruleset: Ruleset = gradedRuleset(2024, 2);
