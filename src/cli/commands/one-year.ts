/**
 * `rank` and `summary` compare bodies, which only makes sense under one ruleset.
 *
 * @module
 */
import type { Ruleset } from '../../index.js';
import { DataError, type DataProblem } from '../errors.js';
import type { Evaluated } from './evaluate.js';

/**
 * The one ruleset all bodies were evaluated with.
 *
 * @throws {@link DataError} at every body whose year differs from the first body's.
 *
 * @example
 * ```ts
 * oneRuleset(evaluated, 'rank').year; // 2022
 * ```
 */
export function oneRuleset(evaluated: readonly Evaluated[], command: string): Ruleset {
  const first = evaluated[0]!;
  const problems: DataProblem[] = evaluated
    .filter((e) => e.ruleset !== first.ruleset)
    .map((e) => ({
      at: e.body.yearAt,
      message: `${command} compares bodies of one year; "${e.body.id}" is ${e.year} but "${first.body.id}" is ${first.year}.`,
    }));
  if (problems.length > 0) throw new DataError(problems);
  return first.ruleset;
}
