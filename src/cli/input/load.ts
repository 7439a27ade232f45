/**
 * Reads the input files (or standard input) of a CLI run into bodies: picks CSV or JSON, the CSV delimiter,
 * and turns syntax errors into located data errors.
 *
 * @module
 */
import { detectDelimiter } from '../csv/detect.js';
import { CsvSyntaxError, parseCsv, type CsvDelimiter } from '../csv/parse.js';
import { DataError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { BodyRecord, ReadOptions } from './body.js';
import { JsonSyntaxError, parsePositionedJson } from './json.js';
import { readCsvBodies } from './read-csv.js';
import { readJsonBodies } from './read-json.js';

/** An input format. */
export type InputFormat = 'csv' | 'json';

/** Options of {@link loadBodies}. */
export interface LoadOptions extends ReadOptions {
  /** `--input`; `null` decides by the file extension, and for standard input by the first character. */
  readonly input: InputFormat | null;
  /** `--delimiter`; `null` detects it from the CSV header line, only when that is unambiguous. */
  readonly delimiter: CsvDelimiter | null;
}

/**
 * The name standard input has in messages.
 *
 * @example
 * ```ts
 * // <stdin>:2:12: Expected a value from 0 to 100, got "600".
 * ```
 */
export const STDIN_NAME = '<stdin>';

/**
 * Reads every input (`-` or none at all is standard input) into bodies, in order.
 *
 * @throws {@link DataError} for unreadable files and bad data, naming the file, line and column.
 *
 * @example
 * ```ts
 * const bodies = await loadBodies(['kota.csv'], processIo(), options);
 * ```
 */
export async function loadBodies(files: readonly string[], io: CliIo, options: LoadOptions): Promise<BodyRecord[]> {
  let bodies: BodyRecord[] = [];
  for (const file of files.length === 0 ? ['-'] : files) {
    const name = file === '-' ? STDIN_NAME : file;
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw DataError.at(null, `${name}: cannot read the file (${reason}).`);
    }
    // concat, not push(...spread): a spread of 200,000 bodies overflows the call stack.
    bodies = bodies.concat(readText(text, name, options));
  }
  return bodies;
}

function readText(text: string, name: string, options: LoadOptions): BodyRecord[] {
  const format = options.input ?? formatOf(name, text);
  try {
    if (format === 'json') {
      return readJsonBodies(parsePositionedJson(text, { decimalComma: options.decimalComma }), name, options);
    }
    const delimiter = options.delimiter ?? (name.toLowerCase().endsWith('.tsv') ? '\t' : detectDelimiter(text));
    if (delimiter === null) {
      throw DataError.at(
        { file: name, line: 1, column: 1 },
        'The header line holds more than one of ",", ";" and tab, so the delimiter is ambiguous; pass --delimiter ",", ";" or tab.',
      );
    }
    return readCsvBodies(parseCsv(text, { delimiter }), name, options);
  } catch (error) {
    if (error instanceof CsvSyntaxError || error instanceof JsonSyntaxError) {
      throw DataError.at({ file: name, line: error.line, column: error.column }, error.message);
    }
    throw error;
  }
}

function formatOf(name: string, text: string): InputFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}
