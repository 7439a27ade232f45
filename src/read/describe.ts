/**
 * A value as written, for the texts of errors (one helper per language, built alike), and the checks they need
 * that never throw.
 *
 * @module
 */

/**
 * A value as written, in English: a text in quotes (its first 40 characters), a number or boolean as it is,
 * anything else in words (`an array`, `an object`, `null`, `nothing (undefined)`). Never throws. @internal
 */
export function describe(value: unknown): string {
  return written(value, ['an array', 'null', 'nothing (undefined)', 'an object']);
}

/** A value as written, in Indonesian, as {@link describe} writes it in English. @internal */
export function shown(value: unknown): string {
  return written(value, ['sebuah daftar', 'kosong', 'kosong', 'sebuah objek']);
}

function written(value: unknown, [list, none, nothing, object]: readonly string[]): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '');
  if (isArraySafe(value)) return list!;
  if (value === null) return none!;
  if (value === undefined) return nothing!;
  return typeof value === 'object' || typeof value === 'function' ? object! : String(value).slice(0, 40);
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

/** A text cut to its first `max` UTF-16 units with `…` after, so that a message stays small whatever the value. @internal */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);
