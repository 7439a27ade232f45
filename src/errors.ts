/**
 * The one error type of the library, its stable codes and reasons, and the `safe*` result shape. The texts of
 * every error are in the catalog, src/errors/catalog.ts.
 *
 * @module
 */
import type { Message } from './errors/catalog.js';

/**
 * Stable machine-readable error codes. They never change meaning between versions.
 *
 * - `INVALID_INPUT`: a value passed to `score`, `classify`, `rank` … is missing, malformed or out of range.
 * - `RULESET_NOT_FOUND`: no ruleset exists for the requested year.
 * - `NO_ASSESSMENT_HELD`: the Ombudsman held no assessment that year (2020).
 * - `INVALID_RULESET`: a ruleset object does not satisfy the ruleset schema.
 * - `INVALID_OPTIONS`: an options object has an unknown key or a wrong value.
 */
export type ScoringErrorCode =
  | 'INVALID_INPUT'
  | 'RULESET_NOT_FOUND'
  | 'NO_ASSESSMENT_HELD'
  | 'INVALID_RULESET'
  | 'INVALID_OPTIONS';

/** The brand of a ScoringError, shared by every copy of the package through the global symbol registry. */
const ERROR_BRAND = Symbol.for('@ombuds/scoring.ScoringError');

/**
 * Every stable reason of a `ScoringError`: finer than its `code`, the same in every language, never changing
 * meaning between versions. Branch on it to show your own text or to highlight a field.
 *
 * @example
 * ```ts
 * import { SCORING_ERROR_REASONS } from '@ombuds/scoring';
 * SCORING_ERROR_REASONS.includes('decimal-comma'); // true
 * ```
 */
export const SCORING_ERROR_REASONS = Object.freeze([
  /** A decimal comma where a point was expected: `"81,5"` without `{ decimalComma: true }`. */
  'decimal-comma',
  /** A point where `{ decimalComma: true }` asked for a comma. */
  'decimal-point',
  /** Text that is not a plain decimal number: `"abc"`, `"1e2"`, `" 90"`, `NaN`. */
  'not-a-number',
  /** More decimals than a value may carry (`LIMITS.decimals`). */
  'too-many-decimals',
  /** A number off its scale: a score outside 0–100, an answer outside the indicator's scale. */
  'out-of-range',
  /** A value of the wrong kind: an object where a list belongs, a number where a text belongs … */
  'wrong-type',
  /** Something required is not there: a dimension score, an answer, a reason, a list that is empty. */
  'missing',
  /** A key or option that does not exist here, or an id that names nothing. */
  'unknown-key',
  /** An id (or a year) given twice. */
  'duplicate-id',
  /** Over a documented size (`LIMITS`, the sizes of a ruleset), or nested too deep. */
  'too-large',
  /** A value that cannot be read: a throwing getter, a Proxy. */
  'unreadable',
  /** Data that contains itself. */
  'cyclic',
  /** Two values that contradict each other, or two ways of giving one value used together. */
  'conflict',
  /** Something the year's rules do not have: deductions outside 2023–2024, the 2025 follow-up elsewhere. */
  'not-applicable',
  /** A value that is not one of the values allowed: an option, a zone, a target. */
  'not-allowed',
  /** A ruleset that did not go through `parseRuleset` (or lost its mark by a copy). */
  'not-validated',
  /** A ruleset that breaks a rule of the ruleset schema. */
  'invalid-ruleset',
  /** No ruleset for the year (`RULESET_NOT_FOUND`). */
  'no-ruleset',
  /** No assessment was held that year (`NO_ASSESSMENT_HELD`). */
  'no-assessment',
  /** An error constructed outside this library without a reason. */
  'other',
] as const);

/** A stable reason of a `ScoringError`; see {@link SCORING_ERROR_REASONS}. */
export type ScoringErrorReason = (typeof SCORING_ERROR_REASONS)[number];

/** The text of an error in Indonesian (`id`) and English (`en`), without the path. */
export interface ScoringErrorText {
  readonly id: string;
  readonly en: string;
}

/** Where in the input the offending value sits, e.g. `["dimensions", "standards"]` or `["units", 2, "total"]`. */
export type Path = readonly (string | number)[];

/**
 * Thrown by every call of this library for bad input, unknown years and invalid rulesets.
 *
 * Every error has a stable `code` (what kind of call went wrong), a stable `reason` (what is wrong with the
 * value, the same in every language), the `path` of the offending value, and its `text` in Indonesian and
 * English, written for the person who filled in the data; `message` is the English text followed by the path.
 *
 * @example
 * ```ts
 * import { getRuleset, score, ScoringError } from '@ombuds/scoring';
 * try {
 *   score(getRuleset(2023), { dimensions: { competency: '81,5', standards: '90', opinion: '80', complaints: '70' } });
 * } catch (error) {
 *   if (error instanceof ScoringError) {
 *     error.code; // 'INVALID_INPUT'
 *     error.reason; // 'decimal-comma'
 *     error.path; // ['dimensions', 'competency']
 *     error.text.id; // '"81,5" memakai koma desimal; tulis "81.5" atau aktifkan opsi koma desimal.'
 *     error.message; // '"81,5" uses a decimal comma; write "81.5" or pass { decimalComma: true }. (at dimensions.competency)'
 *   }
 * }
 * ```
 */
export class ScoringError extends Error {
  /**
   * `instanceof ScoringError` holds for a `ScoringError` of any copy of this package (the ES module and the
   * CommonJS build, two versions in one app): it checks a brand under `Symbol.for`, not the class identity.
   * A subclass keeps the ordinary `instanceof`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== ScoringError) return Function.prototype[Symbol.hasInstance].call(this, value);
    if (value === null || typeof value !== 'object') return false;
    try {
      return (value as Record<symbol, unknown>)[ERROR_BRAND] === true;
    } catch {
      return false;
    }
  }

  /** The stable code: branch on this (or on `reason`), never on the message. */
  readonly code: ScoringErrorCode;
  /** The stable reason, finer than the code: `decimal-comma`, `out-of-range`, `missing` … */
  readonly reason: ScoringErrorReason;
  /** Path of the offending value inside the argument it came from; `[]` for the argument itself. */
  readonly path: Path;
  /** The text in Indonesian and English, without the path: show `text.id` to an Indonesian user. */
  readonly text: ScoringErrorText;

  /**
   * @param code - The stable code.
   * @param message - The English text (without the path).
   * @param path - Where the offending value sits.
   * @param detail - The reason and the Indonesian text; without it the reason is `other` and both texts are
   *   the English one.
   */
  constructor(
    code: ScoringErrorCode,
    message: string,
    path: Path = [],
    detail?: { readonly reason: ScoringErrorReason; readonly id: string },
  ) {
    super(path.length > 0 ? `${message} (at ${formatPath(path)})` : message);
    this.name = 'ScoringError';
    this.code = code;
    this.reason = detail?.reason ?? 'other';
    this.path = Object.freeze([...path]);
    this.text = Object.freeze({ id: detail?.id ?? message, en: message });
  }

  /** A plain JSON form: `{ name, code, reason, path, message, text }`. */
  toJSON(): {
    name: 'ScoringError';
    code: ScoringErrorCode;
    reason: ScoringErrorReason;
    path: Path;
    message: string;
    text: ScoringErrorText;
  } {
    return { name: 'ScoringError', code: this.code, reason: this.reason, path: this.path, message: this.message, text: this.text };
  }
}

// The brand sits on the prototype: every ScoringError of every copy of the package carries it, a plain object
// with the same fields does not (JSON drops symbols).
Object.defineProperty(ScoringError.prototype, ERROR_BRAND, { value: true });

/**
 * A `ScoringError` from a message of the catalog (src/errors/catalog.ts): its reason, its English text (the
 * message) and its Indonesian text. @internal
 */
export function fail<P>(code: ScoringErrorCode, message: Message<P>, params: P, path: Path = []): ScoringError {
  return new ScoringError(code, message.en(params), path, { reason: message.reason, id: message.id(params) });
}

/** The outcome of a `safe*` call: the data, or the `ScoringError` the throwing twin would have thrown. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ScoringError };

/**
 * Wraps a throwing call into its `safe*` twin. Only `ScoringError` is caught: anything else is a bug of this
 * library and is rethrown so that it is seen.
 *
 * @internal
 */
export function toSafe<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => SafeResult<T> {
  return (...args: A) => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (error instanceof ScoringError) return { success: false, error };
      throw error;
    }
  };
}

/** `["units", 2, "total"]` → `units[2].total`. @internal */
export function formatPath(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
