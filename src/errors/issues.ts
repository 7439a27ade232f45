/**
 * Every problem at once: a reader that meets a bad value in one independent field (a dimension, a unit, a
 * deduction, an item of `rank` …) notes its `ScoringError` in a list that the call passes down and reads on; at
 * the end the first error is thrown with all of them as its `issues`. The list belongs to one call, never to the
 * module, so a getter that calls `score` again keeps its problems apart.
 *
 * @module
 */
import { ScoringError, type ScoringIssue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { append } from '../util/append.js';

/** The reasons that end a pass at once: the rest cannot be read safely (a throwing getter, a cycle, a size). */
const ENDS: readonly string[] = ['unreadable', 'cyclic', 'too-large'];

/**
 * Notes `error` of one field and returns, so that the reader goes on. Throws, to end the pass, the errors noted as
 * one ({@link all}) when `error` cannot be read past (its reason) or is the `LIMITS.issues`-th; rethrows that
 * error where an outer field notes it again, and anything that is no `ScoringError` (a bug) as it is.
 *
 * @example
 * ```ts
 * import { ScoringError } from '@ombuds/scoring';
 * const issues: ScoringError[] = [];
 * note(issues, new ScoringError('INVALID_INPUT', 'Bad.', ['dimensions', 'opinion']));
 * issues.length; // 1
 * ```
 * @internal
 */
export function note(issues: ScoringError[], error: unknown): undefined {
  if (error === issues[0] || !(error instanceof ScoringError)) throw error;
  append(issues, error);
  if (issues.length >= LIMITS.issues || ENDS.includes(error.reason)) throw all(issues);
}

/**
 * Notes the error that ended a pass, where the pass began: an error no field caught (the input is no object, two
 * shapes, …), unless {@link note} threw it (it is noted already).
 *
 * @example
 * ```ts
 * import { ScoringError } from '@ombuds/scoring';
 * const issues: ScoringError[] = [];
 * ended(issues, new ScoringError('INVALID_INPUT', 'Not an object.'));
 * issues.length; // 1
 * ```
 * @internal
 */
export function ended(issues: ScoringError[], error: unknown): void {
  if (error !== issues[0]) {
    if (!(error instanceof ScoringError)) throw error;
    append(issues, error);
  }
}

/**
 * The errors noted as one: the first, with every issue of them all as its `issues`. The first was made by this
 * call's reading and has not been seen by anyone: its list is replaced before it is thrown.
 *
 * @example
 * ```ts
 * import { ScoringError } from '@ombuds/scoring';
 * const first = new ScoringError('INVALID_INPUT', 'First.', ['dimensions', 'competency']);
 * const error = all([first, new ScoringError('INVALID_INPUT', 'Second.', ['dimensions', 'opinion'])]);
 * error === first; // true
 * error.issues.map((issue) => issue.path[1]); // ['competency', 'opinion']
 * ```
 * @internal
 */
export function all(issues: readonly ScoringError[]): ScoringError {
  const first = issues[0] as { issues: readonly ScoringIssue[] } & ScoringError;
  // Each error's own issue: the first may already hold the list of an earlier call of this pass.
  if (issues[1]) first.issues = Object.freeze(issues.map((error) => error.issues[0]!));
  return first;
}
