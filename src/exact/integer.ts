/**
 * Exact integers of any size, held in a JS number while they fit and in a BigInt beyond. Every score here is
 * small (a few digits over a power of ten, counts of answers), so nearly all arithmetic runs on numbers at
 * machine speed; a result that would leave the number range is computed again in BigInt, so it is never
 * rounded. Numbers are kept below 2^52 in magnitude: then a product of two of them that stays below is exact,
 * and so is the remainder check of a floor division (`a − q·b`, below 2^53).
 *
 * @module
 */

/** An exact integer: an integral JS number of magnitude below 2^52, or a BigInt (only when it does not fit). @internal */
export type Int = number | bigint;

const LIMIT = 2 ** 52;
const LIMIT_N = BigInt(LIMIT);
const ZERO_N = BigInt(0);
const ONE_N = BigInt(1);

/** `x` as a number when it fits, so that later arithmetic takes the fast path again. */
function fit(x: bigint): Int {
  return x < LIMIT_N && x > -LIMIT_N ? Number(x) : x;
}

/** @internal */
export function big(x: Int | string): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** @internal */
export function plus(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s < LIMIT && s > -LIMIT) return s;
  }
  return fit(big(a) + big(b));
}

/** @internal */
export function minus(a: Int, b: Int): Int {
  return plus(a, negate(b));
}

/** @internal */
export function negate(a: Int): Int {
  return typeof a === 'number' ? -a || 0 : fit(-a);
}

/** @internal */
export function times(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    // A product below 2^52 in magnitude is exact; one at or above it may not be, and is redone in BigInt.
    if (p < LIMIT && p > -LIMIT) return p || 0;
  }
  return fit(big(a) * big(b));
}

/** ⌊a / b⌋ (toward −∞) and the remainder `a − q·b` (with the sign of b), for `b ≠ 0`. @internal */
export function divide(a: Int, b: Int): [q: Int, r: Int] {
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.floor(a / b);
    const r = a - q * b;
    // The float quotient may be one off near an integer; the exact remainder corrects it.
    return r < 0 === b > 0 && r !== 0 ? [q - 1, r + b] : (b > 0 ? r >= b : r <= b) ? [q + 1, r - b] : [q || 0, r || 0];
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  let r = x - q * y;
  if (r !== ZERO_N && r < ZERO_N !== y < ZERO_N) (q -= ONE_N), (r += y);
  return [fit(q), fit(r)];
}

/** −1, 0 or 1. @internal */
export function compare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` is odd. @internal */
export function isOdd(a: Int): boolean {
  return typeof a === 'number' ? a % 2 !== 0 : a % BigInt(2) !== ZERO_N;
}

/** Greatest common divisor (≥ 0; `gcd(0, 0) = 0`). @internal */
export function gcd(a: Int, b: Int): Int {
  // One loop for both kinds: on numbers while both are (a remainder of two numbers below 2^52 is exact), else on
  // BigInts. The casts only quiet the type checker: `%`, `<` and `-` act alike on two numbers and on two BigInts.
  if (typeof a !== typeof b) (a = big(a)), (b = big(b));
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  for (let r; b; ) (r = (a as number) % (b as number)), (a = b), (b = r);
  return typeof a === 'bigint' ? fit(a) : a;
}

/** 10^0 … 10^15, all exact (below 2^52). @internal */
export const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ Array.from({ length: 16 }, (_, k) => 10 ** k);

/** 10^k. @internal */
export function tenTo(k: number): Int {
  return k < 16 ? POWERS_OF_TEN[k]! : fit(BigInt(10) ** BigInt(k));
}

/** `k` when `d` is 10^k (k < 16), else −1. @internal */
export function tenLog(d: Int): number {
  return typeof d === 'number' ? POWERS_OF_TEN.indexOf(d) : -1;
}

/** The integer of a string of decimal digits (optionally signed): a number up to 15 digits, else BigInt. @internal */
export function parseInt10(digits: string): Int {
  return digits.length < 16 ? Number(digits) || 0 : fit(BigInt(digits));
}
