/**
 * The one way the library makes its errors: a template of src/errors/templates.ts filled with its named parameters.
 *
 * @module
 */
import { ScoringError, type Path, type ScoringErrorCode } from '../errors.js';
import type { ErrorText, Template } from './templates.js';

/**
 * The `ScoringError` of a throw site: the reason and both texts of `template` filled with `params`; the place is
 * the error's `path` (the English message adds it: `(at units[2].total)`).
 *
 * @example
 * ```ts
 * // A template of src/errors/templates.ts: a reason and its two texts (here fixed, most take named parameters).
 * const EMPTY = { reason: 'missing', en: 'The list of units is empty.', id: 'Daftar unit masih kosong.' } as const;
 * const error = fail('INVALID_INPUT', ['units'], EMPTY);
 * error.reason; // 'missing'
 * error.text.id; // 'Daftar unit masih kosong.'
 * error.message; // 'The list of units is empty. (at units)'
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
