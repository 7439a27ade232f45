/**
 * Two-decimal totals as text, one shared string per value: 0.00 … 100.00 (10,001 values) are printed once each
 * and then reused by every result that carries that total.
 *
 * @module
 */
import { scaledText } from './fraction.js';

/** The printed totals by cents, filled as they are first asked for. */
let texts: string[] | undefined;

/**
 * `cents / 100` with exactly two decimals, like `fixed(value, 2)`: `8800` → `"88.00"`. For 0 … 10,000 the same
 * string object on every call. @internal
 */
export function centsText(cents: number): string {
  if (cents < 0 || cents > 10_000) return scaledText(cents, 2);
  texts ??= new Array<string>(10_001).fill('');
  let text = texts[cents]!;
  if (text === '') text = texts[cents] = scaledText(cents, 2);
  return text;
}
