/**
 * How often plain floats give a wrong total on the bench's realistic, seeded data: the minimal float code of each
 * job against the library's exact total, body by body. Run by run.ts; shown in bench/RESULTS.md.
 *
 * @module
 */
import { getRuleset, score, type DimensionsInput, type UnitsInput } from '@ombuds/scoring';
import { minimalAnswersAll, minimalScoreAll } from './baselines/minimal.js';
import { dimensionBodies, nationalBatch } from './data.js';
import { SIZES, UNITS_PER_BODY } from './jobs.js';

/** Bodies whose float total differs from the exact one, of how many. */
export interface FloatErrors {
  readonly job: string;
  readonly wrong: number;
  readonly of: number;
}

const SEED = 20_230;
const YEAR = 2023;

function count(job: string, inputs: readonly (DimensionsInput | UnitsInput)[], floats: readonly { total: number }[]): FloatErrors {
  const rules = getRuleset(YEAR);
  let wrong = 0;
  inputs.forEach((input, i) => {
    if (floats[i]!.total.toFixed(2) !== score(rules, input).total) wrong++;
  });
  return { job, wrong, of: inputs.length };
}

/**
 * Counts the wrong float totals of the `score` and the answers jobs at `scale` (1 = the bench's sizes).
 *
 * @example
 * ```ts
 * floatErrors(0.01).map((e) => `${e.job}: ${e.wrong} of ${e.of}`);
 * ```
 */
export function floatErrors(scale = 1): FloatErrors[] {
  const rules = getRuleset(YEAR);
  const bodies = dimensionBodies(rules, Math.ceil(SIZES.bodies * scale), SEED);
  const national = nationalBatch(rules, Math.ceil(SIZES.nationalBodies * scale), UNITS_PER_BODY, SEED);
  return [
    count('score', bodies, minimalScoreAll(rules, bodies)),
    count('answers', national, minimalAnswersAll(rules, national)),
  ];
}
