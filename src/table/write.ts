/**
 * Results back into files: RFC 4180 CSV safe to open in a spreadsheet (with decimal commas for Indonesian Excel),
 * and the rows of a workbook's sheet for `writeXlsx`. Used by the CLI and the page.
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

/**
 * A table as CSV lines, as a spreadsheet opens it: with `decimalComma`, a UTF-8 byte-order mark, `;` between
 * cells and decimal commas in number cells (as Indonesian Excel reads); else `,` and decimal points. Text cells
 * are neutralised against formulas, number cells never changed but for the comma. One line at a time, so that
 * a large table is never held as one text.
 *
 * @example
 * ```ts
 * [...tableCsvLines(['id', 'nilai'], ['text', 'number'], [['Kota A', '90.02']], true)].join('');
 * // '\uFEFFid;nilai\r\nKota A;90,02\r\n'
 * ```
 */
export function* tableCsvLines(
  titles: readonly string[],
  kinds: readonly CellKind[],
  rows: Iterable<readonly string[]>,
  decimalComma: boolean,
): Generator<string> {
  const delimiter = decimalComma ? ';' : ',';
  yield (decimalComma ? '\uFEFF' : '') + formatCsvLine(titles, [], delimiter);
  for (const row of rows) yield formatCsvLine(decimalComma ? withDecimalComma(row, kinds) : row, kinds, delimiter);
}

/**
 * Number cells written with a decimal comma (`90.02` → `90,02`); text cells as they are.
 *
 * @example
 * ```ts
 * withDecimalComma(['Kota A', '90.02'], ['text', 'number']); // ['Kota A', '90,02']
 * ```
 */
export function withDecimalComma(row: readonly string[], kinds: readonly CellKind[]): string[] {
  return row.map((cell, i) => (kinds[i] === 'number' ? cell.replace('.', ',') : cell));
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A table as the rows of a workbook's sheet (for `writeXlsx`): the titles, then each row with its number cells as
 * numbers (a plain decimal, given by its text, never through a float) and the rest as text.
 *
 * @example
 * ```ts
 * tableXlsxRows(['id', 'nilai'], ['text', 'number'], [['Kota A', '90.02']]);
 * // [['id', 'nilai'], ['Kota A', { number: '90.02' }]]
 * ```
 */
export function tableXlsxRows(
  titles: readonly string[],
  kinds: readonly CellKind[],
  rows: Iterable<readonly string[]>,
): (string | { number: string })[][] {
  const out: (string | { number: string })[][] = [[...titles]];
  for (const row of rows) {
    out.push(row.map((cell, i) => (kinds[i] === 'number' && PLAIN_DECIMAL.test(cell) ? { number: cell } : cell)));
  }
  return out;
}
