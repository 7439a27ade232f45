/**
 * An RFC 4180 CSV reader that remembers where every field starts, so that the CLI can name the line and
 * column of a bad value.
 *
 * Accepted beyond the letter of RFC 4180 (as every spreadsheet writes them): LF and lone CR line ends as well
 * as CRLF, a UTF-8 byte-order mark (skipped), a last record without a line end, and `;` or tab as the
 * delimiter (Indonesian spreadsheets export with `;` because the comma is their decimal mark). Refused, with
 * the position: a quote inside an unquoted field, text after a closing quote, a quoted field never closed.
 *
 * @module
 */

/** A field and the 1-based line and column of its first character (the opening quote when quoted). */
export interface CsvField {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** One record: its fields in order. */
export type CsvRecord = readonly CsvField[];

import { T, type Text } from './texts.js';

/** A delimiter the reader accepts. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Options of {@link parseCsv}. */
export interface CsvOptions {
  /** Default `,`. */
  readonly delimiter?: CsvDelimiter;
}

/**
 * A malformed CSV text, with the 1-based line and column of the problem.
 *
 * @example
 * ```ts
 * try { parseCsv('a,"b'); } catch (e) { if (e instanceof CsvSyntaxError) e.column; } // 3
 * ```
 */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly text: Text;

  constructor(text: Text, line: number, column: number) {
    super(text.en);
    this.text = text;
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.column = column;
  }
}

const QUOTE = '"';

/**
 * Reads a CSV text into records of positioned fields. Blank lines are kept as records with one empty field;
 * the caller decides what they mean. A line end at the very end of the text does not open a record.
 *
 * @throws {@link CsvSyntaxError} for a malformed text.
 *
 * @example
 * ```ts
 * parseCsv('id,total\r\n"Medan, Kota",81.43\n').map((r) => r.map((f) => f.value));
 * // [['id', 'total'], ['Medan, Kota', '81.43']]
 * ```
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  return [...csvRecords(text, options)];
}

/**
 * Like {@link parseCsv}, one record at a time: a file of a million lines is never held as records.
 *
 * @throws {@link CsvSyntaxError} for a malformed text, when the reading reaches it.
 *
 * @example
 * ```ts
 * for (const record of csvRecords('id,total\nMedan,81.43\n')) record.length; // 2
 * ```
 */
export function* csvRecords(text: string, options: CsvOptions = {}): Generator<CsvRecord> {
  const delimiter = options.delimiter ?? ',';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let record: CsvField[] = [];
  const end = text.length;

  const newline = (at: number): number => {
    // Returns the index after a line end at `at`, or -1 when there is none.
    const c = text[at];
    if (c === '\n') return at + 1;
    if (c === '\r') return text[at + 1] === '\n' ? at + 2 : at + 1;
    return -1;
  };

  while (i < end) {
    const fieldLine = line;
    const fieldColumn = i - lineStart + 1;
    let value: string;
    if (text[i] === QUOTE) {
      // Whole runs up to the next quote at once (indexOf and slice), not a character at a time: quoted fields
      // read about as fast as unquoted ones (issue 21, item 12; bench/csv-quoting.ts).
      let j = i + 1;
      let buffer = '';
      for (;;) {
        const quote = text.indexOf(QUOTE, j);
        if (quote < 0) throw new CsvSyntaxError(T.unclosedQuote, fieldLine, fieldColumn);
        for (let k = j; k < quote; k++) {
          const c = text.charCodeAt(k);
          if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
            line++;
            lineStart = k + 1;
          }
        }
        buffer += text.slice(j, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          buffer += QUOTE;
          j = quote + 2;
          continue;
        }
        j = quote + 1;
        break;
      }
      if (j < end && text[j] !== delimiter && newline(j) < 0) {
        throw new CsvSyntaxError(T.afterClosingQuote({ found: text[j]! }), line, j - lineStart + 1);
      }
      value = buffer;
      i = j;
    } else {
      let j = i;
      while (j < end && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') {
        if (text[j] === QUOTE) {
          throw new CsvSyntaxError(T.quoteInUnquoted, line, j - lineStart + 1);
        }
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    record.push({ value, line: fieldLine, column: fieldColumn });
    if (i >= end) break;
    if (text[i] === delimiter) {
      i++;
      if (i >= end) record.push({ value: '', line, column: i - lineStart + 1 });
      continue;
    }
    const after = newline(i);
    yield record;
    record = [];
    line++;
    lineStart = after;
    i = after;
  }
  if (record.length > 0) yield record;
}

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * Reads the header line (outside quotes) of a CSV text: the one of `,` `;` and tab that it holds, `,` when it
 * holds none (a one-column file), and `null` when it holds more than one, which is ambiguous: the caller must
 * then ask for an explicit delimiter. Data lines are never looked at: "90,02" there is a decimal comma, not a
 * delimiter.
 *
 * @example
 * ```ts
 * detectDelimiter('id;competency;standards\nx;90,02;80\n'); // ';'
 * detectDelimiter('id,total\n'); // ','
 * detectDelimiter('id\ttotal\n'); // '\t'
 * detectDelimiter('"a,b";c\n'); // ';'
 * detectDelimiter('a,b;c\n'); // null
 * ```
 */
export function detectDelimiter(text: string): CsvDelimiter | null {
  const seen = new Set<CsvDelimiter>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (CANDIDATES as readonly string[]).includes(c)) seen.add(c as CsvDelimiter);
  }
  if (seen.size > 1) return null;
  return seen.values().next().value ?? ',';
}
