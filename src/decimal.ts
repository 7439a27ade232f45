/**
 * The only importer of decimal.js. Every decimal this library reads, compares, rounds or prints goes through
 * the private clone below; the global `Decimal` configuration of the host application is never read or changed.
 *
 * Precision: inputs are limited to {@link MAX_FRACTION_DIGITS} decimals and values 0–100, weights to the same,
 * so every product and sum is exact within 60 significant digits. Quotients that may not terminate (means,
 * answer averages) are carried as exact fractions by `rational.ts` and rounded here through a representative
 * decimal with the same rounding; the scaled-integer helpers below serve the sort keys of `rank`.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { ScoringError, type Path } from './errors.js';
import { LIMITS } from './limits.js';

const Exact = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

/** An exact decimal value (an instance of the library's private decimal.js clone). @internal */
export type Exact = InstanceType<typeof Exact>;

/**
 * Named rounding modes a ruleset may choose.
 *
 * @example
 * ```ts
 * import { getRuleset, ROUNDING_MODES } from '@ombuds/scoring';
 * ROUNDING_MODES.includes(getRuleset(2023).rounding.value.mode); // true ('half-up')
 * ```
 */
export const ROUNDING_MODES = ['half-up', 'half-even', 'half-down', 'up', 'down'] as const;
/**
 * A named rounding mode: `half-up` (0.005 → 0.01), `half-even` (banker's), `half-down`, `up` (away from zero)
 * and `down` (truncation).
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_JS_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
};

/** Most decimals accepted in a value (`LIMITS.decimals`). @internal */
export const MAX_FRACTION_DIGITS = LIMITS.decimals;
/** Longest numeric string accepted (`LIMITS.numberLength`). @internal */
export const MAX_NUMBER_LENGTH = LIMITS.numberLength;

export const ZERO: Exact = new Exact(0);
export const HUNDRED: Exact = new Exact(100);

/** A trusted literal from ruleset data (already validated). @internal */
export function exact(value: string | number): Exact {
  return new Exact(value);
}

/** Options that govern how user values are read. */
export interface ParseOptions {
  /** Accept "90,02" (Indonesian spreadsheets) as 90.02. A dot is then refused: it may be a thousands mark. */
  readonly decimalComma?: boolean;
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const COMMA = /^-?\d+(,\d+)?$/;

/**
 * Reads a decimal string or a finite number into an exact decimal, refusing everything else with a
 * `ScoringError('INVALID_INPUT')` at `path`. No range check here; see {@link parseScore}.
 *
 * @internal
 */
export function parseDecimal(value: unknown, path: Path, options: ParseOptions = {}): Exact {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new ScoringError('INVALID_INPUT', `Expected a finite number, got ${String(value)}.`, path);
    }
    // A JS number converts through its shortest round-trip string, so 0.1 is read as exactly 0.1.
    const read = new Exact(Object.is(value, -0) ? 0 : value);
    // The same bound as for strings: 1e-80 would need more digits than the exact precision holds.
    if (read.decimalPlaces() > MAX_FRACTION_DIGITS) {
      throw new ScoringError(
        'INVALID_INPUT',
        `${String(value)} has more than ${MAX_FRACTION_DIGITS} decimals; round it to at most ${MAX_FRACTION_DIGITS}.`,
        path,
      );
    }
    return read;
  }
  if (typeof value !== 'string') {
    throw new ScoringError(
      'INVALID_INPUT',
      `Expected a decimal string such as "87.44" or a finite number, got ${describe(value)}.`,
      path,
    );
  }
  if (value.length > MAX_NUMBER_LENGTH) {
    throw new ScoringError(
      'INVALID_INPUT',
      `Expected a decimal string of at most ${MAX_NUMBER_LENGTH} characters, got one of ${value.length}.`,
      path,
    );
  }
  const grammar = options.decimalComma ? COMMA : PLAIN;
  if (!grammar.test(value)) {
    throw new ScoringError('INVALID_INPUT', explainBadNumber(value, options), path);
  }
  const normalised = options.decimalComma ? value.replace(',', '.') : value;
  const point = normalised.indexOf('.');
  if (point >= 0 && normalised.length - point - 1 > MAX_FRACTION_DIGITS) {
    throw new ScoringError(
      'INVALID_INPUT',
      `"${value}" has more than ${MAX_FRACTION_DIGITS} decimals; round it to at most ${MAX_FRACTION_DIGITS}.`,
      path,
    );
  }
  const parsed = new Exact(normalised);
  return parsed.isZero() ? ZERO : parsed;
}

/**
 * Reads a score on the 0–100 scale (a dimension score, a unit total, a deduction).
 *
 * @internal
 */
export function parseScore(value: unknown, path: Path, options: ParseOptions = {}): Exact {
  const parsed = parseDecimal(value, path, options);
  if (parsed.lt(ZERO) || parsed.gt(HUNDRED)) {
    throw new ScoringError(
      'INVALID_INPUT',
      `Expected a value from 0 to 100, got ${quote(value)}. Scores are on the 0–100 scale.`,
      path,
    );
  }
  return parsed;
}

function explainBadNumber(value: string, options: ParseOptions): string {
  const comma = options.decimalComma === true;
  const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (value.trim() !== value) return `${shown} has surrounding spaces; trim it.`;
  if (/^(nan|[+-]?infinity)$/i.test(value)) return `${shown} is not a number; pass a decimal from 0 to 100.`;
  if (/e/i.test(value)) return `${shown} uses an exponent; write it out in full, e.g. "87.44".`;
  if (!comma && /^-?\d+,\d+$/.test(value)) {
    return `${shown} uses a decimal comma; write "${value.replace(',', '.')}" or pass { decimalComma: true }.`;
  }
  if (comma && /^-?\d+\.\d+$/.test(value)) {
    return `${shown} uses a dot although { decimalComma: true } was passed; write "${value.replace('.', ',')}".`;
  }
  return `${shown} is not a plain decimal number; expected digits with an optional ${comma ? 'comma' : 'point'}, e.g. "${
    comma ? '87,44' : '87.44'
  }".`;
}

/** Rounds to `digits` decimals in the named mode. @internal */
export function round(value: Exact, digits: number, mode: RoundingMode): Exact {
  return value.toDecimalPlaces(digits, DECIMAL_JS_MODE[mode]);
}

/** Fixed-point string with exactly `digits` decimals: `88` → `"88.00"`. @internal */
export function fixed(value: Exact, digits: number): string {
  return value.toFixed(digits);
}

/** Shortest exact string, never in exponent form: `87.4395`, `100`. @internal */
export function plain(value: Exact): string {
  return value.toFixed();
}

/** `true` when `value` has no more than `digits` decimals. @internal */
export function hasAtMostDecimals(value: Exact, digits: number): boolean {
  return value.decimalPlaces() <= digits;
}

/** @internal */
export function sum(values: readonly Exact[]): Exact {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** A short, safe description of any value for an error message. @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isArraySafe(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of ${value.length} characters` : `the string ${JSON.stringify(value)}`;
    case 'number':
      return String(value);
    case 'bigint':
      return `the BigInt ${value.toString().slice(0, 40)}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'undefined':
      return 'nothing (undefined)';
    case 'boolean':
      return String(value);
    default:
      return 'an object';
  }
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

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describe(value);
}

// ---------------------------------------------------------------------------------------------------------
// Scaled integers: the sort keys and printed totals of `rank`.
//
// A decimal with at most `scale` decimals is held exactly as the integer value × 10^scale in a JS number, as
// long as that integer stays at or below 2^53 (Number.MAX_SAFE_INTEGER): then every operation on it here is
// exact integer arithmetic, never a floating-point approximation.
// ---------------------------------------------------------------------------------------------------------

/** 10^0 … 10^15, all exact doubles. @internal */
export const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ Object.freeze(Array.from({ length: 16 }, (_, i) => 10 ** i));

/** The integer part of `value / 10^scale`, corrected against the remainder. */
function wholePart(value: number, unit: number): number {
  const whole = Math.floor(value / unit);
  const rest = value - whole * unit;
  return rest < 0 ? whole - 1 : rest >= unit ? whole + 1 : whole;
}

/** `value / 10^scale` as the shortest exact string, like {@link plain}: `8744000, 5` → `"87.44"`. @internal */
export function scaledPlain(value: number, scale: number): string {
  const unit = POWERS_OF_TEN[scale]!;
  const whole = wholePart(value, unit);
  let fraction = value - whole * unit;
  if (fraction === 0) return String(whole);
  let digits = scale;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  return whole + '.' + String(fraction).padStart(digits, '0');
}

/** `value / 10^scale` with exactly `scale` decimals, like {@link fixed}: `8800, 2` → `"88.00"`. @internal */
export function scaledFixed(value: number, scale: number): string {
  if (scale === 0) return String(value);
  const unit = POWERS_OF_TEN[scale]!;
  const whole = wholePart(value, unit);
  return whole + '.' + String(value - whole * unit).padStart(scale, '0');
}

/**
 * `true` when `text` is a plain decimal already in the shortest form {@link plain} prints (no leading zero
 * before a digit, no trailing zero after the point), so it can be returned as it is. Call it only on text
 * that is a plain decimal (digits, optionally `.digits`). @internal
 */
export function isShortestForm(text: string): boolean {
  const n = text.length;
  if (n > 1 && text.charCodeAt(0) === 48 && text.charCodeAt(1) !== 46) return false;
  return text.indexOf('.') < 0 || text.charCodeAt(n - 1) !== 48;
}

/**
 * A sort key of a plain decimal text from 0 to 100 (digits, optionally `.digits`): `[hi, lo, rest]` with
 * hi = the value × 10^9 truncated (≤ 10^11), lo = decimals 10–20 as an integer (< 10^11), rest = any later
 * decimals without trailing zeros. Comparing hi, then lo, then rest (as strings) orders the values exactly.
 * `null` when the text is not such a decimal, is above 100, or has more than `maxDecimals` decimals.
 *
 * @internal
 */
export function sortKeyOf(text: string, maxDecimals: number): [number, number, string] | null {
  const n = text.length;
  const point = text.indexOf('.');
  const wholeEnd = point < 0 ? n : point;
  if (wholeEnd === 0 || point === n - 1 || n - wholeEnd - 1 > maxDecimals) return null;
  let whole = 0;
  for (let i = 0; i < wholeEnd; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    whole = whole * 10 + c;
    if (whole > 100) return null;
  }
  let hi = whole;
  let lo = 0;
  let restEnd = n;
  for (let i = 1; i <= 20; i++) {
    const at = wholeEnd + i;
    let c = 0;
    if (at < n) {
      c = text.charCodeAt(at) - 48;
      if (c < 0 || c > 9) return null;
    }
    if (i <= 9) hi = hi * 10 + c;
    else lo = lo * 10 + c;
  }
  if (whole === 100 && (hi !== 100 * 10 ** 9 || lo !== 0)) return null;
  let rest = '';
  if (n > wholeEnd + 21) {
    while (restEnd > wholeEnd + 21 && text.charCodeAt(restEnd - 1) === 48) restEnd--;
    rest = text.slice(wholeEnd + 21, restEnd);
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
    }
    if (whole === 100 && rest !== '') return null;
  }
  return [hi, lo, rest];
}

/** The shortest exact text of a sort key from {@link sortKeyOf}, like {@link plain}. @internal */
export function sortKeyText(hi: number, lo: number, rest: string): string {
  if (lo === 0 && rest === '') return scaledPlain(hi, 9);
  const whole = wholePart(hi, 10 ** 9);
  let fraction = String(hi - whole * 10 ** 9).padStart(9, '0') + String(lo).padStart(11, '0') + rest;
  let end = fraction.length;
  while (fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  return `${whole}.${fraction}`;
}
