/**
 * The RFC 4180 CSV writer of the CLI's `--format csv`.
 *
 * @module
 */
import type { CsvDelimiter } from './parse.js';

/**
 * Writes records as CSV: a field is quoted when it holds the delimiter, a quote, a CR or a LF, and its quotes
 * are doubled. Records end with CRLF, as RFC 4180 says.
 *
 * @example
 * ```ts
 * formatCsv([['id', 'total'], ['Medan, Kota', '81.43']]); // 'id,total\r\n"Medan, Kota",81.43\r\n'
 * ```
 */
export function formatCsv(records: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return records.map((record) => record.map((field) => quoteField(field, delimiter)).join(delimiter) + '\r\n').join('');
}

function quoteField(field: string, delimiter: CsvDelimiter): string {
  const needsQuotes = field.includes(delimiter) || /["\r\n]/.test(field);
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}
