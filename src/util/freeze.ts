/**
 * Deep freezing of plain data.
 *
 * @module
 */

/** Freezes a plain object or array and everything reachable from it; returns the same value. @internal */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
