/**
 * Reading an `.xlsx` workbook into rows of text cells with their positions (read-excel-file does the zip and
 * the XML; see docs/architecture.md, "Workbooks"). Every cell becomes the text a person sees in it, without
 * float arithmetic: a number through its shortest round-trip text, never through a sum or a product.
 * Browser-safe: no `node:` import.
 *
 * @module
 */
import readXlsxFile from 'read-excel-file/universal';
import { exact, plain } from '../exact/decimal.js';
import { TableError, type TableText } from './errors.js';
import { T } from './texts.js';

/** One row of a sheet: its row number in the sheet (1-based) and its cells as text, from column A. */
export interface XlsxRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A sheet read by `readXlsx`: its name, the names of every sheet of the workbook, and its non-empty rows. */
export interface XlsxSheet {
  readonly sheet: string;
  readonly sheets: readonly string[];
  readonly rows: readonly XlsxRow[];
}

/** Options of `readXlsx`. */
export interface ReadXlsxOptions {
  /** The sheet to read, by its name as Excel shows it on the tab; the first sheet when absent. */
  readonly sheet?: string;
}

/** A numeric cell as the workbook stores it, before it becomes text (it needs its position for an error). */
interface StoredNumber {
  readonly stored: string;
}

type StoredCell = string | boolean | Date | StoredNumber | null;

/**
 * The most a workbook may unpack to: 256 MiB of XML, far above an officer's recapitulation (a sheet of 10,000
 * bodies is a few MiB), far below what would exhaust a browser tab's memory (a zip bomb).
 */
const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

/** A decimal number as the `<v>` of a numeric cell may hold it (xsd:double without INF and NaN). */
const STORED_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads one sheet of an `.xlsx` workbook: the first sheet unless `options.sheet` names another. Each row that
 * holds at least one cell is returned with its row number in the sheet (`line`, 1-based: empty rows leave gaps
 * in the numbering, as in Excel), and its cells from column A as text, every row as wide as the widest:
 *
 * - a number as its shortest round-trip text: a cell holding 90.02 (stored as `90.019999999999996`) is
 *   `"90.02"`, 1e21 is `"1000000000000000000000"`, whatever the cell's display format;
 * - text as stored (not trimmed), `TRUE`/`FALSE` for booleans, a date as ISO text (`"2024-01-31"`, with the
 *   time when it has one: `"2024-01-31T08:30:00"`), an empty cell as `""`;
 * - a merged cell as its text in its first (top-left) cell, the others empty.
 *
 * A formula cell gives the value Excel saved with it (a formula never computed, or an error such as `#DIV/0!`,
 * gives `""`). Bad input throws a `TableError` with both texts: `not-xlsx` (not a workbook), `xls` (the old
 * binary `.xls`), `xlsx-corrupt` (a damaged file), `xlsx-too-large` (unpacking to more than 256 MiB: a zip
 * bomb is refused before anything is unpacked), `unknown-sheet` (listing the sheets), `xlsx-number` (a numeric
 * cell that holds no number, with its line and column).
 *
 * In the CLI: `readXlsx(new Uint8Array(await readFile('rekap.xlsx')), { sheet: 'Rekap 2023' })`; in the page:
 * `readXlsx(new Uint8Array(await file.arrayBuffer()))`. Read back what `writeXlsx` wrote, every cell is the
 * text it was given.
 *
 * @example
 * ```ts
 * const csv = new TextEncoder().encode('No;Nama Instansi;Nilai\n1;Kota Palembang;90,02\n');
 * const error = await readXlsx(csv).catch((e: unknown) => e as TableError);
 * error.code; // 'not-xlsx'
 * error.text.en; // 'This file is not an Excel workbook (.xlsx). Save it again from Excel as "Excel Workbook (*.xlsx)", or as CSV.'
 * ```
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<XlsxSheet> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw notXlsx();
  if (unzippedSize(bytes) > MAX_UNZIPPED_BYTES) throw tooLarge();
  // Own properties only: an `Object.prototype.sheet` set by another script chooses nothing.
  const given: unknown =
    typeof options === 'object' && options !== null && Object.hasOwn(options, 'sheet') ? options.sheet : undefined;
  const wanted = given === undefined ? undefined : String(given);
  let sheets: { sheet: string; data: StoredCell[][] }[];
  try {
    // A copy of exactly these bytes: the library may keep or detach the buffer, and a Node Buffer's slice() is a
    // view into a shared pool (a small file read from disk sits at an offset in 8 KiB of other bytes).
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const buffer = copy.buffer;
    sheets = (await readXlsxFile(buffer, {
      trim: false,
      parseNumber: (stored: string): StoredNumber => ({ stored }),
    })) as unknown as { sheet: string; data: StoredCell[][] }[];
  } catch (error) {
    throw fromLibrary(error);
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = wanted === undefined ? sheets[0] : sheets.find((s) => s.sheet === wanted);
  if (chosen === undefined) {
    if (wanted === undefined) throw corrupt();
    throw new TableError('unknown-sheet', T.unknownSheet({ sheet: wanted, sheets: names }));
  }
  const rows: XlsxRow[] = [];
  chosen.data.forEach((stored, index) => {
    const line = index + 1;
    const cells = stored.map((cell, column) => cellText(cell, line, column + 1));
    if (cells.some((cell) => cell !== '')) rows.push(Object.freeze({ line, cells: Object.freeze(cells) }));
  });
  return Object.freeze({ sheet: chosen.sheet, sheets: Object.freeze(names), rows: Object.freeze(rows) });
}

/** The text of one cell. */
function cellText(cell: StoredCell, line: number, column: number): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return dateText(cell, line, column);
  return numberText(cell.stored, line, column);
}

/**
 * The shortest round-trip text of a stored number, in plain digits: the stored text is read into the nearest
 * double (what Excel holds) and written back as the shortest text that reads into the same double; exponent
 * forms are written out by the library's decimal printer. No arithmetic is done on the value.
 */
function numberText(stored: string, line: number, column: number): string {
  const text = stored.trim();
  const value = STORED_NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) throw badCell('xlsx-number', stored, line, column);
  if (value === 0) return '0';
  const shortest = String(value);
  return /e/i.test(shortest) ? plain(exact(shortest)) : shortest;
}

/**
 * A date (read-excel-file gives it as UTC) as ISO text: the date alone at midnight, else with the time. Excel
 * stores a date as a fraction of days, so 08:30 may come out as 08:29:59.999: a time within a millisecond of a
 * whole second is that second.
 */
function dateText(date: Date, line: number, column: number): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw badCell('xlsx-date', 'date', line, column);
  const second = Math.round(time / 1000) * 1000;
  const iso = new Date(Math.abs(time - second) <= 1 ? second : time).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}

/**
 * What the zip's central directory says its files unpack to, read without unpacking anything: `Infinity` for
 * Zip64 (an `.xlsx` past 4 GiB), `0` when there is no central directory to read (the library then says what is
 * wrong with the file).
 */
function unzippedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535, at the end of the file.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return 0;
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff) return Infinity;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return 0;
    const size = u32(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}

function tooLarge(): TableError {
  return new TableError('xlsx-too-large', T.xlsxTooLarge);
}

function notXlsx(): TableError {
  return new TableError('not-xlsx', T.notXlsx);
}

function corrupt(): TableError {
  return new TableError('xlsx-corrupt', T.xlsxCorrupt);
}

function badCell(code: 'xlsx-number' | 'xlsx-date', stored: string, line: number, column: number): TableError {
  const text: TableText = code === 'xlsx-number' ? T.xlsxBadNumber({ stored }) : T.xlsxBadDate;
  return new TableError(code, text, { line, column });
}

/** Every error of the library becomes a `TableError`: never a zip, XML or parser message. */
function fromLibrary(error: unknown): TableError {
  if (error instanceof TableError) return error;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (name === 'InvalidInputError' && code === 'XLS_FILE_NOT_SUPPORTED') {
    return new TableError('xls', T.xls);
  }
  if (name === 'InvalidInputError' && (code === 'FILE_NOT_SUPPORTED' || code === 'INPUT_TYPE_NOT_SUPPORTED')) {
    return notXlsx();
  }
  return corrupt();
}
