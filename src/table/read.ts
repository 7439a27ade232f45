/**
 * From the bytes of one input to its bodies, one at a time: a workbook's sheet read as rows (`xlsx-read.ts`), a
 * text decoded (`decode.ts`) and read as CSV or JSON (the format from `--input`, else the name's extension, else
 * the first character); syntax errors become located data errors. No I/O: the caller hands the bytes in.
 *
 * @module
 */
import type { BodyRecord, ReadContext } from './body.js';
import { readCsvBodies } from './bodies.js';
import { csvRecords, CsvSyntaxError, detectDelimiter, type CsvDelimiter, type CsvRecord } from './csv.js';
import { TableError } from './errors.js';
import { readXlsx } from './xlsx-read.js';
import { decodeInput, type Encoding } from './decode.js';
import { readJsonBodies } from './json-bodies.js';
import { JsonSyntaxError, parsePositionedJson } from './json.js';
import { DataError } from './problems.js';
import { NO_CHOICES, T, type Choices, type Given } from './texts.js';

/** An input format. */
export type InputFormat = 'csv' | 'json' | 'xlsx';

/** How an input is read. */
export interface LoadOptions {
  /** `--input`; `null` decides by the file extension, else by the first character. */
  readonly input: InputFormat | null;
  /** `--delimiter`; `null` detects it from the CSV header line, only when that is unambiguous. */
  readonly delimiter: CsvDelimiter | null;
  /** `--encoding`; `null` is UTF-8 unless a byte-order mark says otherwise. */
  readonly encoding: Encoding | null;
  /** `--sheet`: the sheet of a workbook; `null` reads the first. */
  readonly sheet?: string | null;
}

/** One input: a text, decoded, or the rows of a workbook's sheet. */
export type Source =
  /** `pasted`: a text pasted into a page rather than read from a file (its messages say so). */
  | { readonly name: string; readonly text: string; readonly pasted?: boolean }
  | { readonly name: string; readonly rows: readonly CsvRecord[] };

/**
 * Reads the bytes of an input named `name`: a workbook (`.xlsx`, or bytes that open as a zip) into the rows of
 * its sheet, anything else decoded into text.
 *
 * @throws {@link DataError} for bytes that do not decode, or a workbook that cannot be read (with its place).
 *
 * @example
 * ```ts
 * (await sourceOf('kota.csv', new TextEncoder().encode('Nama,Nilai\n'), { input: null, delimiter: null, encoding: null })).name;
 * // 'kota.csv'
 * ```
 */
export async function sourceOf(
  name: string,
  bytes: Uint8Array,
  options: LoadOptions,
  choices: Pick<Choices, 'windows1252' | 'utf16'> = NO_CHOICES,
): Promise<Source> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (options.input === 'xlsx' || (options.input === null && (name.toLowerCase().endsWith('.xlsx') || zip))) {
    try {
      const sheet = await readXlsx(bytes, options.sheet ? { sheet: options.sheet } : {});
      const rows = sheet.rows.map((row) => row.cells.map((value, i) => ({ value, line: row.line, column: i + 1 })));
      return { name, rows };
    } catch (error) {
      if (error instanceof TableError) {
        throw DataError.at({ file: name, line: error.line ?? 1, column: error.column ?? 1 }, error.text);
      }
      throw error;
    }
  }
  return { name, text: decodeInput(bytes, name, options.encoding, choices) };
}

/**
 * The bodies of every source, in order, one at a time. Bad lines go to `context.sink`; once the last body is
 * read, the ids seen are forgotten (their memory then serves the sort or the tally).
 *
 * @throws {@link DataError} for a syntax error or an unusable header or document.
 *
 * @example
 * ```ts
 * const context = { options: { year: 2022, columns: {}, decimalComma: false }, sink: { add() {}, catch() {} }, ids: { add: () => null, clear() {} }, notices: [] } as never;
 * const sources = [{ name: 'kota.csv', text: 'Nama,Nilai\nMedan,81.43\n' }];
 * [...loadBodies(sources, { input: null, delimiter: null, encoding: null }, context)][0]!.id; // 'Medan'
 * ```
 */
export function* loadBodies(
  sources: readonly Source[],
  options: LoadOptions,
  context: ReadContext,
): Generator<BodyRecord> {
  for (const source of sources) {
    const { name } = source;
    try {
      if ('rows' in source)
        yield* readCsvBodies(withDecimalMark(source.rows, context.options.decimalComma), name, context, 'workbook');
      else yield* readText(source.text, name, options, context, source.pasted === true ? 'pasted' : 'file');
    } catch (error) {
      if (error instanceof CsvSyntaxError || error instanceof JsonSyntaxError) {
        throw DataError.at({ file: name, line: error.line, column: error.column }, error.text);
      }
      throw error;
    }
  }
  context.ids.clear();
}

/**
 * A workbook's numbers come as text with a point (`"90.02"`); with `--decimal-comma` every number of the run is
 * read with a comma, so they are handed on with one.
 */
function withDecimalMark(rows: readonly CsvRecord[], decimalComma: boolean): readonly CsvRecord[] {
  if (!decimalComma) return rows;
  const NUMBER = /^-?\d+\.\d+$/;
  return rows.map((row) =>
    row.map((cell) => (NUMBER.test(cell.value) ? { ...cell, value: cell.value.replace('.', ',') } : cell)),
  );
}

function readText(
  text: string,
  name: string,
  options: LoadOptions,
  context: ReadContext,
  given: Given,
): Iterable<BodyRecord> {
  const format = options.input ?? formatOf(name, text);
  if (format === 'json') {
    return readJsonBodies(parsePositionedJson(text, { decimalComma: context.options.decimalComma }), name, context);
  }
  const delimiter = options.delimiter ?? (name.toLowerCase().endsWith('.tsv') ? '\t' : detectDelimiter(text));
  if (delimiter === null)
    throw DataError.at(
      { file: name, line: 1, column: 1 },
      T.ambiguousDelimiter({ delimiter: context.choices.delimiter }),
    );
  return readCsvBodies(csvRecords(text, { delimiter }), name, context, given);
}

function formatOf(name: string, text: string): InputFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}
