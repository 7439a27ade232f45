/**
 * The 2022 ruleset: four dimensions, grades A–E (RULEBOOK §4). Weights borrowed from 2023 (`assumed`).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { gradedRuleset } from './parts/graded-years.js';

/**
 * The 2022 ruleset in its latest revision (2: answers on 0..5, each step worth 20 points, RULEBOOK §4.3), deeply
 * frozen. Revision 1 (answers on 0..3) is `getRuleset(2022, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2022';
 * import { classify } from '@ombuds/scoring';
 * classify(ruleset, '60.35').category; // 'C'
 * ```
 */
export const ruleset: Ruleset = gradedRuleset(2022, 2);
