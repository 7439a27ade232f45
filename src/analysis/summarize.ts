/**
 * `summarize`: the figures of a national or regional tally (RULEBOOK §7) from a list of results.
 *
 * @module
 */
import { parseScore } from '../exact/read-number.js';
import {
  add,
  cmp,
  decimalsOf,
  display,
  div,
  fixedText,
  int,
  roundedText,
  total as totalOf,
  type Rational,
} from '../exact/fraction.js';
import { toSafe, type Path } from '../errors.js';
import { fail } from '../errors/fail.js';
import { CLASS_CHANGED, CLASSES_CROSSED, GRADED_AND_NOT, NOT_A_CATEGORY, NOT_ALLOWED, NOT_RESULT_RULESET, RESULT_REVISION, RULESETS_DIFFER } from '../errors/templates.js';
import { LIMITS } from '../limits.js';
import { CATEGORIES, ZONES, type Category, type Ruleset, type Zone } from '../model/index.js';
import type { Classification, RulesetRef, ScoreResult } from '../model/result.js';
import { field, readArray, readObject } from '../read/fields.js';
import { getRuleset, listRulesets } from '../rulesets/registry.js';
import { classify } from '../scoring/classify.js';
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
  /**
   * Sum of the totals (exact, written with the most decimals of the totals: those written in a text, those of
   * the value of a number, so `80` and `1.5e-7` sum to `'80.00000015'`).
   */
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
 * so a list of classifications is trusted to come from one ruleset. A result whose zone or grade contradicts its
 * total is refused: under the official ruleset and revision a `ScoreResult` names (a result naming an official
 * ruleset id with a year or revision that does not exist is refused too), and between results (a higher total in a
 * worse zone or grade, or equal totals in different ones). The results are only read, never frozen or kept.
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
  checkClasses(items);
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
  const item = readObject(raw, path);
  const rawTotal = field(item, 'total', path);
  const total = parseScore(rawTotal, [...path, 'total']);
  const zone = field(item, 'zone', path);
  if (!ZONES.includes(zone as Zone)) {
    throw fail('INVALID_INPUT', [...path, 'zone'], NOT_ALLOWED, { value: zone, allowed: ZONES });
  }
  const category = field(item, 'category', path);
  if (category !== null && !CATEGORIES.includes(category as Category)) {
    throw fail('INVALID_INPUT', [...path, 'category'], NOT_A_CATEGORY, { value: category, allowed: CATEGORIES });
  }
  return {
    total,
    digits: decimals(rawTotal, total),
    zone: zone as Zone,
    category: category as Category | null,
    ruleset: readRuleset(field(item, 'ruleset', path), [...path, 'ruleset']),
  };
}

/** A copy of the ruleset reference of a result (the caller's object is never frozen nor kept). */
function readRuleset(raw: unknown, path: Path): RulesetRef | null {
  if (raw === undefined) return null;
  const ref = readObject(raw, path);
  const id = field(ref, 'id', path);
  const year = field(ref, 'year', path);
  const revision = field(ref, 'revision', path);
  const derivedFrom = field(ref, 'derivedFrom', path);
  if (
    typeof id !== 'string' ||
    typeof year !== 'number' ||
    typeof revision !== 'number' ||
    (derivedFrom !== undefined && derivedFrom !== null && typeof derivedFrom !== 'string')
  ) {
    throw fail('INVALID_INPUT', path, NOT_RESULT_RULESET, { value: raw });
  }
  return { id, year, revision, derivedFrom: derivedFrom ?? null };
}

/**
 * The official ruleset a reference names (its id, year and revision), `null` for a ruleset the registry does not
 * hold (a derived or a custom one, whose bands are not known here). A reference with an official id and a year or
 * revision that the registry does not have is refused: results of revision 1 are checked against revision 1.
 */
function officialRuleset(ref: RulesetRef, i: number): Ruleset | null {
  if (ref.derivedFrom !== null) return null;
  const revisions = listRulesets().filter((r) => r.id === ref.id);
  if (revisions.length === 0) return null;
  const listed = revisions.find((r) => r.year === ref.year && r.revision === ref.revision);
  if (!listed) {
    throw fail(
      'INVALID_INPUT',
      [i, 'ruleset'],
      RESULT_REVISION,
      { index: i, ruleset: ref.id, year: ref.year, revision: ref.revision, known: revisions },
    );
  }
  return getRuleset(listed.year, { revision: listed.revision });
}

/**
 * Refuses a result whose zone or grade contradicts its total: under the official ruleset it names, the total
 * must classify as it says; and across the list (one ruleset), a higher total never has a worse zone or grade,
 * and equal totals have the same.
 */
function checkClasses(items: readonly Item[]): void {
  // Each ruleset reference looked up once.
  const found = new Map<string, Ruleset | null>();
  items.forEach((item, i) => {
    const ref = item.ruleset;
    if (!ref) return;
    const key = `${ref.id}\n${ref.year}\n${ref.revision}\n${ref.derivedFrom}`;
    let official = found.get(key);
    if (official === undefined) found.set(key, (official = officialRuleset(ref, i)));
    if (!official) return;
    const expected = classify(official, display(item.total));
    for (const key of ['zone', 'category'] as const) {
      if (expected[key] !== item[key]) {
        throw fail(
          'INVALID_INPUT',
          [i, key],
          CLASS_CHANGED,
          {
            index: i,
            total: fixedText(item.total, item.digits),
            key,
            given: item[key],
            ruleset: official.id,
            expected: expected[key],
          },
        );
      }
    }
  });
  const order = items.map((_, i) => i).sort((a, b) => cmp(items[b]!.total, items[a]!.total));
  for (let k = 1; k < order.length; k++) {
    const higher = items[order[k - 1]!]!;
    const lower = items[order[k]!]!;
    const equal = cmp(higher.total, lower.total) === 0;
    for (const key of ['zone', 'category'] as const) {
      const rank = (item: Item): number =>
        key === 'zone' ? ZONES.indexOf(item.zone) : item.category === null ? -1 : CATEGORIES.indexOf(item.category);
      if (equal ? rank(higher) !== rank(lower) : rank(higher) > rank(lower)) {
        const [i, j] = [order[k - 1]!, order[k]!].sort((a, b) => a - b);
        throw fail(
          'INVALID_INPUT',
          [j!, key],
          CLASSES_CROSSED,
          {
            first: i!,
            second: j!,
            key,
            higher: fixedText(higher.total, higher.digits),
            higherClass: higher[key],
            equal,
            lower: fixedText(lower.total, lower.digits),
            lowerClass: lower[key],
          },
        );
      }
    }
  }
}

function checkOneYear(items: readonly Item[]): void {
  const first = items.findIndex((item) => item.ruleset !== null);
  const ref = items[first]?.ruleset;
  items.forEach((item, i) => {
    if (ref && item.ruleset && (item.ruleset.id !== ref.id || item.ruleset.revision !== ref.revision)) {
      throw fail(
        'INVALID_INPUT',
        [i, 'ruleset'],
        RULESETS_DIFFER,
        {
          first,
          firstRuleset: ref.id,
          firstRevision: ref.revision,
          second: i,
          secondRuleset: item.ruleset.id,
          secondRevision: item.ruleset.revision,
        },
      );
    }
    if ((item.category === null) !== (items[0]!.category === null)) {
      throw fail('INVALID_INPUT', [i, 'category'], GRADED_AND_NOT, { index: i });
    }
  });
}

/**
 * Decimals of a total: as written in a text ("88.00" → 2: an exact decimal would forget the trailing zeros); for a
 * number, those of its exact value (80 → 0, 1.5e-7 → 8: its text may be in exponent form).
 */
function decimals(raw: unknown, value: Rational): number {
  return decimalsOf(typeof raw === 'string' ? raw : display(value));
}
