/**
 * From the bytes of one input to its bodies, one at a time: decoded (see `decode.ts`), then read as CSV or JSON
 * (the format from `format`, else the name's extension, else the first character); syntax errors become located
 * data errors. No I/O: the caller hands the bytes in.
 *
 * @module
 */
import type { BodyRecord, ReadContext } from './body.js';
import { readCsvBodies } from './bodies.js';
import { csvRecords, CsvSyntaxError, detectDelimiter, type CsvDelimiter } from './csv.js';
import { decodeInput, type Encoding } from './decode.js';
import { readJsonBodies } from './json-bodies.js';
import { JsonSyntaxError, parsePositionedJson } from './json.js';
import { DataError } from './problems.js';
import { T } from './texts.js';

/** A text input format. */
export type InputFormat = 'csv' | 'json';

/** How an input is read. */
export interface LoadOptions {
  /** `--input`; `null` decides by the file extension, else by the first character. */
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
 * Decodes the bytes of an input named `name`.
 *
 * @throws {@link DataError} for bytes that do not decode.
 *
 * @example
 * ```ts
 * sourceOf('kota.csv', new TextEncoder().encode('Nama,Nilai\n'), { input: null, delimiter: null, encoding: null }).text;
 * // 'Nama,Nilai\n'
 * ```
 */
export function sourceOf(name: string, bytes: Uint8Array, options: LoadOptions): Source {
  return { name, text: decodeInput(bytes, name, options.encoding) };
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
  if (delimiter === null) throw DataError.at({ file: name, line: 1, column: 1 }, T.ambiguousDelimiter);
  return readCsvBodies(csvRecords(text, { delimiter }), name, context);
}

function formatOf(name: string, text: string): InputFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}
