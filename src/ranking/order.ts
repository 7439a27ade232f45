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
  const { cents, hi } = keys;
  const n = cents.length;
  // Counts per cent value, then where the run of each value starts, highest first: the run of c is
  // [starts[c], starts[c - 1]) (up to n for 0.00).
  const starts = new Int32Array(MAX_CENTS + 1);
  for (let i = 0; i < n; i++) starts[cents[i]!]!++;
  let position = 0;
  for (let c = MAX_CENTS; c >= 0; c--) {
    const count = starts[c]!;
    starts[c] = position;
    position += count;
  }
  // Each item goes into its run (`next` is where the run's next item goes); a short run is kept sorted as its
  // items arrive: insertion on `his`, the items' hi side by side with `order`, so that comparisons read
  // contiguous memory and look further only on equal hi (with the id tie-break every key is 0).
  const next = starts.slice();
  const order = new Int32Array(n);
  const his = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cents[i]!;
    const start = starts[c]!;
    let at = next[c]!++;
    const key = byExact ? hi[i]! : 0;
    if ((c > 0 ? starts[c - 1]! : n) - start <= INSERTION_RUN) {
      for (; at > start; at--) {
        const otherKey = his[at - 1]!;
        if (key < otherKey || (key === otherKey && !precedes(keys, byExact, i, order[at - 1]!))) break;
        order[at] = order[at - 1]!;
        his[at] = otherKey;
      }
    }
    order[at] = i;
    his[at] = key;
  }
  // Long runs are sorted now.
  let scratch: Int32Array | null = null;
  for (let c = MAX_CENTS; c >= 0; c--) {
    const start = starts[c]!;
    const end = c > 0 ? starts[c - 1]! : n;
    if (end - start > INSERTION_RUN) {
      scratch ??= new Int32Array(n);
      mergeSort(keys, byExact, order, scratch, start, end);
    }
  }
  return { order, ends: next };
}

/**
 * `true` when item `x` comes before item `y` of equal cents: by the unrounded total (higher first) and then the
 * id when `byExact`, else by the id alone (code-point order).
 */
function precedes(keys: RankKeys, byExact: boolean, x: number, y: number): boolean {
  if (byExact) {
    const { hi, lo } = keys;
    if (hi[x] !== hi[y]) return hi[x]! > hi[y]!;
    if (lo[x] !== lo[y]) return lo[x]! > lo[y]!;
    // Digits past the 20th, trailing zeros dropped: as texts they order as the decimals they are.
    if (keys.rests[x] !== keys.rests[y]) return keys.rests[x]! > keys.rests[y]!;
  }
  return compareCodePoints(keys.ids[x]!, keys.ids[y]!) < 0;
}

/** Sorts `order[start, end)` by {@link precedes}: a bottom-up merge sort through `scratch`. */
function mergeSort(
  keys: RankKeys,
  byExact: boolean,
  order: Int32Array,
  scratch: Int32Array,
  start: number,
  end: number,
): void {
  let from = order;
  let to = scratch;
  for (let width = 1; width < end - start; width *= 2) {
    for (let left = start; left < end; left += 2 * width) {
      const middle = Math.min(left + width, end);
      const right = Math.min(left + 2 * width, end);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) to[k++] = precedes(keys, byExact, from[j]!, from[i]!) ? from[j++]! : from[i++]!;
      while (i < middle) to[k++] = from[i++]!;
      while (j < right) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  if (from !== order) order.set(from.subarray(start, end), start);
}
