/**
 * Reads the input files (or standard input) of a CLI run: their bytes into text (see `decode.ts`), then, one
 * body at a time, CSV or JSON into bodies; syntax errors become located data errors.
 *
 * @module
 */
import { detectDelimiter } from '../csv/detect.js';
import { csvRecords, CsvSyntaxError, type CsvDelimiter } from '../csv/parse.js';
import { DataError } from '../errors.js';
import type { CliIo } from '../io.js';
import { M } from '../messages.js';
import type { BodyRecord, ReadContext } from './body.js';
import { decodeInput, type Encoding } from './decode.js';
import { JsonSyntaxError, parsePositionedJson } from './json.js';
import { readCsvBodies } from './read-csv.js';
import { readJsonBodies } from './read-json.js';

/** An input format. */
export type InputFormat = 'csv' | 'json';

/** How the inputs are read. */
export interface LoadOptions {
  /** `--input`; `null` decides by the file extension, and for standard input by the first character. */
  readonly input: InputFormat | null;
  /** `--delimiter`; `null` detects it from the CSV header line, only when that is unambiguous. */
  readonly delimiter: CsvDelimiter | null;
  /** `--encoding`; `null` is UTF-8 unless a byte-order mark says otherwise. */
  readonly encoding: Encoding | null;
}

/** One input, decoded. */
export interface Source {
  /** The file name, or `<stdin>`. */
  readonly name: string;
  readonly text: string;
}

/**
 * The name standard input has in messages.
 *
 * @example
 * ```ts
 * // <stdin>:2:12: "600" is outside 0–100; give a value in that range.
 * ```
 */
export const STDIN_NAME = '<stdin>';

/**
 * Reads and decodes every input (`-` or none at all is standard input), in order.
 *
 * @throws {@link DataError} for an unreadable file or bytes that do not decode.
 *
 * @example
 * ```ts
 * const sources = await readSources(['kota.csv'], processIo(), { input: null, delimiter: null, encoding: null });
 * ```
 */
export async function readSources(files: readonly string[], io: CliIo, options: LoadOptions): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files.length === 0 ? ['-'] : files) {
    const name = file === '-' ? STDIN_NAME : file;
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      throw DataError.at(null, M.cannotRead(name, error instanceof Error ? error.message : String(error)));
    }
    sources.push({ name, text: decodeInput(bytes, name, options.encoding) });
  }
  return sources;
}

/**
 * The bodies of every source, in order, one at a time. Bad lines go to `context.sink`; once the last body is
 * read, the ids seen are forgotten (their memory then serves the sort or the tally).
 *
 * @throws {@link DataError} for a syntax error or an unusable header or document.
 *
 * @example
 * ```ts
 * for (const body of loadBodies(sources, options, context)) body.id;
 * ```
 */
export function* loadBodies(sources: readonly Source[], options: LoadOptions, context: ReadContext): Generator<BodyRecord> {
  for (const { name, text } of sources) {
    try {
      yield* readText(text, name, options, context);
    } catch (error) {
      if (error instanceof CsvSyntaxError || error instanceof JsonSyntaxError) {
        throw DataError.at({ file: name, line: error.line, column: error.column }, error.text);
      }
      throw error;
    }
  }
  context.ids.clear();
}

function readText(text: string, name: string, options: LoadOptions, context: ReadContext): Iterable<BodyRecord> {
  const format = options.input ?? formatOf(name, text);
  if (format === 'json') {
    return readJsonBodies(parsePositionedJson(text, { decimalComma: context.options.decimalComma }), name, context);
  }
  const delimiter = options.delimiter ?? (name.toLowerCase().endsWith('.tsv') ? '\t' : detectDelimiter(text));
  if (delimiter === null) throw DataError.at({ file: name, line: 1, column: 1 }, M.ambiguousDelimiter);
  return readCsvBodies(csvRecords(text, { delimiter }), name, context);
}

function formatOf(name: string, text: string): InputFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}
