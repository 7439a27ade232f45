/**
 * A small seeded pseudo-random generator (mulberry32), so every benchmark run scores the same data.
 *
 * @module
 */

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * Seeded mulberry32 generator.
 *
 * @example
 * ```ts
 * const next = seeded(42);
 * next(); // the same first number on every run
 * ```
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An integer from `min` to `max`, both included.
 *
 * @example
 * ```ts
 * between(seeded(1), 0, 3); // 0, 1, 2 or 3
 * ```
 */
export function between(next: Random, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}
