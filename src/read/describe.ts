/**
 * Safe descriptions of any value for error messages, and the checks they need that never throw.
 *
 * @module
 */

/** A short, safe description of any value for an error message. @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isArraySafe(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of ${value.length} characters` : `the string ${JSON.stringify(value)}`;
    case 'number':
      return String(value);
    case 'bigint':
      return `the BigInt ${value.toString().slice(0, 40)}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'undefined':
      return 'nothing (undefined)';
    case 'boolean':
      return String(value);
    default:
      return 'an object';
  }
}

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
