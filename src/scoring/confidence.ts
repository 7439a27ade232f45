/**
 * The confidence of a number that rests on several parameters: the weakest of theirs
 * (`assumed` < `single-source` < `confirmed`). Used by `explain` and `planToReach`.
 *
 * @module
 */
import type { Confidence } from '../model/index.js';

const ORDER: readonly Confidence[] = ['assumed', 'single-source', 'confirmed'];

/** The weakest of the given confidences; `confirmed` for none. @internal */
export function weakest(values: readonly Confidence[]): Confidence {
  let index = ORDER.length - 1;
  for (const value of values) index = Math.min(index, ORDER.indexOf(value));
  return ORDER[index]!;
}
