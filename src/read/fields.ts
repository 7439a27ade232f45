/**
 * Generic readers of untrusted objects: own properties only, each value read once, a throwing getter or Proxy
 * trap turned into `ScoringError('INVALID_INPUT')` at its path, sizes checked before any copy is made.
 *
 * @module
 */
import { ScoringError, type Path } from '../errors.js';
import { LIMITS } from '../limits.js';
import { describe, isArraySafe } from './describe.js';

/** Reads an own property, turning a throwing getter into an `INVALID_INPUT`. @internal */
export function field(object: object, key: string, path: Path): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch (error) {
    throw new ScoringError('INVALID_INPUT', `Reading ${key} failed: ${errorText(error)}.`, [...path, key], 'unreadable');
  }
}

/** @internal */
export function readObject(value: unknown, path: Path, what: string, hint: string): object {
  if (value === null || typeof value !== 'object' || isArraySafe(value)) {
    throw new ScoringError(
      'INVALID_INPUT',
      `Expected ${what} to be an object, got ${describe(value)}. ${hint}`,
      path,
      'wrong-type',
      value,
      'kelompok isian { … }',
    );
  }
  return value;
}

/** @internal */
export function readArray(value: unknown, path: Path, what: string, max: number): readonly unknown[] {
  if (!isArraySafe(value)) {
    throw new ScoringError(
      'INVALID_INPUT',
      `Expected ${what} to be an array, got ${describe(value)}.`,
      path,
      'wrong-type',
      value,
      'daftar [ … ]',
    );
  }
  let length: number;
  try {
    length = (value as readonly unknown[]).length;
  } catch (error) {
    throw new ScoringError('INVALID_INPUT', `Reading the length of ${what} failed: ${errorText(error)}.`, path, 'unreadable');
  }
  if (length > max) {
    throw new ScoringError(
      'INVALID_INPUT',
      `${what} has ${length} entries; at most ${max} are accepted.`,
      path,
      'too-large',
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
      throw new ScoringError(
        'INVALID_INPUT',
        `Reading entry ${i} of ${what} failed: ${errorText(error)}.`,
        [...path, i],
        'unreadable',
      );
    }
  }
  return copy;
}

/** @internal */
export function readText(value: unknown, path: Path, what: string): string {
  if (typeof value !== 'string') {
    throw new ScoringError(
      'INVALID_INPUT',
      `Expected ${what} to be a string, got ${describe(value)}.`,
      path,
      'wrong-type',
      value,
      'teks',
    );
  }
  if (value.length > LIMITS.textLength) {
    throw new ScoringError(
      'INVALID_INPUT',
      `${what} has ${value.length} characters; at most ${LIMITS.textLength} are accepted.`,
      path,
      'too-large',
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
    throw new ScoringError('INVALID_INPUT', `Listing the keys failed: ${errorText(error)}.`, path, 'unreadable');
  }
  for (const key of keys) {
    if (!known.includes(key)) {
      throw new ScoringError(
        'INVALID_INPUT',
        `Unknown key "${key.length > 40 ? `${key.slice(0, 40)}…` : key}"; ${
          hint ?? `expected one of ${known.join(', ')}`
        }.`,
        [...path, key],
        'unknown-key',
        key,
        known,
      );
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'an exception';
}
