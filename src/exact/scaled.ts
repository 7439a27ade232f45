/**
 * Scaled integers: a decimal with at most `scale` decimals held exactly as the integer value × 10^scale in a
 * JS number, as long as that integer stays at or below 2^53 (Number.MAX_SAFE_INTEGER): then every operation on
 * it here is exact integer arithmetic, never a floating-point approximation. They serve the sort keys and
 * printed totals of `rank` (src/ranking/keys.ts).
 *
 * @module
 */

/** 10^0 … 10^15, all exact doubles. @internal */
export const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ Object.freeze(
  Array.from({ length: 16 }, (_, i) => 10 ** i),
);

/** The integer part of `value / 10^scale`, corrected against the remainder. */
function wholePart(value: number, unit: number): number {
  const whole = Math.floor(value / unit);
  const rest = value - whole * unit;
  return rest < 0 ? whole - 1 : rest >= unit ? whole + 1 : whole;
}

/** `value / 10^scale` as the shortest exact string, like {@link plain}: `8744000, 5` → `"87.44"`. @internal */
export function scaledPlain(value: number, scale: number): string {
  const unit = POWERS_OF_TEN[scale]!;
  const whole = wholePart(value, unit);
  let fraction = value - whole * unit;
  if (fraction === 0) return String(whole);
  let digits = scale;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  return whole + '.' + String(fraction).padStart(digits, '0');
}

/** `value / 10^scale` with exactly `scale` decimals, like {@link fixed}: `8800, 2` → `"88.00"`. @internal */
export function scaledFixed(value: number, scale: number): string {
  if (scale === 0) return String(value);
  const unit = POWERS_OF_TEN[scale]!;
  const whole = wholePart(value, unit);
  return whole + '.' + String(value - whole * unit).padStart(scale, '0');
}
