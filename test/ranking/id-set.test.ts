/**
 * The id set of `rank`: duplicates found in input order, and ids made to collide in the table (as a hostile input
 * could) move it to a built-in Set without changing any answer.
 */
import { describe, expect, it } from 'vitest';
import { rank, safeRank } from '@ombuds/scoring';
import { addId, createIdSet, hasId } from '../../src/ranking/id-set.js';

/** FNV-1a over UTF-16 units, written out here to find colliding ids. */
function fnv(id: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
  return hash;
}

/** `count` distinct ids whose hashes agree on the low bits of `mask`. */
function colliding(count: number, mask: number): string[] {
  const ids: string[] = [];
  for (let n = 0; ids.length < count; n++) if ((fnv(`x${n}`) & mask) === 0) ids.push(`x${n}`);
  return ids;
}

describe('IdSet', () => {
  it('adds each id once and finds it again', () => {
    const ids = ['a', 'b', 'a', '\u{1F600}', ''];
    const set = createIdSet(ids, ids.length);
    expect(ids.map((_, i) => addId(set, i))).toEqual([true, true, false, true, true]);
    expect(['a', 'b', 'c', '\u{1F600}', ''].map((id) => hasId(set, id))).toEqual([true, true, false, true, true]);
  });

  it('moves to a Set after a long probe and keeps every answer', () => {
    // 100 items: a table of 256 slots, so ids that agree on the low 8 bits of their hash all probe one run.
    const ids = [...colliding(60, 255), ...Array.from({ length: 40 }, (_, i) => `y${i}`)];
    const set = createIdSet(ids, ids.length);
    expect(ids.every((_, i) => addId(set, i))).toBe(true);
    expect(set.fallback).not.toBeNull();
    expect(ids.every((id) => hasId(set, id))).toBe(true);
    expect(hasId(set, 'z')).toBe(false);
    expect(ids.map((_, i) => addId(set, i)).some(Boolean)).toBe(false);
  });

  it('rank with colliding ids: same order as with other ids, a duplicate refused at its index', () => {
    const ids = colliding(60, 255);
    const items = ids.map((id, i) => ({ id, total: `${i % 7}.00`, exact: `${i % 7}.00${String(i).padStart(2, '0')}` }));
    const plain = items.map((item, i) => ({ ...item, id: `p${String(i).padStart(2, '0')}` }));
    expect(rank(items).map((r) => ids.indexOf(r.id))).toEqual(rank(plain).map((r) => Number(r.id.slice(1))));
    const result = safeRank([...items, { id: ids[40]!, total: '1' }]);
    expect(result.success).toBe(false);
    if (!result.success) expect([result.error.code, result.error.path]).toEqual(['INVALID_INPUT', [60, 'id']]);
  });
});
