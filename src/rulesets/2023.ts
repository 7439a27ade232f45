/**
 * The 2023 ruleset: four dimensions, grades A–E, explicit deductions (RULEBOOK §4). Published weights 21.85 / 32.37 / 24.24 / 21.54 (`confirmed`).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { gradedRuleset } from './parts/graded-years.js';

/**
 * The 2023 ruleset in its latest revision (2: answers on 0..5, each step worth 20 points, RULEBOOK §4.3), deeply
 * frozen. Revision 1 (answers on 0..3) is `getRuleset(2023, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2023';
 * import { score } from '@ombuds/scoring';
 * score(ruleset, { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }).total; // '87.44'
 * ```
 */
export const ruleset: Ruleset = gradedRuleset(2023, 2);
