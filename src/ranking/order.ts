/**
 * The order of `rank`: a counting sort on the cents of the totals (highest first, 10,001 buckets), then each run
 * of equal cents sorted by the tie rule.
 *
 * @module
 */
import { compareCodePoints } from './compare.js';
import { MAX_CENTS, type RankKeys } from './keys.js';

/** Runs of equal cents up to this length are sorted by insertion, longer ones by the typed array's sort. */
const INSERTION_RUN = 64;

/** Items in rank order, and where each run of equal cents ends. @internal */
export interface RankOrder {
  /** The items' indices in rank order. */
  readonly order: Int32Array;
  /**
   * By cents: the end (exclusive) of the run of that value in `order`. Runs go from 100.00 down to 0.00: the run
   * of `c` starts where the run of `c + 1` ends (at 0 for 100.00), and is empty when it ends there too.
   */
  readonly ends: Int32Array;
}

/**
 * The items in rank order: cents descending, then (within equal cents) the unrounded total descending and the
 * id in code-point order when `byExact`, else the id alone. Ids are unique, so the order is total and does not
 * depend on the input order.
 *
 * @internal
 */
export function rankOrder(keys: RankKeys, byExact: boolean): RankOrder {
  const { cents, ids, hi, lo, rest } = keys;
  const n = cents.length;
  // Counts per cent value, then the first position of each value, highest first.
  const next = new Int32Array(MAX_CENTS + 1);
  for (let i = 0; i < n; i++) next[cents[i]!]!++;
  let position = 0;
  for (let c = MAX_CENTS; c >= 0; c--) {
    const count = next[c]!;
    next[c] = position;
    position += count;
  }
  // Each item's index, and its hi beside it, so that the runs below are sorted on contiguous memory.
  const order = new Int32Array(n);
  const his = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[cents[i]!]!++;
    order[at] = i;
    his[at] = hi[i]!;
  }

  // Within equal cents: the unrounded total (hi first: it decides almost every pair), then the id.
  const precedes = byExact
    ? (x: number, y: number): boolean => {
        if (hi[x] !== hi[y]) return hi[x]! > hi[y]!;
        if (lo[x] !== lo[y]) return lo[x]! > lo[y]!;
        const rx = rest[x]!;
        const ry = rest[y]!;
        if (rx !== ry) return rx > ry;
        return compareCodePoints(ids[x]!, ids[y]!) < 0;
      }
    : (x: number, y: number): boolean => compareCodePoints(ids[x]!, ids[y]!) < 0;
  const compare = (x: number, y: number): number => (x === y ? 0 : precedes(x, y) ? -1 : 1);

  // `next` now holds where each run ends.
  let start = 0;
  for (let c = MAX_CENTS; c >= 0; c--) {
    const end = next[c]!;
    if (end - start <= 1) {
      start = end;
      continue;
    }
    if (end - start > INSERTION_RUN) order.subarray(start, end).sort(compare);
    else if (byExact) {
      // Insertion by hi, descending; a call only when two his are equal.
      for (let i = start + 1; i < end; i++) {
        const item = order[i]!;
        const key = his[i]!;
        let j = i - 1;
        for (; j >= start; j--) {
          const otherKey = his[j]!;
          if (key < otherKey || (key === otherKey && !precedes(item, order[j]!))) break;
          order[j + 1] = order[j]!;
          his[j + 1] = otherKey;
        }
        order[j + 1] = item;
        his[j + 1] = key;
      }
    } else {
      for (let i = start + 1; i < end; i++) {
        const item = order[i]!;
        let j = i - 1;
        for (; j >= start && precedes(item, order[j]!); j--) order[j + 1] = order[j]!;
        order[j + 1] = item;
      }
    }
    start = end;
  }
  return { order, ends: next };
}
