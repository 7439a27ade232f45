/**
 * The one error type of the library, its stable codes and reasons, and the `safe*` result shape. The texts of the
 * library's errors, English and Indonesian, are in src/texts (`en.ts`, `id.ts`, put together as templates by
 * `errors/templates.ts`), and errors/fail.ts makes an error of a template.
 *
 * @module
 */

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

import { clip } from './texts/value.js';

/** The brand of a ScoringError, shared by every copy of the package through the global symbol registry. */
const ERROR_BRAND = Symbol.for('@ombuds/scoring.ScoringError');

/**
 * Every stable reason of a `ScoringError`: finer than its `code`, the same in every language, never changing
 * meaning between versions. Branch on it to show your own text or to highlight a field. `other` is the reason
 * of an error constructed outside this library without one.
 *
 * @example
 * ```ts
 * import { SCORING_ERROR_REASONS } from '@ombuds/scoring';
 * SCORING_ERROR_REASONS.includes('decimal-comma'); // true
 * ```
 */
export const SCORING_ERROR_REASONS = /* @__PURE__ */ Object.freeze([
  'decimal-comma',
  'decimal-point',
  'not-a-number',
  'too-many-decimals',
  'out-of-range',
  'wrong-type',
  'missing',
  'unknown-key',
  'duplicate-id',
  'too-large',
  'unreadable',
  'cyclic',
  'conflict',
  'not-applicable',
  'not-allowed',
  'not-validated',
  'invalid-ruleset',
  'no-ruleset',
  'no-assessment',
  'other',
] as const);

/**
 * A stable reason of a `ScoringError`:
 *
 * - `decimal-comma`: `"81,5"` without `{ decimalComma: true }`; `decimal-point`: `"81.5"` with it.
 * - `not-a-number`: text that is no plain decimal (`"abc"`, `"1e2"`, `" 90"`, `NaN`).
 * - `too-many-decimals`: more decimals than `LIMITS.decimals`.
 * - `out-of-range`: a score outside 0–100, points above a weight, an answer off its scale.
 * - `wrong-type`: an object where a list belongs, a number where a text belongs …
 * - `missing`: a dimension score, an answer, a reason, a list that is empty; a value that is empty or spaces only.
 * - `unknown-key`: a key, option or id that names nothing here.
 * - `duplicate-id`: an id or a year given twice.
 * - `too-large`: over a documented size (`LIMITS`, the sizes of a ruleset), or nested too deep.
 * - `unreadable`: a throwing getter or Proxy; `cyclic`: data that contains itself.
 * - `conflict`: two values that contradict each other, or two shapes of one value given together.
 * - `not-applicable`: deductions outside 2023–2024, the 2025 follow-up in another year.
 * - `not-allowed`: a value that is none of the values allowed (an option, a zone, a target).
 * - `not-validated`: a ruleset that did not go through `parseRuleset`; `invalid-ruleset`: one that breaks a rule
 *   of the ruleset schema.
 * - `no-ruleset`: no ruleset for the year or revision; `no-assessment`: no assessment was held (2020).
 * - `other`: an error constructed outside this library without a reason.
 */
export type ScoringErrorReason = (typeof SCORING_ERROR_REASONS)[number];

/** Where in the input the offending value sits, e.g. `["dimensions", "standards"]` or `["units", 2, "total"]`. */
export type Path = readonly (string | number)[];

/** The text of an error in Indonesian (`id`) and English (`en`). */
export interface ScoringErrorText {
  /** For the official who filled in the data: what is wrong and what to write instead (the place is `path`). */
  readonly id: string;
  /** The English text: `message` without the path. */
  readonly en: string;
}

/**
 * One problem of an input: what {@link ScoringError} says of its first problem, for each problem found.
 */
export interface ScoringIssue {
  readonly code: ScoringErrorCode;
  readonly reason: ScoringErrorReason;
  readonly path: Path;
  /** The English text and the path, as `ScoringError.message`. */
  readonly message: string;
  readonly text: ScoringErrorText;
}

/**
 * Thrown by every call of this library for bad input, unknown years and invalid rulesets.
 *
 * Every error has a stable `code` (what kind of call went wrong), a stable `reason` (what is wrong with the
 * value, the same in every language), the `path` of the offending value, and its `text` in Indonesian and
 * English; `message` is the English text followed by the path.
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
 *     error.text.en; // 'Input dimension: "81,5" uses a decimal comma; write "81.5" or pass { decimalComma: true }.'
 *     error.text.id; // 'Dimensi Input: "81,5" memakai koma desimal; tulis "81.5" atau aktifkan opsi koma desimal.'
 *     error.message; // 'Input dimension: "81,5" uses a decimal comma; write "81.5" or pass { decimalComma: true }. (at dimensions.competency)'
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

  /**
   * `'ScoringError'`. A class field, so defined on the error rather than assigned: where the built-ins are frozen
   * (SES lockdown), assigning over the frozen `Error.prototype.name` is a TypeError.
   */
  override name = 'ScoringError';
  /** The stable code: branch on this (or on `reason`), never on the message. */
  readonly code: ScoringErrorCode;
  /** The stable reason, finer than the code: `decimal-comma`, `out-of-range`, `missing` … */
  readonly reason: ScoringErrorReason;
  /** Path of the offending value inside the argument it came from; `[]` for the argument itself. */
  readonly path: Path;
  /** The text in Indonesian and English: show `text.id` to an Indonesian user. */
  readonly text: ScoringErrorText;
  /**
   * Every problem of the input found in one pass, in the order read, frozen; the first is this error's own
   * `code`, `reason`, `path`, `message` and `text`. `score` reads on past a bad value to every other dimension,
   * unit (and each value in it), deduction, the follow-up flag and each indicator's answers, and `rank` to every
   * item; the other calls stop at the first problem (one issue). A value that cannot be read (a throwing getter,
   * a cycle, a list over its limit) ends the pass, and so does the `LIMITS.issues`-th problem.
   *
   * @example
   * ```ts
   * import { getRuleset, safeScore } from '@ombuds/scoring';
   * const result = safeScore(getRuleset(2023), {
   *   dimensions: { competency: '', standards: 'abc', opinion: '101', complaints: '70' },
   * });
   * if (!result.success) {
   *   result.error.issues.map((issue) => issue.path.join('.'));
   *   // ['dimensions.competency', 'dimensions.standards', 'dimensions.opinion']
   *   result.error.issues.map((issue) => issue.reason); // ['missing', 'not-a-number', 'out-of-range']
   *   result.error.reason; // 'missing': the first issue
   * }
   * ```
   */
  readonly issues: readonly ScoringIssue[];

  /**
   * @param code - The stable code.
   * @param message - The English text, without the path.
   * @param path - Where the offending value sits.
   * @param detail - The reason and the Indonesian text; without it the reason is `other` and both texts are the
   *   English one.
   */
  constructor(
    code: ScoringErrorCode,
    message: string,
    path: Path = [],
    detail?: { readonly reason: ScoringErrorReason; readonly id: string },
  ) {
    super(path.length > 0 ? `${message} (at ${formatPath(path)})` : message);
    this.code = code;
    const reason = (this.reason = detail?.reason ?? 'other');
    path = this.path = Object.freeze([...path]);
    const text = (this.text = Object.freeze({ id: detail?.id ?? message, en: message }));
    // Its own problem alone; src/errors/issues.ts gives the first error of a pass every problem of it.
    this.issues = Object.freeze([Object.freeze({ code, reason, path, message: this.message, text })]);
  }

  /** A plain JSON form: `{ name, code, reason, path, message, text, issues }`. */
  toJSON(): {
    name: 'ScoringError';
    code: ScoringErrorCode;
    reason: ScoringErrorReason;
    path: Path;
    message: string;
    text: ScoringErrorText;
    issues: readonly ScoringIssue[];
  } {
    // The first issue is this error's own fields.
    return { name: 'ScoringError', ...this.issues[0]!, issues: this.issues };
  }
}

// The brand sits on the prototype: every ScoringError of every copy of the package carries it, a plain object
// with the same fields does not (JSON drops symbols).
Object.defineProperty(ScoringError.prototype, ERROR_BRAND, { value: true });

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
  // A key by its first 100 characters: a message stays small whatever the key.
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : (i ? '.' : '') + clip(part, 100))).join('');
}
