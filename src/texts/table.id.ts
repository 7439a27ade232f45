/**
 * Every sentence of the table reader, in Indonesian: the same keys and parameters as `table.en.ts`. Fields are
 * named by the column headings an officer's sheet uses (`nilai total`, `input`, `tindak lanjut`), never by the
 * code's names; a choice comes in the front end's words ({@link Choices}), of which this module prints `id`.
 *
 * @module
 */
import type * as En from './table.en.js';
import type { Choices } from './table.en.js';
import type { Text } from './text.js';
import { clip, comma, listed } from './value.js';

export type { Choices };

const q = (value: string): string => JSON.stringify(clip(value));

const names = (list: readonly string[]): string => listed(list.map(q), 'tidak ada');

const lines = (first: number, last: number): string => (first === last ? `baris ${first}` : `baris ${first}–${last}`);

const mib = (bytes: number): string => `${bytes / (1024 * 1024)} MiB`;

/** A field as an officer's sheet heads its column. */
const FIELD: Readonly<Record<string, string>> = {
  id: 'nama instansi',
  unit: 'unit layanan',
  total: 'nilai total',
  competency: 'nilai input',
  standards: 'nilai proses',
  opinion: 'nilai output',
  complaints: 'nilai pengaduan',
  trust: 'nilai kepercayaan',
  year: 'tahun',
  followedUpOmbudsman: 'tindak lanjut',
  exact: 'nilai eksak',
  category: 'kategori',
  zone: 'zona',
};
const field = (name: string): string => FIELD[name] ?? name;

const use = (choice: Text | null, otherwise: string): string => (choice === null ? otherwise : `pakai ${choice.id}`);

// --- reading bytes ----------------------------------------------------------------------------------------

export const invalidUtf8: typeof En.invalidUtf8 = (p) =>
  `Bita 0x${p.byte} bukan UTF-8 yang sah. Bila berkas disimpan Excel sebagai "CSV" (Windows-1252), ${use(
    p.windows1252,
    'simpan ulang sebagai "CSV UTF-8"',
  )}.`;

export const invalidUtf16: typeof En.invalidUtf16 = (p) =>
  `Ini bukan ${p.encoding.toUpperCase()} yang sah: surrogate tanpa pasangan atau bita terakhir hilang.`;

export const looksUtf16: typeof En.looksUtf16 = (p) =>
  `Berkas memuat bita NUL: tampaknya UTF-16 tanpa byte-order mark; ${use(
    p.utf16,
    'simpan ulang sebagai "CSV UTF-8"',
  )}.`;

export const inputTooLarge: typeof En.inputTooLarge = (p) =>
  `Masukan lebih besar dari ${mib(p.bytes)}; tidak ada tabel instansi sebesar itu: benarkah berkasnya?`;

export const lineTooLong: typeof En.lineTooLong = (p) =>
  `Baris ini lebih panjang dari ${mib(p.bytes)}: bukan tabel (benarkah berkasnya?).`;

// --- CSV syntax -------------------------------------------------------------------------------------------

export const unclosedQuote: typeof En.unclosedQuote =
  'Kolom bertanda kutip tidak pernah ditutup; tambahkan tanda kutip penutup (").';

export const afterClosingQuote: typeof En.afterClosingQuote = (p) =>
  `${q(
    p.found,
  )} tak terduga setelah tanda kutip penutup; tanda kutip di dalam kolom bertanda kutip ditulis dua kali ("").`;

export const quoteInUnquoted: typeof En.quoteInUnquoted =
  'Tanda kutip di dalam kolom tanpa kutip; kutip seluruh kolom dan tulis tanda kutipnya dua kali ("").';

export const ambiguousDelimiter: typeof En.ambiguousDelimiter = (p) =>
  `Baris judul memuat lebih dari satu dari ",", ";" dan tab, jadi pemisahnya meragukan; ${use(
    p.delimiter,
    'pisahkan kolom dengan salah satunya saja',
  )}.`;

// --- CSV content ------------------------------------------------------------------------------------------

export const emptyCsv: typeof En.emptyCsv = 'Berkas CSV kosong; baris judul diharapkan.';

export const noDataLines: typeof En.noDataLines = 'Berkas CSV memiliki baris judul tetapi tidak ada baris data.';

export const noYear: typeof En.noYear = (p) =>
  `Tahun tidak ada: ${
    p.year === null ? '' : `pakai ${p.year.id}, atau `
  }tambahkan kolom (CSV) atau kunci (JSON) tahun.`;

export const headerTwice: typeof En.headerTwice = (p) =>
  `Dua kolom berisi ${field(p.field)}: ${q(p.first)} dan ${q(p.second)}; ${
    p.column === null ? 'hapus salah satunya atau ganti judulnya' : `sebutkan yang dipakai dengan ${p.column.id}`
  }.`;

export const noIdColumn: typeof En.noIdColumn = (p) =>
  `Tidak ada kolom nama instansi (id, nama, instansi, penyelenggara) di baris judul, yang kolomnya ${names(
    p.headers,
  )}; ${p.column === null ? 'beri kolom nama instansi judul "Nama Instansi"' : `sebutkan dengan ${p.column.id}`}${
    p.sheet === null ? '' : `, atau pakai ${p.sheet.id} untuk membaca lembar lain`
  }.`;

export const mappedColumnMissing: typeof En.mappedColumnMissing = (p) =>
  `Kolom ${field(p.field)} disebut ${q(p.header)}, tetapi baris judul tidak memiliki kolom itu; kolom yang ada: ${names(
    p.headers,
  )}.`;

export const noScoreColumn: typeof En.noScoreColumn = (p) =>
  `Baris judul tidak memiliki kolom nilai; kolom yang ada: ${names(
    p.headers,
  )}. Tambahkan kolom total (total, nilai, nilai akhir) atau kolom dimensi (input, proses, output, pengaduan, kepercayaan)${
    p.column === null ? '' : `, atau sebutkan dengan ${p.column.id}`
  }.`;

export const fieldCount: typeof En.fieldCount = (p) =>
  `Baris ini memiliki ${p.got} kolom, padahal baris judul ${p.expected}${
    p.oneField
      ? `; apakah pemisahnya benar?${p.delimiter === null ? '' : ` Bila tidak, pakai ${p.delimiter.id}.`}`
      : '.'
  }`;

export const emptyId: typeof En.emptyId = (p) => `Nama instansi (kolom ${q(p.column)}) kosong.`;

export const badYearCell: typeof En.badYearCell = (p) => `Diharapkan tahun seperti 2023, bukan ${q(p.value)}.`;

export const emptyYearCell: typeof En.emptyYearCell = (p) =>
  `Tahun (kolom ${q(p.column)}) kosong pada baris ini; isi tahunnya${
    p.year === null ? '' : ` atau pakai ${p.year.id}`
  }.`;

export const emptyTotal: typeof En.emptyTotal = (p) =>
  `Nilai total (kolom ${q(p.column)}) kosong; isi nilainya atau hapus barisnya.`;

export const noScore: typeof En.noScore = (p) =>
  `Baris ini tidak memiliki nilai; isi nilai totalnya atau nilai dimensinya (${listed(p.columns, '')}).`;

export const badFlag: typeof En.badFlag = (p) => `Diharapkan ya/tidak (atau true/false), bukan ${q(p.value)}.`;

export const unitYears: typeof En.unitYears = (p) =>
  `Unit-unit ${q(p.id)} memiliki tahun berbeda (${p.year ?? 'tanpa tahun'} pada baris ${p.line}).`;

export const unitFlags: typeof En.unitFlags = (p) =>
  `Unit-unit ${q(p.id)} berbeda isi pada kolom ${q(p.column)}; beri setiap unit satu instansi isi yang sama.`;

export const unitTwice: typeof En.unitTwice = (p) =>
  `Unit ${q(p.unit)} milik ${q(p.id)} juga ada di ${p.first}: unit yang sama dua kali.`;

// --- ids --------------------------------------------------------------------------------------------------

export const duplicateId: typeof En.duplicateId = (p) =>
  `Nama ${q(p.id)} juga ada di ${
    p.first
  } (nama dibandingkan setelah spasi tepi dibuang dan dinormalkan NFC): satu instansi pada dua baris.${
    p.units ? '' : ' Hapus salah satu baris, atau tambahkan kolom unit bila keduanya unit dari satu instansi.'
  }`;

export const similarId: typeof En.similarId = (p) =>
  `Nama ${q(p.id)} berbeda dari ${q(p.other)} di ${
    p.first
  } hanya pada huruf besar/kecil, spasi, karakter tak terlihat atau lebar hurufnya: kemungkinan instansi yang sama. Perbaiki salah satunya${
    p.keepSimilarIds === null ? '' : `, atau pakai ${p.keepSimilarIds.id} untuk memisahkannya`
  }.`;

export const illFormedId: typeof En.illFormedId = (p) =>
  `Nama ${q(p.id)} memuat karakter rusak (separuh pasangan surrogate) dan tidak dapat ditulis apa adanya; ketik ulang.`;

// --- JSON -------------------------------------------------------------------------------------------------

const found = (value: string | null): string => (value === null ? 'akhir teks' : q(value));

export const jsonMalformedString: typeof En.jsonMalformedString =
  'String rusak: tidak ditutup, memuat karakter kendali mentah, atau escape yang salah.';

export const jsonTooDeep: typeof En.jsonTooDeep = (p) => `Bersarang lebih dari ${p.depth} tingkat.`;

export const jsonExpectedName: typeof En.jsonExpectedName = (p) =>
  `Diharapkan nama properti dalam tanda kutip ganda, ditemukan ${found(p.found)}.`;

export const jsonExpectedColon: typeof En.jsonExpectedColon = (p) =>
  `Diharapkan ":" setelah nama properti, ditemukan ${found(p.found)}.`;

export const jsonExpectedComma: typeof En.jsonExpectedComma = (p) =>
  `Diharapkan "," atau "${p.closing}" di dalam ${p.closing === '}' ? 'objek' : 'larik'}, ditemukan ${found(p.found)}.`;

export const jsonExpectedValue: typeof En.jsonExpectedValue = (p) =>
  `Diharapkan nilai JSON, ditemukan ${found(p.found)}.`;

export const jsonAfterValue: typeof En.jsonAfterValue = (p) => `${q(p.found)} tak terduga setelah nilai JSON.`;

export const jsonProto: typeof En.jsonProto =
  'Kunci "__proto__" tidak diizinkan (dapat mengubah objek itu sendiri); ganti namanya.';

export const jsonKeyTwice: typeof En.jsonKeyTwice = (p) => `Properti ${q(p.name)} muncul dua kali.`;

export const jsonUnknownTopKey: typeof En.jsonUnknownTopKey = (p) =>
  `Kunci ${q(
    p.key,
  )} tidak dikenal di tingkat teratas. Diharapkan larik instansi atau { "year": 2023, "bodies": [...] }.`;

export const jsonBodiesNotArray: typeof En.jsonBodiesNotArray =
  '"bodies" harus berupa larik. Diharapkan larik instansi atau { "year": 2023, "bodies": [...] }.';

export const jsonNotDocument: typeof En.jsonNotDocument =
  'Dokumen bukan larik atau objek. Diharapkan larik instansi atau { "year": 2023, "bodies": [...] }.';

export const jsonNoBodies: typeof En.jsonNoBodies = 'Dokumen tidak memuat instansi.';

export const jsonNotBody: typeof En.jsonNotBody =
  'Diharapkan objek instansi seperti { "id": "Medan", "total": 81.43 }.';

export const jsonBadId: typeof En.jsonBadId = (p) => `${q(p.key)} harus berupa string tidak kosong atau angka.`;

export const jsonBesideTotal: typeof En.jsonBesideTotal = (p) =>
  `Instansi dengan "total" diklasifikasikan; ${q(p.key)} tidak boleh ada di sampingnya.`;

export const jsonBadTotal: typeof En.jsonBadTotal = '"total" harus berupa angka atau string desimal.';

export const jsonBadFlag: typeof En.jsonBadFlag = (p) => `${q(p.key)} harus true atau false.`;

// --- officers' sheets -------------------------------------------------------------------------------------

export const titleRowsSkipped: typeof En.titleRowsSkipped = (p) =>
  `catatan: ${p.count} baris judul di atas baris kepala kolom dilewati (${lines(p.first, p.last)}).`;

export const rowsLeftOut: typeof En.rowsLeftOut = (p) => {
  const named = [...new Set(p.ids.filter((id) => id !== ''))].slice(0, 3);
  const shown = p.rows.slice(0, 5).join(', ') + (p.rows.length > 5 ? ', …' : '');
  return `catatan: ${p.rows.length} baris tanpa instansi tidak dihitung (baris penutup${
    named.length > 0 ? ` seperti ${names(named)}` : ''
  } atau baris tanpa nama instansi; baris ${shown}).`;
};

export const decimalCommaFile: typeof En.decimalCommaFile = (p) => {
  const choice = use(p.decimalComma, 'tulis angkanya dengan titik');
  if (p.count === 1) return `${q(p.value)} memakai koma desimal; tulis ${q(p.value.replace(',', '.'))} atau ${choice}.`;
  return `${p.given === 'pasted' ? 'Tabel yang ditempel ini' : 'Berkas ini'} menulis desimal dengan koma (${q(
    p.value,
  )} di sini, dan ${p.count - 1} baris lain seperti itu): ${choice}.`;
};

export const exactNotTotal: typeof En.exactNotTotal = (p) =>
  `Nilai eksak ${q(p.exact)} dibulatkan menjadi ${comma(p.rounded)}, bukan nilai ${q(
    p.total,
  )} di sampingnya: berkas telah diubah.`;

// --- workbooks --------------------------------------------------------------------------------------------

export const unknownSheet: typeof En.unknownSheet = (p) =>
  `Lembar ${q(p.sheet)} tidak ada di buku kerja ini; lembar yang ada: ${names(p.sheets)}.`;

export const xlsxTooLarge: typeof En.xlsxTooLarge =
  'Buku kerja ini terurai menjadi lebih dari 256 MiB dan tidak dibaca. Simpan hanya lembar tabelnya dalam buku kerja baru, atau sebagai CSV.';

export const notXlsx: typeof En.notXlsx =
  'Berkas ini bukan buku kerja Excel (.xlsx). Simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)" atau sebagai CSV.';

export const xlsxCorrupt: typeof En.xlsxCorrupt =
  'Buku kerja .xlsx ini rusak atau tidak lengkap dan tidak dapat dibaca. Buka di Excel dan simpan ulang, atau simpan sebagai CSV.';

export const xlsxBadNumber: typeof En.xlsxBadNumber = (p) =>
  `Sel angka berisi ${q(p.stored)}, bukan angka; berkas ini rusak. Ketik ulang nilai sel itu di Excel.`;

export const xlsxBadDate: typeof En.xlsxBadDate =
  'Sel tanggal berisi tanggal di luar jangkauan; berkas ini rusak. Ketik ulang nilai sel itu di Excel.';

export const xls: typeof En.xls =
  'Ini berkas Excel lama (.xls). Buka di Excel dan simpan sebagai "Excel Workbook (*.xlsx)", atau sebagai CSV.';

export const xlsxWriteFailed: typeof En.xlsxWriteFailed = 'Buku kerja .xlsx tidak dapat ditulis.';

export const badSheetName: typeof En.badSheetName = (p) =>
  `${p.shown} tidak dapat menjadi nama lembar Excel: 1 sampai 31 karakter, tanpa [ ] : * ? / \\ dan tanpa ' di awal atau akhir.`;

export const writeRowsNotList: typeof En.writeRowsNotList = 'Baris yang ditulis harus berupa daftar.';

export const writeRowNotList: typeof En.writeRowNotList = 'Setiap baris yang ditulis harus berupa daftar sel.';

export const writeBadCell: typeof En.writeBadCell =
  'Sel yang ditulis harus berupa teks atau { number: "…" } dengan teks angka.';

export const sheetTooLarge: typeof En.sheetTooLarge = (p) =>
  `Lembar Excel memuat paling banyak ${p.rows} baris dan ${p.columns} kolom.`;
