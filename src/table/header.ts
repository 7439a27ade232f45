/**
 * Which column of a table holds what: header names matched case-insensitively, ignoring spaces and punctuation,
 * with the Indonesian and English names of the national spreadsheets and the library's own labels of every
 * dimension (as the rulesets name them: "Dimensi Input", "Input dimension", …) as aliases, and
 * `--column <field>=<header>` for any other name. The one alias list of the CLI and the page.
 *
 * @module
 */
import type { CsvRecord } from './csv.js';

/**
 * The fields a column can hold.
 *
 * @example
 * ```ts
 * FIELDS.includes('total'); // true
 * ```
 */
export const FIELDS = [
  'id',
  'unit',
  'total',
  'competency',
  'standards',
  'opinion',
  'complaints',
  'trust',
  'year',
  'followedUpOmbudsman',
  'exact',
  'category',
  'zone',
] as const;
/** A field a column can hold. */
export type Field = (typeof FIELDS)[number];

/** The header names of each field, before {@link headerKey}: the field's own name first. */
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  id: [
    'id',
    'nama',
    'instansi',
    'penyelenggara',
    'nama instansi',
    'nama penyelenggara',
    'nama pemerintah daerah',
    'pemerintah daerah',
    'nama opd',
    'name',
    'body',
  ],
  unit: ['unit', 'unit layanan', 'nama unit layanan', 'opd', 'service unit'],
  total: ['total', 'nilai', 'nilai akhir', 'nilai total', 'total nilai', 'nilai kepatuhan', 'final score'],
  competency: ['competency', 'input', 'dimensi input', 'input dimension'],
  standards: [
    'standards',
    'proses',
    'dimensi proses',
    'process dimension',
    'kepatuhan standar pelayanan',
    'service-standard compliance',
  ],
  opinion: ['opinion', 'output', 'dimensi output', 'output dimension'],
  complaints: ['complaints', 'pengaduan', 'dimensi pengaduan', 'complaints dimension'],
  trust: ['trust', 'kepercayaan', 'kepercayaan masyarakat', 'public trust'],
  year: ['year', 'tahun'],
  followedUpOmbudsman: ['followedUpOmbudsman', 'tindak lanjut'],
  exact: ['exact', 'nilai eksak'],
  category: ['category', 'kategori'],
  zone: ['zone', 'zona'],
};

/**
 * Columns the CLI itself writes beside its results and computes again on reading (rank, label, opinion): read
 * back, they are neither data nor carried, so that a written file reads back to the same columns.
 */
const RESULT_COLUMNS: ReadonlySet<string> = new Set(
  ['rank', 'peringkat', 'label', 'predikat', 'opinion', 'opini'].map((name) => headerKey(name)),
);

/**
 * Whether `header` names a column the CLI writes beside its results (rank, label, opinion), which a reader
 * neither reads nor carries.
 *
 * @example
 * ```ts
 * isResultColumn('Peringkat'); // true
 * isResultColumn('Keterangan'); // false
 * ```
 */
export function isResultColumn(header: string): boolean {
  return RESULT_COLUMNS.has(headerKey(header));
}

/**
 * A header name as it is compared: NFC, lower case, letters and digits only.
 *
 * @example
 * ```ts
 * headerKey(' Nilai Akhir '); // 'nilaiakhir'
 * headerKey('Unit_Layanan'); // 'unitlayanan'
 * ```
 */
export function headerKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const BY_KEY: ReadonlyMap<string, Field> = new Map(
  FIELDS.flatMap((field) => ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

/**
 * The field whose own name or alias `header` is, or `null`.
 *
 * @example
 * ```ts
 * fieldOfHeader('NAMA'); // 'id'
 * fieldOfHeader('Skor'); // null
 * ```
 */
export function fieldOfHeader(header: string): Field | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** The column index of each field found in a header. */
export type ColumnMap = Partial<Record<Field, number>>;

/** A problem with a header: the fields clash or a mapped column is missing. */
export type HeaderProblem =
  | { readonly kind: 'twice'; readonly field: Field; readonly first: number; readonly second: number }
  | { readonly kind: 'missing'; readonly field: Field; readonly header: string };

/**
 * Finds the column of every field: a mapped field (`--column`) only where its header is, any other field
 * where one of its names is. A header mapped to a field is not read as an alias of another.
 *
 * @example
 * ```ts
 * const header = [{ value: 'Nama', line: 1, column: 1 }, { value: 'Nilai', line: 1, column: 6 }];
 * matchColumns(header, {}).columns; // { id: 0, total: 1 }
 * ```
 */
export function matchColumns(
  header: CsvRecord,
  mapping: Readonly<Partial<Record<Field, string>>>,
): { readonly columns: ColumnMap; readonly problems: readonly HeaderProblem[] } {
  const keys = header.map((field) => headerKey(field.value));
  const mappedKeys = new Set(Object.values(mapping).map((name) => headerKey(name!)));
  const columns: ColumnMap = {};
  const problems: HeaderProblem[] = [];
  const place = (field: Field, index: number) => {
    const first = columns[field];
    if (first === undefined) columns[field] = index;
    else problems.push({ kind: 'twice', field, first, second: index });
  };
  for (const field of FIELDS) {
    const name = mapping[field];
    if (name === undefined) continue;
    const index = keys.indexOf(headerKey(name));
    if (index < 0) problems.push({ kind: 'missing', field, header: name });
    else place(field, index);
  }
  keys.forEach((key, index) => {
    if (mappedKeys.has(key)) return;
    const field = BY_KEY.get(key);
    if (field !== undefined && mapping[field] === undefined) place(field, index);
  });
  return { columns, problems };
}
