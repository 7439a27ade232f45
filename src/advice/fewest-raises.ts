/**
 * The exact core of answer plans: the fewest single-answer raises (one answer up one level) whose gains add up
 * to a need. Pure integer combinatorics; `plan-answers.ts` turns a body into this problem and back.
 *
 * The problem. Indicator `i` has answers at levels `0..L−1` (`counts[l]` answers at level `l`); raising one
 * answer from `l` to `l + 1` adds `steps[l] ≥ 0` to the total (integers: every gain scaled by one common
 * denominator). A dimension may carry a `cap`: the gains inside it may add up to at most `cap`. Find the least
 * `K` such that some `K` raises gain `≥ need` (or `> need` when `strict`), and such raises.
 *
 * The method, and why it is minimal. Let `best_g(k)` be the most a group `g` can gain with at most `k` raises.
 * The least `K` is the least `K` with `max Σ best_g(k_g)` over `Σ k_g ≤ K` reaching the need, because raises in
 * different groups never interact. Each `best_g` is computed exactly:
 *
 * - An indicator whose steps do not increase with the level (linear scales: all steps equal): each answer's
 *   gains fall as it rises, so the `k` largest of all the answers' steps can always be taken lowest answer
 *   first, and `best(k)` is the sum of the `k` largest steps (exchange argument). `best` is then concave.
 * - Any other indicator: a max-plus knapsack over its answers, one answer at a time (each answer may take
 *   `0..L−1−l` raises), exact.
 * - A capped dimension is one group, `best(k)` the largest gain within the cap with at most `k` raises: when
 *   every raise gains alike, `g · min(k, room, ⌊cap / g⌋)`; when its indicators are linear with different
 *   gains, the upper envelope of one line per count vector of all classes but one (`classGroup`); otherwise
 *   every sum of gains its answers can make with `j` raises, kept when `≤ cap` (a subset-sum table).
 *
 * Groups are then combined. The concave ones together: the `k` largest marginal gains over all of them are
 * optimal for every `k` (a prefix of each group's marginals), so the greedy by gain per raise is exact there.
 * The others (uneven options, capped dimensions): a max-plus dynamic programme gives the most they gain with
 * `j` raises for every `j`. The least `K` is then the least with `max_j others(j) + concave(K − j)` meeting the
 * need. Both are
 * exhaustive in effect, never heuristics; work is bounded by {@link RAISE_WORK_LIMIT} and a larger problem is
 * refused (the caller says so), never answered approximately.
 *
 * @module
 */

/** One indicator for the solver. @internal */
export interface RaiseIndicator {
  /** `steps[l]`: the gain of raising one answer from level `l` to `l + 1`. */
  readonly steps: readonly bigint[];
  /** `counts[l]`: answers at level `l` (`steps.length + 1` entries). */
  readonly counts: readonly number[];
}

/** @internal */
export interface RaiseDimension {
  readonly indicators: readonly RaiseIndicator[];
  /** The most its gains may add up to, or `null`. */
  readonly cap: bigint | null;
}

/** @internal */
export interface RaiseSolution {
  readonly raises: number;
  readonly gain: bigint;
  /** Per dimension, per indicator: the number of answers at each level after the raises. */
  readonly counts: readonly (readonly (readonly number[])[])[];
}

/** Elementary steps a plan may take before it is refused as too large. @internal */
export const RAISE_WORK_LIMIT = 30_000_000;

/** Thrown when a problem exceeds {@link RAISE_WORK_LIMIT}; the caller turns it into a `ScoringError`. @internal */
export class RaiseWorkExceeded extends Error {}

class Budget {
  private used = 0;
  spend(n: number): void {
    this.used += n;
    if (this.used > RAISE_WORK_LIMIT) throw new RaiseWorkExceeded('too large');
  }
}

const ZERO = BigInt(0);

/** A group of raises with its best gain for every number of raises, and how to realise it. */
interface Group {
  /** `best[k]`: the most gained with at most `k` raises; non-decreasing; `best[0] = 0`. */
  readonly best: readonly bigint[];
  readonly concave: boolean;
  /** Final level counts of each of the group's indicators when `k` raises are spent as `best[k]` says. */
  realise(k: number): { dimension: number; indicator: number; counts: number[] }[];
}

function room(indicator: RaiseIndicator): number {
  const top = indicator.steps.length;
  return indicator.counts.reduce((a, c, l) => a + c * (top - l), 0);
}

function isConcave(steps: readonly bigint[]): boolean {
  return steps.every((s, l) => l === 0 || s <= steps[l - 1]!);
}

/** Lowest answer first, `k` times. */
function raiseLowest(indicator: RaiseIndicator, k: number, budget: Budget): number[] {
  const counts = [...indicator.counts];
  const top = indicator.steps.length;
  let left = k;
  // The lowest answers that can rise go up one level, as many as raises are left; then the next lowest.
  while (left > 0) {
    const l = counts.findIndex((c, level) => c > 0 && level < top);
    if (l < 0) break;
    const move = Math.min(counts[l]!, left);
    counts[l] = counts[l]! - move;
    counts[l + 1] = counts[l + 1]! + move;
    left -= move;
    budget.spend(1);
  }
  return counts;
}

/** An indicator whose steps do not increase: the sorted steps of all its answers. */
function concaveGroup(d: number, i: number, indicator: RaiseIndicator, budget: Budget): Group {
  const marginals: bigint[] = [];
  const top = indicator.steps.length;
  indicator.counts.forEach((c, l) => {
    budget.spend(c * (top - l));
    for (let a = 0; a < c; a++) for (let s = l; s < top; s++) marginals.push(indicator.steps[s]!);
  });
  marginals.sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const best = [ZERO];
  for (const m of marginals) best.push(best.at(-1)! + m);
  return {
    best,
    concave: true,
    realise: (k) => [{ dimension: d, indicator: i, counts: raiseLowest(indicator, k, budget) }],
  };
}

/** Gains of `r` raises of one answer at level `l`: `[0, steps[l], steps[l] + steps[l+1], …]`. */
function answerGains(indicator: RaiseIndicator, l: number): bigint[] {
  const gains = [ZERO];
  for (let s = l; s < indicator.steps.length; s++) gains.push(gains.at(-1)! + indicator.steps[s]!);
  return gains;
}

/** Any indicator: a max-plus knapsack over its answers. */
function knapsackGroup(d: number, i: number, indicator: RaiseIndicator, budget: Budget): Group {
  const levels: number[] = [];
  indicator.counts.forEach((c, l) => {
    for (let a = 0; a < c; a++) levels.push(l);
  });
  // The work is known before it starts: refuse at once rather than after most of it.
  let width = 1;
  let work = 0;
  for (const l of levels) {
    const reach = indicator.steps.length - l;
    work += width * (reach + 1);
    width += reach;
  }
  budget.spend(work);
  let best: bigint[] = [ZERO];
  const choices: Int32Array[] = [];
  for (const l of levels) {
    const gains = answerGains(indicator, l);
    const size = best.length + gains.length - 1;
    const next: bigint[] = new Array<bigint>(size).fill(ZERO);
    const choice = new Int32Array(size);
    for (let k = 0; k < size; k++) {
      let top = -BigInt(1);
      for (let r = Math.max(0, k - best.length + 1); r <= Math.min(k, gains.length - 1); r++) {
        const v = best[k - r]! + gains[r]!;
        if (v > top) {
          top = v;
          choice[k] = r;
        }
      }
      next[k] = top;
    }
    best = next;
    choices.push(choice);
  }
  return {
    best,
    concave: false,
    realise: (k) => {
      const counts = indicator.counts.map(() => 0);
      let left = k;
      for (let a = levels.length - 1; a >= 0; a--) {
        const r = choices[a]![left]!;
        counts[levels[a]! + r] = counts[levels[a]! + r]! + 1;
        left -= r;
      }
      return [{ dimension: d, indicator: i, counts }];
    },
  };
}

/**
 * One raisable thing of a capped dimension: the indicators whose steps all gain the same (any of their raises
 * is as good as another), or one answer of an indicator with uneven steps.
 */
interface Item {
  readonly indicators: readonly number[];
  /** Level of the answer, or `null` for a class of indicators with equal steps. */
  readonly level: number | null;
  readonly gains: readonly bigint[];
}

/** Map operations of the capped search cost more than the array steps of the other searches. */
const MAP_WEIGHT = 40;

/**
 * A capped dimension whose indicators each gain the same per raise (linear scales) but not all alike: classes
 * `c` of indicators with gain `g_c` and room `R_c`. Every count vector `v` of all classes but the roomiest (the
 * last) that stays within the cap is enumerated; with it, `k` raises gain at most
 * `S_v + g · min(k − k_v, L_v)` (`k_v`, `S_v` its raises and gain, `g` and `L_v = min(R, ⌊(cap − S_v) / g⌋)` of
 * the last class). `best(k)` is the upper envelope of these lines, found in one sweep over `k`: each vector
 * rises with slope `g` from `k_v` and stays flat from `k_v + L_v`, so the best rising one is the one with the
 * largest `S_v − g·k_v` (a heap) and the best flat one a running maximum. Exact; `null` when some indicator
 * gains unevenly (then `cappedGroup`).
 */
function classGroup(d: number, dimension: RaiseDimension, cap: bigint, budget: Budget): Group | null {
  const byGain = new Map<bigint, number[]>();
  for (const [i, indicator] of dimension.indicators.entries()) {
    if (room(indicator) === 0) continue;
    const g = indicator.steps[0]!;
    if (!indicator.steps.every((x) => x === g)) return null;
    byGain.set(g, [...(byGain.get(g) ?? []), i]);
  }
  const classes = [...byGain].map(([gain, members]) => ({
    gain,
    members,
    room: members.reduce((a, i) => a + room(dimension.indicators[i]!), 0),
  }));
  if (classes.length === 0) return null;
  classes.sort((a, b) => a.room - b.room);
  const last = classes.pop()!;
  // Count vectors of the other classes within the cap, with their raises and gains.
  const vectors: { counts: number[]; raises: number; sum: bigint }[] = [];
  const counts = classes.map(() => 0);
  const visit = (c: number, raises: number, sum: bigint): void => {
    if (c === classes.length) {
      budget.spend(4);
      vectors.push({ counts: [...counts], raises, sum });
      return;
    }
    for (let n = 0; n <= classes[c]!.room; n++) {
      const next = sum + BigInt(n) * classes[c]!.gain;
      if (next > cap) break;
      counts[c] = n;
      visit(c + 1, raises + n, next);
    }
    counts[c] = 0;
  };
  visit(0, 0, ZERO);
  const g = last.gain;
  const lines = vectors.map((v) => {
    const fits = g === ZERO ? last.room : Math.min(last.room, Number((cap - v.sum) / g));
    return { ...v, flatFrom: v.raises + fits, rise: v.sum - g * BigInt(v.raises), top: v.sum + g * BigInt(fits) };
  });
  const most = lines.reduce((a, l) => Math.max(a, l.flatFrom), 0);
  budget.spend(most + lines.length * 4);
  const starts = lines.map((_, index) => index).sort((a, b) => lines[a]!.raises - lines[b]!.raises);
  // A max-heap of the rising lines by `rise`.
  const heap: number[] = [];
  const above = (a: number, b: number) => lines[a]!.rise > lines[b]!.rise;
  const push = (x: number) => {
    heap.push(x);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!above(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = () => {
    const end = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = end;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && above(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && above(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  const flatAt = [...starts].sort((a, b) => lines[a]!.flatFrom - lines[b]!.flatFrom);
  const best: bigint[] = [];
  const choice: { line: number; last: number }[] = [];
  let flat: { value: bigint; line: number } = { value: -BigInt(1), line: -1 };
  for (let k = 0, s = 0, f = 0; k <= most; k++) {
    while (s < starts.length && lines[starts[s]!]!.raises <= k) push(starts[s++]!);
    while (f < flatAt.length && lines[flatAt[f]!]!.flatFrom <= k) {
      const line = flatAt[f++]!;
      if (lines[line]!.top > flat.value) flat = { value: lines[line]!.top, line };
    }
    while (heap.length > 0 && lines[heap[0]!]!.flatFrom <= k) pop();
    let value = flat.value;
    let pick = { line: flat.line, last: flat.line < 0 ? 0 : lines[flat.line]!.flatFrom - lines[flat.line]!.raises };
    if (heap.length > 0) {
      const top = heap[0]!;
      const rising = lines[top]!.rise + g * BigInt(k);
      if (rising > value) {
        value = rising;
        pick = { line: top, last: k - lines[top]!.raises };
      }
    }
    best.push(value);
    choice.push(pick);
  }
  return {
    best,
    concave: false,
    realise: (k) => {
      const { line, last: lastCount } = choice[k]!;
      const taken = dimension.indicators.map(() => 0);
      const fill = (members: readonly number[], n: number) => {
        let left = n;
        for (const i of members) {
          const take = Math.min(left, room(dimension.indicators[i]!));
          taken[i] = taken[i]! + take;
          left -= take;
        }
      };
      classes.forEach((c, index) => fill(c.members, lines[line]!.counts[index]!));
      fill(last.members, lastCount);
      return dimension.indicators.map((indicator, i) => ({
        dimension: d,
        indicator: i,
        counts: raiseLowest(indicator, taken[i]!, budget),
      }));
    },
  };
}

/** A capped dimension: every sum of gains reachable with `j` raises that stays within the cap. */
function cappedGroup(d: number, dimension: RaiseDimension, cap: bigint, budget: Budget): Group {
  const items: Item[] = [];
  const classes = new Map<bigint, number[]>();
  dimension.indicators.forEach((indicator, i) => {
    const steps = indicator.steps;
    if (room(indicator) === 0) return;
    if (steps.every((s) => s === steps[0])) {
      classes.set(steps[0]!, [...(classes.get(steps[0]!) ?? []), i]);
    } else {
      indicator.counts.forEach((c, l) => {
        for (let a = 0; a < c; a++) items.push({ indicators: [i], level: l, gains: answerGains(indicator, l) });
      });
    }
  });
  for (const [g, members] of classes) {
    const n = members.reduce((a, i) => a + room(dimension.indicators[i]!), 0);
    const gains: bigint[] = [];
    for (let r = 0; r <= n; r++) gains.push(BigInt(r) * g);
    items.unshift({ indicators: members, level: null, gains });
  }
  // layers[t]: for each state "raises|sum" after item t, the raises taken by item t and the previous state.
  type State = { raises: number; sum: bigint; r: number; prev: string | null };
  let states = new Map<string, State>([['0|0', { raises: 0, sum: ZERO, r: 0, prev: null }]]);
  const layers: Map<string, State>[] = [];
  for (const item of items) {
    const next = new Map<string, State>();
    for (const [key, s] of states) {
      for (let r = 0; r < item.gains.length; r++) {
        const sum = s.sum + item.gains[r]!;
        if (sum > cap) break;
        const k = `${s.raises + r}|${sum}`;
        if (!next.has(k)) next.set(k, { raises: s.raises + r, sum, r, prev: key });
      }
      budget.spend(item.gains.length * MAP_WEIGHT);
    }
    layers.push(next);
    states = next;
  }
  const most = [...states.values()].reduce((m, s) => Math.max(m, s.raises), 0);
  const best: bigint[] = new Array<bigint>(most + 1).fill(ZERO);
  const at: (string | null)[] = new Array<string | null>(most + 1).fill(null);
  at[0] = '0|0';
  for (const [key, s] of states) {
    if (s.sum > best[s.raises]! || at[s.raises] === null) {
      best[s.raises] = s.sum;
      at[s.raises] = key;
    }
  }
  for (let k = 1; k <= most; k++) {
    if (at[k] === null || best[k - 1]! >= best[k]!) {
      best[k] = best[k - 1]!;
      at[k] = at[k - 1]!;
    }
  }
  return {
    best,
    concave: false,
    realise: (k) => {
      const counts = dimension.indicators.map((indicator) => [...indicator.counts]);
      const taken = dimension.indicators.map(() => 0);
      let key = items.length === 0 ? null : at[k]!;
      for (let t = items.length - 1; t >= 0 && key !== null; t--) {
        const state = layers[t]!.get(key)!;
        const item = items[t]!;
        if (item.level === null) {
          // Any raises of a class gain alike: fill its indicators in order.
          let left = state.r;
          for (const i of item.indicators) {
            const take = Math.min(left, room(dimension.indicators[i]!));
            taken[i] = taken[i]! + take;
            left -= take;
          }
        } else if (state.r > 0) {
          const row = counts[item.indicators[0]!]!;
          row[item.level] = row[item.level]! - 1;
          row[item.level + state.r] = row[item.level + state.r]! + 1;
        }
        key = state.prev;
      }
      return counts.map((row, i) => ({
        dimension: d,
        indicator: i,
        counts:
          taken[i]! > 0 ? raiseLowest({ steps: dimension.indicators[i]!.steps, counts: row }, taken[i]!, budget) : row,
      }));
    },
  };
}

/**
 * A capped dimension where every raise gains the same `g` (equal shares and answer counts on linear scales, the
 * usual case): `best(k) = g × min(k, room, ⌊cap / g⌋)`, concave; `null` when the gains differ.
 */
function evenGroup(d: number, dimension: RaiseDimension, cap: bigint, budget: Budget): Group | null {
  const live = dimension.indicators.filter((i) => room(i) > 0);
  const g = live[0]?.steps[0];
  if (g === undefined || g === ZERO || !live.every((i) => i.steps.every((s) => s === g))) return null;
  const most = Math.min(
    dimension.indicators.reduce((a, i) => a + room(i), 0),
    Number(cap / g),
  );
  budget.spend(most);
  const best = [ZERO];
  for (let k = 1; k <= most; k++) best.push(BigInt(k) * g);
  return {
    best,
    concave: true,
    realise: (k) => {
      let left = k;
      return dimension.indicators.map((indicator, i) => {
        const take = Math.min(left, room(indicator));
        left -= take;
        return { dimension: d, indicator: i, counts: raiseLowest(indicator, take, budget) };
      });
    },
  };
}

/**
 * The fewest raises that gain at least `need` (more than `need` when `strict`), or `null` when even every
 * raise there is cannot. Throws {@link RaiseWorkExceeded} past {@link RAISE_WORK_LIMIT}.
 *
 * @internal
 */
export function fewestRaises(
  dimensions: readonly RaiseDimension[],
  need: bigint,
  strict: boolean,
): RaiseSolution | null {
  const budget = new Budget();
  const enough = (gain: bigint) => (strict ? gain > need : gain >= need);
  const groups: Group[] = [];
  dimensions.forEach((dimension, d) => {
    if (dimension.cap !== null) {
      if (dimension.cap > ZERO) {
        const cap = dimension.cap;
        groups.push(
          evenGroup(d, dimension, cap, budget) ??
            classGroup(d, dimension, cap, budget) ??
            cappedGroup(d, dimension, cap, budget),
        );
      }
      return;
    }
    dimension.indicators.forEach((indicator, i) => {
      if (room(indicator) === 0) return;
      groups.push(
        isConcave(indicator.steps) ? concaveGroup(d, i, indicator, budget) : knapsackGroup(d, i, indicator, budget),
      );
    });
  });
  const taken = groups.map(() => 0);
  let gain = ZERO;
  if (!enough(gain)) {
    // The concave groups together: every marginal gain, largest first (group order breaks ties), a prefix of
    // each group's own marginals; `merged[k]` is the most they gain with k raises.
    const marginals: { gain: bigint; group: number }[] = [];
    groups.forEach((g, index) => {
      if (!g.concave) return;
      budget.spend(g.best.length);
      for (let k = 1; k < g.best.length; k++) marginals.push({ gain: g.best[k]! - g.best[k - 1]!, group: index });
    });
    marginals.sort((a, b) => (a.gain > b.gain ? -1 : a.gain < b.gain ? 1 : a.group - b.group));
    const merged = [ZERO];
    for (const m of marginals) merged.push(merged.at(-1)! + m.gain);
    // The other groups: max-plus over them, most[j] = the most gained with at most j raises, choice[g][j] = group
    // g's share of j. Then the least K with max over j of most[j] + merged[K − j] meeting the need.
    const others = groups.map((g, index) => ({ g, index })).filter(({ g }) => !g.concave);
    const span = others.reduce((a, { g }) => a + g.best.length - 1, 0);
    budget.spend(others.reduce((a, { g }) => a + (span + 1) * g.best.length, 0));
    let most: bigint[] = new Array<bigint>(span + 1).fill(ZERO);
    const choice: Int32Array[] = [];
    for (const { g } of others) {
      const next = [...most];
      const pick = new Int32Array(span + 1);
      for (let j = 0; j <= span; j++) {
        for (let k = 1; k < g.best.length && k <= j; k++) {
          const v = most[j - k]! + g.best[k]!;
          if (v > next[j]!) {
            next[j] = v;
            pick[j] = k;
          }
        }
      }
      most = next;
      choice.push(pick);
    }
    // best(K) = max over j of most[j] + merged[K − j] never falls as K grows: binary search for the least K.
    const bestAt = (K: number): { gain: bigint; j: number } => {
      let top = { gain: -BigInt(1), j: 0 };
      budget.spend(Math.min(K, span) + 1);
      for (let j = Math.max(0, K - marginals.length); j <= Math.min(K, span); j++) {
        const v = most[j]! + merged[K - j]!;
        if (v > top.gain) top = { gain: v, j };
      }
      return top;
    };
    let low = 1;
    let high = span + marginals.length;
    if (high < 1 || !enough(bestAt(high).gain)) return null;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (enough(bestAt(mid).gain)) high = mid;
      else low = mid + 1;
    }
    const found = { K: low, j: bestAt(low).j };
    gain = most[found.j]! + merged[found.K - found.j]!;
    for (const m of marginals.slice(0, found.K - found.j)) taken[m.group] = taken[m.group]! + 1;
    let j = found.j;
    for (let o = others.length - 1; o >= 0; o--) {
      const share = choice[o]![j]!;
      taken[others[o]!.index] = share;
      j -= share;
    }
  }
  const counts = dimensions.map((dimension) => dimension.indicators.map((indicator) => [...indicator.counts]));
  groups.forEach((g, index) => {
    if (taken[index]! === 0) return;
    for (const r of g.realise(taken[index]!)) counts[r.dimension]![r.indicator] = r.counts;
  });
  let raises = 0;
  dimensions.forEach((dimension, d) =>
    dimension.indicators.forEach((indicator, i) => {
      const after = counts[d]![i]!;
      for (let l = 0; l < after.length; l++) raises += l * (after[l]! - indicator.counts[l]!);
    }),
  );
  return { raises, gain, counts };
}
