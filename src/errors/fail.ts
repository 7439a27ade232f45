/**
 * The one way the library makes its errors: a template of src/texts/errors.ts filled with its named parameters.
 *
 * @module
 */
import { ScoringError, type Path, type ScoringErrorCode } from '../errors.js';
import type { ErrorText, Template } from '../texts/errors.js';

/**
 * The `ScoringError` of a throw site: the reason and both texts of `template` filled with `params`; the place is
 * the error's `path` (the English message adds it: `(at units[2].total)`).
 *
 * @example
 * ```ts
 * throw fail('INVALID_INPUT', ['dimensions', 'opinion'], OUT_OF_RANGE, { value: '101', min: '0', max: '100' });
 * ```
 * @internal
 */
export function fail<P>(
  code: ScoringErrorCode,
  path: Path,
  template: Template<P>,
  ...[params]: P extends void ? [] : [P]
): ScoringError {
  return new ScoringError(code, fill(template.en, params as P), path, {
    reason: template.reason,
    id: fill(template.id, params as P),
  });
}

function fill<P>(text: ErrorText<P>, params: P): string {
  return typeof text === 'string' ? text : text(params);
}
