/**
 * Writing rows of text and numbers as an `.xlsx` workbook of one sheet (write-excel-file does the zip and the
 * XML; see docs/architecture.md, "Workbooks"). Browser-safe: no `node:` import.
 *
 * @module
 */
import writeXlsxFile from 'write-excel-file/universal';
import { TableError } from './errors.js';
import { T } from './texts.js';

/** A cell to write: text, or a number given as its decimal text (`{ number: '76.51' }`). */
export type XlsxCell = string | { readonly number: string };

/** A number in plain digits; `1e+21`, which a double also prints, would read back as `1000000000000000000000`. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** The most rows and columns a sheet of Excel holds. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * What write-excel-file 4.1 would drop from a text without a word (what XML 1.0 cannot hold, and what it
 * discourages: C0 and C1 controls, U+FDD0–U+FDEF, U+FFFD–U+FFFF and the other noncharacters, unpaired
 * surrogates), CR (which XML readers turn into LF), and text that looks like Excel's own escape `_xHHHH_`:
 * all written as `_xHHHH_` (ECMA-376 ST_Xstring), so that every string reads back as it was.
 */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFD-\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Writes one sheet named `sheet` as an `.xlsx` workbook. Each row is a list of cells from column A: a string
 * is written as text (never as a formula, whatever it starts with; `""` leaves the cell empty); `{ number }`
 * is written as a number cell when its text is the shortest round-trip text of a double (`"76.51"`, `"90"`,
 * `"-3.5"`), so that Excel holds exactly that number and `readXlsx` gives the same text back, and as text
 * otherwise (`"76.51361600000000000001"`, `"1e+21"`, `"90,02"`, `"-0"`), never rounded. Every string reads
 * back unchanged (control characters are written as Excel's `_xHHHH_` escapes).
 *
 * A sheet name that Excel refuses (empty, over 31 characters, one of `[ ] : * ? / \`, or an apostrophe at
 * either end), a cell that is neither, or more rows or columns than Excel holds throws a `TableError`.
 *
 * @example
 * ```ts
 * const bytes = await writeXlsx('Peringkat', [
 *   ['Nama Instansi', 'Nilai', 'Exact'],
 *   ['Kota Palembang', { number: '76.51' }, { number: '76.51361600000000000001' }],
 * ]);
 * String.fromCharCode(bytes[0]!, bytes[1]!); // 'PK' (a zip, as every .xlsx)
 * // readXlsx(bytes).rows[1].cells: ['Kota Palembang', '76.51', '76.51361600000000000001'] (a number, then text)
 * ```
 */
export async function writeXlsx(sheet: string, rows: readonly (readonly XlsxCell[])[]): Promise<Uint8Array> {
  checkSheetName(sheet);
  if (!Array.isArray(rows)) throw badCell('rows', 0, 0);
  if (rows.length > MAX_ROWS) throw tooLarge();
  const data = rows.map((row, index) => {
    const line = index + 1;
    if (!Array.isArray(row)) throw badCell('row', line, 0);
    if (row.length > MAX_COLUMNS) throw tooLarge();
    return row.map((cell, column) => toCell(cell, line, column + 1));
  });
  let blob: Blob;
  try {
    blob = await writeXlsxFile(data, { sheet }).toBlob();
  } catch {
    throw new TableError('xlsx-write', T.xlsxWriteFailed);
  }
  return new Uint8Array(await blob.arrayBuffer());
}

type WriterCell =
  | null
  | { readonly value: string; readonly type: StringConstructor }
  | {
      readonly value: number;
      readonly type: NumberConstructor;
    };

function toCell(cell: unknown, line: number, column: number): WriterCell {
  if (typeof cell === 'string') {
    return cell === '' ? null : { value: escapeText(cell), type: String };
  }
  if (typeof cell === 'object' && cell !== null && Object.hasOwn(cell, 'number')) {
    const text = (cell as { number: unknown }).number;
    if (typeof text === 'string') {
      const value = Number(text);
      // A number cell only when the double holds exactly this text: its shortest round trip is the text itself.
      if (PLAIN_DECIMAL.test(text) && String(value) === text) return { value, type: Number };
      return text === '' ? null : { value: escapeText(text), type: String };
    }
  }
  throw badCell('cell', line, column);
}

/**
 * `_xHHHH_` for what XML cannot hold, `_x005F_` before text that would read as such an escape. A text that
 * names a property of `Object.prototype` (`__proto__`, `constructor`, `toString`…) gets its first character
 * escaped too: write-excel-file 4.1 finds shared strings in a plain object, and would write the index of such
 * a text as `[object Object]` or a function's source, a file no reader opens. The escape reads back as the
 * same text in Excel and in readXlsx.
 */
function escapeText(text: string): string {
  const escaped = text.replace(NEEDS_ESCAPE, (found) =>
    found.length === 7 ? `_x005F_${found.slice(1)}` : found.split('').map(escapeUnit).join(''),
  );
  return escaped in Object.prototype ? escapeUnit(escaped.charAt(0)) + escaped.slice(1) : escaped;
}

/** One UTF-16 code unit as `_xHHHH_`. */
const escapeUnit = (unit: string): string => `_x${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

function checkSheetName(sheet: unknown): void {
  if (
    typeof sheet === 'string' &&
    sheet.length > 0 &&
    sheet.length <= 31 &&
    !/[[\]:*?/\\]/.test(sheet) &&
    !sheet.startsWith("'") &&
    !sheet.endsWith("'")
  ) {
    return;
  }
  const shown = typeof sheet === 'string' ? JSON.stringify(sheet) : String(typeof sheet);
  throw new TableError('sheet-name', T.badSheetName({ shown }));
}

function badCell(what: 'rows' | 'row' | 'cell', line: number, column: number): TableError {
  const text = what === 'rows' ? T.writeRowsNotList : what === 'row' ? T.writeRowNotList : T.writeBadCell;
  return new TableError('xlsx-cell', text, line > 0 ? (column > 0 ? { line, column } : { line }) : {});
}

function tooLarge(): TableError {
  return new TableError('xlsx-too-large', T.sheetTooLarge({ rows: MAX_ROWS, columns: MAX_COLUMNS }));
}
