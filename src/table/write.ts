/**
 * The RFC 4180 CSV writer of the CLI's `--format csv`, safe to open in a spreadsheet.
 *
 * @module
 */
import type { CsvDelimiter } from './csv.js';

/** What a cell holds: text (neutralised against formulas) or a number (never altered). */
export type CellKind = 'text' | 'number';

/**
 * Writes one record as a CSV line: a field is quoted when it holds the delimiter, a quote, a CR or a LF, and
 * its quotes are doubled; the line ends with CRLF, as RFC 4180 says. A text cell that starts with `=`, `+`,
 * `-`, `@`, tab or CR is prefixed with `'`, as OWASP recommends against CSV injection, so that a spreadsheet
 * shows it instead of running it. Number cells are written as they are (a negative number stays negative).
 *
 * @example
 * ```ts
 * formatCsvLine(['Medan, Kota', '81.43'], ['text', 'number']); // '"Medan, Kota",81.43\r\n'
 * formatCsvLine(['=HYPERLINK("x")', '-1.5'], ['text', 'number']); // '"\'=HYPERLINK(""x"")",-1.5\r\n'
 * ```
 */
export function formatCsvLine(record: readonly string[], kinds: readonly CellKind[], delimiter: CsvDelimiter = ','): string {
  let line = '';
  for (let i = 0; i < record.length; i++) {
    if (i > 0) line += delimiter;
    const field = record[i]!;
    line += quoteField(kinds[i] === 'number' ? field : neutralise(field), delimiter);
  }
  return line + '\r\n';
}

/**
 * Writes records as CSV (see {@link formatCsvLine}); every cell is text.
 *
 * @example
 * ```ts
 * formatCsv([['id', 'total'], ['Medan, Kota', '81.43']]); // 'id,total\r\n"Medan, Kota",81.43\r\n'
 * ```
 */
export function formatCsv(records: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return records.map((record) => formatCsvLine(record, [], delimiter)).join('');
}

const FORMULA = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it, never run it.
 *
 * @example
 * ```ts
 * neutralise('=1+1'); // "'=1+1"
 * neutralise('Kota Medan'); // 'Kota Medan'
 * ```
 */
export function neutralise(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

function quoteField(field: string, delimiter: CsvDelimiter): string {
  const needsQuotes = field.includes(delimiter) || field.includes('"') || field.includes('\r') || field.includes('\n');
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}
