/**
 * Generic readers of untrusted objects: own properties only, each value read once, a throwing getter or Proxy
 * trap turned into `ScoringError('INVALID_INPUT')` at its path, sizes checked before any copy is made.
 *
 * @module
 */
import type { Path } from '../errors.js';
import type { Text } from '../model/provenance.js';
import { fail } from '../errors/fail.js';
import { NOT_LIST, NOT_OBJECT, NOT_TEXT, TOO_LONG, TOO_MANY, UNKNOWN_DIMENSION, UNKNOWN_KEY, UNREADABLE } from '../texts/errors.js';
import { LIMITS } from '../limits.js';
import { isArraySafe } from '../util/safe.js';

/** Reads an own property, turning a throwing getter into an `INVALID_INPUT`. @internal */
export function field(object: object, key: string, path: Path): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
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
  if (!isArraySafe(value)) throw fail('INVALID_INPUT', path, NOT_LIST, { value });
  const list = value as readonly unknown[];
  // A dense copy, each entry read once: a hole reads as undefined (and is refused by the caller's checks, never
  // skipped), a throwing getter or Proxy trap is an INVALID_INPUT at its index.
  let length: number;
  try {
    length = list.length;
  } catch {
    throw fail('INVALID_INPUT', path, UNREADABLE);
  }
  // A Proxy may answer `length` with an object whose valueOf changes between the check and the loop: only a
  // number is a length.
  if (typeof length !== 'number') throw fail('INVALID_INPUT', path, NOT_LIST, { value });
  if (length > max) throw fail('INVALID_INPUT', path, TOO_MANY, { list: key, count: length, max });
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) {
    try {
      copy.push(list[i]);
    } catch {
      throw fail('INVALID_INPUT', [...path, i], UNREADABLE);
    }
  }
  return copy;
}

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
 * Refuses a key of `object` that is not in `known`, naming the keys known; where the keys are the ids of
 * `dimensions`, the Indonesian text names the dimensions by their labels. @internal
 */
export function rejectUnknownKeys(
  object: object,
  known: readonly string[],
  path: Path,
  dimensions?: readonly { readonly id: string; readonly label: Text }[],
): void {
  let keys: string[];
  try {
    keys = Object.keys(object);
  } catch {
    throw fail('INVALID_INPUT', path, UNREADABLE);
  }
  const key = keys.find((k) => !known.includes(k));
  if (key === undefined) return;
  throw dimensions
    ? fail('INVALID_INPUT', [...path, key], UNKNOWN_DIMENSION, { key, known: dimensions })
    : fail('INVALID_INPUT', [...path, key], UNKNOWN_KEY, { key, known });
}
