/**
 * `summarize`: the figures of a national or regional tally (RULEBOOK §7) from a list of results.
 *
 * @module
 */
import { parseScore } from '../exact/read-number.js';
import { add, cmp, div, fixedText, int, roundedText, total as totalOf, type Rational } from '../exact/fraction.js';
import { ScoringError, toSafe, type Path } from '../errors.js';
import { LIMITS } from '../limits.js';
import { CATEGORIES, ZONES, type Category, type Zone } from '../model/index.js';
import type { Classification, RulesetRef, ScoreResult } from '../model/result.js';
import { field, readArray, readObject } from '../read/fields.js';
import { deepFreeze } from '../util/freeze.js';

/** What {@link summarize} reads: results of `score`, or classifications from `classify`. */
export type Summarizable = ScoreResult | Classification;

/** A tally of results of one year. */
export interface Summary {
  /** Number of results. */
  readonly count: number;
  /** The ruleset of the results when they are `ScoreResult`s, else `null` (classifications do not say). */
  readonly ruleset: RulesetRef | null;
  /** Count per zone, every zone present (0 when none), best first: hijau, kuning, merah, hitam. */
  readonly zones: Readonly<Record<Zone, number>>;
  /** Count per grade A–E (0 when none), or `null` for the three-zone years (and for an empty list). */
  readonly categories: Readonly<Record<Category, number>> | null;
  /** Sum of the totals (exact, written with the decimals of the totals). */
  readonly sum: string;
  /**
   * Mean of the totals, rounded half-up to the decimals of the totals (2 for every official ruleset);
   * `null` for an empty list.
   */
  readonly mean: string | null;
  /**
   * Median of the totals: the middle total for an odd count; for an even count the mean of the two middle
   * totals, rounded half-up to the decimals of the totals (80.01 and 80.02 → "80.02"). `null` for an empty list.
   */
  readonly median: string | null;
}

interface Item {
  readonly total: Rational;
  readonly digits: number;
  readonly zone: Zone;
  readonly category: Category | null;
  readonly ruleset: RulesetRef | null;
}

/**
 * Counts per zone and per grade, mean and median of the totals, as published in the national tallies
 * (RULEBOOK §7: "2021: 587 bodies, hijau 179 / kuning 316 / merah 92"). The totals are the rounded totals of
 * the results, read exactly. One year at a time: `ScoreResult`s of different rulesets (by id and revision), or a
 * mix of graded results (A–E) and three-zone results (no category), are refused; classifications carry no year,
 * so a list of classifications is trusted to come from one ruleset.
 *
 * @param results - Results of `score` (or `classify`) of one ruleset.
 * @returns A frozen {@link Summary}.
 * @throws {@link ScoringError} `INVALID_INPUT` with the path (`[index, key]`) of a malformed result or of the
 *   first result of another year.
 *
 * @example
 * ```ts
 * import { classify, getRuleset, summarize } from '@ombuds/scoring';
 * const rules = getRuleset(2019);
 * const tally = summarize(['96.89', '80.03', '77.31', '21.37'].map((t) => classify(rules, t)));
 * tally.zones;  // { hijau: 1, kuning: 2, merah: 1, hitam: 0 }
 * tally.mean;   // '68.90'
 * tally.median; // '78.67'
 * ```
 */
export function summarize(results: readonly Summarizable[]): Summary {
  const items = readArray(results, [], 'results', LIMITS.rankItems).map((raw, i) => readItem(raw, [i]));
  checkOneYear(items);
  const zones = Object.fromEntries(ZONES.map((z) => [z, 0])) as Record<Zone, number>;
  for (const item of items) zones[item.zone] += 1;
  const graded = items.some((item) => item.category !== null);
  let categories: Record<Category, number> | null = null;
  if (graded) {
    categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    for (const item of items) categories[item.category!] += 1;
  }
  const total = totalOf(items.map((item) => item.total));
  // A loop, not Math.max(...spread): a spread of LIMITS.rankItems arguments overflows the call stack.
  const digits = items.reduce((most, item) => Math.max(most, item.digits), 0);
  return deepFreeze({
    count: items.length,
    ruleset: items.find((item) => item.ruleset !== null)?.ruleset ?? null,
    zones,
    categories,
    sum: fixedText(total, digits),
    mean: items.length === 0 ? null : meanOf(total, items.length, digits),
    median: median(
      items.map((item) => item.total),
      digits,
    ),
  });
}

/**
 * Like {@link summarize}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeSummarize } from '@ombuds/scoring';
 * const result = safeSummarize([{ total: 'abc' } as never]);
 * if (!result.success) result.error.path; // [0, 'total']
 * ```
 */
export const safeSummarize = /* @__PURE__ */ toSafe(summarize);

/** `total / count`, rounded half-up to `digits` exactly (the quotient may not terminate). */
function meanOf(total: Rational, count: number, digits: number): string {
  return roundedText(div(total, int(count)), digits, 'half-up');
}

function median(totals: Rational[], digits: number): string | null {
  if (totals.length === 0) return null;
  const sorted = [...totals].sort(cmp);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return fixedText(sorted[middle]!, digits);
  return meanOf(add(sorted[middle - 1]!, sorted[middle]!), 2, digits);
}

function readItem(raw: unknown, path: Path): Item {
  const item = readObject(raw, path, 'a result', 'Pass results of score() or classify().');
  const rawTotal = field(item, 'total', path);
  const total = parseScore(rawTotal, [...path, 'total']);
  const zone = field(item, 'zone', path);
  if (!ZONES.includes(zone as Zone)) {
    throw new ScoringError('INVALID_INPUT', `Expected a zone (${ZONES.join(', ')}), got ${String(zone)}.`, [
      ...path,
      'zone',
    ]);
  }
  const category = field(item, 'category', path);
  if (category !== null && !CATEGORIES.includes(category as Category)) {
    throw new ScoringError('INVALID_INPUT', `Expected a category A–E or null, got ${String(category)}.`, [
      ...path,
      'category',
    ]);
  }
  return {
    total,
    digits: decimals(rawTotal),
    zone: zone as Zone,
    category: category as Category | null,
    ruleset: readRuleset(field(item, 'ruleset', path), [...path, 'ruleset']),
  };
}

function readRuleset(raw: unknown, path: Path): RulesetRef | null {
  if (raw === undefined) return null;
  const ref = readObject(raw, path, 'ruleset', 'Pass results of score() unchanged.') as Partial<RulesetRef>;
  if (typeof ref.id !== 'string' || typeof ref.year !== 'number' || typeof ref.revision !== 'number') {
    throw new ScoringError('INVALID_INPUT', 'Expected the ruleset of a score() result: { id, year, revision }.', path);
  }
  return ref as RulesetRef;
}

function checkOneYear(items: readonly Item[]): void {
  const first = items.findIndex((item) => item.ruleset !== null);
  const ref = items[first]?.ruleset;
  items.forEach((item, i) => {
    if (ref && item.ruleset && (item.ruleset.id !== ref.id || item.ruleset.revision !== ref.revision)) {
      throw new ScoringError(
        'INVALID_INPUT',
        `Results of different rulesets: result ${first} is ${ref.id} (revision ${ref.revision}), result ${i} is ${item.ruleset.id} (revision ${item.ruleset.revision}). Summarize one year at a time; group by result.ruleset.year first.`,
        [i, 'ruleset'],
      );
    }
    if ((item.category === null) !== (items[0]!.category === null)) {
      throw new ScoringError(
        'INVALID_INPUT',
        `Result 0 and result ${i} mix a three-zone year (no category) and a graded year (A–E). Summarize one year at a time.`,
        [i, 'category'],
      );
    }
  });
}

/** Decimals written in a total: "88.00" → 2 (an exact decimal would forget the trailing zeros). */
function decimals(total: unknown): number {
  const text = String(total);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}
