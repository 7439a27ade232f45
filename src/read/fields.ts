/**
 * Generic readers of untrusted objects: own properties only, each value read once, a throwing getter or Proxy
 * trap turned into `ScoringError('INVALID_INPUT')` at its path, sizes checked before any copy is made.
 *
 * @module
 */
import type { Path, ScoringError } from '../errors.js';
import { note } from '../errors/issues.js';
import type { Text } from '../model/provenance.js';
import { fail } from '../errors/fail.js';
import {
  NOT_LIST,
  NOT_OBJECT,
  NOT_TEXT,
  TOO_LONG,
  TOO_MANY,
  UNKNOWN_DIMENSION,
  UNKNOWN_KEY,
  UNREADABLE,
} from '../errors/templates.js';
import { LIMITS } from '../limits.js';
import { isArraySafe } from '../util/safe.js';
import { own } from '../util/own.js';

/** Reads an own property, turning a throwing getter into an `INVALID_INPUT`. @internal */
export function field(object: object, key: string, path: Path): unknown {
  try {
    return own(object as Record<string, unknown>, key);
  } catch {
    throw fail('INVALID_INPUT', [...path, key], UNREADABLE);
  }
}

/**
 * An object (not a list), or `INVALID_INPUT`. The words that src/ranking still passes after `path` are ignored:
 * the keys known are named by {@link rejectUnknownKeys}. @internal
 */
export function readObject(value: unknown, path: Path): object {
  if (value === null || typeof value !== 'object' || isArraySafe(value)) {
    throw fail('INVALID_INPUT', path, NOT_OBJECT, { value });
  }
  return value;
}

/** A dense copy of a list of at most `max` entries, or `INVALID_INPUT`; `key` names the list. @internal */
export function readArray(value: unknown, path: Path, key: string, max: number): readonly unknown[] {
  const list = value as readonly unknown[];
  const length = readLength(value, path, key, max);
  // Array.from writes own properties (never through a setter the host put on Array.prototype); its array-like
  // has no prototype, so nothing inherited is read.
  return Array.from({ __proto__: null, length } as ArrayLike<unknown>, (_, i) => readAt(list, i, path));
}

/**
 * The length of a list of at most `max` entries, read once, or `INVALID_INPUT`; `key` names the list. For a reader
 * that reads each entry once with {@link readAt} instead of copying the list. @internal
 */
export function readLength(value: unknown, path: Path, key: string, max: number): number {
  if (!isArraySafe(value)) throw fail('INVALID_INPUT', path, NOT_LIST, { value });
  let length: number;
  try {
    length = (value as readonly unknown[]).length;
  } catch {
    throw fail('INVALID_INPUT', path, UNREADABLE);
  }
  // A Proxy may answer `length` with an object whose valueOf changes between the check and the loop: only a
  // number is a length.
  if (typeof length !== 'number') throw fail('INVALID_INPUT', path, NOT_LIST, { value });
  if (length > max) throw fail('INVALID_INPUT', path, TOO_MANY, { list: key, count: length, max });
  return length;
}

/**
 * Entry `i` of a list: a hole reads as undefined (refused by the caller's checks, never skipped), a throwing getter
 * or Proxy trap is an `INVALID_INPUT` at its index. @internal
 */
export function readAt(list: readonly unknown[], i: number, path: Path): unknown {
  try {
    return list[i];
  } catch {
    throw fail('INVALID_INPUT', [...path, i], UNREADABLE);
  }
}

/** Appends to a list the library builds, as an own property (src/util/append.ts). @internal */
export { append } from '../util/append.js';

/**
 * A text of at most `LIMITS.textLength` characters, counted as a person counts them (code points: an emoji is
 * one), or `INVALID_INPUT`. The name that src/ranking still passes after `path` is ignored. @internal
 */
export function readText(value: unknown, path: Path): string {
  if (typeof value !== 'string') throw fail('INVALID_INPUT', path, NOT_TEXT, { value });
  // Code points, counted only where they can decide: a text of more than twice the limit in UTF-16 units has more
  // code points than the limit (and is reported by its length).
  const max = LIMITS.textLength;
  const count = value.length <= max ? 0 : value.length > 2 * max ? value.length : [...value].length;
  if (count > max) throw fail('INVALID_INPUT', path, TOO_LONG, { value, count, max });
  return value;
}

/**
 * Refuses a key of `object` that is not in `known`, naming the keys known; `lookup` (the same keys as a set)
 * makes the check linear in the number of keys. Where the keys are the ids of `dimensions`, the Indonesian text
 * names the dimensions by their labels. With `issues`, every unknown key is noted there (src/errors/issues.ts)
 * instead of the first thrown. @internal
 */
export function rejectUnknownKeys(
  object: object,
  known: readonly string[],
  path: Path,
  issues?: ScoringError[] | undefined,
  lookup?: ReadonlySet<string> | undefined,
  dimensions?: readonly { readonly id: string; readonly label: Text }[] | undefined,
): void {
  let keys: string[];
  try {
    keys = Object.keys(object);
  } catch {
    throw fail('INVALID_INPUT', path, UNREADABLE);
  }
  for (const key of keys) {
    if (lookup ? lookup.has(key) : known.includes(key)) continue;
    const error = dimensions
      ? fail('INVALID_INPUT', [...path, key], UNKNOWN_DIMENSION, { key, known: dimensions })
      : fail('INVALID_INPUT', [...path, key], UNKNOWN_KEY, { key, known });
    if (!issues) throw error;
    note(issues, error);
  }
}
