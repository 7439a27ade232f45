/**
 * Checks of untrusted values that never throw.
 *
 * @module
 */

/**
 * `Array.isArray` that never throws: a revoked Proxy makes `Array.isArray` throw a TypeError; it counts as
 * not an array. @internal
 */
export function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
