/**
 * Generic readers of untrusted objects: own properties only, each value read once, a throwing getter or Proxy
 * trap turned into `ScoringError('INVALID_INPUT')` at its path, sizes checked before any copy is made.
 *
 * @module
 */
import type { Path } from '../errors.js';
import { fail, TOO_LARGE, UNKNOWN_KEY, UNREADABLE, WRONG_TYPE } from '../errors/indonesian.js';
import { LIMITS } from '../limits.js';
import { describe, isArraySafe } from './describe.js';

/** Reads an own property, turning a throwing getter into an `INVALID_INPUT`. @internal */
export function field(object: object, key: string, path: Path): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch (error) {
    throw fail('INVALID_INPUT', `Reading ${key} failed: ${errorText(error)}.`, [...path, key], UNREADABLE);
  }
}

/** @internal */
export function readObject(value: unknown, path: Path, what: string, hint: string): object {
  if (value === null || typeof value !== 'object' || isArraySafe(value)) {
    throw fail(
      'INVALID_INPUT',
      `Expected ${what} to be an object, got ${describe(value)}. ${hint}`,
      path,
      WRONG_TYPE,
      value,
      'kelompok isian { … }',
    );
  }
  return value;
}

/** @internal */
export function readArray(value: unknown, path: Path, what: string, max: number): readonly unknown[] {
  if (!isArraySafe(value)) {
    throw fail(
      'INVALID_INPUT',
      `Expected ${what} to be an array, got ${describe(value)}.`,
      path,
      WRONG_TYPE,
      value,
      'daftar [ … ]',
    );
  }
  let length: number;
  try {
    length = (value as readonly unknown[]).length;
  } catch (error) {
    throw fail('INVALID_INPUT', `Reading the length of ${what} failed: ${errorText(error)}.`, path, UNREADABLE);
  }
  if (length > max) {
    throw fail(
      'INVALID_INPUT',
      `${what} has ${length} entries; at most ${max} are accepted.`,
      path,
      TOO_LARGE,
      length,
      max,
    );
  }
  // A dense copy, each entry read once: a hole reads as undefined (and is refused by the caller's checks, never
  // skipped), a throwing getter or Proxy trap is an INVALID_INPUT at its index.
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) {
    try {
      copy.push((value as readonly unknown[])[i]);
    } catch (error) {
      throw fail(
        'INVALID_INPUT',
        `Reading entry ${i} of ${what} failed: ${errorText(error)}.`,
        [...path, i],
        UNREADABLE,
      );
    }
  }
  return copy;
}

/** @internal */
export function readText(value: unknown, path: Path, what: string): string {
  if (typeof value !== 'string') {
    throw fail(
      'INVALID_INPUT',
      `Expected ${what} to be a string, got ${describe(value)}.`,
      path,
      WRONG_TYPE,
      value,
      'teks',
    );
  }
  if (value.length > LIMITS.textLength) {
    throw fail(
      'INVALID_INPUT',
      `${what} has ${value.length} characters; at most ${LIMITS.textLength} are accepted.`,
      path,
      TOO_LARGE,
      value.length,
      LIMITS.textLength,
    );
  }
  return value;
}

/** @internal */
export function rejectUnknownKeys(object: object, known: readonly string[], path: Path, hint?: string): void {
  let keys: string[];
  try {
    keys = Object.keys(object);
  } catch (error) {
    throw fail('INVALID_INPUT', `Listing the keys failed: ${errorText(error)}.`, path, UNREADABLE);
  }
  for (const key of keys) {
    if (!known.includes(key)) {
      throw fail(
        'INVALID_INPUT',
        `Unknown key "${key.length > 40 ? `${key.slice(0, 40)}…` : key}"; ${
          hint ?? `expected one of ${known.join(', ')}`
        }.`,
        [...path, key],
        UNKNOWN_KEY,
        key,
        known,
      );
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'an exception';
}
