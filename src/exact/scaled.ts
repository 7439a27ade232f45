/**
 * Scaled integers: a decimal with at most `scale` decimals held exactly as the integer value × 10^scale in a
 * JS number, as long as that integer stays at or below 2^53 (Number.MAX_SAFE_INTEGER): then every operation on
 * it here is exact integer arithmetic, never a floating-point approximation. They serve the sort keys and
 * printed totals of `rank`.
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

/**
 * `true` when `text` is a plain decimal already in the shortest form {@link plain} prints (no leading zero
 * before a digit, no trailing zero after the point), so it can be returned as it is. Call it only on text
 * that is a plain decimal (digits, optionally `.digits`). @internal
 */
export function isShortestForm(text: string): boolean {
  const n = text.length;
  if (n > 1 && text.charCodeAt(0) === 48 && text.charCodeAt(1) !== 46) return false;
  return text.indexOf('.') < 0 || text.charCodeAt(n - 1) !== 48;
}

/**
 * A sort key of a plain decimal text from 0 to 100 (digits, optionally `.digits`): `[hi, lo, rest]` with
 * hi = the value × 10^9 truncated (≤ 10^11), lo = decimals 10–20 as an integer (< 10^11), rest = any later
 * decimals without trailing zeros. Comparing hi, then lo, then rest (as strings) orders the values exactly.
 * `null` when the text is not such a decimal, is above 100, or has more than `maxDecimals` decimals.
 *
 * @internal
 */
export function sortKeyOf(text: string, maxDecimals: number): [number, number, string] | null {
  const n = text.length;
  const point = text.indexOf('.');
  const wholeEnd = point < 0 ? n : point;
  if (wholeEnd === 0 || point === n - 1 || n - wholeEnd - 1 > maxDecimals) return null;
  let whole = 0;
  for (let i = 0; i < wholeEnd; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    whole = whole * 10 + c;
    if (whole > 100) return null;
  }
  let hi = whole;
  let lo = 0;
  let restEnd = n;
  for (let i = 1; i <= 20; i++) {
    const at = wholeEnd + i;
    let c = 0;
    if (at < n) {
      c = text.charCodeAt(at) - 48;
      if (c < 0 || c > 9) return null;
    }
    if (i <= 9) hi = hi * 10 + c;
    else lo = lo * 10 + c;
  }
  if (whole === 100 && (hi !== 100 * 10 ** 9 || lo !== 0)) return null;
  let rest = '';
  if (n > wholeEnd + 21) {
    while (restEnd > wholeEnd + 21 && text.charCodeAt(restEnd - 1) === 48) restEnd--;
    rest = text.slice(wholeEnd + 21, restEnd);
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
    }
    if (whole === 100 && rest !== '') return null;
  }
  return [hi, lo, rest];
}

/** The shortest exact text of a sort key from {@link sortKeyOf}, like {@link plain}. @internal */
export function sortKeyText(hi: number, lo: number, rest: string): string {
  if (lo === 0 && rest === '') return scaledPlain(hi, 9);
  const whole = wholePart(hi, 10 ** 9);
  let fraction = String(hi - whole * 10 ** 9).padStart(9, '0') + String(lo).padStart(11, '0') + rest;
  let end = fraction.length;
  while (fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  return `${whole}.${fraction}`;
}
