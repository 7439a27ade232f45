/**
 * Validation of options objects: unknown keys and wrong types are `INVALID_OPTIONS`.
 *
 * @module
 */
import { isArraySafe } from '../util/safe.js';
import { fail } from '../errors/fail.js';
import { NOT_ALLOWED, NOT_BOOLEAN, NOT_OBJECT, UNKNOWN_KEY, UNREADABLE } from '../errors/templates.js';

/**
 * The options of a call without any: every option absent (shared, frozen, no prototype). A reader may compare with
 * it to skip reading options that cannot be there. @internal
 */
export const NO_OPTIONS: object = /* @__PURE__ */ Object.freeze(Object.create(null) as object);

/**
 * Checks an options object against the keys a call knows, returning it typed. Boolean options must be
 * booleans; other keys are checked by their callers.
 *
 * Only own properties count, each read once: the copy returned has no prototype and every known key given as an
 * own property (a key not given reads `undefined`), so an option set on `Object.prototype` by someone else is never
 * seen. Without options (none, or `{}`) it is one shared frozen object.
 *
 * @internal
 */
export function readOptions<T extends object>(options: T | undefined, known: readonly string[]): T {
  // A copy of the values as read once: a getter is never run twice, nor after this check.
  if (options === undefined) return NO_OPTIONS as T;
  if (options === null || typeof options !== 'object' || isArraySafe(options)) {
    throw fail('INVALID_OPTIONS', [], NOT_OBJECT, { value: options });
  }
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    throw fail('INVALID_OPTIONS', [], UNREADABLE);
  }
  if (keys.length === 0) return NO_OPTIONS as T;
  const read: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (!known.includes(key)) throw fail('INVALID_OPTIONS', [key], UNKNOWN_KEY, { key, known });
    let value: unknown;
    try {
      value = (options as Record<string, unknown>)[key];
    } catch {
      throw fail('INVALID_OPTIONS', [key], UNREADABLE);
    }
    // The boolean options.
    if (
      (key === 'decimalComma' || key === 'followedUpOmbudsman') &&
      value !== undefined &&
      typeof value !== 'boolean'
    ) {
      throw fail('INVALID_OPTIONS', [key], NOT_BOOLEAN, { value });
    }
    read[key] = value;
  }
  return read as T;
}

/**
 * An option that takes one of a few names: `undefined` when absent, else the name, or `INVALID_OPTIONS`.
 *
 * @internal
 */
export function readChoice<T extends string>(value: unknown, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw fail('INVALID_OPTIONS', [name], NOT_ALLOWED, { value, allowed });
}
