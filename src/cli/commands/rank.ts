/**
 * `ombuds-score rank`: bodies in rank order, with the library's `rank` and the ruleset's ranking policy.
 *
 * @module
 */
import { LIMITS, rank, type Classification, type RankItem, type RankMethod, type Ruleset } from '../../index.js';
import { DataError, type ProblemSink, type SourceLocation } from '../errors.js';
import type { CommandOutput } from '../format/output.js';
import { HEADERS, type Language } from '../messages.js';
import { located, type Evaluated } from './evaluate.js';
import { OneYear } from './one-year.js';
import type { Extra } from '../../table/body.js';
import { ExtraHeaders, extraCells, extraJson } from '../format/extra.js';

/** What `rank` keeps of a body's result: no more than its output needs, so that a million bodies fit. */
type Kept = Pick<Classification, 'category' | 'zone' | 'label' | 'opinion'>;

/**
 * `ombuds-score rank`: every body of one year, ranked with the library's `rank` (`method` or the ruleset's,
 * ties broken as the ruleset says) on its total and its exact total. Problems go to `sink`; the caller checks
 * it before writing.
 *
 * @throws {@link DataError} when the library refuses the ranking.
 *
 * @example
 * ```ts
 * const output = rankOutput(evaluated, null, 'en', sink);
 * sink.check();
 * [...output.rows()][0]; // ['1', 'Deli Serdang', '91.99', '91.99', 'A', 'hijau', 'Highest quality']
 * ```
 */
export function rankOutput(
  evaluated: Iterable<Evaluated>,
  method: RankMethod | null,
  lang: Language,
  sink: ProblemSink,
  afterReading: () => void = () => {},
): CommandOutput {
  const year = new OneYear('rank', sink);
  const items: RankItem[] = [];
  const entries = new Map<string, Kept>();
  const extras = new Map<string, Extra>();
  const extra = new ExtraHeaders();
  // One ruleset: bodies with the same total and opinion share one kept result.
  const shared = new Map<string, Kept>();
  let beyond: SourceLocation | null = null;
  for (const e of evaluated) {
    if (!year.accepts(e)) continue;
    if (items.length === LIMITS.rankItems) beyond = e.body.at;
    const { category, zone, label, opinion, total, exact } = e.result;
    items.push(exact === undefined ? { id: e.body.id, total } : { id: e.body.id, total, exact });
    const key = `${total}\u0000${opinion?.en ?? ''}`;
    let kept = shared.get(key);
    if (kept === undefined) shared.set(key, (kept = { category, zone, label, opinion }));
    entries.set(e.body.id, kept);
    if (e.body.extra) {
      extras.set(e.body.id, e.body.extra);
      extra.add(e.body.extra);
    }
  }
  const ruleset = year.ruleset;
  if (ruleset === null || sink.count > 0) return empty();
  shared.clear();
  afterReading();
  const chosen = method ?? ruleset.ranking.value.method;
  let ranked;
  try {
    ranked = rank(items, { method: chosen, tieBreak: ruleset.ranking.value.tieBreak });
  } catch (error) {
    throw new DataError([located(error, beyond)]);
  }
  items.length = 0;
  return {
    heading: heading(ruleset, chosen, lang),
    columns: [
      { title: HEADERS.rank, align: 'right', kind: 'number' },
      { title: HEADERS.id },
      { title: HEADERS.total, align: 'right', kind: 'number' },
      { title: HEADERS.exact, align: 'right', kind: 'number' },
      { title: HEADERS.category },
      { title: HEADERS.zone },
      { title: HEADERS.label },
      ...extra.columns(),
    ],
    *rows() {
      for (const r of ranked) {
        const result = entries.get(r.id)!;
        yield [
          String(r.rank),
          r.id,
          r.total,
          r.exact,
          result.category ?? '',
          result.zone,
          result.label[lang],
          ...extraCells(extras.get(r.id), extra.list),
        ];
      }
    },
    json: {
      *list() {
        for (const r of ranked) {
          const result = entries.get(r.id)!;
          yield { rank: r.rank, id: r.id, total: r.total, exact: r.exact, ...result, ...extraJson(extras.get(r.id)) };
        }
      },
    },
  };
}

function heading(ruleset: Ruleset, method: RankMethod, lang: Language): string {
  return `${ruleset.name[lang]} ${ruleset.year} (${ruleset.id} rev. ${ruleset.revision}); ${HEADERS.ranking[lang]}: ${method}`;
}

function empty(): CommandOutput {
  return { columns: [], rows: () => [], json: { value: null } };
}
