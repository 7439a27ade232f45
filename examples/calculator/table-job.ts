/**
 * The work of the province table, from a pasted text or an opened file to the ranking. Reading is the library's
 * table module (src/table: decoding with the CLI's detection, .xlsx, CSV/TSV/JSON, header aliases, ids,
 * duplicates), scoring and ranking the library's (engine.ts); the page keeps no reader of its own. The work is a
 * generator that yields its progress between steps of a few hundred rows, so the same code runs to the end at
 * once (a small table), in a Web Worker (table-worker.ts) or in slices on the main thread (table-runner.ts
 * chooses). An opened file is first made ready: in the worker by table-prepare.ts (decoded, or a workbook's
 * sheet read: the workbook library lives only in the worker's bundle), on the main thread by `prepareOnPage`
 * (decoded; a workbook refused, asking for CSV). No DOM here: what it returns is plain data, in both languages,
 * that a worker can post.
 */
import type { BodyRecord, ReadContext } from '../../src/table/body.js';
import { cellText } from '../../src/table/cell-text.js';
import type { Encoding } from '../../src/table/decode.js';
import { IdRegistry } from '../../src/table/ids.js';
import { DataError, ProblemSink, type DataProblem } from '../../src/table/problems.js';
import type { Choices } from '../../src/table/texts.js';
import { decodeInput } from '../../src/table/decode.js';
import { loadBodies, type Source } from '../../src/table/read.js';
import {
  errorText,
  rankRows,
  rulesetOf,
  scoreRecords,
  ScoringError,
  type AuditFinding,
  type Classification,
  type Summary,
  type Text,
} from './engine.js';
import { formatCount } from './format.js';
import { WORDS, type Lang } from './i18n.js';
import { fallbackMessage } from './messages.js';

/** The largest table read, in characters or bytes (about 400,000 rows): checked before reading. */
export const TABLE_MAX_CHARS = 20_000_000;

/** Rows read or scored between two reports of progress. */
const STEP = 500;

/** Problems listed one by one; the others are counted. */
const SHOWN_PROBLEMS = 200;

/** The name a pasted table goes by in messages. */
const PASTED = 'tabel';

/** What the table is: pasted text, or an opened file (CSV, TSV, JSON or .xlsx) with the encoding chosen for it. */
export type TableSource =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly encoding: Encoding | null;
      /** The sheet of a workbook; `null` reads the first. */
      readonly sheet: string | null;
    };

/**
 * What to work on: the table, the rules, named by year and revision (a worker cannot receive a ruleset), and the
 * decimal separator chosen for the table's numbers (never guessed: RULEBOOK §6).
 */
export interface TableRequest {
  readonly source: TableSource;
  readonly year: number;
  readonly revision: number;
  /** The table writes "90,02": read with the library's `decimalComma`. */
  readonly decimalComma: boolean;
}

/** A table made ready to read: the table module's source (text, or the rows of a workbook's sheet); or why not. */
export type Prepared =
  | { readonly kind: 'source'; readonly source: Source; readonly sheets: readonly string[] }
  | { readonly kind: 'refused'; readonly problem: TableProblem; readonly sheets: readonly string[] };

/** How far the work is: reading (`done` rows so far), scoring `done` of `total` rows, or ranking. */
export interface TableProgress {
  readonly phase: 'read' | 'score' | 'rank';
  readonly done: number;
  readonly total: number;
}

/** A problem of the table in both languages, with its 1-based line when it has one. */
export interface TableProblem {
  readonly line: number | null;
  readonly text: Text;
}

/** One ranked row as shown (and exported). */
export interface RankedRow {
  readonly rank: number;
  readonly id: string;
  readonly result: Classification & { exact?: string; assumptions?: readonly string[] };
  /** The cells of the row's other columns (No, Keterangan, …), carried to the exports unchanged. */
  readonly extra?: readonly string[];
}

/** A row whose printed total, grade or zone does not follow from its parts, with its line. */
export interface AuditLine {
  readonly line: number;
  readonly finding: AuditFinding;
}

/** The ranking, the tallies, the audit of printed values, and every problem and notice in both languages. */
export interface TableOutcome {
  readonly problems: readonly TableProblem[];
  /** Remarks about the whole table, shown once (title rows skipped, footer rows left out). */
  readonly notices: readonly TableProblem[];
  /** Rows that print values beside their parts which do not follow from them (they are ranked by their parts). */
  readonly audit: readonly AuditLine[];
  /** How many rows print values beside their parts (0: there is nothing to audit). */
  readonly audited: number;
  /** The names of the other columns, whose cells each row carries in `extra`. */
  readonly extraHeaders: readonly string[];
  /** The sheets of an opened workbook (empty for any other table). */
  readonly sheets: readonly string[];
  readonly ranked: readonly RankedRow[];
  readonly summary: Summary | null;
}

const EMPTY: TableOutcome = {
  problems: [],
  notices: [],
  audit: [],
  audited: 0,
  extraHeaders: [],
  sheets: [],
  ranked: [],
  summary: null,
};
const both = (say: (lang: Lang) => string): Text => ({ id: say('id'), en: say('en') });

/**
 * The page's controls as the table module names them in its problems ("use “Windows-1252” in File encoding"). The
 * page has no control for the delimiter, the year of a row, similar ids or a column's name: for those the problems
 * say what to change in the table.
 */
export const PAGE_CHOICES: Choices = {
  windows1252: both((lang) => WORDS[lang].choiceWindows1252),
  utf16: both((lang) => WORDS[lang].choiceUtf16),
  decimalComma: both((lang) => WORDS[lang].choiceDecimalComma),
  delimiter: null,
  year: null,
  keepSimilarIds: null,
  sheet: both((lang) => WORDS[lang].choiceSheet),
  column: null,
};
const tooLarge = (size: number): TableProblem => ({
  line: null,
  text: both((lang) =>
    WORDS[lang].tableTooLarge({ size: formatCount(size, lang), max: formatCount(TABLE_MAX_CHARS, lang) }),
  ),
});

/** Makes pasted text ready (at once: there is nothing to decode). */
export function prepareText(text: string): Prepared {
  return text.length > TABLE_MAX_CHARS
    ? { kind: 'refused', problem: tooLarge(text.length), sheets: [] }
    : { kind: 'source', source: { name: PASTED, text, pasted: true }, sheets: [] };
}

/** Whether an opened file is a workbook, as the table module decides it (`sourceOf`): its name, or a zip's bytes. */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip || name.toLowerCase().endsWith('.xlsx');
}

/** A file too large to read: refused before any work. */
export function refusedAsTooLarge(size: number): Prepared {
  return { kind: 'refused', problem: tooLarge(size), sheets: [] };
}

/** A problem of the table module (a `DataError`) as the page shows it, or the error again when it is another. */
export function refusedBy(error: unknown, sheets: readonly string[]): Prepared {
  if (error instanceof DataError) return { kind: 'refused', problem: pageProblem(error.problems[0]!), sheets };
  throw error;
}

/**
 * Makes a table ready on the main thread, where there is no worker: pasted text as it is; a file decoded as the
 * CLI decodes it (UTF-8 unless a byte-order mark or the chosen encoding says otherwise; bytes that are not UTF-8
 * are refused naming the choice, never shown as `�`). A workbook is refused, asking for it saved as CSV: the
 * workbook library is only in the worker's bundle.
 */
export function prepareOnPage(source: TableSource): Prepared {
  if (source.kind === 'text') return prepareText(source.text);
  if (source.bytes.length > TABLE_MAX_CHARS) return refusedAsTooLarge(source.bytes.length);
  if (isWorkbook(source.name, source.bytes)) {
    return {
      kind: 'refused',
      problem: { line: null, text: both((lang) => WORDS[lang].workbookNeedsWorker({ name: source.name })) },
      sheets: [],
    };
  }
  try {
    return {
      kind: 'source',
      source: { name: source.name, text: decodeInput(source.bytes, source.name, source.encoding, PAGE_CHOICES) },
      sheets: [],
    };
  } catch (error) {
    return refusedBy(error, []);
  }
}

/**
 * Reads, scores and ranks a prepared table under the rules, yielding progress between steps. `decimalComma` is the
 * separator chosen on the page: a table written with the other one is said once for the whole table (the table
 * module's notice for decimal commas read without the option; the page's own for points read with it), and its
 * rows are not scored.
 */
export function* tableJob(
  prepared: Prepared,
  year: number,
  revision: number,
  decimalComma: boolean,
): Generator<TableProgress, TableOutcome, void> {
  if (prepared.kind === 'refused') return { ...EMPTY, problems: [prepared.problem], sheets: prepared.sheets };
  const rules = rulesetOf(year, revision);
  const context: ReadContext = {
    options: { year: rules.year, columns: {}, decimalComma },
    sink: new ProblemSink(SHOWN_PROBLEMS),
    ids: new IdRegistry(false),
    notices: [],
    choices: PAGE_CHOICES,
  };
  yield { phase: 'read', done: 0, total: 0 };
  const bodies: BodyRecord[] = [];
  try {
    for (const body of loadBodies([prepared.source], { input: null, delimiter: null, encoding: null }, context)) {
      bodies.push(body);
      if (bodies.length % STEP === 0) yield { phase: 'read', done: bodies.length, total: 0 };
    }
  } catch (error) {
    context.sink.catch(error);
  }
  const problems: TableProblem[] = context.sink.kept.map(pageProblem);
  // A notice names its lines itself ("catatan: 3 baris judul … dilewati (baris 1–3)"): shown as a sentence.
  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const notices: TableProblem[] = context.notices.map((notice) => ({
    line: null,
    text: { id: sentence(notice.text.id), en: sentence(notice.text.en) },
  }));
  const scored: { id: string; result: RankedRow['result'] }[] = [];
  const extras = new Map<string, readonly string[]>();
  const extraHeaders = bodies.find((body) => body.extra !== undefined)?.extra?.headers ?? [];
  for (const body of bodies) if (body.extra) extras.set(body.id, body.extra.values);
  const audit: AuditLine[] = [];
  const audited = bodies.filter((body) => body.printed?.kind === 'parts').length;
  // Rows that write a point while decimal commas are chosen: counted, and said once after the rows.
  let points: { line: number; value: string; count: number } | null = null;
  for (let start = 0; start < bodies.length; start += STEP) {
    yield { phase: 'score', done: start, total: bodies.length };
    const chunk = bodies.slice(start, start + STEP);
    for (const [index, outcome] of scoreRecords(rules, chunk, decimalComma).entries()) {
      if (outcome.ok) {
        scored.push({ id: outcome.id, result: outcome.result });
        if (outcome.finding) audit.push({ line: outcome.line, finding: outcome.finding });
      } else if ('error' in outcome && outcome.error.reason === 'decimal-point') {
        points ??= { line: outcome.line, value: cellText(chunk[index]!, outcome.error.path) ?? '', count: 0 };
        points.count++;
      } else if (problems.length < SHOWN_PROBLEMS) {
        const say =
          'error' in outcome
            ? // Every problem of the row (error.issues) in one line; the first in the page's words where the library has none.
              (lang: Lang) =>
                `${outcome.id}: ${[
                  errorText(outcome.error, lang, fallbackMessage(outcome.error, rules, lang)),
                  ...outcome.error.issues.slice(1).map((issue) => issue.text[lang]),
                ].join(' ')}`
            : (lang: Lang) => `${outcome.id}: ${outcome.exactNotTotal[lang]} ${WORDS[lang].notRanked}`;
        problems.push({ line: outcome.line, text: both(say) });
      }
    }
  }
  if (points !== null) {
    const { line, value, count } = points;
    problems.unshift({ line, text: both((lang) => WORDS[lang].decimalPointTable({ value, more: count - 1 })) });
  }
  const failed = context.sink.count + bodies.length - scored.length - (points === null ? 0 : points.count - 1);
  if (failed > problems.length)
    problems.push({
      line: null,
      text: both((lang) => WORDS[lang].moreProblems({ count: formatCount(failed - problems.length, lang) })),
    });
  if (scored.length === 0)
    return { ...EMPTY, problems, notices, audit, audited, extraHeaders, sheets: prepared.sheets };
  yield { phase: 'rank', done: bodies.length, total: bodies.length };
  try {
    const ranking = rankRows(
      scored.map((o) => ({
        id: o.id,
        total: o.result.total,
        ...(o.result.exact === undefined ? {} : { exact: o.result.exact }),
      })),
      scored.map((o) => o.result),
    );
    const byId = new Map(scored.map((o) => [o.id, o.result]));
    const ranked = ranking.ranked.map((r) => {
      const extra = extras.get(r.id);
      return { rank: r.rank, id: r.id, result: byId.get(r.id)!, ...(extra === undefined ? {} : { extra }) };
    });
    return {
      problems,
      notices,
      audit,
      audited,
      extraHeaders,
      sheets: prepared.sheets,
      ranked,
      summary: ranking.summary,
    };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    const duplicate = { line: null, text: both((lang) => errorText(error, lang, WORDS[lang].errorDuplicate)) };
    return {
      ...EMPTY,
      problems: [...problems, duplicate],
      notices,
      audit,
      audited,
      extraHeaders,
      sheets: prepared.sheets,
    };
  }
}

/** A problem of the table module as the page shows it: its line and its text (in the page's words for its controls). */
function pageProblem(problem: DataProblem): TableProblem {
  return { line: problem.at?.line ?? null, text: problem.text };
}
