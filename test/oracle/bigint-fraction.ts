/**
 * THE ORACLE of `src/exact/fraction.ts`: the library's fraction code as it was before the single integer
 * evaluator, BigInt fractions reduced after every operation, rounded through decimal.js. It is kept
 * only to check the evaluator bit for bit (test/exact/fraction.oracle.test.ts); nothing in src/ imports it.
 */
import DecimalJs from 'decimal.js';
import { exact, plain, type Exact } from '../../src/exact/decimal.js';
import type { RoundingMode } from '../../src/exact/rounding.js';
import { LIMITS } from '../../src/limits.js';

/** The rounding modes as decimal.js names them: the oracle rounds with decimal.js. */
const DECIMAL_JS_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
};

/** Rounds to `digits` decimals in the named mode, by decimal.js. */
export function round(value: Exact, digits: number, mode: RoundingMode): Exact {
  return value.toDecimalPlaces(digits, DECIMAL_JS_MODE[mode]);
}

/** A reduced fraction `n / d`, `d > 0`. @internal */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const ZERO_N = BigInt(0);
const ONE_N = BigInt(1);
const TEN_N = BigInt(10);

const SAFE_N = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Greatest common divisor. Most fractions here are small (answers, counts, weights), so when both fit in
 * 2^53 the loop runs on integer-valued numbers, whose `%` is exact there; larger ones stay BigInt.
 */
function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO_N ? -a : a;
  let y = b < ZERO_N ? -b : b;
  if (x <= SAFE_N && y <= SAFE_N) {
    let p = Number(x);
    let q = Number(y);
    while (q !== 0) {
      const r = p % q;
      p = q;
      q = r;
    }
    return BigInt(p);
  }
  while (y !== ZERO_N) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** @internal */
export function ratio(n: bigint, d: bigint): Rational {
  if (d === ZERO_N) throw new RangeError('division by zero');
  if (d === ONE_N) return { n, d };
  const sign = d < ZERO_N ? -ONE_N : ONE_N;
  const g = gcd(n, d) || ONE_N;
  return g === ONE_N && sign === ONE_N ? { n, d } : { n: (sign * n) / g, d: (sign * d) / g };
}

/** @internal */
export const R0: Rational = { n: ZERO_N, d: ONE_N };
/** @internal */
export const R100: Rational = { n: BigInt(100), d: ONE_N };

/** @internal */
export function int(value: number | bigint): Rational {
  return { n: BigInt(value), d: ONE_N };
}

/** An exact decimal as a fraction over a power of ten. @internal */
export function fromExact(value: Exact): Rational {
  return fromText(plain(value));
}

/** A plain decimal string (`"-12.5"`, from ruleset data or from this module) as a fraction. @internal */
export function fromText(text: string): Rational {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  const digits = point < 0 ? body : body.slice(0, point) + body.slice(point + 1);
  const scale = point < 0 ? 0 : body.length - point - 1;
  const n = BigInt(digits);
  return ratio(negative ? -n : n, TEN_N ** BigInt(scale));
}

/** @internal */
export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? ratio(a.n + b.n, a.d) : ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}
/** @internal */
export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: -b.n, d: b.d });
}
/** @internal */
export function mul(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.n, a.d * b.d);
}
/** @internal */
export function div(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.d, a.d * b.n);
}
/** @internal */
export function total(values: readonly Rational[]): Rational {
  let acc = R0;
  for (const v of values) acc = add(acc, v);
  return acc;
}
/** −1, 0 or 1. @internal */
export function cmp(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
/** @internal */
export function min(a: Rational, b: Rational): Rational {
  return cmp(a, b) <= 0 ? a : b;
}
/** @internal */
export function max(a: Rational, b: Rational): Rational {
  return cmp(a, b) >= 0 ? a : b;
}
/**
 * Whether `a` lies exactly half-way between two multiples of 10^-digits (`76.505` at 2 digits): the one place
 * where the rounding modes half-up, half-down and half-even part. @internal
 */
export function isHalfway(a: Rational, digits: number): boolean {
  const twice = a.n * BigInt(2) * TEN_N ** BigInt(digits);
  return twice % a.d === BigInt(0) && (twice / a.d) % BigInt(2) !== BigInt(0);
}

/** `true` when the fraction has a finite decimal expansion (its denominator divides a power of ten). @internal */
export function terminates(a: Rational): boolean {
  let d = a.d;
  while (d % TEN_N === ZERO_N) d /= TEN_N;
  while (d % BigInt(2) === ZERO_N) d /= BigInt(2);
  while (d % BigInt(5) === ZERO_N) d /= BigInt(5);
  return d === ONE_N;
}

/** ⌊a · 10^k⌋ (toward −∞). */
function floorScaled(a: Rational, k: number): bigint {
  const top = a.n * TEN_N ** BigInt(k);
  const q = top / a.d;
  return q * a.d > top ? q - ONE_N : q;
}

/** The decimal string of `q / 10^k` for an integer `q`. */
function scaledText(q: bigint, k: number): string {
  const negative = q < ZERO_N;
  const digits = (negative ? -q : q).toString().padStart(k + 1, '0');
  const text = k === 0 ? digits : `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
  return negative ? `-${text}` : text;
}

/** `q / 10^k` as the shortest decimal string: no trailing zeros, no exponent, never "-0". */
function shortText(q: bigint, k: number): string {
  const text = scaledText(q, k);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Decimals of a terminating fraction. */
function terminatingDecimals(a: Rational): number {
  let k = 0;
  // The remainder of a.n / a.d carried one decimal further each step (no power of ten built per step).
  for (let r = a.n % a.d; r !== ZERO_N; k += 1) r = (r * TEN_N) % a.d;
  return k;
}

/** The exact decimal of a terminating fraction. @internal */
export function toExact(a: Rational): Exact {
  return exact(exactText(a));
}

/** The exact decimal string of a terminating fraction. */
function exactText(a: Rational): string {
  const k = terminatingDecimals(a);
  return shortText((a.n * TEN_N ** BigInt(k)) / a.d, k);
}

/** The decimal `q + f / 4` that rounds like `a` at `digits` decimals, see the module comment. */
function representative(a: Rational, digits: number): Exact {
  const top = a.n * TEN_N ** BigInt(digits);
  const q = floorScaled(a, digits);
  const twice = (top - q * a.d) * BigInt(2);
  const quarter = twice === ZERO_N ? '0' : twice < a.d ? '25' : twice === a.d ? '5' : '75';
  return exact(`${scaledText(q, digits)}${digits === 0 ? '.' : ''}${quarter}`);
}

/** Rounds `a ≥ 0` to `digits` decimals in `mode`, exactly. @internal */
export function roundRational(a: Rational, digits: number, mode: RoundingMode): Exact {
  return round(representative(a, digits), digits, mode);
}

/** The smallest decimal with `digits` decimals that is ≥ `a`. @internal */
export function ceilAt(a: Rational, digits: number): Exact {
  const q = floorScaled(a, digits);
  const exactHit = q * a.d === a.n * TEN_N ** BigInt(digits);
  return exact(scaledText(exactHit ? q : q + ONE_N, digits));
}

/**
 * Decimals shown of a fraction that does not terminate: the most a numeric input may carry, so that every
 * number this library prints can be passed back to it (a unit total, an `exact` given to `rank`).
 */
const SHOWN_DECIMALS = LIMITS.decimals;

/**
 * The display string: exact digits when `a` terminates, else truncated toward zero to 20 decimals.
 * @internal
 */
export function display(a: Rational): string {
  if (terminates(a)) return exactText(a);
  const k = SHOWN_DECIMALS;
  return shortText((a.n * TEN_N ** BigInt(k)) / a.d, k);
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
  if (parts.every(terminates) && terminates(whole) && cmp(fromText(wholeText), whole) === 0) {
    return parts.map(exactText);
  }
  const point = wholeText.indexOf('.');
  const k = Math.max(point < 0 ? 0 : wholeText.length - point - 1, SHOWN_DECIMALS);
  return apportion(parts, wholeText, k).map((q) => shortText(q, k));
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
function apportion(parts: readonly Rational[], wholeText: string, k: number): bigint[] {
  const scale = TEN_N ** BigInt(k);
  const shownWhole = fromText(wholeText);
  const floors = parts.map((p) => floorScaled(p, k));
  let missing = (shownWhole.n * scale) / shownWhole.d - floors.reduce((a, b) => a + b, ZERO_N);
  const remainders = parts.map((p, i) => ratio(p.n * scale - floors[i]! * p.d, p.d));
  const order = parts.map((_, i) => i).sort((a, b) => cmp(remainders[b]!, remainders[a]!) || a - b);
  const shown = [...floors];
  // 0 ≤ missing ≤ parts.length when `wholeText` is within one unit of the last place of the exact sum (as every
  // shown value of this module is); both loops still end, with the parts adding up, for any input.
  for (let j = 0; missing > ZERO_N && order.length > 0; j = (j + 1) % order.length) {
    shown[order[j]!]! += ONE_N;
    missing -= ONE_N;
  }
  for (let j = order.length - 1; missing < ZERO_N && order.length > 0; j = (j + order.length - 1) % order.length) {
    shown[order[j]!]! -= ONE_N;
    missing += ONE_N;
  }
  return shown;
}
