/**
 * How the sentences print an exact value: two decimals, half-up, the sign kept (`-1.50`). For reading only:
 * never for computing, and never in place of a result's own strings.
 *
 * @module
 */
import { R0, roundedText, sub, type Rational } from '../exact/fraction.js';

/**
 * An exact value at two decimals, half-up, for a sentence: `2/3` → `'0.67'`, `-3/2` → `'-1.50'`.
 *
 * @internal
 */
export function twoDecimals(value: Rational): string {
  const negative = value.n < R0.n;
  const shown = roundedText(negative ? sub(R0, value) : value, 2, 'half-up');
  return negative && shown !== '0.00' ? `-${shown}` : shown;
}
