/**
 * `rank`: order bodies by total with explicit, deterministic tie rules (RULEBOOK §6).
 *
 * @module
 */
import { centsText } from '../exact/cent-texts.js';
import { parseScore, type ParseOptions } from '../exact/read-number.js';
import { cmp, CUT_MARK, cutText, decimalsOf, display, max, ratio, sub } from '../exact/fraction.js';
import { tenTo } from '../exact/integer.js';
import { toSafe, type Path, type ScoringError } from '../errors.js';
import { fail } from '../errors/fail.js';
import { all, ended, note } from '../errors/issues.js';
import { inItem } from '../texts/en.js';
import { inItem as inItemId } from '../texts/id.js';
import { DUPLICATE_ITEM_ID, EXACT_NOT_TOTAL, ILL_FORMED_ID, NOT_BOOLEAN, SIMILAR_ID } from '../errors/templates.js';
import { LIMITS } from '../limits.js';
import { RANK_METHODS, TIE_BREAKS, type RankMethod, type TieBreak } from '../model/ranking.js';
import type { ScoreResult } from '../model/result.js';
import { field, readArray, readObject, readText, rejectUnknownKeys } from '../read/fields.js';
import { readChoice, readOptions } from '../read/options.js';
import {
  centsOfText,
  createKeys,
  exactText,
  isShortestForm,
  KEY_DECIMALS,
  MAX_CENTS,
  writeExactKey,
  type RankKeys,
} from './keys.js';
import { addId, createIdSet, indexOfId, type IdSet } from './id-set.js';
import { idKey } from './id-key.js';
import { rankOrder, type RankOrder } from './order.js';

/**
 * One body to rank: its id and total, optionally its unrounded total for tie-breaking. A result of `score` with
 * an id added is one (`{ ...result, id: 'Palembang' }`): the other fields of a `ScoreResult` are ignored.
 */
export interface RankItem extends Partial<Omit<ScoreResult, 'total' | 'exact'>> {
  readonly id: string;
  /** The total as printed: any number of decimals (a unit total of `score` may have more than 20). */
  readonly total: string | number;
  /**
   * The unrounded total; rounding it must give `total` at the total's decimals, at least two (it differs from it by
   * less than one last digit: `{ total: '80.1', exact: '80.14' }` is refused). An `exact` as `score` prints one
   * that does not terminate (`'66.66666666666666666666…'`) is read as lying strictly between its 20 decimals and
   * the next 20th decimal: it ranks above `'66.66666666666666666666'` and below `'66.66666666666666666667'`.
   */
  readonly exact?: string | number | undefined;
}

/** The fields of a `ScoreResult` that `rank` reads (`id`, `total`, `exact`) and those it ignores. */
const ITEM_KEYS = ['id', 'total', 'exact'] as const;
const RESULT_KEYS: readonly string[] = [
  ...ITEM_KEYS,
  'category',
  'zone',
  'label',
  'opinion',
  'quality',
  'ruleset',
  'dimensions',
  'units',
  'deductions',
  'followedUpOmbudsman',
  'assumptions',
];

/** Options of {@link rank}. */
export interface RankOptions extends ParseOptions {
  /** Default `ordinal`, the published convention. */
  readonly method?: RankMethod | undefined;
  /** How `ordinal` orders equal totals, and the order of tied items in the output. Default `exact`. */
  readonly tieBreak?: TieBreak | undefined;
  /**
   * Keep ids that differ only in case, spacing, invisible characters (zero-width space, soft hyphen) or width
   * (full-width letters), or numbers written two ways (`1101`, `1.101e3`), as distinct bodies. Default `false`:
   * such ids are refused as a probable duplicate, naming both items. Ids equal as strings are always refused.
   */
  readonly keepSimilarIds?: boolean | undefined;
}

/** One ranked body. */
export interface Ranked {
  readonly id: string;
  /** 1-based; `fractional` may give halves (2.5). */
  readonly rank: number;
  /** The two-decimal total the rank was decided on. */
  readonly total: string;
  /** The unrounded total used to break ties (the total when none was given), as given: cut ones keep their `…`. */
  readonly exact: string;
}

/**
 * Ranks bodies by total, highest first. Ties are decided on the two-decimal total. `ordinal` (default) gives
 * tied bodies distinct ranks, ordered by the unrounded total (higher first) and then by id in code-point
 * order; the other methods share ranks. The result never depends on input order or locale.
 *
 * @param items - `{ id, total, exact? }` with unique ids and totals on 0–100, or results of `score` with an id
 *   added (their other fields are ignored). `exact`, when given, must round to `total` at the total's own
 *   decimals, and at least at cents (they differ by less than one unit of that last decimal: `80.1` needs an
 *   exact total within 0.01 of 80.10); totals and exact totals may have as many decimals as
 *   `score` prints.
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
  const read = readOptions(options, ['method', 'tieBreak', 'decimalComma', 'keepSimilarIds']);
  const method = readChoice(read.method, RANK_METHODS, 'method') ?? 'ordinal';
  const tieBreak = readChoice(read.tieBreak, TIE_BREAKS, 'tieBreak') ?? 'exact';
  const keepSimilar = read.keepSimilarIds;
  if (keepSimilar !== undefined && typeof keepSimilar !== 'boolean') {
    throw fail('INVALID_OPTIONS', ['keepSimilarIds'], NOT_BOOLEAN, { value: keepSimilar });
  }
  const keys = readItems(items, read, keepSimilar === true);
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

/** The ids of the items as the id set compares them: their keys (`idKey`), or the ids as they are. */
interface Seen {
  readonly set: IdSet;
  readonly keys: string[];
  readonly similar: boolean;
}

function readItems(items: unknown, options: ParseOptions, keepSimilar: boolean): RankKeys {
  const list = readArray(items, [], 'items', LIMITS.rankItems);
  const keys = createKeys(list.length);
  const idKeys = new Array<string>(list.length).fill('');
  const seen: Seen = { set: createIdSet(idKeys, list.length), keys: idKeys, similar: !keepSimilar };
  const fast = options.decimalComma !== true;
  // Every item is read: the problem of each is noted, and the first is thrown at the end with all of them, each
  // with its place in words ("Butir ke-3: …").
  const issues: ScoringError[] = [];
  try {
    for (let i = 0; i < list.length; i++) {
      const raw = list[i]; // readArray's dense copy: no getter runs here
      try {
        if (!(fast && readItemFast(raw, keys, i, seen))) readItem(raw, keys, i, seen, options);
      } catch (error) {
        note(issues, error);
      }
    }
  } catch (error) {
    ended(issues, error);
  }
  if (issues[0]) throw all(issues.map(inPlace));
  return keys;
}

/**
 * An error of an item with its place in words before its texts: `Butir ke-3: …`, `Item 3: …`; an id given twice
 * as it is, since its text names both items.
 */
function inPlace(error: ScoringError): ScoringError {
  if (error.reason === 'duplicate-id') return error;
  const place = { item: error.path[0] as number, text: error.text };
  return fail(error.code, error.path, { reason: error.reason as 'missing', en: inItem, id: inItemId }, place);
}

/** The key item `i`'s id is compared by, or `null` for an ill-formed id (a lone surrogate). */
function keyOf(id: string, seen: Seen): string | null {
  const key = idKey(id);
  return seen.similar || key === null ? key : id;
}

/** The general reader of item `i`: every check, every error, decimal.js parsing. */
function readItem(raw: unknown, keys: RankKeys, i: number, seen: Seen, options: ParseOptions): void {
  const path: Path = [i];
  const item = readObject(raw, path);
  rejectUnknownKeys(item, RESULT_KEYS, path);
  const id = readText(field(item, 'id', path), [...path, 'id']);
  keys.ids[i] = id;
  const key = keyOf(id, seen);
  if (key === null) {
    throw fail('INVALID_INPUT', [...path, 'id'], ILL_FORMED_ID, { id });
  }
  seen.keys[i] = key;
  if (!addId(seen.set, i)) {
    const first = indexOfId(seen.set, key);
    const earlier = keys.ids[first]!;
    throw earlier === id
      ? fail('INVALID_INPUT', [...path, 'id'], DUPLICATE_ITEM_ID, { id, first, second: i })
      : fail('INVALID_INPUT', [...path, 'id'], SIMILAR_ID, { id, earlier, first, second: i });
  }
  const totalRaw = field(item, 'total', path);
  const totalValue = parseScore(totalRaw, [...path, 'total'], options, MAX_PRINTED_DECIMALS);
  const given = display(totalValue);
  const exactRaw = field(item, 'exact', path);
  let exact = given;
  if (exactRaw !== undefined) {
    // A cut exact total (20 decimals, then `…`, as `score` prints one that does not terminate) is read as the
    // middle of its gap: its key is its 20 decimals and a rest of 5, and it is shown as it was printed.
    const exactValue = parseScore(exactRaw, [...path, 'exact'], options, MAX_PRINTED_DECIMALS, true);
    const marked = typeof exactRaw === 'string' && exactRaw.endsWith(CUT_MARK);
    exact = marked ? cutText(exactValue) : display(exactValue);
    const apart = max(sub(exactValue, totalValue), sub(totalValue, exactValue));
    // Rounding exact to the decimals of total (at least cents, on which ties are decided), in some mode, gives
    // total: they differ by less than one last digit.
    if (cmp(apart, ratio(1, tenTo(Math.max(2, writtenDecimals(totalRaw, given))))) >= 0) {
      throw fail('INVALID_INPUT', [...path, 'exact'], EXACT_NOT_TOTAL, { exact, total: totalRaw });
    }
  }
  // A read score is a plain decimal on 0–100 in its shortest form, so both keys always exist; decimals past the
  // 20th of the exact total are kept as its rest (a cut one's is 5, the middle of its gap).
  keys.cents[i] = centsOfText(given, MAX_PRINTED_DECIMALS);
  const point = exact.indexOf('.');
  const cut = point < 0 ? exact.length : point + 1 + KEY_DECIMALS;
  writeExactKey(keys, i, exact.slice(0, cut), KEY_DECIMALS);
  const rest = exact.slice(cut);
  keys.rests[i] = rest === CUT_MARK ? '5' : rest;
  keys.exactTexts[i] = exact;
}

/**
 * Decimals accepted in a total or exact total: as many as a numeric string may carry, so that every total and
 * exact total `score` prints (a weighted sum of 20-decimal values has up to 42) can be passed back.
 */
const MAX_PRINTED_DECIMALS = LIMITS.numberLength;

/** Decimals written in a total as given: `"88.00"` → 2, `"88,5"` (decimalComma) → 1; a number: those it has. */
function writtenDecimals(raw: unknown, shown: string): number {
  const text = typeof raw === 'string' ? raw : shown;
  const point = Math.max(text.indexOf('.'), text.indexOf(','));
  return point < 0 ? 0 : text.length - point - 1;
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Whether an exact total differs from the total by less than one unit of the total's last written decimal, i.e.
 * some rounding of it gives the total, from the differences of their keys (value × 10^20 split as hi × 10^11 +
 * lo, |lo| < 10^11), in exact integer steps: with d decimals, one unit is 10^(9−d) of hi for d ≤ 9; for d > 9 hi
 * must differ by at most 1, and the difference is then below 2^53.
 */
function roundsTo(hiDifference: number, loDifference: number, totalDecimals: number): boolean {
  // At least cents: a total of 80.1 is ranked as 80.10, so its exact total must round to 80.10.
  const digits = Math.max(2, totalDecimals);
  const apart = Math.abs(hiDifference);
  // Powers of ten from the table (exact numbers): `**` on a variable exponent is a call.
  if (digits > 9) return apart <= 1 && Math.abs(hiDifference * 1e11 + loDifference) < (tenTo(20 - digits) as number);
  const unit = tenTo(9 - digits) as number;
  return apart < unit || (apart === unit && loDifference !== 0 && loDifference < 0 !== hiDifference < 0);
}

/**
 * The fast reader of item `i`: a plain `{ id, total, exact? }` with short decimal texts (or numbers) is read
 * straight into its keys; for anything else it returns `false` (its id not added to `seen`) and {@link readItem}
 * reads the item again and decides, errors included.
 */
function readItemFast(raw: unknown, keys: RankKeys, i: number, seen: Seen): boolean {
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
    if (exactSource === null) return false;
    if (exactSource !== totalText) {
      // The key of the total: from its cents when it has at most two decimals (value × 10^9 = cents × 10^7).
      const totalDecimals = decimalsOf(totalText);
      let totalHi = cents * 1e7;
      let totalLo = 0;
      if (totalDecimals > 2) {
        if (!writeExactKey(keys, i, totalText, MAX_DECIMALS)) return false;
        totalHi = keys.hi[i]!;
        totalLo = keys.lo[i]!;
      }
      // An exact total that does not round to the total: the general reader reports it.
      if (!writeExactKey(keys, i, exactSource, MAX_DECIMALS)) return false;
      if (!roundsTo(keys.hi[i]! - totalHi, keys.lo[i]! - totalLo, totalDecimals)) return false;
    } else if (!writeExactKey(keys, i, exactSource, MAX_DECIMALS)) return false;
    const key = keyOf(id, seen);
    if (key === null) return false; // an ill-formed id: the general reader reports it
    keys.ids[i] = id;
    seen.keys[i] = key;
    if (!addId(seen.set, i)) return false; // a duplicate: the general reader reports it
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
