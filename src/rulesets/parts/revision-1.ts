/**
 * The first revision of 2022–2024 (RULEBOOK §7a), built from their latest ruleset so that each year's data is
 * written once and a year's module carries no other revision. (Revision 1 of 2015–2019 is
 * `complianceRuleset(latest, 1)` of ./three-zones.ts.)
 *
 * @module
 */
import type { Ruleset } from '../../model/index.js';
import { defineBuiltIn } from './common.js';

/** Revision 1 of 2022–2024: the same ruleset with answers on the default 0..3 scale (no dimension scale). */
export function gradedRevision1(latest: Ruleset): Ruleset {
  return defineBuiltIn({
    ...latest,
    revision: 1,
    dimensions: latest.dimensions.map(({ scale: _scale, ...dimension }) => dimension),
  });
}
