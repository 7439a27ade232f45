/**
 * Two-decimal totals as text, one shared string per value: 0.00 … 100.00 (10,001 values) are printed once each
 * and then reused by every result that carries that total. Exact totals of millionths are printed from those and
 * from shared texts of their last four decimals, with one concatenation.
 *
 * @module
 */
import { scaledText } from './fraction.js';

/** The printed totals by cents, filled as they are first asked for. */
let texts: string[] | undefined;
/** The last four decimals of exact totals by ten-thousandths (1 … 9,999), without trailing zeros. */
let tails: string[] | undefined;

/**
 * `cents / 100` with exactly two decimals, like `fixed(value, 2)`: `8800` → `"88.00"`. For 0 … 10,000 the same
 * string object on every call. @internal
 */
export function centsText(cents: number): string {
  if (cents < 0 || cents > 10_000) return scaledText(cents, 2);
  return ((texts ??= new Array<string>(10_001).fill(''))[cents] ||= scaledText(cents, 2));
}

/**
 * `millionths / 10^6` in its shortest form, like `scaledText(millionths, 6, true)`: `87442500` → `"87.4425"`,
 * `88000000` → `"88"`. A positive total with any of the last four decimals is its two-decimal head and the
 * shared text of the rest, one concatenation. @internal
 */
export function millionthsText(millionths: number): string {
  const cents = Math.floor(millionths / 10_000);
  const rest = millionths - cents * 10_000;
  return millionths > 0 && rest > 0
    ? centsText(cents) + ((tails ??= new Array<string>(10_001).fill(''))[rest] ||= scaledText(rest, 4, true).slice(2))
    : scaledText(millionths, 6, true);
}
