/**
 * The options that only plans take: `fixed` (ids that must not change) and `max` (a cap per dimension), read
 * once, own properties only, every problem an `INVALID_OPTIONS` at its path.
 *
 * @module
 */
import { isArraySafe } from '../util/safe.js';
import { parseScore } from '../exact/read-number.js';
import type { Rational } from '../exact/fraction.js';
import { ScoringError } from '../errors.js';
import { fail } from '../errors/fail.js';
import { NOT_IDS, NOT_OBJECT, TOO_MANY, UNKNOWN_KEY, UNREADABLE } from '../errors/templates.js';
import type { ScoreOptions } from '../model/input.js';
import type { CompiledRuleset } from '../scoring/compile.js';

/** The ids of `fixed`: dimensions and indicators of the ruleset, each at most once. @internal */
export function readFixed(compiled: CompiledRuleset, value: unknown): ReadonlySet<string> {
  if (value === undefined) return new Set();
  if (!isArraySafe(value)) {
    throw fail('INVALID_OPTIONS', ['fixed'], NOT_IDS, { value });
  }
  const known = new Set<string>(compiled.dimensions.map((d) => d.id));
  for (const d of compiled.ruleset.dimensions)
    for (const v of d.variables ?? []) for (const i of v.indicators) known.add(i.id);
  // A copy read once, within a bound (every id once), turning a throwing getter into an options error.
  let list: unknown[];
  try {
    const length = (value as readonly unknown[]).length;
    if (length > known.size) {
      throw fail('INVALID_OPTIONS', ['fixed'], TOO_MANY, { list: 'fixed', count: length, max: known.size });
    }
    list = Array.from({ length }, (_, i) => (value as readonly unknown[])[i]);
  } catch (error) {
    if (error instanceof ScoringError) throw error;
    throw fail('INVALID_OPTIONS', ['fixed'], UNREADABLE);
  }
  list.forEach((id, index) => {
    if (typeof id !== 'string' || !known.has(id)) {
      throw fail('INVALID_OPTIONS', ['fixed', index], UNKNOWN_KEY, { key: id, known: [...known] });
    }
  });
  return new Set(list as string[]);
}

/** The caps of `max`, one per dimension in ruleset order (`null`: 100). @internal */
export function readMax(compiled: CompiledRuleset, value: unknown, options: ScoreOptions): (Rational | null)[] {
  const caps: (Rational | null)[] = compiled.dimensions.map(() => null);
  if (value === undefined) return caps;
  if (value === null || typeof value !== 'object' || isArraySafe(value)) {
    throw fail('INVALID_OPTIONS', ['max'], NOT_OBJECT, { value });
  }
  let entries: [string, unknown][];
  try {
    entries = Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
  } catch {
    throw fail('INVALID_OPTIONS', ['max'], UNREADABLE);
  }
  for (const [key, raw] of entries) {
    const index = compiled.ids.indexOf(key);
    if (index < 0) {
      throw fail('INVALID_OPTIONS', ['max', key], UNKNOWN_KEY, { key, known: compiled.ids });
    }
    try {
      caps[index] = parseScore(raw, ['max', key], options);
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
      // The value's own error (its reason, texts and path), as an options error.
      throw new ScoringError('INVALID_OPTIONS', error.text.en, error.path, { reason: error.reason, id: error.text.id });
    }
  }
  return caps;
}
