/**
 * Exact fractions: the one evaluator of every score. Answers are averaged over respondents and divided by the
 * scale, unpublished weights are equal shares (50 / 9), units are averaged: such quotients do not terminate,
 * so no decimal of any precision holds them. They are carried as fractions `n / d` of exact integers
 * (`integer.ts`: a number while it fits, BigInt beyond), so there is no floating point and no precision limit.
 *
 * Fractions are not reduced after each operation: a weighted sum of two-decimal scores stays over a power of
 * ten, and sums of fractions with different denominators are taken over their least common multiple, so the
 * integers stay small and the arithmetic runs on numbers. {@link reduce} gives the lowest terms where they
 * matter (whether a value terminates, its display).
 *
 * Values leave in three ways: {@link roundTo} rounds exactly (the rule of `rounding.ts` decides on the integer
 * quotient and remainder, never on a truncated quotient); {@link display} prints the exact digits when the
 * fraction terminates, else 20 decimals truncated, and {@link shownExact} (a result's `exact`) marks such a cut
 * with `…`, which {@link uncut} reads back; {@link balance} and {@link largestRemainder} print parts
 * that add up to their shown whole.
 *
 * @module
 */
import {
  big,
  compare,
  divide,
  gcd,
  isOdd,
  negate,
  parseInt10,
  plus,
  tenLog,
  tenTo,
  times,
  type Int,
} from './integer.js';
import { roundsUp, type RoundingMode } from './rounding.js';

/** A fraction `n / d` of exact integers, `d > 0`, not necessarily in lowest terms. @internal */
export interface Rational {
  readonly n: Int;
  readonly d: Int;
}

/** `n / d` with a positive denominator. @internal */
export function ratio(n: Int, d: Int): Rational {
  if (d === 0) throw new RangeError('division by zero');
  return d < 0 ? { n: negate(n), d: negate(d) } : { n, d };
}

/** @internal */
export const R0: Rational = { n: 0, d: 1 };
/** @internal */
export const R100: Rational = { n: 100, d: 1 };

/** @internal */
export function int(value: number | bigint): Rational {
  return { n: typeof value === 'bigint' ? plus(value, 0) : value, d: 1 };
}

/** A plain decimal string (`"-12.5"`, checked by the caller) as a fraction over a power of ten. @internal */
export function fromText(text: string): Rational {
  const point = text.indexOf('.');
  if (point < 0) return { n: parseInt10(text), d: 1 };
  return { n: parseInt10(text.slice(0, point) + text.slice(point + 1)), d: tenTo(text.length - point - 1) };
}

/** The fraction in lowest terms. @internal */
export function reduce(a: Rational): Rational {
  const g = gcd(a.n, a.d);
  return g === 1 || g === 0 ? a : { n: divide(a.n, g)[0], d: divide(a.d, g)[0] };
}

/** @internal */
export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: plus(a.n, b.n), d: a.d };
  // Over the least common multiple of the denominators: sums of shares keep small denominators.
  const g = gcd(a.d, b.d);
  const bd = divide(b.d, g)[0];
  const ad = divide(a.d, g)[0];
  return { n: plus(times(a.n, bd), times(b.n, ad)), d: times(a.d, bd) };
}
/** @internal */
export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: negate(b.n), d: b.d });
}
/** @internal */
export function mul(a: Rational, b: Rational): Rational {
  return { n: times(a.n, b.n), d: times(a.d, b.d) };
}
/** @internal */
export function div(a: Rational, b: Rational): Rational {
  return ratio(times(a.n, b.d), times(a.d, b.n));
}
/** @internal */
export function total(values: readonly Rational[]): Rational {
  let acc = R0;
  for (const v of values) acc = add(acc, v);
  return acc;
}
/** −1, 0 or 1. @internal */
export function cmp(a: Rational, b: Rational): number {
  return a.d === b.d ? compare(a.n, b.n) : compare(times(a.n, b.d), times(b.n, a.d));
}
/** @internal */
export function min(a: Rational, b: Rational): Rational {
  return cmp(a, b) <= 0 ? a : b;
}
/** @internal */
export function max(a: Rational, b: Rational): Rational {
  return cmp(a, b) >= 0 ? a : b;
}

/** ⌊a · 10^k⌋ and where the rest lies against one half of a unit: 0 none, 1 below, 2 half, 3 above. */
function scaled(a: Rational, k: number): [q: Int, rest: 0 | 1 | 2 | 3] {
  const [q, r] = divide(times(a.n, tenTo(k)), a.d);
  return [q, r === 0 ? 0 : ((2 + compare(times(r, 2), a.d)) as 1 | 2 | 3)];
}

/**
 * Whether `a` lies exactly half-way between two multiples of 10^-digits (`76.505` at 2 digits): the one place
 * where the rounding modes half-up, half-down and half-even part. @internal
 */
export function isHalfway(a: Rational, digits: number): boolean {
  return scaled(a, digits)[1] === 2;
}

/** Rounds `a ≥ 0` to `digits` decimals in `mode`, exactly: a fraction over 10^digits. @internal */
export function roundTo(a: Rational, digits: number, mode: RoundingMode): Rational {
  const [q, rest] = scaled(a, digits);
  return { n: roundsUp(mode, rest, isOdd(q)) ? plus(q, 1) : q, d: tenTo(digits) };
}

/** {@link roundTo}, printed with exactly `digits` decimals: `88` → `"88.00"`. @internal */
export function roundedText(a: Rational, digits: number, mode: RoundingMode): string {
  return scaledText(roundTo(a, digits, mode).n, digits);
}

/**
 * An exact value at two decimals, half-up, the sign kept, for a sentence only (never for computing, never in place
 * of a result's own strings): `2/3` → `'0.67'`, `-3/2` → `'-1.50'`. @internal
 */
export function twoDecimals(value: Rational): string {
  const negative = value.n < R0.n;
  const shown = roundedText(negative ? sub(R0, value) : value, 2, 'half-up');
  return negative && shown !== '0.00' ? `-${shown}` : shown;
}

/** A value with at most `digits` decimals (a rounded total) printed with exactly `digits`: `88` → `"88.00"`. @internal */
export function fixedText(a: Rational, digits: number): string {
  return roundedText(a, digits, 'down');
}

/** The smallest decimal with `digits` decimals that is ≥ `a`, as a fraction over 10^digits. @internal */
export function ceilTo(a: Rational, digits: number): Rational {
  const [q, rest] = scaled(a, digits);
  return { n: rest === 0 ? q : plus(q, 1), d: tenTo(digits) };
}

/**
 * A denominator `d = 2^x · 5^y · t` apart: `t` (prime to 10) and `max(x, y)`. A fraction `n / d` terminates exactly
 * when `t` divides `n`, and then has at most `max(x, y)` decimals: no greatest common divisor is needed.
 */
function tens(d: Int): [t: Int, decimals: number] {
  let most = 0;
  // Each division once: its quotient is kept when it leaves no remainder.
  for (const p of [2, 5]) {
    for (let c = 0, [q, r] = divide(d, p); r === 0; [q, r] = divide(d, p)) (d = q), (most = Math.max(most, ++c));
  }
  return [d, most];
}

/** `true` when the fraction has a finite decimal expansion. @internal */
export function terminates(a: Rational): boolean {
  return divide(a.n, tens(a.d)[0])[1] === 0;
}

/**
 * The decimal string of `q / 10^k` for an integer `q` (or the digits of one ≥ 0, leading zeros allowed): with exactly
 * `k` decimals, or (`short`) without trailing zeros and never "-0". Built from the digits of `q`, never by division.
 * @internal
 */
export function scaledText(q: Int | string, k: number, short = false): string {
  const negative = typeof q !== 'string' && q < 0;
  let digits = String(negative ? negate(q) : q);
  if (short) {
    if (q === 0) return '0';
    let end = digits.length;
    while (k > 0 && digits.charCodeAt(end - 1) === 48) end--, k--;
    digits = digits.slice(0, end);
  }
  digits = digits.padStart(k + 1, '0');
  // Joined, not concatenated: a flat string, which keeps no slice of `digits` alive in a result.
  const text = k === 0 ? digits : [digits.slice(0, digits.length - k), digits.slice(digits.length - k)].join('.');
  return negative ? `-${text}` : text;
}

/**
 * `⌊a · 10^k⌋` and the remainder (over `a.d`). For `a ≥ 0` over a number, the quotient is given as its digits, found
 * by long division a few decimals at a time, so that every product stays a number below 2^52 (BigInt arithmetic
 * only for larger denominators); else as an integer.
 */
function shift(a: Rational, k: number): [q: Int | string, rest: Int] {
  if (a.n < 0 || typeof a.d === 'bigint') return divide(times(a.n, tenTo(k)), a.d);
  let [q, rest] = divide(a.n, a.d);
  let digits = String(q);
  // Decimals per step: rest < d < 10^length, so rest · 10^step < 10^15.
  const step = Math.max(1, 15 - String(a.d).length);
  for (let left = k, s; left > 0; left -= s) {
    [q, rest] = divide(times(rest, tenTo((s = Math.min(step, left)))), a.d);
    digits += String(q).padStart(s, '0');
  }
  return [digits, rest];
}

/**
 * Decimals shown of a fraction that does not terminate: the most a numeric input may carry, so that a value cut
 * there can be passed back (a unit total to `score`; an `exact`, cut and marked, to `classify` and `rank`).
 */
const SHOWN_DECIMALS = 20;

/**
 * The display string: exact digits when `a` terminates, else truncated toward zero to 20 decimals.
 * @internal
 */
export function display(a: Rational): string {
  const ten = tenLog(a.d);
  if (ten >= 0) return scaledText(a.n, ten, true);
  const [t, decimals] = tens(a.d);
  // Its exact decimals when it terminates (the zeros after them trimmed), else 20.
  const k = divide(a.n, t)[1] === 0 ? decimals : SHOWN_DECIMALS;
  const [q, rest] = shift(a, k);
  // Toward zero: a negative quotient floored one below is taken back up.
  return scaledText(typeof q !== 'string' && q < 0 && rest !== 0 ? plus(q, 1) : q, k, true);
}

/** The mark after the 20 decimals of a value that does not terminate (U+2026, "…"). @internal */
export const CUT_MARK = '\u2026';

/** `5 / 10^21`: where a value cut at 20 decimals and marked is read, in the middle of the gap it stands for. */
const HALF_LAST: Rational = /* @__PURE__ */ ratio(5, tenTo(SHOWN_DECIMALS + 1));

/**
 * A value `a ≥ 0` that does not terminate, as `score` prints an `exact` total: its first 20 decimals truncated
 * (all 20, trailing zeros kept) and {@link CUT_MARK}, `"66.66666666666666666666…"`. It says that the value lies
 * strictly between the digits shown and the digits shown + 10^-20. @internal
 */
export function cutText(a: Rational): string {
  return scaledText(shift(a, SHOWN_DECIMALS)[0], SHOWN_DECIMALS) + CUT_MARK;
}

/**
 * The `exact` string of a result: the exact digits when `a ≥ 0` terminates, else {@link cutText} (20 decimals
 * truncated and `…`), so that no cut value passes for an exact one. @internal
 */
export function shownExact(a: Rational): string {
  return terminates(a) ? display(a) : cutText(a);
}

/**
 * The value a cut text stands for, from its 20 decimals `t` (a fraction over 10^20): `t + 5 · 10^-21`, the middle
 * of the open interval (t, t + 10^-20). Every value of that interval rounds the same at any precision of up to 19
 * decimals (a ruleset rounds to at most 6), in every rounding mode, and so does this one: the cut points and the
 * half-way points of such a precision are multiples of 10^-20, none inside the interval. (At 20 decimals the
 * half-way point t + 5 · 10^-21 is inside it: there the cut value cannot be rounded half-way, by anyone.) It
 * orders above `t` and below `t + 10^-20`.
 * @internal
 */
export function uncut(t: Rational): Rational {
  return add(t, HALF_LAST);
}

/** The number of decimals of a plain decimal text. @internal */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * Shows parts whose exact sum is `whole` as decimal strings that add up exactly to the shown `wholeText`
 * (the display of `whole`). When every part terminates they are shown exactly. Otherwise each part is floored
 * at `k` decimals (k ≥ those of `wholeText` and ≥ 20) and the missing units of the last place, fewer than
 * the number of parts, go one each to the parts with the largest remainders (largest-remainder method). Each
 * shown part is then within one unit of the last place of its exact value.
 *
 * @internal
 */
export function balance(parts: readonly Rational[], whole: Rational, wholeText: string): string[] {
  if (parts.every(terminates) && terminates(whole) && cmp(fromText(wholeText), whole) === 0) return parts.map(display);
  const k = Math.max(decimalsOf(wholeText), SHOWN_DECIMALS);
  return apportion(parts, wholeText, k).map((q) => scaledText(q, k, true));
}

/**
 * Shows parts at exactly `digits` decimals so that they add up to the shown whole `wholeText` (a decimal with
 * `digits` decimals within one unit of the last place of the parts' exact sum): each part is floored, and the
 * missing units of the last place go one each to the parts with the largest remainders, earlier parts first
 * on a tie (largest-remainder method). Each shown part is then within one unit of the last place of its exact
 * value, so the method can be applied again below each part.
 *
 * @internal
 */
export function largestRemainder(parts: readonly Rational[], wholeText: string, digits: number): string[] {
  return apportion(parts, wholeText, digits).map((q) => scaledText(q, digits));
}

/**
 * The largest-remainder method behind {@link balance} and {@link largestRemainder}: each part floored at `k`
 * decimals, as an integer scaled by 10^k, then the units still missing from the scaled `wholeText` given one
 * each to the parts with the largest remainders, earlier parts first on a tie (or, were there too many, taken
 * back from the smallest remainders), so that the parts add up to it exactly.
 */
function apportion(parts: readonly Rational[], wholeText: string, k: number): (Int | string)[] {
  const floors = parts.map((p) => shift(p, k));
  const shown = floors.map((f) => f[0]);
  // The shown whole at k decimals (it has no more) as an integer: its digits without the point, and zeros.
  let missing = big(wholeText.replace('.', '') + '0'.repeat(k - decimalsOf(wholeText)));
  for (const q of shown) missing -= big(q);
  const remainders = parts.map((p, i) => ratio(floors[i]![1], p.d));
  const order = parts.map((_, i) => i).sort((a, b) => cmp(remainders[b]!, remainders[a]!) || a - b);
  // 0 ≤ missing ≤ parts.length when `wholeText` is within one unit of the last place of the exact sum (as every
  // shown value of this module is); both loops still end, with the parts adding up, for any input.
  // Units missing go to the largest remainders first, units too many come back from the smallest first.
  for (let j = 0, n = order.length; missing && n; j++) {
    const i = order[missing > 0 ? j % n : n - 1 - (j % n)]!;
    shown[i] = plus(big(shown[i]!), missing > 0 ? (missing--, 1) : (missing++, -1));
  }
  return shown;
}
