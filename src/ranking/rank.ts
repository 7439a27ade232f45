/**
 * `rank`: order bodies by total with explicit, deterministic tie rules (RULEBOOK §6).
 *
 * @module
 */
import { centsText } from '../exact/cent-texts.js';
import { parseScore, type ParseOptions } from '../exact/read-number.js';
import { plain } from '../exact/decimal.js';
import { ScoringError, toSafe, type Path } from '../errors.js';
import { LIMITS } from '../limits.js';
import { RANK_METHODS, TIE_BREAKS, type RankMethod, type TieBreak } from '../model/ranking.js';
import { field, readArray, readObject, readText, rejectUnknownKeys } from '../read/fields.js';
import { readChoice, readOptions } from '../read/options.js';
import { centsOfText, createKeys, exactText, isShortestForm, MAX_CENTS, writeExactKey, type RankKeys } from './keys.js';
import { addId, createIdSet, hasId, type IdSet } from './id-set.js';
import { rankOrder, type RankOrder } from './order.js';

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
  const method = readChoice(read.method, RANK_METHODS, 'method') ?? 'ordinal';
  const tieBreak = readChoice(read.tieBreak, TIE_BREAKS, 'tieBreak') ?? 'exact';
  const keys = readItems(items, read);
  return Object.freeze(rankedList(keys, rankOrder(keys, tieBreak === 'exact'), method));
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
export const safeRank = /* @__PURE__ */ toSafe(rank);

/** The ranked bodies in rank order, one shared `total` string per run of equal cents. */
function rankedList(keys: RankKeys, { order, ends }: RankOrder, method: RankMethod): Ranked[] {
  const { ids, exactTexts } = keys;
  const ranked = new Array<Ranked>(order.length);
  const ordinal = method === 'ordinal';
  let dense = 0;
  let start = 0;
  for (let cents = MAX_CENTS; cents >= 0; cents--) {
    const end = ends[cents]!;
    if (end === start) continue;
    dense++;
    const total = centsText(cents);
    const shared = ordinal ? 0 : rankIn(method, start, start, end - 1, dense);
    for (let i = start; i < end; i++) {
      const item = order[i]!;
      const exact = exactTexts[item] ?? exactText(keys, item);
      ranked[i] = Object.freeze({ id: ids[item]!, rank: ordinal ? i + 1 : shared, total, exact });
    }
    start = end;
  }
  return ranked;
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

/** The most decimals of a value (`LIMITS.decimals`). */
const MAX_DECIMALS = LIMITS.decimals;

function readItems(items: unknown, options: ParseOptions): RankKeys {
  const list = readArray(items, [], 'items', LIMITS.rankItems);
  const keys = createKeys(list.length);
  const seen = createIdSet(keys.ids, list.length);
  const fast = options.decimalComma !== true;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i]; // readArray's dense copy: no getter runs here
    if (!(fast && readItemFast(raw, keys, i, seen))) readItem(raw, keys, i, seen, options);
  }
  return keys;
}

/** The general reader of item `i`: every check, every error, decimal.js parsing. */
function readItem(raw: unknown, keys: RankKeys, i: number, seen: IdSet, options: ParseOptions): void {
  const path: Path = [i];
  const item = readObject(raw, path, 'an item', 'Pass { id, total, exact? }.');
  rejectUnknownKeys(item, ['id', 'total', 'exact'], path);
  const id = readText(field(item, 'id', path), [...path, 'id'], 'id');
  if (hasId(seen, id))
    throw new ScoringError('INVALID_INPUT', `The id "${id}" is used twice; ids must be unique.`, [...path, 'id']);
  keys.ids[i] = id;
  addId(seen, i);
  const given = plain(parseScore(field(item, 'total', path), [...path, 'total'], options));
  const exactRaw = field(item, 'exact', path);
  const exact = exactRaw === undefined ? given : plain(parseScore(exactRaw, [...path, 'exact'], options));
  // A read score is a plain decimal on 0–100 in its shortest form with at most LIMITS.decimals (≤ KEY_DECIMALS)
  // decimals, so both keys always exist.
  keys.cents[i] = centsOfText(given, MAX_DECIMALS);
  writeExactKey(keys, i, exact, MAX_DECIMALS);
  keys.exactTexts[i] = exact;
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The fast reader of item `i`: a plain `{ id, total, exact? }` with short decimal texts (or numbers) is read
 * straight into its keys; for anything else it returns `false` (its id not added to `seen`) and {@link readItem}
 * reads the item again and decides, errors included.
 */
function readItemFast(raw: unknown, keys: RankKeys, i: number, seen: IdSet): boolean {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
    // No key but id, total and exact (own or inherited: for-in allocates nothing, unlike Object.keys), and
    // id and total of its own; exact is read only when it is its own, as the general reader does.
    for (const key in raw) if (key !== 'id' && key !== 'total' && key !== 'exact') return false;
    if (!hasOwn(raw, 'id') || !hasOwn(raw, 'total')) return false;
    const { id, total } = raw as { id?: unknown; total?: unknown };
    const exact = hasOwn(raw, 'exact') ? (raw as { exact?: unknown }).exact : undefined;
    if (typeof id !== 'string' || id.length > LIMITS.textLength) return false;
    const totalText = numberText(total);
    if (totalText === null) return false;
    const cents = centsOfText(totalText, MAX_DECIMALS);
    if (cents < 0) return false;
    const exactSource = exact === undefined ? totalText : numberText(exact);
    if (exactSource === null || !writeExactKey(keys, i, exactSource, MAX_DECIMALS)) return false;
    keys.ids[i] = id;
    if (!addId(seen, i)) return false; // a duplicate: the general reader reports it
    keys.cents[i] = cents;
    keys.exactTexts[i] = isShortestForm(exactSource) ? exactSource : null;
    return true;
  } catch {
    // A getter or a Proxy trap threw: the general reader reads again and reports it.
    return false;
  }
}

/** A string as it is, a non-negative finite number as its shortest round-trip text (as decimal.js reads it). */
function numberText(value: unknown): string | null {
  if (typeof value === 'string') return value.length <= LIMITS.numberLength ? value : null;
  return typeof value === 'number' && value >= 0 && value <= 100 ? String(value) : null;
}
