/**
 * Every sentence of the table reader (`src/table/`: bytes, CSV, JSON, workbooks, headers, rows, ids), in English:
 * the same keys and named parameters as `table.id.ts`, in the form of `en.ts` (each text a string or a function
 * of named parameters). Kept apart from `en.ts`, so that the library's entry points never bundle them: only the
 * table module, the CLI and the page import this file.
 *
 * A sentence that tells the reader to make a choice (an encoding, the decimal comma, a column) takes the front
 * end's words for it as a parameter ({@link Choices}): the CLI names its options, the page its controls; where a
 * front end has no such choice (`null`), the sentence says what to change in the table itself.
 *
 * @module
 */
import type { Text } from './text.js';
import { clip, listed } from './value.js';

/**
 * A front end's words for the choices a table's reader can make, each the name of the control with its setting,
 * in both languages, to follow "use" ("pakai"): `--encoding windows-1252` in the CLI, `“Windows-1252” in File
 * encoding` on the page. `null` where the front end has no such control.
 */
export interface Choices {
  /** Reading bytes as Windows-1252. */
  readonly windows1252: Text | null;
  /** Reading bytes as UTF-16 without a byte-order mark. */
  readonly utf16: Text | null;
  /** Reading numbers written with a decimal comma. */
  readonly decimalComma: Text | null;
  /** Naming the CSV delimiter. */
  readonly delimiter: Text | null;
  /** Giving the year of every body. */
  readonly year: Text | null;
  /** Keeping ids that differ only in case, spacing or width apart. */
  readonly keepSimilarIds: Text | null;
  /** Reading another sheet of a workbook. */
  readonly sheet: Text | null;
  /** Naming the column of a field (`--column total=<header>`). */
  readonly column: ((p: { readonly field: string }) => Text) | null;
}

/** What a table was read from: a text file (or standard input), a text pasted into a page, or a workbook's sheet. */
export type Given = 'file' | 'pasted' | 'workbook';

const q = (value: string): string => JSON.stringify(clip(value));

/** Names as `"a", "b", "c"`, cut to a bounded length. */
const names = (list: readonly string[]): string => listed(list.map(q), 'none');

/** `line 3` or `lines 3–5`. */
const lines = (first: number, last: number): string => (first === last ? `line ${first}` : `lines ${first}–${last}`);

const mib = (bytes: number): string => `${bytes / (1024 * 1024)} MiB`;

const s = (count: number): string => (count === 1 ? '' : 's');

/** A choice to make, after a problem: `; use --decimal-comma`, or the change to the table itself. */
const use = (choice: Text | null, otherwise: string): string => (choice === null ? otherwise : `use ${choice.en}`);

// --- reading bytes ----------------------------------------------------------------------------------------

/** Bytes that are not UTF-8: the file was probably saved by Excel as "CSV" (Windows-1252). */
export const invalidUtf8 = (p: { readonly byte: string; readonly windows1252: Text | null }): string =>
  `Byte 0x${p.byte} is not valid UTF-8. If the file was saved by Excel as "CSV" (Windows-1252), ${use(
    p.windows1252,
    'save it again as "CSV UTF-8"',
  )}.`;

/** Bytes read as UTF-16 that do not decode. */
export const invalidUtf16 = (p: { readonly encoding: string }): string =>
  `This is not valid ${p.encoding.toUpperCase()}: an unpaired surrogate or a missing last byte.`;

/** NUL bytes in a file read as UTF-8: UTF-16 without a byte-order mark. */
export const looksUtf16 = (p: { readonly utf16: Text | null }): string =>
  `The file holds NUL bytes: it looks like UTF-16 without a byte-order mark; ${use(
    p.utf16,
    'save it again as "CSV UTF-8"',
  )}.`;

/** More bytes than any table of bodies. */
export const inputTooLarge = (p: { readonly bytes: number }): string =>
  `The input is larger than ${mib(p.bytes)}; no table of bodies is that large: is it the right file?`;

/** A line longer than any row of a table. */
export const lineTooLong = (p: { readonly bytes: number }): string =>
  `This line is longer than ${mib(p.bytes)}: not a table (is it the right file?).`;

// --- CSV syntax -------------------------------------------------------------------------------------------

/** A quoted field never closed. */
export const unclosedQuote: string = 'A quoted field is never closed; add the closing quote (").';

/** A character after a closing quote. */
export const afterClosingQuote = (p: { readonly found: string }): string =>
  `Unexpected ${q(p.found)} after a closing quote; a quote inside a quoted field is written twice ("").`;

/** A quote inside an unquoted field. */
export const quoteInUnquoted: string =
  'A quote inside an unquoted field; quote the whole field and write the quote twice ("").';

/** A header line with more than one delimiter. */
export const ambiguousDelimiter = (p: { readonly delimiter: Text | null }): string =>
  `The header line holds more than one of ",", ";" and tab, so the delimiter is ambiguous; ${use(
    p.delimiter,
    'separate the columns with one of them only',
  )}.`;

// --- CSV content ------------------------------------------------------------------------------------------

/** An empty CSV file. */
export const emptyCsv: string = 'The CSV file is empty; expected a header line.';

/** A header without data lines. */
export const noDataLines: string = 'The CSV file has a header but no data lines.';

/** No year given nor in the data. */
export const noYear = (p: { readonly year: Text | null }): string =>
  `No year: ${p.year === null ? '' : `use ${p.year.en}, or `}add a year column (CSV) or key (JSON).`;

/** Two columns hold one field. */
export const headerTwice = (p: {
  readonly field: string;
  readonly first: string;
  readonly second: string;
  readonly column: Text | null;
}): string =>
  `Two columns hold the ${p.field}: ${q(p.first)} and ${q(p.second)}; ${
    p.column === null ? 'remove one of them or rename its heading' : `name the one to use with ${p.column.en}`
  }.`;

/** No id column; `sheet` where the table is a workbook's sheet (another sheet may hold the table). */
export const noIdColumn = (p: {
  readonly headers: readonly string[];
  readonly column: Text | null;
  readonly sheet: Text | null;
}): string =>
  `No id column (id, nama, instansi, penyelenggara) in the header, whose columns are ${names(p.headers)}; ${
    p.column === null ? 'head the column of the bodies\' names "Nama Instansi"' : `name it with ${p.column.en}`
  }${p.sheet === null ? '' : `, or use ${p.sheet.en} to read another sheet`}.`;

/** A column named by the front end is not in the header. */
export const mappedColumnMissing = (p: {
  readonly field: string;
  readonly header: string;
  readonly headers: readonly string[];
}): string =>
  `The ${p.field} is to be read from the column ${q(
    p.header,
  )}, but the header has no such column; its columns are ${names(p.headers)}.`;

/** No score column. */
export const noScoreColumn = (p: { readonly headers: readonly string[]; readonly column: Text | null }): string =>
  `The header has no score column; the columns are ${names(
    p.headers,
  )}. Add a total (total, nilai, nilai akhir) or dimension columns (input, proses, output, pengaduan, kepercayaan)${
    p.column === null ? '' : `, or name one with ${p.column.en}`
  }.`;

/** A line with another number of fields than the header. */
export const fieldCount = (p: {
  readonly got: number;
  readonly expected: number;
  /** The line has one field: the delimiter may be wrong. */
  readonly oneField: boolean;
  readonly delimiter: Text | null;
}): string =>
  `This line has ${p.got} field${s(p.got)} but the header has ${p.expected}${
    p.oneField ? `; is the delimiter right?${p.delimiter === null ? '' : ` If not, use ${p.delimiter.en}.`}` : '.'
  }`;

/** An empty id. */
export const emptyId = (p: { readonly column: string }): string => `The id (column ${q(p.column)}) is empty.`;

/** A year cell that is not a year. */
export const badYearCell = (p: { readonly value: string }): string =>
  `Expected a year such as 2023, got ${q(p.value)}.`;

/** An empty year cell. */
export const emptyYearCell = (p: { readonly column: string; readonly year: Text | null }): string =>
  `The year (column ${q(p.column)}) is empty on this line; fill it in${p.year === null ? '' : ` or use ${p.year.en}`}.`;

/** An empty total cell. */
export const emptyTotal = (p: { readonly column: string }): string =>
  `The total (column ${q(p.column)}) is empty; give a total or drop the line.`;

/** A line without any score. */
export const noScore = (p: { readonly columns: readonly string[] }): string =>
  `This line has no score; give its total or its dimension scores (${listed(p.columns, '')}).`;

/** A yes/no cell that is neither. */
export const badFlag = (p: { readonly value: string }): string =>
  `Expected true/false (or ya/tidak), got ${q(p.value)}.`;

/** Units of one body with different years. */
export const unitYears = (p: { readonly id: string; readonly year: number | null; readonly line: number }): string =>
  `Units of ${q(p.id)} have different years (${p.year ?? 'none'} on line ${p.line}).`;

/** Units of one body that disagree on the follow-up column. */
export const unitFlags = (p: { readonly id: string; readonly column: string }): string =>
  `Units of ${q(p.id)} disagree in the column ${q(p.column)}; give every unit of a body the same value.`;

/** One unit twice. */
export const unitTwice = (p: { readonly unit: string; readonly id: string; readonly first: string }): string =>
  `The unit ${q(p.unit)} of ${q(p.id)} is also at ${p.first}: the same unit twice.`;

// --- ids --------------------------------------------------------------------------------------------------

/** One id on two lines. */
export const duplicateId = (p: { readonly id: string; readonly first: string; readonly units: boolean }): string =>
  `The id ${q(p.id)} is also at ${p.first} (ids are compared trimmed and NFC-normalised): one body on two lines.${
    p.units ? '' : ' Remove one line, or add a unit column if they are units of one body.'
  }`;

/** Two ids that differ only in case, spacing or width. */
export const similarId = (p: {
  readonly id: string;
  readonly other: string;
  readonly first: string;
  readonly keepSimilarIds: Text | null;
}): string =>
  `The id ${q(p.id)} differs from ${q(p.other)} at ${
    p.first
  } only in case, spacing, invisible characters or the width of its letters: probably the same body. Correct one${
    p.keepSimilarIds === null ? '' : `, or use ${p.keepSimilarIds.en} to keep them apart`
  }.`;

/** An id with half of a surrogate pair. */
export const illFormedId = (p: { readonly id: string }): string =>
  `The id ${q(p.id)} holds a broken character (half of a surrogate pair) and cannot be written as it is; retype it.`;

// --- JSON -------------------------------------------------------------------------------------------------

/** What the JSON reader found: a character, or the end of the text (`null`). */
const found = (value: string | null): string => (value === null ? 'the end of the text' : q(value));

/** A malformed JSON string. */
export const jsonMalformedString: string = 'Malformed string: unclosed, with a raw control character or a bad escape.';

/** JSON nested too deep. */
export const jsonTooDeep = (p: { readonly depth: number }): string => `Nesting deeper than ${p.depth} levels.`;

/** No property name where one is expected. */
export const jsonExpectedName = (p: { readonly found: string | null }): string =>
  `Expected a property name in double quotes, found ${found(p.found)}.`;

/** No colon after a property name. */
export const jsonExpectedColon = (p: { readonly found: string | null }): string =>
  `Expected ":" after the property name, found ${found(p.found)}.`;

/** Neither a comma nor the closing bracket. */
export const jsonExpectedComma = (p: { readonly closing: '}' | ']'; readonly found: string | null }): string =>
  `Expected "," or "${p.closing}" in ${p.closing === '}' ? 'an object' : 'an array'}, found ${found(p.found)}.`;

/** No value where one is expected. */
export const jsonExpectedValue = (p: { readonly found: string | null }): string =>
  `Expected a JSON value, found ${found(p.found)}.`;

/** Something after the JSON value. */
export const jsonAfterValue = (p: { readonly found: string }): string =>
  `Unexpected ${q(p.found)} after the JSON value.`;

/** The key `__proto__`. */
export const jsonProto: string = 'The key "__proto__" is not allowed (it could change the object itself); rename it.';

/** A key twice in one object. */
export const jsonKeyTwice = (p: { readonly name: string }): string => `The property ${q(p.name)} appears twice.`;

/** An unknown key at the top. */
export const jsonUnknownTopKey = (p: { readonly key: string }): string =>
  `Unknown key ${q(p.key)} at the top level. Expected an array of bodies or { "year": 2023, "bodies": [...] }.`;

/** `bodies` not a list. */
export const jsonBodiesNotArray: string =
  '"bodies" must be an array. Expected an array of bodies or { "year": 2023, "bodies": [...] }.';

/** A document that is neither a list nor an object. */
export const jsonNotDocument: string =
  'The document is not an array or object. Expected an array of bodies or { "year": 2023, "bodies": [...] }.';

/** A document without bodies. */
export const jsonNoBodies: string = 'The document has no bodies.';

/** A body that is not an object. */
export const jsonNotBody: string = 'Expected a body object such as { "id": "Medan", "total": 81.43 }.';

/** A body's id that is neither a text nor a number. */
export const jsonBadId = (p: { readonly key: string }): string =>
  `Expected ${q(p.key)} to be a non-empty string or number.`;

/** A key beside a total. */
export const jsonBesideTotal = (p: { readonly key: string }): string =>
  `A body with a "total" is classified; ${q(p.key)} is not allowed beside it.`;

/** A total that is not a number. */
export const jsonBadTotal: string = 'Expected "total" to be a number or a decimal string.';

/** A follow-up flag that is not a boolean. */
export const jsonBadFlag = (p: { readonly key: string }): string => `Expected ${q(p.key)} to be true or false.`;

// --- officers' sheets -------------------------------------------------------------------------------------

/** Title rows above the header, skipped. */
export const titleRowsSkipped = (p: {
  readonly count: number;
  readonly first: number;
  readonly last: number;
}): string => `note: ${p.count} title row${s(p.count)} above the header skipped (${lines(p.first, p.last)}).`;

/** Rows without a body (footers, rows without an id), left out. */
export const rowsLeftOut = (p: { readonly rows: readonly number[]; readonly ids: readonly string[] }): string => {
  const named = [...new Set(p.ids.filter((id) => id !== ''))].slice(0, 3);
  const shown = p.rows.slice(0, 5).join(', ') + (p.rows.length > 5 ? ', …' : '');
  return `note: ${p.rows.length} row${s(p.rows.length)} without a body left out (footer rows${
    named.length > 0 ? ` such as ${names(named)}` : ''
  } or rows without an id; line${s(p.rows.length)} ${shown}).`;
};

/** Numbers written with a decimal comma, read without the choice: `count` of them, this the first. */
export const decimalCommaFile = (p: {
  readonly value: string;
  readonly count: number;
  readonly given: Given;
  readonly decimalComma: Text | null;
}): string => {
  const choice = use(p.decimalComma, 'write the numbers with a point');
  if (p.count === 1) return `${q(p.value)} uses a decimal comma; write ${q(p.value.replace(',', '.'))} or ${choice}.`;
  const more = p.count - 1;
  return `${p.given === 'pasted' ? 'The pasted table' : 'This file'} writes decimals with a comma (${q(
    p.value,
  )} here, and ${more} more line${s(more)} like it): ${choice}.`;
};

/** An exact value beside a total that it does not round to. */
export const exactNotTotal = (p: {
  readonly exact: string;
  readonly total: string;
  readonly rounded: string;
}): string =>
  `The exact value ${q(p.exact)} rounds to ${p.rounded}, not to the total ${q(
    p.total,
  )} beside it: the file was changed.`;

// --- workbooks --------------------------------------------------------------------------------------------

/** A sheet the workbook does not have. */
export const unknownSheet = (p: { readonly sheet: string; readonly sheets: readonly string[] }): string =>
  `The workbook has no sheet ${q(p.sheet)}; its sheets are ${names(p.sheets)}.`;

/** A workbook that unpacks to too much. */
export const xlsxTooLarge: string =
  'This workbook unpacks to more than 256 MiB and is not read. Save only the sheet with the table in a new workbook, or as CSV.';

/** Not a workbook. */
export const notXlsx: string =
  'This file is not an Excel workbook (.xlsx). Save it again from Excel as "Excel Workbook (*.xlsx)", or as CSV.';

/** A damaged workbook. */
export const xlsxCorrupt: string =
  'This .xlsx workbook is damaged or incomplete and cannot be read. Open it in Excel and save it again, or save it as CSV.';

/** A number cell that holds no number. */
export const xlsxBadNumber = (p: { readonly stored: string }): string =>
  `A number cell holds ${q(
    p.stored,
  )}, which is not a number; the file is damaged. Type the cell's value again in Excel.`;

/** A date cell out of range. */
export const xlsxBadDate: string =
  "A date cell holds a date out of range; the file is damaged. Type the cell's value again in Excel.";

/** An old `.xls` file. */
export const xls: string =
  'This is an old Excel file (.xls). Open it in Excel and save it as "Excel Workbook (*.xlsx)", or as CSV.';

/** A workbook that could not be written. */
export const xlsxWriteFailed: string = 'The .xlsx workbook could not be written.';

/** A name that cannot name a sheet (`shown`: the name in quotes, or its type). */
export const badSheetName = (p: { readonly shown: string }): string =>
  `${p.shown} cannot name an Excel sheet: 1 to 31 characters, none of [ ] : * ? / \\, no ' at either end.`;

/** Rows to write that are not a list. */
export const writeRowsNotList: string = 'The rows to write must be an array.';

/** A row to write that is not a list. */
export const writeRowNotList: string = 'Each row to write must be an array of cells.';

/** A cell to write of another kind. */
export const writeBadCell: string = 'A cell to write must be a string or { number: "…" } with the number as text.';

/** A sheet larger than Excel's. */
export const sheetTooLarge = (p: { readonly rows: number; readonly columns: number }): string =>
  `An Excel sheet holds at most ${p.rows} rows and ${p.columns} columns.`;
