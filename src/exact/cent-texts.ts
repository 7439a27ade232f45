/**
 * Two-decimal totals as text, one shared string per value: 0.00 … 100.00 (10,001 values) are printed once each
 * and then reused by every result that carries that total. Exact totals of millionths are printed from the same
 * shared pieces, with one concatenation at most.
 *
 * @module
 */
import { scaledText } from './fraction.js';

/** Printed texts by table and index, filled as they are first asked for (the same string on every call). */
let texts: string[][] | undefined;

/** Text `i` of table `t` (0: cents with two decimals, 1: cents shortest, 2: four decimals shortest, after the dot). */
function cached(t: number, i: number): string {
  texts ??= [0, 1, 2].map(() => new Array<string>(10_001).fill(''));
  const table = texts[t]!;
  let text = table[i]!;
  if (text === '') text = table[i] = t === 2 ? scaledText(i, 4, true).slice(2) : scaledText(i, 2, t === 1);
  return text;
}

/**
 * `cents / 100` with exactly two decimals, like `fixed(value, 2)`: `8800` → `"88.00"`. For 0 … 10,000 the same
 * string object on every call. @internal
 */
export function centsText(cents: number): string {
  return cents >= 0 && cents <= 10_000 ? cached(0, cents) : scaledText(cents, 2);
}

/**
 * `millionths / 10^6` in its shortest form, like `scaledText(millionths, 6, true)`: `87442500` → `"87.4425"`,
 * `88000000` → `"88"`. From 0 to 100 the two-decimal head is a shared string and at most one concatenation is made.
 * @internal
 */
export function millionthsText(millionths: number): string {
  if (!(millionths >= 0 && millionths <= 100_000_000)) return scaledText(millionths, 6, true);
  const cents = Math.floor(millionths / 10_000);
  const rest = millionths - cents * 10_000;
  return rest === 0 ? cached(1, cents) : cached(0, cents) + cached(2, rest);
}
