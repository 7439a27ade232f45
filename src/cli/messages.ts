/**
 * Every message of the CLI, in English and Indonesian, in one catalog. A message is a {@link Text}; the
 * chosen `--lang` picks one side when it is printed. Library errors bring their own text (see
 * `commands/evaluate.ts`).
 *
 * @module
 */

import { T, type Text } from '../table/texts.js';

export type { Language, Text } from '../table/texts.js';

const q = (value: string): string => JSON.stringify(value);


/**
 * The catalog: one function (or text) per message, each giving both languages.
 *
 * @example
 * ```ts
 * M.emptyId('id').id; // 'ID (kolom "id") kosong.'
 * ```
 */
export const M = {
  ...T,
  // --- usage -------------------------------------------------------------------------------------------
  help: { en: 'Run "ombuds-score --help" for usage.', id: 'Jalankan "ombuds-score --help" untuk petunjuk pemakaian.' },
  nameCommand: (commands: readonly string[]): Text => ({
    en: `Name a command: ${commands.join(', ')}.`,
    id: `Sebutkan perintah: ${commands.join(', ')}.`,
  }),
  unknownCommand: (command: string, commands: readonly string[]): Text => ({
    en: `Unknown command ${q(command)}; expected one of ${commands.join(', ')}.`,
    id: `Perintah ${q(command)} tidak dikenal; yang ada: ${commands.join(', ')}.`,
  }),
  unknownOption: (option: string): Text => ({
    en: `Unknown option ${q(option)}.`,
    id: `Opsi ${q(option)} tidak dikenal.`,
  }),
  optionTwice: (option: string): Text => ({
    en: `--${option} is given twice; give it once.`,
    id: `--${option} diberikan dua kali; berikan sekali saja.`,
  }),
  optionNeedsValue: (option: string): Text => ({
    en: `--${option} expects a value.`,
    id: `--${option} memerlukan nilai.`,
  }),
  flagTakesNoValue: (option: string): Text => ({
    en: `--${option} takes no value.`,
    id: `--${option} tidak menerima nilai.`,
  }),
  oneOf: (option: string, allowed: readonly string[], got: string): Text => ({
    en: `--${option} expects one of ${allowed.join(', ')}, got ${q(got)}.`,
    id: `--${option} harus salah satu dari ${allowed.join(', ')}, bukan ${q(got)}.`,
  }),
  badYear: (got: string): Text => ({
    en: `--year expects a year such as 2023, got ${q(got)}.`,
    id: `--year harus berupa tahun seperti 2023, bukan ${q(got)}.`,
  }),
  yearWithoutRules: (year: number, reason: Text): Text => ({
    en: `--year ${year}: ${reason.en}`,
    id: `--year ${year}: ${reason.id}`,
  }),
  badRevision: (got: string): Text => ({
    en: `--revision expects a revision number such as 1 or 2, got ${q(got)}.`,
    id: `--revision harus nomor revisi seperti 1 atau 2, bukan ${q(got)}.`,
  }),
  badMaxErrors: (got: string): Text => ({
    en: `--max-errors expects a whole number from 1, got ${q(got)}.`,
    id: `--max-errors harus bilangan bulat mulai 1, bukan ${q(got)}.`,
  }),
  badColumnOption: (got: string, fields: readonly string[]): Text => ({
    en: `--column expects <field>=<header>, such as total=Skor (fields: ${fields.join(', ')}), got ${q(got)}.`,
    id: `--column harus berbentuk <bidang>=<judul kolom>, misalnya total=Skor (bidang: ${fields.join(', ')}), bukan ${q(
      got,
    )}.`,
  }),
  columnTwice: (field: string): Text => ({
    en: `The ${field} column is mapped twice (--column ${field}=… or --id-column); map it once.`,
    id: `Kolom ${field} dipetakan dua kali (--column ${field}=… atau --id-column); petakan sekali saja.`,
  }),
  headerMappedTwice: (header: string, first: string, second: string): Text => ({
    en: `The header ${q(header)} is mapped to both ${first} and ${second}; a column holds one thing.`,
    id: `Judul kolom ${q(header)} dipetakan ke ${first} sekaligus ${second}; satu kolom hanya berisi satu hal.`,
  }),
  headerNamesOtherField: (field: string, header: string, other: string): Text => ({
    en: `--column ${field}=${header}: ${q(
      header,
    )} is the name of the ${other} column; the ${field} cannot be read from it.`,
    id: `--column ${field}=${header}: ${q(header)} adalah nama kolom ${other}; ${field} tidak dapat dibaca darinya.`,
  }),
  emptyColumnName: (field: string): Text => ({
    en: `--column ${field}= expects a column name after "=".`,
    id: `--column ${field}= memerlukan nama kolom setelah "=".`,
  }),
  methodRankOnly: {
    en: '--method applies to rank only.',
    id: '--method hanya berlaku untuk rank.',
  },
  delimiterWithJson: {
    en: '--delimiter applies to CSV input; it contradicts --input json.',
    id: '--delimiter berlaku untuk masukan CSV; bertentangan dengan --input json.',
  },

  // --- reading files ----------------------------------------------------------------------------------
  cannotRead: (file: string, reason: string): Text => ({
    en: `${file}: cannot read the file (${reason}).`,
    id: `${file}: berkas tidak dapat dibaca (${reason}).`,
  }),

  // --- comparing ----------------------------------------------------------------------------------------
  oneYear: (command: string, id: string, year: number, firstId: string, firstYear: number): Text => ({
    en: `${command} compares bodies of one year; ${q(id)} is ${year} but ${q(firstId)} is ${firstYear}.`,
    id: `${command} membandingkan instansi dari satu tahun; ${q(id)} tahun ${year} tetapi ${q(
      firstId,
    )} tahun ${firstYear}.`,
  }),

  // --- printed totals -----------------------------------------------------------------------------------
  /** Numbers with a point (`80.47`): in English with a comma under `--decimal-comma`, in Indonesian always with one. */
  printedDiffers: (id: string, printed: string, computed: string, difference: string, decimalComma: boolean): Text => {
    const comma = (text: string) => text.replace('.', ',');
    const en = decimalComma ? comma : (text: string) => text;
    return {
      en: `warning: ${q(id)} prints ${en(printed)}, but its parts give ${en(computed)} (difference ${en(difference)}); ranked by ${en(computed)}. See "ombuds-score audit".`,
      id: `peringatan: ${q(id)} mencetak ${comma(printed)}, tetapi bagian-bagiannya menghasilkan ${comma(computed)} (selisih ${comma(difference)}); diperingkat dengan ${comma(computed)}. Lihat "ombuds-score audit".`,
    };
  },
  auditReading: (reading: string): Text =>
    (
      ({
        'units-before-mean': { en: 'units rounded before the mean', id: 'unit dibulatkan sebelum dirata-rata' },
        'units-after-mean': { en: 'units rounded after the mean', id: 'unit dibulatkan setelah dirata-rata' },
        'half-even': { en: 'rounding half to even', id: 'pembulatan setengah ke genap' },
        'half-up': { en: 'rounding half up', id: 'pembulatan setengah ke atas' },
        down: { en: 'truncation (rounding down)', id: 'pemotongan (pembulatan ke bawah)' },
      }) as Record<string, Text>
    )[reading] ?? { en: reading, id: reading },
  auditAgrees: (compared: number): Text => ({
    en: `Every printed total, grade and zone follows from its parts (${compared} row${compared === 1 ? '' : 's'} compared).`,
    id: `Setiap nilai, kategori dan zona tercetak sesuai dengan bagian-bagiannya (${compared} baris dibandingkan).`,
  }),
  auditNothing: {
    en: 'Nothing to audit: no row prints a total, grade or zone beside its dimension scores or units.',
    id: 'Tidak ada yang diaudit: tidak ada baris yang mencetak nilai, kategori atau zona di samping nilai dimensi atau unitnya.',
  },
  auditDisagree: (count: number, compared: number): Text => ({
    en: `${count} of ${compared} rows print a total, grade or zone that does not follow from their parts.`,
    id: `${count} dari ${compared} baris mencetak nilai, kategori atau zona yang tidak sesuai dengan bagian-bagiannya.`,
  }),

  // --- the end of a run ---------------------------------------------------------------------------------
  moreProblems: (count: number): Text => ({
    en: `… and ${count} more problem${count === 1 ? '' : 's'} (see --max-errors).`,
    id: `… dan ${count} masalah lainnya (lihat --max-errors).`,
  }),
  writeFailed: (reason: string): Text => ({
    en: `cannot write the output (${reason}).`,
    id: `keluaran tidak dapat ditulis (${reason}).`,
  }),
} as const;

/**
 * Column titles and summary keys of the output, in both languages.
 *
 * @example
 * ```ts
 * HEADERS.rank.id; // 'peringkat'
 * ```
 */
export const HEADERS = {
  rank: { en: 'rank', id: 'peringkat' },
  id: { en: 'id', id: 'id' },
  year: { en: 'year', id: 'tahun' },
  total: { en: 'total', id: 'nilai' },
  exact: { en: 'exact', id: 'nilai eksak' },
  category: { en: 'category', id: 'kategori' },
  zone: { en: 'zone', id: 'zona' },
  label: { en: 'label', id: 'predikat' },
  opinion: { en: 'opinion', id: 'opini' },
  group: { en: 'group', id: 'kelompok' },
  key: { en: 'key', id: 'kunci' },
  value: { en: 'value', id: 'jumlah' },
  bodies: { en: 'bodies', id: 'instansi' },
  count: { en: 'count', id: 'banyaknya' },
  mean: { en: 'mean', id: 'rata-rata' },
  median: { en: 'median', id: 'median' },
  highest: { en: 'highest', id: 'tertinggi' },
  lowest: { en: 'lowest', id: 'terendah' },
  ranking: { en: 'ranking', id: 'pemeringkatan' },
  place: { en: 'place', id: 'letak' },
  printedTotal: { en: 'printed total', id: 'nilai tercetak' },
  computedTotal: { en: 'computed total', id: 'nilai terhitung' },
  difference: { en: 'difference', id: 'selisih' },
  printedCategory: { en: 'printed grade', id: 'kategori tercetak' },
  computedCategory: { en: 'computed grade', id: 'kategori terhitung' },
  printedZone: { en: 'printed zone', id: 'zona tercetak' },
  computedZone: { en: 'computed zone', id: 'zona terhitung' },
  explainedBy: { en: 'explained by', id: 'dijelaskan oleh' },
} as const satisfies Record<string, Text>;
