/**
 * The only importer of decimal.js. Every score in this library is computed with the private clone below;
 * the global `Decimal` configuration of the host application is never read or changed.
 *
 * Precision: inputs are limited to {@link MAX_FRACTION_DIGITS} decimals and values 0–100, weights to the same,
 * so every product and sum is exact within 60 significant digits. The only division whose quotient may not
 * terminate (the mean of units) is rounded with {@link roundQuotient}, which decides the last digit on the
 * exact integer remainder, never on a truncated quotient.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { ScoringError, type Path } from './errors.js';

const Exact = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

/** An exact decimal value (an instance of the library's private decimal.js clone). @internal */
export type Exact = InstanceType<typeof Exact>;

/** Named rounding modes a ruleset may choose. */
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

/** Most decimals accepted in a value. @internal */
export const MAX_FRACTION_DIGITS = 20;
/** Longest numeric string accepted. @internal */
export const MAX_NUMBER_LENGTH = 64;

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
    return new Exact(Object.is(value, -0) ? 0 : value);
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
  const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (value.trim() !== value) return `${shown} has surrounding spaces; trim it.`;
  if (/^(nan|[+-]?infinity)$/i.test(value)) {
    return `${shown} is not a number; pass a decimal string from "0" to "100".`;
  }
  if (/^[+-]?\d*\.?\d+e[+-]?\d+$/i.test(value)) {
    return `${shown} uses an exponent; write it out in full, e.g. "87.44".`;
  }
  if (!options.decimalComma && /^-?\d+,\d+$/.test(value)) {
    return `${shown} uses a decimal comma; write "${value.replace(',', '.')}" or pass { decimalComma: true }.`;
  }
  if (options.decimalComma && /^-?\d+\.\d+$/.test(value)) {
    return `${shown} uses a dot although { decimalComma: true } was passed; write "${value.replace('.', ',')}".`;
  }
  return `${shown} is not a plain decimal number; expected digits with an optional ${
    options.decimalComma ? 'comma' : 'point'
  }, e.g. "${options.decimalComma ? '87,44' : '87.44'}".`;
}

/** Rounds to `digits` decimals in the named mode. @internal */
export function round(value: Exact, digits: number, mode: RoundingMode): Exact {
  return value.toDecimalPlaces(digits, DECIMAL_JS_MODE[mode]);
}

/**
 * Rounds `numerator / denominator` to `digits` decimals in the named mode, exactly: the integer quotient and
 * remainder decide, so a mean like 264.70 / 3 is never double-rounded. `numerator` ≥ 0, `denominator` a
 * positive integer.
 *
 * @internal
 */
export function roundQuotient(numerator: Exact, denominator: number, digits: number, mode: RoundingMode): Exact {
  const scale = new Exact(10).pow(digits);
  const scaled = numerator.times(scale);
  const n = new Exact(denominator);
  // The numerator may carry decimals (unrounded units); scale them away so the remainder is an integer.
  const fraction = scaled.decimalPlaces();
  const lift = new Exact(10).pow(fraction);
  const top = scaled.times(lift);
  const bottom = n.times(lift);
  const quotient = top.divToInt(bottom);
  const twiceRemainder = top.minus(quotient.times(bottom)).times(2);
  let up: boolean;
  switch (mode) {
    case 'down':
      up = false;
      break;
    case 'up':
      up = !twiceRemainder.isZero();
      break;
    case 'half-up':
      up = twiceRemainder.gte(bottom);
      break;
    case 'half-down':
      up = twiceRemainder.gt(bottom);
      break;
    case 'half-even':
      up = twiceRemainder.gt(bottom) || (twiceRemainder.eq(bottom) && !quotient.mod(2).isZero());
      break;
  }
  return (up ? quotient.plus(1) : quotient).div(scale);
}

/** The quotient itself, for display: exact when it terminates, else to 40 significant digits. @internal */
export function quotient(numerator: Exact, denominator: number): Exact {
  return numerator.div(denominator).toSignificantDigits(40, DecimalJs.ROUND_DOWN);
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
  if (Array.isArray(value)) return 'an array';
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

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describe(value);
}
