/**
 * Reads user numbers: a decimal string or a finite number becomes an exact fraction over a power of ten, and everything else a
 * `ScoringError('INVALID_INPUT')` at its path, with a message that says what to write instead.
 *
 * @module
 */
import { ScoringError, type Path } from '../errors.js';
import { fail } from '../errors/fail.js';
import {
  CUT_VALUE,
  DECIMAL_COMMA,
  DECIMAL_POINT,
  EMPTY_VALUE,
  NOT_A_NUMBER,
  NOT_NUMBER,
  OUT_OF_RANGE,
  TOO_LONG,
  TOO_MANY_DECIMALS,
} from '../errors/templates.js';
import { LIMITS } from '../limits.js';
import { own } from '../util/own.js';
import { cmp, CUT_MARK, decimalsOf, fromText, R100, uncut, type Rational } from './fraction.js';

/** Options that govern how user values are read. */
export interface ParseOptions {
  /** Accept "90,02" (Indonesian spreadsheets) as 90.02. A dot is then refused: it may be a thousands mark. */
  readonly decimalComma?: boolean | undefined;
}

/** Whether the caller's options ask for a decimal comma: an own property only, never one inherited. */
function commaOf(options: ParseOptions): boolean {
  return own(options, 'decimalComma') === true;
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const COMMA = /^-?\d+(,\d+)?$/;
/** A value cut at 20 decimals and marked, as `score` prints an `exact` that does not terminate. */
const CUT_PLAIN = /^\d+\.\d{20}\u2026$/;
const CUT_COMMA = /^\d+,\d{20}\u2026$/;

/**
 * Reads a decimal string or a finite number into an exact fraction over a power of ten, refusing everything else with a
 * `ScoringError('INVALID_INPUT')` at `path`. No range check here; see {@link parseScore}. With `cut`, a string as
 * `score` prints an `exact` total that does not terminate (exactly 20 decimals, then `…`) is read too, as the middle
 * of the gap it stands for (`uncut` in `fraction.ts`); without it, or in any other form, the mark is refused.
 *
 * @internal
 */
export function parseDecimal(
  value: unknown,
  path: Path,
  options: ParseOptions = {},
  maxDecimals: number = LIMITS.decimals,
  cut = false,
): Rational {
  let text: string;
  let marked = false;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw fail('INVALID_INPUT', path, NOT_A_NUMBER, { value, example: '87.44' });
    // A JS number reads as its shortest round-trip string, so 0.1 is exactly 0.1; the exponent forms (1e-7,
    // 1e+21) are written out in full by shifting their digits. It has the same bound on decimals as a string.
    text = plainNumber(value);
  } else {
    if (typeof value !== 'string') throw fail('INVALID_INPUT', path, NOT_NUMBER, { value });
    if (value.length > LIMITS.numberLength) {
      throw fail('INVALID_INPUT', path, TOO_LONG, { value, count: value.length, max: LIMITS.numberLength });
    }
    const comma = commaOf(options);
    const pattern = comma ? COMMA : PLAIN;
    let plain = value;
    if (value.endsWith(CUT_MARK)) {
      // The mark of a value that does not terminate: read (as the middle of the gap it stands for) only where the
      // caller reads `exact` totals, and only in the one form `score` prints; anywhere else it is refused.
      plain = value.slice(0, -1);
      if (!cut || !(comma ? CUT_COMMA : CUT_PLAIN).test(value)) {
        const example = pattern.test(plain) ? plain : comma ? '87,44' : '87.44';
        throw fail('INVALID_INPUT', path, CUT_VALUE, { value, example });
      }
      marked = true;
    }
    if (!pattern.test(plain)) throw badNumber(plain, comma, path);
    text = comma ? plain.replace(',', '.') : plain;
  }
  if (decimalsOf(text) > maxDecimals) {
    throw fail('INVALID_INPUT', path, TOO_MANY_DECIMALS, { value, max: maxDecimals });
  }
  return marked ? uncut(fromText(text)) : fromText(text);
}

/**
 * The shortest round-trip string of a finite JS number, never in exponent form: `1e-7` → `"0.0000001"`,
 * `1.5e+21` → `"1500000000000000000000"`, `-0` → `"0"`. The digits of `String(value)` are shifted by its
 * exponent; no arithmetic touches them.
 *
 * @internal
 */
export function plainNumber(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.charCodeAt(0) === 45;
  const mantissa = text.slice(negative ? 1 : 0, e);
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  // Where the point goes, counted in digits from the left: the mantissa's own place moved by the exponent.
  const at = (point < 0 ? mantissa.length : point) + Number(text.slice(e + 1));
  const shifted =
    at <= 0
      ? `0.${'0'.repeat(-at)}${digits}`
      : at >= digits.length
        ? digits + '0'.repeat(at - digits.length)
        : `${digits.slice(0, at)}.${digits.slice(at)}`;
  return negative ? `-${shifted}` : shifted;
}

/**
 * Reads a score on the 0–100 scale (a dimension score, a unit total, a deduction; with `cut`, an `exact` total as
 * `score` prints it, see {@link parseDecimal}).
 *
 * @internal
 */
export function parseScore(
  value: unknown,
  path: Path,
  options: ParseOptions = {},
  maxDecimals: number = LIMITS.decimals,
  cut = false,
): Rational {
  const parsed = parseDecimal(value, path, options, maxDecimals, cut);
  if (parsed.n < 0 || cmp(parsed, R100) > 0)
    throw fail('INVALID_INPUT', path, OUT_OF_RANGE, { value, min: '0', max: '100' });
  return parsed;
}

/** The error of a string that is no plain decimal, with the hint that fits the slip (an Indonesian sheet's first). */
function badNumber(value: string, comma: boolean, path: Path): ScoringError {
  // An empty text, or one of spaces only, is a value not given: missing (a table's empty cell).
  if (value.trim() === '') return fail('INVALID_INPUT', path, EMPTY_VALUE);
  // A decimal comma without the option, or a point with it: the same number with the other mark (a whole number
  // fits both patterns, so a value here that fits the other one has a fraction).
  return (comma ? PLAIN : COMMA).test(value)
    ? fail('INVALID_INPUT', path, comma ? DECIMAL_POINT : DECIMAL_COMMA, {
        value,
        fixed: comma ? value.replace('.', ',') : value.replace(',', '.'),
      })
    : fail('INVALID_INPUT', path, NOT_A_NUMBER, { value, example: comma ? '87,44' : '87.44' });
}
