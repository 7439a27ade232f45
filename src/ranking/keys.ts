/**
 * The sort keys of `rank`, held as typed arrays (one slot per item, no object per item): the two-decimal total
 * in cents, and the unrounded total as exact integers. Comparing these integers is comparing the decimals,
 * without decimal.js in the sort.
 *
 * @module
 */
import { POWERS_OF_TEN, scaledPlain } from '../exact/scaled.js';

/** 100.00 in cents: totals are 0 … MAX_CENTS. @internal */
export const MAX_CENTS = 10_000;

/**
 * The keys of `n` items, item `i` at index `i`. The unrounded total is hi = its value × 10^9 truncated
 * (≤ 10^11), lo = decimals 10–20 as an integer (< 10^11), rest = any later decimals without trailing zeros:
 * comparing hi, then lo, then rest (as strings) orders the values exactly. @internal
 */
export interface RankKeys {
  readonly ids: string[];
  /** The total rounded half-up to cents, × 100. */
  readonly cents: Int32Array;
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  readonly rest: string[];
  /** The unrounded total as the shortest exact text, when already known (else `null`: see {@link exactText}). */
  readonly exactTexts: (string | null)[];
}

/** Empty keys for `n` items. @internal */
export function createKeys(n: number): RankKeys {
  return {
    ids: new Array<string>(n).fill(''),
    cents: new Int32Array(n),
    hi: new Float64Array(n),
    lo: new Float64Array(n),
    rest: new Array<string>(n).fill(''),
    exactTexts: new Array<string | null>(n).fill(null),
  };
}

/**
 * The whole part of a plain decimal text (digits, optionally `.digits`, leading zeros allowed), read up to
 * `end`, or -1 when it is empty, has a character that is not a digit before `end`, or exceeds 100.
 */
function wholeOf(text: string, end: number): number {
  let whole = 0;
  for (let at = 0; at < end; at++) {
    const c = text.charCodeAt(at) - 48;
    if (c < 0 || c > 9) return -1;
    whole = whole * 10 + c;
    if (whole > 100) return -1;
  }
  return end === 0 ? -1 : whole;
}

/**
 * Where the decimals of `text` start (after its point; its length when it has none), or -1 when its decimal
 * point is misplaced or it has more than `maxDecimals` decimals. Does not check the digits themselves.
 */
function decimalsAt(text: string, maxDecimals: number): number {
  const n = text.length;
  const point = text.indexOf('.');
  if (point < 0) return n;
  return point === n - 1 || n - point - 1 > maxDecimals ? -1 : point + 1;
}

/**
 * The cents of a plain decimal text from 0 to 100, rounded half up (a third decimal of 5 or more rounds up: the
 * value is non-negative), or -1 when `text` is not such a decimal with at most `maxDecimals` decimals.
 *
 * @internal
 */
export function centsOfText(text: string, maxDecimals: number): number {
  const first = decimalsAt(text, maxDecimals);
  if (first < 0) return -1;
  const n = text.length;
  const whole = wholeOf(text, first < n ? first - 1 : n);
  if (whole < 0) return -1;
  let cents = whole * 100;
  let nonzero = 0;
  for (let at = first; at < n; at++) {
    const c = text.charCodeAt(at) - 48;
    if (c < 0 || c > 9) return -1;
    nonzero |= c;
    const place = at - first;
    if (place === 0) cents += c * 10;
    else if (place === 1) cents += c;
    else if (place === 2 && c >= 5) cents += 1;
  }
  return whole === 100 && nonzero !== 0 ? -1 : cents;
}

/**
 * Writes the unrounded-total key of a plain decimal text from 0 to 100 into slot `i` of `keys`; `false` (and
 * nothing written) when `text` is not such a decimal with at most `maxDecimals` decimals.
 *
 * @internal
 */
export function writeExactKey(keys: RankKeys, i: number, text: string, maxDecimals: number): boolean {
  const first = decimalsAt(text, maxDecimals);
  if (first < 0) return false;
  const n = text.length;
  const whole = wholeOf(text, first < n ? first - 1 : n);
  if (whole < 0) return false;
  // Decimals 1–9 go into hi, 10–20 into lo, missing ones as zeros, later ones into rest: exact integers,
  // hi ≤ 1.01 × 10^11.
  let hi = whole;
  let lo = 0;
  let rest = '';
  let nonzero = 0;
  let at = first;
  const hiEnd = n < first + 9 ? n : first + 9;
  for (; at < hiEnd; at++) {
    const c = text.charCodeAt(at) - 48;
    if (c < 0 || c > 9) return false;
    nonzero |= c;
    hi = hi * 10 + c;
  }
  hi *= POWERS_OF_TEN[first + 9 - hiEnd]!;
  if (at < n) {
    const loEnd = n < first + 20 ? n : first + 20;
    for (; at < loEnd; at++) {
      const c = text.charCodeAt(at) - 48;
      if (c < 0 || c > 9) return false;
      nonzero |= c;
      lo = lo * 10 + c;
    }
    lo *= POWERS_OF_TEN[first + 20 - loEnd]!;
    if (at < n) {
      let end = n;
      for (let k = at; k < n; k++) {
        const c = text.charCodeAt(k) - 48;
        if (c < 0 || c > 9) return false;
        if (c !== 0) end = k + 1;
      }
      nonzero |= end - at;
      rest = text.slice(at, end);
    }
  }
  if (whole === 100 && nonzero !== 0) return false;
  keys.hi[i] = hi;
  keys.lo[i] = lo;
  keys.rest[i] = rest;
  return true;
}

/**
 * `true` when `text` is a plain decimal already in the shortest form `plain` prints (no leading zero before a
 * digit, no trailing zero after the point), so it can be returned as it is. Call it only on text that is a plain
 * decimal (digits, optionally `.digits`). @internal
 */
export function isShortestForm(text: string): boolean {
  const n = text.length;
  if (n > 1 && text.charCodeAt(0) === 48 && text.charCodeAt(1) !== 46) return false;
  return text.indexOf('.') < 0 || text.charCodeAt(n - 1) !== 48;
}

/** The unrounded total of item `i` as the shortest exact text, like `plain`. @internal */
export function exactText(keys: RankKeys, i: number): string {
  const known = keys.exactTexts[i];
  if (known !== null && known !== undefined) return known;
  const hi = keys.hi[i]!;
  const lo = keys.lo[i]!;
  const rest = keys.rest[i]!;
  if (lo === 0 && rest === '') return scaledPlain(hi, 9);
  // hi < 1.01 × 10^11 is an integer: hi / 10^9 is at least 10^-9 away from the next integer, far more than the
  // division's error, so `floor` is exact.
  const whole = Math.floor(hi / 1e9);
  let fraction = String(hi - whole * 1e9).padStart(9, '0') + String(lo).padStart(11, '0') + rest;
  let end = fraction.length;
  while (fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  return `${whole}.${fraction}`;
}
