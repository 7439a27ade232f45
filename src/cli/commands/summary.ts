/**
 * `ombuds-score summary`: the tally of one year, as the national reports give it (counts per zone and grade,
 * mean and median), from the library's `summarize`, with the highest and lowest body from its `rank`. Bodies
 * are read one at a time; only what the tally needs is kept.
 *
 * @module
 */
import { CATEGORIES, LIMITS, rank, summarize, ZONES, type Classification, type RankItem, type Ranked, type TieBreak } from '../../index.js';
import { DataError, type ProblemSink, type SourceLocation } from '../errors.js';
import type { CommandOutput } from '../format/output.js';
import { HEADERS, type Language } from '../messages.js';
import { located, type Evaluated } from './evaluate.js';
import { OneYear } from './one-year.js';

/** Bodies ranked at once to find the highest and lowest: small enough to stay cheap, large enough to be fast. */
const BATCH = 10_000;

/**
 * The summary of the evaluated bodies, as `group,key,value,id` rows. Problems go to `sink`; the caller checks it
 * before writing.
 *
 * @example
 * ```ts
 * const output = summaryOutput(evaluated, 'en', sink);
 * output.json; // { value: { year: 2022, count: 34, zones: { hijau: 16, … }, mean: '72.90', … } }
 * ```
 */
export function summaryOutput(
  evaluated: Iterable<Evaluated>,
  lang: Language,
  sink: ProblemSink,
  afterReading: () => void = () => {},
): CommandOutput {
  const year = new OneYear('summary', sink);
  type Tallied = Pick<Classification, 'total' | 'zone' | 'category'>;
  const tally: Tallied[] = [];
  // One ruleset: a total has one zone and grade, so equal totals share one object (a million bodies, at most
  // 10,001 objects).
  const shared = new Map<string, Tallied>();
  const extremes = new Extremes();
  let beyond: SourceLocation | null = null;
  for (const e of evaluated) {
    if (!year.accepts(e)) continue;
    if (tally.length === LIMITS.rankItems) beyond = e.body.at;
    const { total, zone, category, exact } = e.result;
    let tallied = shared.get(total);
    if (tallied === undefined) shared.set(total, (tallied = { total, zone, category }));
    tally.push(tallied);
    extremes.add(exact === undefined ? { id: e.body.id, total } : { id: e.body.id, total, exact }, e.ruleset.ranking.value.tieBreak);
  }
  const ruleset = year.ruleset;
  if (ruleset === null || sink.count > 0) return { columns: [], rows: () => [], json: { value: null } };
  shared.clear();
  afterReading();
  let summary;
  try {
    summary = summarize(tally as Classification[]);
  } catch (error) {
    // Over the library's limit: bad data (exit 1), said at the first body beyond it, never an internal error.
    throw new DataError([located(error, beyond)]);
  }
  const { highest, lowest } = extremes.result();
  const zones = ZONES.filter((zone) => ruleset.bands.some((band) => band.zone.value === zone));
  const H = HEADERS;
  const rows: string[][] = [
    [H.bodies[lang], H.count[lang], String(summary.count), ''],
    ...zones.map((zone) => [H.zone[lang], zone, String(summary.zones[zone]), '']),
    ...(summary.categories ? CATEGORIES.map((c) => [H.category[lang], c, String(summary.categories![c]), '']) : []),
    [H.total[lang], H.mean[lang], summary.mean ?? '', ''],
    [H.total[lang], H.median[lang], summary.median ?? '', ''],
    [H.total[lang], H.highest[lang], highest.total, highest.id],
    [H.total[lang], H.lowest[lang], lowest.total, lowest.id],
  ];
  return {
    heading: `${ruleset.name[lang]} ${ruleset.year} (${ruleset.id} rev. ${ruleset.revision})`,
    columns: [
      { title: H.group },
      { title: H.key },
      { title: H.value, align: 'right', kind: 'number' },
      { title: H.id },
    ],
    rows: () => rows,
    json: {
      value: {
        year: ruleset.year,
        ruleset: { id: ruleset.id, revision: ruleset.revision },
        count: summary.count,
        zones: Object.fromEntries(zones.map((zone) => [zone, summary.zones[zone]])),
        categories: summary.categories,
        mean: summary.mean,
        median: summary.median,
        highest: { id: highest.id, total: highest.total },
        lowest: { id: lowest.id, total: lowest.total },
      },
    },
  };
}

/**
 * The first and last body in rank order, found by the library's `rank` over batches: the order is total,
 * then (ruleset's tie-break) exact total and id, the same in any batch as in the whole.
 */
class Extremes {
  #batch: RankItem[] = [];
  #first: Ranked | null = null;
  #last: Ranked | null = null;
  #tieBreak: TieBreak = 'exact';

  add(item: RankItem, tieBreak: TieBreak): void {
    this.#tieBreak = tieBreak;
    this.#batch.push(item);
    if (this.#batch.length >= BATCH) this.#rankBatch();
  }

  result(): { highest: Ranked; lowest: Ranked } {
    this.#rankBatch();
    return { highest: this.#first!, lowest: this.#last! };
  }

  #rankBatch(): void {
    const items = this.#batch;
    this.#batch = [];
    for (const kept of [this.#first, this.#last]) {
      if (kept && !items.some((item) => item.id === kept.id)) items.push({ id: kept.id, total: kept.total, exact: kept.exact });
    }
    if (items.length === 0) return;
    const ranked = rank(items, { tieBreak: this.#tieBreak });
    this.#first = ranked[0]!;
    this.#last = ranked[ranked.length - 1]!;
  }
}
