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

/** The characters of a text as a person counts them: code points (a pair of surrogates is one). @internal */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
