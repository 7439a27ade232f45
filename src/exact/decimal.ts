/**
 * The only importer of decimal.js, for decimals from outside that need arbitrary precision: ruleset validation
 * (`parseRuleset`, `deriveRuleset`) and the decimal steps of `planToReach`. The scoring path (`score`, `classify`,
 * `rank`, `explain`) never imports it: its numbers are exact fractions (`fraction.ts`). The global `Decimal`
 * configuration of the host application is never read or changed.
 *
 * Precision: inputs are limited to `LIMITS.decimals` decimals and values 0–100, weights to the same, so every
 * product and sum is exact within 60 significant digits. Quotients that may not terminate (means, answer
 * averages) are carried as exact fractions by `fraction.ts` and rounded here through a representative decimal
 * with the same rounding.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { ceilTo, fromText, scaledText, type Rational } from './fraction.js';

// Every setting is given: `clone` copies the settings of the shared decimal.js constructor, so a host app that
// called `Decimal.set({ minE: -9, maxE: 1 })` before importing this module would otherwise change our numbers.
const Exact = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.ROUND_DOWN,
  crypto: false,
});

/** An exact decimal value (an instance of the library's private decimal.js clone). @internal */
export type Exact = InstanceType<typeof Exact>;

export const ZERO: Exact = /* @__PURE__ */ new Exact(0);
export const HUNDRED: Exact = /* @__PURE__ */ new Exact(100);

/** A trusted literal from ruleset data (already validated). @internal */
export function exact(value: string | number): Exact {
  return new Exact(value);
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

/** An exact decimal as a fraction over a power of ten (the plan's bridge back to the evaluator). @internal */
export function fromExact(value: Exact): Rational {
  return fromText(plain(value));
}

/** The smallest decimal with `digits` decimals that is ≥ `a` (the plan's bridge from the evaluator). @internal */
export function ceilAt(a: Rational, digits: number): Exact {
  return exact(scaledText(ceilTo(a, digits).n, digits));
}
