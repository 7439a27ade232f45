/**
 * `rank`: order bodies by total with explicit, deterministic tie rules (RULEBOOK §6).
 *
 * @module
 */
import { isShortestForm, scaledFixed, sortKeyOf, sortKeyText } from '../exact/scaled.js';
import { parseScore, type ParseOptions } from '../exact/read-number.js';
import { cmp, display, max, ratio, sub } from '../exact/fraction.js';
import { tenTo } from '../exact/integer.js';
import { toSafe, type Path } from '../errors.js';
import { fail, CONFLICT, DUPLICATE_ID } from '../errors/indonesian.js';
import { LIMITS } from '../limits.js';
import { RANK_METHODS, TIE_BREAKS, type RankMethod, type TieBreak } from '../model/ranking.js';
import type { ScoreResult } from '../model/result.js';
import { field, readArray, readObject, readText, rejectUnknownKeys } from '../read/fields.js';
import { readChoice, readOptions } from '../read/options.js';
import { compareCodePoints } from './compare.js';

/**
 * One body to rank: its id and total, optionally its unrounded total for tie-breaking. A result of `score` with
 * an id added is one (`{ ...result, id: 'Palembang' }`): the other fields of a `ScoreResult` are ignored.
 */
export interface RankItem extends Partial<Omit<ScoreResult, 'total' | 'exact'>> {
  readonly id: string;
  /** The total as printed: any number of decimals (a unit total of `score` may have more than 20). */
  readonly total: string | number;
  /** The unrounded total; rounding it must give `total` (it may differ from it by less than one last digit). */
  readonly exact?: string | number;
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

/**
 * One item read into exact integer sort keys (see `sortKeyOf`): the two-decimal total × 100, and the unrounded
 * total as hi / lo / rest. Comparing these integers is comparing the decimals, without decimal.js in the sort.
 */
interface Key {
  readonly id: string;
  /** The total rounded half-up to cents, × 100. */
  readonly cents: number;
  readonly hi: number;
  readonly lo: number;
  readonly rest: string;
  /** The unrounded total as the shortest exact text, when already known. */
  readonly exactText: string | null;
}

/**
 * Ranks bodies by total, highest first. Ties are decided on the two-decimal total. `ordinal` (default) gives
 * tied bodies distinct ranks, ordered by the unrounded total (higher first) and then by id in code-point
 * order; the other methods share ranks. The result never depends on input order or locale.
 *
 * @param items - `{ id, total, exact? }` with unique ids and totals on 0–100, or results of `score` with an id
 *   added (their other fields are ignored). `exact`, when given, must round to `total` (they differ by less
 *   than one unit of the last decimal of `total`); totals and exact totals may have as many decimals as
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
  const read = readOptions(options, ['method', 'tieBreak', 'decimalComma']);
  const method = readChoice(read.method, RANK_METHODS, 'method') ?? 'ordinal';
  const tieBreak = readChoice(read.tieBreak, TIE_BREAKS, 'tieBreak') ?? 'exact';
  const keys = readItems(items, read);
  keys.sort(
    tieBreak === 'exact'
      ? (a, b) =>
          b.cents - a.cents ||
          b.hi - a.hi ||
          b.lo - a.lo ||
          (a.rest === b.rest ? 0 : a.rest < b.rest ? 1 : -1) ||
          compareCodePoints(a.id, b.id)
      : (a, b) => b.cents - a.cents || compareCodePoints(a.id, b.id),
  );
  const ranks = assignRanks(keys, method);
  const ranked: Ranked[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    ranked.push(
      Object.freeze({
        id: key.id,
        rank: ranks[i]!,
        total: scaledFixed(key.cents, DIGITS),
        exact: key.exactText ?? sortKeyText(key.hi, key.lo, key.rest),
      }),
    );
  }
  return Object.freeze(ranked);
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

function assignRanks(sorted: readonly Key[], method: RankMethod): number[] {
  const ranks: number[] = new Array<number>(sorted.length);
  let start = 0;
  let dense = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.cents === sorted[start]!.cents) end++;
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
  const fast = options.decimalComma !== true;
  const keys: Key[] = [];
  for (let i = 0; i < list.length; i++) {
    const raw = list[i]; // readArray's dense copy: no getter runs here
    keys.push((fast ? readItemFast(raw, seen) : null) ?? readItem(raw, i, seen, options));
  }
  return keys;
}

/** The general reader of one item: every check, every error, decimal.js parsing. */
function readItem(raw: unknown, i: number, seen: Set<string>, options: ParseOptions): Key {
  const path: Path = [i];
  const item = readObject(raw, path, 'an item', 'Pass { id, total, exact? }, or a result of score() with an id.');
  rejectUnknownKeys(item, RESULT_KEYS, path, `expected id, total, exact (and the other fields of a score() result)`);
  const id = readText(field(item, 'id', path), [...path, 'id'], 'id');
  if (seen.has(id)) {
    throw fail('INVALID_INPUT', `The id "${id}" is used twice; ids must be unique.`, [...path, 'id'], DUPLICATE_ID, id);
  }
  seen.add(id);
  const totalRaw = field(item, 'total', path);
  const totalValue = parseScore(totalRaw, [...path, 'total'], options, MAX_PRINTED_DECIMALS);
  const given = display(totalValue);
  const exactRaw = field(item, 'exact', path);
  let exact = given;
  if (exactRaw !== undefined) {
    const exactValue = parseScore(exactRaw, [...path, 'exact'], options, MAX_PRINTED_DECIMALS);
    const digits = writtenDecimals(totalRaw, given);
    const apart = max(sub(exactValue, totalValue), sub(totalValue, exactValue));
    // Rounding exact to the decimals of total, in any mode, gives total: they differ by less than one last digit.
    if (cmp(apart, ratio(1, tenTo(digits))) >= 0) {
      throw fail(
        'INVALID_INPUT',
        `The exact total ${display(exactValue)} does not round to the total ${
          typeof totalRaw === 'string' ? totalRaw : given
        } (they differ by ${display(apart)}); pass the total and the exact total of one result.`,
        [...path, 'exact'],
        CONFLICT,
        'exact',
        'total',
      );
    }
    exact = display(exactValue);
  }
  // A read score is 0–100 in its shortest form, so both keys always exist.
  const [totalHi] = sortKeyOf(given, Infinity)!;
  const [hi, lo, rest] = sortKeyOf(exact, Infinity)!;
  return { id, cents: centsOf(totalHi), hi, lo, rest, exactText: exact };
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const MAX_DECIMALS = LIMITS.decimals;
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

/**
 * The fast reader of one item: a plain `{ id, total, exact? }` with short decimal texts (or numbers) is read
 * straight into integer keys; anything else returns `null` and {@link readItem} decides, errors included.
 */
function readItemFast(raw: unknown, seen: Set<string>): Key | null {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const names = Object.getOwnPropertyNames(raw);
    const hasExact = hasOwn(raw, 'exact');
    if (names.length !== (hasExact ? 3 : 2) || !hasOwn(raw, 'id') || !hasOwn(raw, 'total')) return null;
    const { id, total, exact } = raw as { id?: unknown; total?: unknown; exact?: unknown };
    if (typeof id !== 'string' || id.length > LIMITS.textLength || seen.has(id)) return null;
    const totalText = numberText(total);
    if (totalText === null) return null;
    const totalKey = sortKeyOf(totalText, MAX_DECIMALS);
    if (totalKey === null) return null;
    let exactText = totalText;
    let exactKey = totalKey;
    if (exact !== undefined) {
      const text = numberText(exact);
      if (text === null) return null;
      const key = sortKeyOf(text, MAX_DECIMALS);
      if (key === null || !roundsTo(key, totalKey, totalText)) return null;
      exactText = text;
      exactKey = key;
    }
    seen.add(id);
    return {
      id,
      cents: centsOf(totalKey[0]),
      hi: exactKey[0],
      lo: exactKey[1],
      rest: exactKey[2],
      exactText: isShortestForm(exactText) ? exactText : null,
    };
  } catch {
    // A getter or a Proxy trap threw: the general reader reads again and reports it.
    return null;
  }
}

/**
 * Whether an exact total (as a sort key of at most 20 decimals) differs from the total by less than one unit of
 * the total's last written decimal, i.e. some rounding of it gives the total. Both keys are value × 10^20 split
 * as hi × 10^11 + lo; BigInt keeps the difference exact.
 */
function roundsTo(exact: [number, number, string], total: [number, number, string], totalText: string): boolean {
  if (exact[0] === total[0] && exact[1] === total[1]) return true;
  const point = totalText.indexOf('.');
  const digits = point < 0 ? 0 : totalText.length - point - 1;
  const difference = BigInt(exact[0] - total[0]) * 100_000_000_000n + BigInt(exact[1] - total[1]);
  const unit = 10n ** BigInt(20 - digits);
  return difference < unit && -difference < unit;
}

/** A string as it is, a non-negative finite number as its shortest round-trip text (as decimal.js reads it). */
function numberText(value: unknown): string | null {
  if (typeof value === 'string') return value.length <= LIMITS.numberLength ? value : null;
  return typeof value === 'number' && value >= 0 && value <= 100 ? String(value) : null;
}

/**
 * hi (value × 10^9, truncated) rounded half-up to cents. Decimals past the 9th cannot change a half-up. hi ≤
 * 1.01 × 10^11, so the quotient is an exact integer or at least 10^-7 away from one: `floor` is exact.
 */
function centsOf(hi: number): number {
  const cents = Math.floor(hi / 10_000_000);
  return hi - cents * 10_000_000 >= 5_000_000 ? cents + 1 : cents;
}
