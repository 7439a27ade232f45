/**
 * The set of ids seen so far by `rank` (ids must be unique; the set holds their keys, `id-key.ts`): an open-addressing table of item indices on an
 * Int32Array, a few times cheaper than a `Set` of strings for 100,000 ids. Should many ids collide (a hostile
 * input can make them collide: the hash is not keyed), it moves to a built-in `Set` after one long probe, so the
 * cost per id stays bounded.
 *
 * @module
 */

/** Probes before the table gives way to a `Set`. */
const MAX_PROBE = 32;

/** @internal */
export interface IdSet {
  /** The ids by item index, as the items are read: `ids[i]` is read when item `i` is added. */
  readonly ids: readonly string[];
  /** Item index + 1 per slot, 0 for an empty slot. */
  readonly table: Int32Array;
  /** The hash of the id in each slot: ids are compared only when their hashes are equal. */
  readonly hashes: Int32Array;
  readonly mask: number;
  /** The map (id → item index) that takes over after too many collisions. */
  fallback: Map<string, number> | null;
}

/** An empty set for `count` items whose ids will be in `ids`. @internal */
export function createIdSet(ids: readonly string[], count: number): IdSet {
  let size = 16;
  while (size < count * 2) size *= 2;
  return { ids, table: new Int32Array(size), hashes: new Int32Array(size), mask: size - 1, fallback: null };
}

/** FNV-1a over the UTF-16 units. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
  // As an Int32Array holds it (the empty id's hash is the offset basis, above 2^31).
  return hash | 0;
}

/** The slot holding `id`, or the empty slot where it goes; -1 after too long a probe. */
function slotOf(set: IdSet, id: string, hash: number): number {
  const { table, hashes, ids, mask } = set;
  let slot = hash & mask;
  for (let probe = 0; probe < MAX_PROBE; probe++) {
    const entry = table[slot]!;
    if (entry === 0 || (hashes[slot] === hash && ids[entry - 1] === id)) return slot;
    slot = (slot + 1) & mask;
  }
  return -1;
}

/** The map that takes over: every id added so far, and from then on every later one. */
function toSet(set: IdSet): Map<string, number> {
  if (set.fallback === null) {
    set.fallback = new Map();
    for (const entry of set.table) if (entry > 0) set.fallback.set(set.ids[entry - 1]!, entry - 1);
  }
  return set.fallback;
}

/** `true` when an item with this id was added. @internal */
export function hasId(set: IdSet, id: string): boolean {
  return indexOfId(set, id) >= 0;
}

/** The index of the item with this id that was added, or -1. @internal */
export function indexOfId(set: IdSet, id: string): number {
  if (set.fallback === null) {
    const slot = slotOf(set, id, hashOf(id));
    if (slot >= 0) return set.table[slot]! - 1;
  }
  return toSet(set).get(id) ?? -1;
}

/** Adds item `i`, whose id is `ids[i]`; `false` (and nothing added) when the id is already there. @internal */
export function addId(set: IdSet, i: number): boolean {
  const id = set.ids[i]!;
  if (set.fallback === null) {
    const hash = hashOf(id);
    const slot = slotOf(set, id, hash);
    if (slot >= 0) {
      if (set.table[slot] !== 0) return false;
      set.table[slot] = i + 1;
      set.hashes[slot] = hash;
      return true;
    }
  }
  const fallback = toSet(set);
  if (fallback.has(id)) return false;
  fallback.set(id, i);
  return true;
}
