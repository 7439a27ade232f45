/**
 * The rounding modes a ruleset may name, and the one rule that decides them. The evaluator rounds a score
 * (`roundTo` in `fraction.ts`) by reducing it to three facts, the truncated digits `q`, where the rest lies against
 * half a unit of the last place, and the parity of `q`, and letting {@link roundsUp} decide; one hand-written spec
 * runs through it and through decimal.js, which the oracle of the tests rounds with (`test/exact/rounding.test.ts`).
 *
 * @module
 */

/**
 * Named rounding modes a ruleset may choose.
 *
 * @example
 * ```ts
 * import { getRuleset, ROUNDING_MODES } from '@ombuds/scoring';
 * ROUNDING_MODES.includes(getRuleset(2023).rounding.value.mode); // true ('half-up')
 * ```
 */
export const ROUNDING_MODES = /* @__PURE__ */ Object.freeze([
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
] as const);
/**
 * A named rounding mode: `half-up` (0.005 → 0.01), `half-even` (banker's), `half-down`, `up` (away from zero)
 * and `down` (truncation).
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * Whether a non-negative value whose truncation to the last place is `q` rounds up to `q + 1` in `mode`.
 *
 * @param rest - Where the dropped rest lies: `0` none, `1` below half a unit of the last place, `2` exactly
 *   half, `3` above half.
 * @param odd - Whether `q` is odd (only half-even asks).
 * @internal
 */
export function roundsUp(mode: RoundingMode, rest: 0 | 1 | 2 | 3, odd: boolean): boolean {
  if (rest === 0 || mode === 'down') return false;
  if (mode === 'up' || rest === 3) return true;
  if (rest === 1) return false;
  return mode === 'half-up' || (mode === 'half-even' && odd);
}
