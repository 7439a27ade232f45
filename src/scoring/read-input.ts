/**
 * Validates a `score` input against a ruleset and reads it into exact decimals. Every refusal is a
 * `ScoringError('INVALID_INPUT')` with the path of the offending value; the input is only read, never changed.
 *
 * @module
 */
import { describe, parseScore, type Exact, type ParseOptions } from '../decimal.js';
import { ScoringError, type Path } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { CompiledRuleset } from './compile.js';

/** @internal */
export interface ReadDeduction {
  readonly points: Exact;
  readonly reason: string;
}

/** @internal */
export interface ReadUnit {
  readonly id: string;
  /** Given total, or `null` when the unit was given by dimensions. */
  readonly total: Exact | null;
  /** Dimension scores in ruleset order, or `null`. */
  readonly scores: readonly Exact[] | null;
}

/** @internal */
export type ReadBody = {
  readonly deductions: readonly ReadDeduction[];
  readonly followedUpOmbudsman: boolean | null;
} & ({ readonly kind: 'dimensions'; readonly scores: readonly Exact[] } | { readonly kind: 'units'; readonly units: readonly ReadUnit[] });

const BODY_KEYS = ['dimensions', 'units', 'deductions', 'followedUpOmbudsman'];

/** @internal */
export function readInput(compiled: CompiledRuleset, input: unknown, options: ParseOptions): ReadBody {
  const body = readObject(input, [], 'the input', 'Pass { dimensions: { ... } } or { units: [ ... ] }.');
  rejectUnknownKeys(body, BODY_KEYS, []);
  const dimensions = field(body, 'dimensions', []);
  const units = field(body, 'units', []);
  const facts = {
    deductions: readDeductions(compiled, field(body, 'deductions', []), options),
    followedUpOmbudsman: readFollowUp(compiled, field(body, 'followedUpOmbudsman', [])),
  };
  if (dimensions !== undefined && units !== undefined) {
    throw new ScoringError('INVALID_INPUT', 'Pass either dimensions or units, not both.', ['units']);
  }
  if (dimensions !== undefined) {
    return { kind: 'dimensions', scores: readDimensionScores(compiled, dimensions, ['dimensions'], options), ...facts };
  }
  if (units !== undefined) return { kind: 'units', units: readUnits(compiled, units, options), ...facts };
  throw new ScoringError(
    'INVALID_INPUT',
    `The input has neither dimensions nor units. Pass { dimensions: { ${compiled.dimensions
      .map((d) => `${d.id}: "…"`)
      .join(', ')} } } or { units: [{ total: "…" }, …] }.`,
  );
}

/** Reads a dimension-score map in ruleset order. @internal */
export function readDimensionScores(
  compiled: CompiledRuleset,
  value: unknown,
  path: Path,
  options: ParseOptions,
): Exact[] {
  const ids = compiled.dimensions.map((d) => d.id);
  const scores = readObject(value, path, 'dimensions', `Pass an object with ${ids.join(', ')}.`);
  rejectUnknownKeys(scores, ids, path, `${compiled.ruleset.year} has the dimensions ${ids.join(', ')}`);
  return ids.map((id) => {
    const raw = field(scores, id, path);
    if (raw === undefined) {
      throw new ScoringError(
        'INVALID_INPUT',
        `The ${id} score is missing; ${compiled.ruleset.year} needs all of ${ids.join(', ')}.`,
        [...path, id],
      );
    }
    return parseScore(raw, [...path, id], options);
  });
}

function readUnits(compiled: CompiledRuleset, value: unknown, options: ParseOptions): ReadUnit[] {
  const list = readArray(value, ['units'], 'units', LIMITS.unitsPerBody);
  if (list.length === 0) {
    throw new ScoringError('INVALID_INPUT', 'units is empty; pass at least one unit.', ['units']);
  }
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const path = ['units', i];
    const unit = readObject(raw, path, 'a unit', 'Pass { id, total } or { id, dimensions }.');
    rejectUnknownKeys(unit, ['id', 'total', 'dimensions'], path);
    const idRaw = field(unit, 'id', path);
    const id = idRaw === undefined ? String(i + 1) : readText(idRaw, [...path, 'id'], 'id');
    if (seen.has(id)) throw new ScoringError('INVALID_INPUT', `The unit id "${id}" is used twice.`, [...path, 'id']);
    seen.add(id);
    const total = field(unit, 'total', path);
    const dimensions = field(unit, 'dimensions', path);
    if ((total === undefined) === (dimensions === undefined)) {
      throw new ScoringError('INVALID_INPUT', 'A unit needs either total or dimensions (exactly one).', path);
    }
    return total !== undefined
      ? { id, total: parseScore(total, [...path, 'total'], options), scores: null }
      : { id, total: null, scores: readDimensionScores(compiled, dimensions, [...path, 'dimensions'], options) };
  });
}

function readDeductions(compiled: CompiledRuleset, value: unknown, options: ParseOptions): ReadDeduction[] {
  if (value === undefined) return [];
  const path = ['deductions'];
  if (!compiled.ruleset.deductions.value) {
    throw new ScoringError(
      'INVALID_INPUT',
      `The ${compiled.ruleset.year} ruleset has no deductions (the substantive variable exists in 2023 and 2024); remove them.`,
      path,
    );
  }
  return readArray(value, path, 'deductions', LIMITS.deductionsPerBody).map((raw, i) => {
    const at = [...path, i];
    const deduction = readObject(raw, at, 'a deduction', 'Pass { points: "5", reason: "…" }.');
    rejectUnknownKeys(deduction, ['points', 'reason'], at);
    const points = parseScore(field(deduction, 'points', at), [...at, 'points'], options);
    const reasonRaw = field(deduction, 'reason', at);
    const reason = readText(reasonRaw, [...at, 'reason'], 'reason');
    if (reason.trim() === '') {
      throw new ScoringError('INVALID_INPUT', 'A deduction needs a reason in words.', [...at, 'reason']);
    }
    return { points, reason };
  });
}

function readFollowUp(compiled: CompiledRuleset, value: unknown): boolean | null {
  const hasQualifier = compiled.ruleset.opinion?.value.qualifier != null;
  if (value === undefined) return hasQualifier ? false : null;
  if (!hasQualifier) {
    throw new ScoringError(
      'INVALID_INPUT',
      `followedUpOmbudsman is a 2025 qualifier; the ${compiled.ruleset.year} ruleset has none. Remove it.`,
      ['followedUpOmbudsman'],
    );
  }
  if (typeof value !== 'boolean') {
    throw new ScoringError('INVALID_INPUT', `Expected true or false, got ${describe(value)}.`, [
      'followedUpOmbudsman',
    ]);
  }
  return value;
}

/** Reads an own property, turning a throwing getter into an `INVALID_INPUT`. @internal */
export function field(object: object, key: string, path: Path): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch (error) {
    throw new ScoringError('INVALID_INPUT', `Reading ${key} failed: ${errorText(error)}.`, [...path, key]);
  }
}

/** @internal */
export function readObject(value: unknown, path: Path, what: string, hint: string): object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ScoringError('INVALID_INPUT', `Expected ${what} to be an object, got ${describe(value)}. ${hint}`, path);
  }
  return value;
}

/** @internal */
export function readArray(value: unknown, path: Path, what: string, max: number): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new ScoringError('INVALID_INPUT', `Expected ${what} to be an array, got ${describe(value)}.`, path);
  }
  if (value.length > max) {
    throw new ScoringError('INVALID_INPUT', `${what} has ${value.length} entries; at most ${max} are accepted.`, path);
  }
  return value;
}

/** @internal */
export function readText(value: unknown, path: Path, what: string): string {
  if (typeof value !== 'string') {
    throw new ScoringError('INVALID_INPUT', `Expected ${what} to be a string, got ${describe(value)}.`, path);
  }
  if (value.length > LIMITS.textLength) {
    throw new ScoringError(
      'INVALID_INPUT',
      `${what} has ${value.length} characters; at most ${LIMITS.textLength} are accepted.`,
      path,
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
    throw new ScoringError('INVALID_INPUT', `Listing the keys failed: ${errorText(error)}.`, path);
  }
  for (const key of keys) {
    if (!known.includes(key)) {
      throw new ScoringError(
        'INVALID_INPUT',
        `Unknown key "${key.length > 40 ? `${key.slice(0, 40)}…` : key}"; ${hint ?? `expected one of ${known.join(', ')}`}.`,
        [...path, key],
      );
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'an exception';
}

