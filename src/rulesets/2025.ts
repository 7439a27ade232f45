/**
 * The 2025 ruleset: Opini Ombudsman RI. Four dimensions together 70 % plus public trust 30 %, five grades,
 * black zone, "Tanpa Maladministrasi" qualifier (RULEBOOK §5).
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { ruleset2025 } from './parts/year-2025.js';

/**
 * The 2025 ruleset in its latest revision (2: competency 25, standards 20, opinion 10, complaints 15, trust 30,
 * RULEBOOK §5), deeply frozen. Revision 1 (the 70 % split in the 2023 proportions) is
 * `getRuleset(2025, { revision: 1 })`.
 *
 * @example
 * ```ts
 * import { ruleset } from '@ombuds/scoring/rulesets/2025';
 * import { score } from '@ombuds/scoring';
 * score(ruleset, { units: [{ total: '91.99' }, { total: '86.77' }, { total: '85.94' }] }).total; // '88.23'
 * score(ruleset, {
 *   points: { competency: '23.32', standards: '19.76', opinion: '9.38', complaints: '10.97', trust: '25.82' },
 * }).total; // '89.25'
 * ```
 */
export const ruleset: Ruleset = ruleset2025(2);
