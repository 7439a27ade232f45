/**
 * One set of parameters for every text of src/texts/table.en.ts and table.id.ts, the same for both languages:
 * the type requires a sample for each key. A text that names a choice is rendered with the CLI's words, the
 * page's, and none (`null`: the table itself is to change).
 */
import type * as En from '../../src/texts/table.en.js';
import type { Choices } from '../../src/texts/table.en.js';

export type Samples<T> = {
  readonly [K in keyof T]: T[K] extends (params: infer P) => string ? readonly P[] : null;
};

const cli = (en: string, id = en) => ({ en, id });
const page = { id: '“Windows-1252” di Pengodean berkas', en: '“Windows-1252” in File encoding' };
const column: NonNullable<Choices['column']> = ({ field }) =>
  cli(`--column ${field}=<header>`, `--column ${field}=<judul>`);
const headers = ['No', 'Kode', 'Nilai Akhir'];

export const TABLE_SAMPLES: Samples<typeof En> = {
  invalidUtf8: [
    { byte: '96', windows1252: cli('--encoding windows-1252') },
    { byte: 'E9', windows1252: page },
    { byte: 'E9', windows1252: null },
  ],
  invalidUtf16: [{ encoding: 'utf-16le' }],
  looksUtf16: [
    { utf16: cli('--encoding utf-16le (or utf-16be)', '--encoding utf-16le (atau utf-16be)') },
    { utf16: null },
  ],
  inputTooLarge: [{ bytes: 256 * 1024 * 1024 }],
  lineTooLong: [{ bytes: 1024 * 1024 }],
  unclosedQuote: null,
  afterClosingQuote: [{ found: 'x' }],
  quoteInUnquoted: null,
  ambiguousDelimiter: [
    { delimiter: cli('--delimiter ",", ";" or tab', '--delimiter ",", ";" atau tab') },
    { delimiter: null },
  ],
  emptyCsv: null,
  noDataLines: null,
  noYear: [{ year: cli('--year') }, { year: null }],
  headerTwice: [
    { field: 'total', first: 'Nilai', second: 'Total', column: column({ field: 'total' }) },
    { field: 'competency', first: 'Input', second: 'Dimensi Input', column: null },
  ],
  noIdColumn: [
    { headers, column: column({ field: 'id' }), sheet: null },
    { headers, column: column({ field: 'id' }), sheet: cli('--sheet <name>', '--sheet <nama>') },
    { headers, column: null, sheet: { id: 'daftar Lembar kerja', en: 'the Sheet list' } },
    { headers, column: null, sheet: null },
  ],
  mappedColumnMissing: [{ field: 'total', header: 'Skor', headers }],
  noScoreColumn: [
    { headers, column: column({ field: 'total' }) },
    { headers, column: null },
  ],
  fieldCount: [
    { got: 3, expected: 5, oneField: false, delimiter: null },
    {
      got: 1,
      expected: 5,
      oneField: true,
      delimiter: cli('--delimiter ",", ";" or tab', '--delimiter ",", ";" atau tab'),
    },
    { got: 1, expected: 5, oneField: true, delimiter: null },
  ],
  emptyId: [{ column: 'Nama Instansi' }],
  badYearCell: [{ value: '23' }],
  emptyYearCell: [
    { column: 'Tahun', year: cli('--year') },
    { column: 'Tahun', year: null },
  ],
  emptyTotal: [{ column: 'Nilai' }],
  noScore: [{ columns: ['Input', 'Proses', 'Output'] }],
  badFlag: [{ value: 'mungkin' }],
  unitYears: [
    { id: 'Kota Medan', year: 2023, line: 4 },
    { id: 'Kota Medan', year: null, line: 4 },
  ],
  unitFlags: [{ id: 'Kota Medan', column: 'Tindak Lanjut' }],
  unitTwice: [{ unit: 'Dinas Kesehatan', id: 'Kota Medan', first: 'rekap.csv:3:2' }],
  duplicateId: [
    { id: 'Kota Medan', first: 'rekap.csv:2:1', units: false },
    { id: 'Kota Medan', first: 'rekap.csv:2:1', units: true },
  ],
  similarId: [
    { id: 'kota medan', other: 'Kota  Medan', first: 'rekap.csv:2:1', keepSimilarIds: cli('--keep-similar-ids') },
    { id: 'kota medan', other: 'Kota  Medan', first: 'tabel:2:1', keepSimilarIds: null },
  ],
  illFormedId: [{ id: 'Dinas \ud800' }],
  jsonMalformedString: null,
  jsonTooDeep: [{ depth: 64 }],
  jsonExpectedName: [{ found: '1' }, { found: null }],
  jsonExpectedColon: [{ found: ',' }],
  jsonExpectedComma: [
    { closing: '}', found: ']' },
    { closing: ']', found: null },
  ],
  jsonExpectedValue: [{ found: 'x' }],
  jsonAfterValue: [{ found: ']' }],
  jsonProto: null,
  jsonKeyTwice: [{ name: 'total' }],
  jsonUnknownTopKey: [{ key: 'badan' }],
  jsonBodiesNotArray: null,
  jsonNotDocument: null,
  jsonNoBodies: null,
  jsonNotBody: null,
  jsonBadId: [{ key: 'id' }],
  jsonBesideTotal: [{ key: 'dimensions' }],
  jsonBadTotal: null,
  jsonBadFlag: [{ key: 'followedUpOmbudsman' }],
  titleRowsSkipped: [
    { count: 1, first: 1, last: 1 },
    { count: 3, first: 1, last: 3 },
  ],
  rowsLeftOut: [
    { rows: [10], ids: ['Rata-rata'] },
    { rows: [3, 9, 10, 11, 12, 13], ids: ['', 'Jumlah', 'Rata-rata', 'Rata-rata', 'Median', 'Total'] },
  ],
  decimalCommaFile: [
    { value: '90,02', count: 1, given: 'file', decimalComma: cli('--decimal-comma') },
    { value: '92,50', count: 5, given: 'file', decimalComma: cli('--decimal-comma') },
    {
      value: '92,50',
      count: 2,
      given: 'pasted',
      decimalComma: { id: 'koma (90,02) di Pemisah desimal', en: 'comma (90,02) in Decimal separator' },
    },
    { value: '92,50', count: 2, given: 'pasted', decimalComma: null },
  ],
  exactNotTotal: [{ exact: '76.5136', total: '76.52', rounded: '76.51' }],
  unknownSheet: [{ sheet: 'Rekap 2024', sheets: ['Rekap 2023', 'Catatan'] }],
  xlsxTooLarge: null,
  notXlsx: null,
  xlsxCorrupt: null,
  xlsxBadNumber: [{ stored: 'abc' }],
  xlsxBadDate: null,
  xls: null,
  xlsxWriteFailed: null,
  badSheetName: [{ shown: '"Rekap/2023"' }, { shown: 'number' }],
  writeRowsNotList: null,
  writeRowNotList: null,
  writeBadCell: null,
  sheetTooLarge: [{ rows: 1048576, columns: 16384 }],
};
