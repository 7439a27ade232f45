/**
 * `rank`: order bodies by total with explicit, deterministic tie rules (RULEBOOK §6).
 *
 * @module
 */
import { describe, fixed, parseScore, plain, round, type Exact, type ParseOptions } from '../decimal.js';
import { ScoringError, toSafe, type Path } from '../errors.js';
import { LIMITS } from '../limits.js';
import { RANK_METHODS, TIE_BREAKS, type RankMethod, type TieBreak } from '../model/ranking.js';
import { field, readArray, readObject, readText, rejectUnknownKeys } from '../scoring/read-input.js';
import { readOptions } from '../scoring/options.js';
import { compareCodePoints } from './compare.js';

/** One body to rank: its id and total, optionally its unrounded total for tie-breaking. */
export interface RankItem {
  readonly id: string;
  readonly total: string | number;
  readonly exact?: string | number;
}

/** Options of {@link rank}. */
export interface RankOptions extends ParseOptions {
  /** Default `ordinal`, the published convention. */
  readonly method?: RankMethod;
  /** How `ordinal` orders equal totals, and the order of tied items in the output. Default `exact`. */
  readonly tieBreak?: TieBreak;
}

/** One ranked body. */
export interface Ranked {
  readonly id: string;
  /** 1-based; `fractional` may give halves (2.5). */
  readonly rank: number;
  /** The two-decimal total the rank was decided on. */
  readonly total: string;
  /** The unrounded total used to break ties (the total when none was given). */
  readonly exact: string;
}

const DIGITS = 2;

interface Key {
  readonly id: string;
  readonly total: Exact;
  readonly exact: Exact;
}

/**
 * Ranks bodies by total, highest first. Ties are decided on the two-decimal total. `ordinal` (default) gives
 * tied bodies distinct ranks, ordered by the unrounded total (higher first) and then by id in code-point
 * order; the other methods share ranks. The result never depends on input order or locale.
 *
 * @param items - `{ id, total, exact? }` with unique ids and totals on 0–100.
 * @param options - `method`: `ordinal` 1234, `competition` 1224, `modified-competition` 1334, `dense` 1223,
 *   `fractional` 1 2.5 2.5 4. `tieBreak`: `exact` (default) or `id`.
 * @returns `[{ id, rank, total, exact }]` in rank order, frozen.
 * @throws {@link ScoringError} `INVALID_INPUT` for a bad item, `INVALID_OPTIONS` for a bad option.
 *
 * @example
 * ```ts
 * import { rank } from '@ombuds/scoring';
 * const items = [
 *   { id: 'Buru Selatan', total: '77.69' },
 *   { id: 'Maluku Barat Daya', total: '77.69' },
 *   { id: 'Ambon', total: '90.10' },
 * ];
 * rank(items).map((r) => `${r.rank} ${r.id}`);
 * // ['1 Ambon', '2 Buru Selatan', '3 Maluku Barat Daya']
 * rank(items, { method: 'competition' }).map((r) => r.rank); // [1, 2, 2]
 * ```
 */
export function rank(items: readonly RankItem[], options: RankOptions = {}): readonly Ranked[] {
  const read = readOptions(options, ['method', 'tieBreak', 'decimalComma']);
  const method = oneOf(read.method, RANK_METHODS, 'method') ?? 'ordinal';
  const tieBreak = oneOf(read.tieBreak, TIE_BREAKS, 'tieBreak') ?? 'exact';
  const keys = readItems(items, read);
  keys.sort((a, b) => {
    const byTotal = b.total.comparedTo(a.total);
    if (byTotal !== 0) return byTotal;
    if (tieBreak === 'exact') {
      const byExact = b.exact.comparedTo(a.exact);
      if (byExact !== 0) return byExact;
    }
    return compareCodePoints(a.id, b.id);
  });
  const ranks = assignRanks(keys, method);
  return Object.freeze(
    keys.map((key, i) =>
      Object.freeze({ id: key.id, rank: ranks[i]!, total: fixed(key.total, DIGITS), exact: plain(key.exact) }),
    ),
  );
}

/**
 * Like {@link rank}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeRank } from '@ombuds/scoring';
 * safeRank([{ id: 'a', total: '101' }]).success; // false
 * ```
 */
export const safeRank = toSafe(rank);

function assignRanks(sorted: readonly Key[], method: RankMethod): number[] {
  const ranks: number[] = new Array<number>(sorted.length);
  let start = 0;
  let dense = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.total.eq(sorted[start]!.total)) end++;
    dense++;
    for (let i = start; i <= end; i++) {
      ranks[i] = rankIn(method, i, start, end, dense);
    }
    start = end + 1;
  }
  return ranks;
}

function rankIn(method: RankMethod, i: number, start: number, end: number, dense: number): number {
  switch (method) {
    case 'ordinal':
      return i + 1;
    case 'competition':
      return start + 1;
    case 'modified-competition':
      return end + 1;
    case 'dense':
      return dense;
    case 'fractional':
      return (start + end + 2) / 2;
  }
}

function readItems(items: unknown, options: ParseOptions): Key[] {
  const list = readArray(items, [], 'items', LIMITS.rankItems);
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const path: Path = [i];
    const item = readObject(raw, path, 'an item', 'Pass { id, total, exact? }.');
    rejectUnknownKeys(item, ['id', 'total', 'exact'], path);
    const id = readText(field(item, 'id', path), [...path, 'id'], 'id');
    if (seen.has(id)) throw new ScoringError('INVALID_INPUT', `The id "${id}" is used twice; ids must be unique.`, [...path, 'id']);
    seen.add(id);
    const given = parseScore(field(item, 'total', path), [...path, 'total'], options);
    const exactRaw = field(item, 'exact', path);
    const exact = exactRaw === undefined ? given : parseScore(exactRaw, [...path, 'exact'], options);
    return { id, total: round(given, DIGITS, 'half-up'), exact };
  });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ScoringError('INVALID_OPTIONS', `Option ${name} must be one of ${allowed.join(', ')}, got ${describe(value)}.`, [
    name,
  ]);
}
