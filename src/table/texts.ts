/**
 * Every sentence of the table reader (bytes, CSV, JSON, headers, rows, ids), in English and Indonesian. The
 * CLI's catalogue (`src/cli/messages.ts`) includes these, so that a message is written once.
 *
 * @module
 */

/** A language of the messages. */
export type Language = 'en' | 'id';

/** One message in both languages. */
export interface Text {
  readonly en: string;
  readonly id: string;
}

const q = (value: string): string => JSON.stringify(value);

/** Lists names as `"a", "b", "c"`. */
const names = (list: readonly string[]): string => list.map(q).join(', ');

/**
 * The table reader's catalogue: one function (or text) per message, each giving both languages.
 *
 * @example
 * ```ts
 * T.emptyId('id').id; // 'ID (kolom "id") kosong.'
 * ```
 */
export const T = {
  noYear: {
    en: 'No year: pass --year, or add a year column (CSV) or key (JSON).',
    id: 'Tahun tidak ada: berikan --year, atau tambahkan kolom (CSV) atau kunci (JSON) year/tahun.',
  },
  // --- reading bytes ------------------------------------------------------------------------------------
  invalidUtf8: (byte: number): Text => ({
    en: `Byte 0x${hex(
      byte,
    )} is not valid UTF-8. If the file was saved by Excel as "CSV" (Windows-1252), pass --encoding windows-1252.`,
    id: `Bita 0x${hex(
      byte,
    )} bukan UTF-8 yang sah. Bila berkas disimpan Excel sebagai "CSV" (Windows-1252), berikan --encoding windows-1252.`,
  }),
  invalidUtf16: (encoding: string): Text => ({
    en: `This is not valid ${encoding.toUpperCase()}: an unpaired surrogate or a missing last byte.`,
    id: `Ini bukan ${encoding.toUpperCase()} yang sah: surrogate tanpa pasangan atau bita terakhir hilang.`,
  }),
  looksUtf16: {
    en: 'The file holds NUL bytes: it looks like UTF-16 without a byte-order mark. Pass --encoding utf-16le (or utf-16be).',
    id: 'Berkas memuat bita NUL: tampaknya UTF-16 tanpa byte-order mark. Berikan --encoding utf-16le (atau utf-16be).',
  },

  // --- CSV syntax ---------------------------------------------------------------------------------------
  unclosedQuote: {
    en: 'A quoted field is never closed; add the closing quote (").',
    id: 'Kolom bertanda kutip tidak pernah ditutup; tambahkan tanda kutip penutup (").',
  },
  afterClosingQuote: (found: string): Text => ({
    en: `Unexpected ${q(found)} after a closing quote; a quote inside a quoted field is written twice ("").`,
    id: `${q(
      found,
    )} tak terduga setelah tanda kutip penutup; tanda kutip di dalam kolom bertanda kutip ditulis dua kali ("").`,
  }),
  quoteInUnquoted: {
    en: 'A quote inside an unquoted field; quote the whole field and write the quote twice ("").',
    id: 'Tanda kutip di dalam kolom tanpa kutip; kutip seluruh kolom dan tulis tanda kutipnya dua kali ("").',
  },
  ambiguousDelimiter: {
    en: 'The header line holds more than one of ",", ";" and tab, so the delimiter is ambiguous; pass --delimiter ",", ";" or tab.',
    id: 'Baris judul memuat lebih dari satu dari ",", ";" dan tab, jadi pemisahnya meragukan; berikan --delimiter ",", ";" atau tab.',
  },

  // --- CSV content --------------------------------------------------------------------------------------
  emptyCsv: {
    en: 'The CSV file is empty; expected a header line.',
    id: 'Berkas CSV kosong; baris judul diharapkan.',
  },
  noDataLines: {
    en: 'The CSV file has a header but no data lines.',
    id: 'Berkas CSV memiliki baris judul tetapi tidak ada baris data.',
  },
  headerTwice: (field: string, first: string, second: string): Text => ({
    en: `Two columns hold the ${field}: ${q(first)} and ${q(
      second,
    )}; name the one to use with --column ${field}=<header>.`,
    id: `Dua kolom berisi ${field}: ${q(first)} dan ${q(
      second,
    )}; sebutkan yang dipakai dengan --column ${field}=<judul>.`,
  }),
  noIdColumn: (headers: readonly string[]): Text => ({
    en: `No id column (id, nama, instansi, penyelenggara) in the header; the columns are ${names(
      headers,
    )}. Name it with --column id=<header>.`,
    id: `Tidak ada kolom ID (id, nama, instansi, penyelenggara) di baris judul; kolom yang ada: ${names(
      headers,
    )}. Sebutkan dengan --column id=<judul>.`,
  }),
  mappedColumnMissing: (field: string, header: string, headers: readonly string[]): Text => ({
    en: `--column ${field}=${header}: no column ${q(header)} in the header; the columns are ${names(headers)}.`,
    id: `--column ${field}=${header}: tidak ada kolom ${q(header)} di baris judul; kolom yang ada: ${names(headers)}.`,
  }),
  noScoreColumn: (headers: readonly string[]): Text => ({
    en: `The header has no score column; the columns are ${names(
      headers,
    )}. Add a total (total, nilai, nilai akhir) or dimension columns (input, proses, output, pengaduan, kepercayaan), or map one with --column total=<header>.`,
    id: `Baris judul tidak memiliki kolom nilai; kolom yang ada: ${names(
      headers,
    )}. Tambahkan kolom total (total, nilai, nilai akhir) atau kolom dimensi (input, proses, output, pengaduan, kepercayaan), atau petakan dengan --column total=<judul>.`,
  }),
  fieldCount: (got: number, expected: number, oneField: boolean): Text => ({
    en: `This line has ${got} fields but the header has ${expected}${
      oneField ? '; is the delimiter right? (see --delimiter)' : '.'
    }`,
    id: `Baris ini memiliki ${got} kolom, padahal baris judul ${expected}${
      oneField ? '; apakah pemisahnya benar? (lihat --delimiter)' : '.'
    }`,
  }),
  emptyId: (column: string): Text => ({
    en: `The id (column ${q(column)}) is empty.`,
    id: `ID (kolom ${q(column)}) kosong.`,
  }),
  badYearCell: (got: string): Text => ({
    en: `Expected a year such as 2023, got ${q(got)}.`,
    id: `Diharapkan tahun seperti 2023, bukan ${q(got)}.`,
  }),
  emptyYearCell: (column: string): Text => ({
    en: `The year (column ${q(column)}) is empty on this line; fill it in or pass --year.`,
    id: `Tahun (kolom ${q(column)}) kosong pada baris ini; isi atau berikan --year.`,
  }),
  emptyTotal: (column: string): Text => ({
    en: `The total (column ${q(column)}) is empty; give a total or drop the line.`,
    id: `Nilai total (kolom ${q(column)}) kosong; isi nilainya atau hapus barisnya.`,
  }),
  noScore: (columns: readonly string[]): Text => ({
    en: `This line has no score; give its total or its dimension scores (${columns.join(', ')}).`,
    id: `Baris ini tidak memiliki nilai; isi totalnya atau nilai dimensinya (${columns.join(', ')}).`,
  }),
  badFlag: (got: string): Text => ({
    en: `Expected true/false (or ya/tidak), got ${q(got)}.`,
    id: `Diharapkan ya/tidak (atau true/false), bukan ${q(got)}.`,
  }),
  unitYears: (id: string, year: number | null, line: number): Text => ({
    en: `Units of ${q(id)} have different years (${year ?? '?'} on line ${line}).`,
    id: `Unit-unit ${q(id)} memiliki tahun berbeda (${year ?? '?'} pada baris ${line}).`,
  }),
  unitFlags: (id: string): Text => ({
    en: `Units of ${q(id)} disagree on followedUpOmbudsman.`,
    id: `Unit-unit ${q(id)} tidak sepakat tentang followedUpOmbudsman.`,
  }),
  unitTwice: (unit: string, id: string, first: string): Text => ({
    en: `The unit ${q(unit)} of ${q(id)} is also at ${first}: the same unit twice.`,
    id: `Unit ${q(unit)} milik ${q(id)} juga ada di ${first}: unit yang sama dua kali.`,
  }),

  // --- ids ----------------------------------------------------------------------------------------------
  duplicateId: (id: string, first: string, units: boolean): Text => ({
    en: `The id ${q(id)} is also at ${first} (ids are compared trimmed and NFC-normalised): one body on two lines.${
      units ? '' : ' Remove one line, or add a unit column if they are units of one body.'
    }`,
    id: `ID ${q(
      id,
    )} juga ada di ${first} (ID dibandingkan setelah spasi tepi dibuang dan dinormalkan NFC): satu instansi pada dua baris.${
      units ? '' : ' Hapus salah satu baris, atau tambahkan kolom unit bila keduanya unit dari satu instansi.'
    }`,
  }),
  similarId: (id: string, other: string, first: string): Text => ({
    en: `The id ${q(id)} differs from ${q(
      other,
    )} at ${first} only in case or spacing: probably the same body. Correct one, or pass --keep-similar-ids to keep them apart.`,
    id: `ID ${q(id)} berbeda dari ${q(
      other,
    )} di ${first} hanya pada huruf besar/kecil atau spasi: kemungkinan instansi yang sama. Perbaiki salah satunya, atau berikan --keep-similar-ids untuk memisahkannya.`,
  }),

  // --- JSON ---------------------------------------------------------------------------------------------
  jsonMalformedString: {
    en: 'Malformed string: unclosed, with a raw control character or a bad escape.',
    id: 'String rusak: tidak ditutup, memuat karakter kendali mentah, atau escape yang salah.',
  },
  jsonTooDeep: (depth: number): Text => ({
    en: `Nesting deeper than ${depth} levels.`,
    id: `Bersarang lebih dari ${depth} tingkat.`,
  }),
  jsonExpectedName: (found: string): Text => ({
    en: `Expected a property name in double quotes, found ${found}.`,
    id: `Diharapkan nama properti dalam tanda kutip ganda, ditemukan ${found}.`,
  }),
  jsonProto: {
    en: 'The key "__proto__" is not allowed (it could change the object itself); rename it.',
    id: 'Kunci "__proto__" tidak diizinkan (dapat mengubah objek itu sendiri); ganti namanya.',
  },
  jsonKeyTwice: (name: string): Text => ({
    en: `The property ${q(name)} appears twice.`,
    id: `Properti ${q(name)} muncul dua kali.`,
  }),
  jsonExpected: (what: string, found: string): Text => ({
    en: `Expected ${what}, found ${found}.`,
    id: `Diharapkan ${what}, ditemukan ${found}.`,
  }),
  jsonAfterValue: (found: string): Text => ({
    en: `Unexpected ${found} after the JSON value.`,
    id: `${found} tak terduga setelah nilai JSON.`,
  }),
  jsonEnd: { en: 'the end of the text', id: 'akhir teks' },
  jsonUnknownTopKey: (key: string): Text => ({
    en: `Unknown key ${q(key)} at the top level. Expected an array of bodies or { "year": 2023, "bodies": [...] }.`,
    id: `Kunci ${q(
      key,
    )} tidak dikenal di tingkat teratas. Diharapkan larik instansi atau { "year": 2023, "bodies": [...] }.`,
  }),
  jsonBodiesNotArray: {
    en: '"bodies" must be an array. Expected an array of bodies or { "year": 2023, "bodies": [...] }.',
    id: '"bodies" harus berupa larik. Diharapkan larik instansi atau { "year": 2023, "bodies": [...] }.',
  },
  jsonNotDocument: {
    en: 'The document is not an array or object. Expected an array of bodies or { "year": 2023, "bodies": [...] }.',
    id: 'Dokumen bukan larik atau objek. Diharapkan larik instansi atau { "year": 2023, "bodies": [...] }.',
  },
  jsonNoBodies: { en: 'The document has no bodies.', id: 'Dokumen tidak memuat instansi.' },
  jsonNotBody: {
    en: 'Expected a body object such as { "id": "Medan", "total": 81.43 }.',
    id: 'Diharapkan objek instansi seperti { "id": "Medan", "total": 81.43 }.',
  },
  jsonBadId: (key: string): Text => ({
    en: `Expected ${q(key)} to be a non-empty string or number.`,
    id: `${q(key)} harus berupa string tidak kosong atau angka.`,
  }),
  jsonBesideTotal: (key: string): Text => ({
    en: `A body with a "total" is classified; ${q(key)} is not allowed beside it.`,
    id: `Instansi dengan "total" diklasifikasikan; ${q(key)} tidak boleh ada di sampingnya.`,
  }),
  jsonBadTotal: {
    en: 'Expected "total" to be a number or a decimal string.',
    id: '"total" harus berupa angka atau string desimal.',
  },
  jsonBadFlag: {
    en: 'Expected "followedUpOmbudsman" to be true or false.',
    id: '"followedUpOmbudsman" harus true atau false.',
  },

  // --- officers' sheets ---------------------------------------------------------------------------------
  titleRowsSkipped: (count: number, first: number, last: number): Text => ({
    en: `note: ${count} title row${count === 1 ? '' : 's'} above the header skipped (${lines(first, last, 'en')}).`,
    id: `catatan: ${count} baris judul di atas baris kepala kolom dilewati (${lines(first, last, 'id')}).`,
  }),
  rowsLeftOut: (rows: readonly number[], ids: readonly string[]): Text => {
    const named = [...new Set(ids.filter((id) => id !== ''))].slice(0, 3);
    const shown = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ', …' : '');
    return {
      en: `note: ${rows.length} row${rows.length === 1 ? '' : 's'} without a body left out (footer rows${
        named.length > 0 ? ` such as ${names(named)}` : ''
      } or rows without an id; line${rows.length === 1 ? '' : 's'} ${shown}).`,
      id: `catatan: ${rows.length} baris tanpa instansi tidak dihitung (baris penutup${
        named.length > 0 ? ` seperti ${names(named)}` : ''
      } atau baris tanpa ID; baris ${shown}).`,
    };
  },
  decimalCommaFile: (value: string, count: number): Text =>
    count === 1
      ? {
          en: `${q(value)} uses a decimal comma; write ${q(value.replace(',', '.'))} or pass --decimal-comma.`,
          id: `${q(value)} memakai koma desimal; tulis ${q(value.replace(',', '.'))} atau pakai --decimal-comma.`,
        }
      : {
          en: `This file writes decimals with a comma (${q(value)} here, and ${count - 1} more line${
            count === 2 ? '' : 's'
          } like it): pass --decimal-comma.`,
          id: `Berkas ini menulis desimal dengan koma (${q(value)} di sini, dan ${count - 1} baris lain seperti itu): pakai --decimal-comma.`,
        },
  exactNotTotal: (exact: string, total: string, rounded: string): Text => ({
    en: `The exact value ${q(exact)} rounds to ${rounded}, not to the total ${q(total)} beside it: the file was changed.`,
    id: `Nilai eksak ${q(exact)} dibulatkan menjadi ${rounded}, bukan nilai ${q(total)} di sampingnya: berkas telah diubah.`,
  }),
} as const;

function lines(first: number, last: number, lang: Language): string {
  const word = lang === 'en' ? (first === last ? 'line' : 'lines') : 'baris';
  return first === last ? `${word} ${first}` : `${word} ${first}–${last}`;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
