/**
 * Validation of options objects: unknown keys and wrong types are `INVALID_OPTIONS`.
 *
 * @module
 */
import { describe } from '../decimal.js';
import { ScoringError } from '../errors.js';

const BOOLEAN_OPTIONS = new Set(['decimalComma', 'followedUpOmbudsman']);

/**
 * Checks an options object against the keys a call knows, returning it typed. Boolean options must be
 * booleans; other keys are checked by their callers.
 *
 * @internal
 */
export function readOptions<T extends object>(options: T | undefined, known: readonly string[]): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ScoringError('INVALID_OPTIONS', `Expected an options object, got ${describe(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new ScoringError('INVALID_OPTIONS', `Unknown option "${key}"; expected one of ${known.join(', ')}.`, [key]);
    }
    const value = (options as Record<string, unknown>)[key];
    if (BOOLEAN_OPTIONS.has(key) && value !== undefined && typeof value !== 'boolean') {
      throw new ScoringError('INVALID_OPTIONS', `Option ${key} must be true or false, got ${describe(value)}.`, [key]);
    }
  }
  return options;
}
