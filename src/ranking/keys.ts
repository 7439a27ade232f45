/**
 * The sort keys of `rank`, held as typed arrays (one slot per item, no object per item): the two-decimal total
 * in cents, and the unrounded total as exact integers. Comparing these integers is comparing the decimals,
 * without decimal.js in the sort.
 *
 * @module
 */
import { scaledText } from '../exact/fraction.js';
import { POWERS_OF_TEN } from '../exact/integer.js';

/** 100.00 in cents: totals are 0 … MAX_CENTS. @internal */
export const MAX_CENTS = 10_000;

/**
 * The most decimals a key holds. `rank` reads at most `LIMITS.decimals` (20) decimals, and a text with more is
 * never given a key (test/ranking/keys.test.ts keeps the two together). @internal
 */
export const KEY_DECIMALS = 20;

/**
 * The keys of `n` items, item `i` at index `i`. The unrounded total is hi = its value × 10^9 truncated
 * (≤ 10^11), lo = decimals 10–20 as an integer (< 10^11): comparing hi, then lo orders values of up to
 * {@link KEY_DECIMALS} decimals exactly. @internal
 */
export class RankKeys {
  readonly ids: string[];
  /** The total rounded half-up to cents, × 100. */
  readonly cents: Int32Array;
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  /** The unrounded total as the shortest exact text, when already known (else `null`: see {@link exactText}). */
  readonly exactTexts: (string | null)[];
  /** The decimals of the unrounded total past the 20th, without trailing zeros (`''` for none). */
  readonly rests: string[];

  constructor(n: number) {
    this.ids = new Array<string>(n).fill('');
    this.cents = new Int32Array(n);
    this.hi = new Float64Array(n);
    this.lo = new Float64Array(n);
    this.exactTexts = new Array<string | null>(n).fill(null);
    this.rests = new Array<string>(n).fill('');
  }
}

/**
 * The keys of no item, kept for the module's lifetime. It also keeps the map (hidden class) of `RankKeys`
 * alive: a map without a live instance is collected at a full garbage collection, which deoptimises every
 * function optimised for it, and between two calls of `rank` no other keys are alive. Without it, each call of
 * `rank` after a full collection ran unoptimised code for a while (about 2× slower on 100,000 items).
 */
const NO_KEYS = /* @__PURE__ */ new RankKeys(0);

/** Empty keys for `n` items. @internal */
export function createKeys(n: number): RankKeys {
  return n === 0 ? NO_KEYS : new RankKeys(n);
}

/**
 * Reads the whole part of a plain decimal text (digits, optionally `.digits`, leading zeros allowed) and checks
 * that a point is followed by 1 … `maxDecimals` characters (the caller checks they are digits). Returns the
 * whole part × 128 + where it ends (the point, or the text's length; texts past 127 characters are refused), or
 * -1 when the whole part is empty, has a character other than a digit, or exceeds 100.
 */
function readWhole(text: string, maxDecimals: number): number {
  const n = text.length;
  let whole = 0;
  let at = 0;
  for (; at < n; at++) {
    const c = text.charCodeAt(at) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    if (whole > 100) return -1;
  }
  if (at === 0 || at > 127) return -1;
  if (at < n && (text.charCodeAt(at) !== 46 || at === n - 1 || n - at - 1 > maxDecimals)) return -1;
  return whole * 128 + at;
}

/**
 * The cents of a plain decimal text from 0 to 100, rounded half up (a third decimal of 5 or more rounds up: the
 * value is non-negative), or -1 when `text` is not such a decimal with at most `maxDecimals` decimals.
 *
 * @internal
 */
export function centsOfText(text: string, maxDecimals: number): number {
  const read = readWhole(text, maxDecimals);
  if (read < 0) return -1;
  const n = text.length;
  const whole = read >> 7;
  const point = read & 127;
  const first = point < n ? point + 1 : n; // where the decimals start
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
 * nothing written) when `text` is not such a decimal with at most `maxDecimals` (and {@link KEY_DECIMALS})
 * decimals.
 *
 * @internal
 */
export function writeExactKey(keys: RankKeys, i: number, text: string, maxDecimals: number): boolean {
  const read = readWhole(text, Math.min(maxDecimals, KEY_DECIMALS));
  if (read < 0) return false;
  const n = text.length;
  const whole = read >> 7;
  const point = read & 127;
  const first = point < n ? point + 1 : n; // where the decimals start
  // Decimals 1–9 go into hi, 10–20 into lo, missing ones as zeros: exact integers, hi ≤ 1.01 × 10^11.
  let hi = whole;
  let lo = 0;
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
    for (; at < n; at++) {
      const c = text.charCodeAt(at) - 48;
      if (c < 0 || c > 9) return false;
      nonzero |= c;
      lo = lo * 10 + c;
    }
    lo *= POWERS_OF_TEN[first + 20 - n]!;
  }
  if (whole === 100 && nonzero !== 0) return false;
  keys.hi[i] = hi;
  keys.lo[i] = lo;
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
  if (lo === 0) return scaledText(hi, 9, true);
  // hi < 1.01 × 10^11 is an integer: hi / 10^9 is at least 10^-9 away from the next integer, far more than the
  // division's error, so `floor` is exact.
  const whole = Math.floor(hi / 1e9);
  let fraction = String(hi - whole * 1e9).padStart(9, '0') + String(lo).padStart(11, '0');
  let end = fraction.length;
  while (fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  return `${whole}.${fraction}`;
}
