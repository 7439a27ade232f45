/**
 * The work of the province table, from the pasted text to the ranking: read (table.ts), score every row and rank
 * (engine.ts). It is a generator that yields its progress between steps of a few hundred rows, so the same code
 * runs to the end at once (a small table), in a Web Worker (table-worker.ts) or in slices on the main thread
 * (table-runner.ts chooses). No DOM here: what it returns is plain data, in both languages, that a worker can post.
 */
import { errorText, rankRows, rulesetOf, scoreRows, ScoringError, type Classification, type Summary } from './engine.js';
import { formatCount } from './format.js';
import { WORDS, type Lang } from './i18n.js';
import { fallbackMessage } from './messages.js';
import { readTable, type TableProblem } from './table.js';

/** The largest table read, in characters (about 400,000 rows): checked before reading. */
export const TABLE_MAX_CHARS = 20_000_000;

/** Rows scored between two reports of progress. */
const STEP = 500;

/** What to work on: the table's text and the rules, named by year and revision (a worker cannot receive a ruleset). */
export interface TableRequest {
  readonly table: string;
  readonly year: number;
  readonly revision: number;
}

/** How far the work is: reading, scoring `done` of `total` rows, or ranking. */
export interface TableProgress {
  readonly phase: 'read' | 'score' | 'rank';
  readonly done: number;
  readonly total: number;
}

/** One ranked row as shown (and exported). */
export interface RankedRow {
  readonly rank: number;
  readonly id: string;
  readonly result: Classification & { exact?: string; assumptions?: readonly string[] };
}

/** The ranking, the tallies, and every problem in both languages. */
export interface TableOutcome {
  readonly problems: readonly TableProblem[];
  readonly ranked: readonly RankedRow[];
  readonly summary: Summary | null;
}

const LANGS: readonly Lang[] = ['id', 'en'];

/** Reads, scores and ranks the table, yielding progress between steps. */
export function* tableJob(request: TableRequest): Generator<TableProgress, TableOutcome, void> {
  if (request.table.length > TABLE_MAX_CHARS) {
    const [id, en] = LANGS.map((lang) =>
      WORDS[lang].tableTooLarge(formatCount(request.table.length, lang), formatCount(TABLE_MAX_CHARS, lang)),
    );
    return { problems: [{ line: null, text: { id: id!, en: en! } }], ranked: [], summary: null };
  }
  const rules = rulesetOf(request.year, request.revision);
  yield { phase: 'read', done: 0, total: 0 };
  const { rows, problems } = readTable(request.table);
  const all = [...problems];
  const scored: { id: string; result: RankedRow['result'] }[] = [];
  for (let start = 0; start < rows.length; start += STEP) {
    yield { phase: 'score', done: start, total: rows.length };
    for (const outcome of scoreRows(rules, rows.slice(start, start + STEP))) {
      if (outcome.ok) scored.push({ id: outcome.id, result: outcome.result });
      else {
        const say = (lang: Lang) => `${outcome.id}: ${errorText(outcome.error, lang, fallbackMessage(outcome.error, rules, lang))}`;
        all.push({ line: outcome.line, text: { id: say('id'), en: say('en') } });
      }
    }
  }
  if (scored.length === 0) return { problems: all, ranked: [], summary: null };
  yield { phase: 'rank', done: rows.length, total: rows.length };
  try {
    const ranking = rankRows(
      scored.map((o) => ({ id: o.id, total: o.result.total, ...(o.result.exact === undefined ? {} : { exact: o.result.exact }) })),
      scored.map((o) => o.result),
    );
    const byId = new Map(scored.map((o) => [o.id, o.result]));
    const ranked = ranking.ranked.map((r) => ({ rank: r.rank, id: r.id, result: byId.get(r.id)! }));
    return { problems: all, ranked, summary: ranking.summary };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    const say = (lang: Lang) => errorText(error, lang, WORDS[lang].errorDuplicate);
    return { problems: [...all, { line: null, text: { id: say('id'), en: say('en') } }], ranked: [], summary: null };
  }
}
