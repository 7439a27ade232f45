/**
 * Every text of a `ScoringError`, in English and Indonesian, built in one place (as zod's locales are): a throw
 * site names a message of this catalog and passes its parameters; the message gives the stable `reason` and
 * builds both texts. English texts speak to the programmer who called the library; Indonesian texts speak to
 * the official who filled in the sheet, in the words of the assessment, and say what to write instead.
 *
 * Each message is its own export, so a bundle keeps only the messages its code can throw.
 *
 * @module
 */
import type { ScoringErrorReason } from '../errors.js';

/** One message: its reason and the builders of its English and Indonesian texts. @internal */
export interface Message<P> {
  readonly reason: ScoringErrorReason;
  readonly en: (p: P) => string;
  readonly id: (p: P) => string;
}

const message = <P>(reason: ScoringErrorReason, en: (p: P) => string, id: (p: P) => string): Message<P> => ({
  reason,
  en,
  id,
});

// ---------------------------------------------------------------------------------------------------------
// Describing values
// ---------------------------------------------------------------------------------------------------------

/** A short, safe English description of any value: `the string "abc"`, `an object`, `nothing (undefined)`. */
export function describeEn(value: unknown): string {
  if (value === null) return 'null';
  if (isList(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of ${value.length} characters` : `the string ${JSON.stringify(value)}`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `the BigInt ${value.toString().slice(0, 40)}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'undefined':
      return 'nothing (undefined)';
    default:
      return 'an object';
  }
}

/** The same in Indonesian: `teks "abc"`, `sebuah objek`, `kosong`. */
export function describeId(value: unknown): string {
  if (value === null || value === undefined) return 'kosong';
  if (isList(value)) return 'sebuah daftar';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `teks sepanjang ${value.length} karakter` : `teks ${JSON.stringify(value)}`;
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true (ya)' : 'false (tidak)';
    case 'bigint':
      return `bilangan BigInt ${value.toString().slice(0, 40)}`;
    case 'symbol':
      return 'sebuah simbol';
    case 'function':
      return 'sebuah fungsi';
    default:
      return 'sebuah objek';
  }
}

/** A value as written: a string in quotes (shortened), anything else described. */
function quoteEn(value: unknown): string {
  return typeof value === 'string' ? shown(value) : describeEn(value);
}

function quoteId(value: unknown): string {
  return typeof value === 'string' ? shown(value) : describeId(value);
}

/** A string in quotes, shortened to 40 characters. */
function shown(text: string): string {
  return text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}…` : JSON.stringify(text);
}

function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** `["a", "b", "c"]` → `a, b dan c`. */
function andId(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

/** `["a", "b", "c"]` → `a, b atau c` (a choice). */
function orId(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} atau ${items.at(-1)}`;
}

/** Decimal comma for Indonesian readers: `87.44` → `87,44`. */
function comma(value: number | string): string {
  return String(value).replace('.', ',');
}

// ---------------------------------------------------------------------------------------------------------
// Numbers (src/decimal.ts)
// ---------------------------------------------------------------------------------------------------------

export const notFinite = /* @__PURE__ */ message<{ value: unknown }>(
  'not-a-number',
  ({ value }) => `Expected a finite number, got ${String(value)}.`,
  ({ value }) => `${String(value)} bukan angka yang dapat dinilai; isi dengan angka seperti 87.44.`,
);

export const tooManyDecimals = /* @__PURE__ */ message<{ value: unknown; max: number }>(
  'too-many-decimals',
  ({ value, max }) => `${quoteEn(value)} has more than ${max} decimals; round it to at most ${max}.`,
  ({ value, max }) =>
    `${quoteId(value)} memiliki lebih dari ${max} angka di belakang titik desimal; bulatkan menjadi paling banyak ${max} angka desimal.`,
);

export const notDecimal = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Expected a decimal string such as "87.44" or a finite number, got ${describeEn(value)}.`,
  ({ value }) => `Yang diisi ${describeId(value)}; isi dengan angka seperti 87.44.`,
);

export const numberTooLong = /* @__PURE__ */ message<{ length: number; max: number }>(
  'too-large',
  ({ length, max }) => `Expected a decimal string of at most ${max} characters, got one of ${length}.`,
  ({ length, max }) => `Angka ini ditulis dengan ${length} karakter; paling banyak ${max} karakter.`,
);

export const decimalComma = /* @__PURE__ */ message<{ value: string }>(
  'decimal-comma',
  ({ value }) => `${shown(value)} uses a decimal comma; write "${value.replace(',', '.')}" or pass { decimalComma: true }.`,
  ({ value }) => `${shown(value)} memakai koma desimal; tulis "${value.replace(',', '.')}" atau aktifkan opsi koma desimal.`,
);

export const decimalPoint = /* @__PURE__ */ message<{ value: string }>(
  'decimal-point',
  ({ value }) => `${shown(value)} uses a dot although { decimalComma: true } was passed; write "${value.replace('.', ',')}".`,
  ({ value }) =>
    `${shown(value)} memakai titik, padahal opsi koma desimal aktif (titik bisa berarti pemisah ribuan); tulis "${value.replace('.', ',')}".`,
);

export const notPlainDecimal = /* @__PURE__ */ message<{ value: string; comma: boolean }>(
  'not-a-number',
  ({ value, comma: c }) =>
    `${shown(value)} is not a plain decimal number; expected digits with an optional ${
      c ? 'comma' : 'point'
    } and no spaces, exponent or NaN, e.g. "${c ? '87,44' : '87.44'}".`,
  ({ value, comma: c }) =>
    `${shown(value)} bukan angka desimal biasa; tulis angka saja, dengan ${
      c ? 'koma' : 'titik'
    } desimal bila perlu, tanpa spasi atau eksponen, misalnya ${c ? '87,44' : '87.44'}.`,
);

export const outOfRange = /* @__PURE__ */ message<{ value: unknown }>(
  'out-of-range',
  ({ value }) => `Expected a value from 0 to 100, got ${quoteEn(value)}. Scores are on the 0–100 scale.`,
  ({ value }) => `Nilai ${quoteId(value)} di luar rentang; nilai ditulis pada skala 0 sampai 100.`,
);

// ---------------------------------------------------------------------------------------------------------
// Options (src/scoring/options.ts)
// ---------------------------------------------------------------------------------------------------------

export const optionsNotObject = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Expected an options object, got ${describeEn(value)}.`,
  ({ value }) => `Pengaturan (opsi) harus berupa objek, bukan ${describeId(value)}.`,
);

export const optionsUnreadable = /* @__PURE__ */ message<Record<string, never>>(
  'unreadable',
  () => 'Listing the keys of the options object failed; pass a plain object.',
  () => 'Pengaturan (opsi) tidak dapat dibaca; berikan objek biasa.',
);

export const unknownOption = /* @__PURE__ */ message<{ key: string; known: readonly string[] }>(
  'unknown-key',
  ({ key, known }) => `Unknown option "${key}"; expected one of ${known.join(', ')}.`,
  ({ key, known }) => `Opsi "${key}" tidak dikenal; opsi yang ada: ${andId(known)}.`,
);

export const optionUnreadable = /* @__PURE__ */ message<{ key: string }>(
  'unreadable',
  ({ key }) => `Reading option ${key} failed; pass a plain value.`,
  ({ key }) => `Opsi ${key} tidak dapat dibaca; berikan nilai biasa.`,
);

export const optionNotBoolean = /* @__PURE__ */ message<{ key: string; value: unknown }>(
  'wrong-type',
  ({ key, value }) => `Option ${key} must be true or false, got ${describeEn(value)}.`,
  ({ key, value }) => `Opsi ${key} harus true (ya) atau false (tidak), bukan ${describeId(value)}.`,
);

export const optionNotOneOf = /* @__PURE__ */ message<{ key: string; allowed: readonly string[]; value: unknown }>(
  'not-allowed',
  ({ key, allowed, value }) =>
    `Option ${key} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeEn(value)}.`,
  ({ key, allowed, value }) =>
    `Opsi ${key} harus salah satu dari ${orId(allowed.map((a) => `"${a}"`))}, bukan ${describeId(value)}.`,
);

// ---------------------------------------------------------------------------------------------------------
// Rulesets (compile, registry, parseRuleset, deriveRuleset, provenance)
// ---------------------------------------------------------------------------------------------------------

export const notValidated = /* @__PURE__ */ message<Record<string, never>>(
  'not-validated',
  () =>
    'Expected a ruleset from getRuleset(), a rulesets/<year> module, parseRuleset() or deriveRuleset(); pass a copy (JSON, structuredClone, postMessage) or a ruleset of your own to parseRuleset() first.',
  () =>
    'Aturan penilaian ini belum diperiksa. Pakai aturan resmi (getRuleset), atau periksa dahulu dengan parseRuleset() aturan buatan sendiri dan salinan (dari berkas JSON, structuredClone, postMessage).',
);

export const notARuleset = /* @__PURE__ */ message<Record<string, never>>(
  'wrong-type',
  () => 'Expected a ruleset from getRuleset(year), a rulesets/<year> module, parseRuleset() or deriveRuleset().',
  () => 'Yang diberikan bukan aturan penilaian; pakai aturan dari getRuleset(tahun), parseRuleset() atau deriveRuleset().',
);

export const yearNotInteger = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Expected a year as an integer such as 2023, got ${describeEn(value)}.`,
  ({ value }) => `Tahun harus ditulis sebagai bilangan bulat seperti 2023, bukan ${describeId(value)}.`,
);

export const noAssessmentHeld = /* @__PURE__ */ message<{ year: number }>(
  'no-assessment',
  ({ year }) =>
    `The Ombudsman held no assessment in ${year} (COVID-19, RULEBOOK §2). Use ${year - 1} or ${year + 1} for the nearest years.`,
  ({ year }) =>
    `Ombudsman tidak menyelenggarakan penilaian pada ${year} (pandemi COVID-19). Pakai tahun terdekat, ${year - 1} atau ${year + 1}.`,
);

export const noRuleset = /* @__PURE__ */ message<{ year: number; years: readonly number[] }>(
  'no-ruleset',
  ({ year, years }) =>
    `No ruleset for ${year}. Rulesets exist for ${years.join(', ')}${
      year < 2015 ? '; the observations before 2015 have no comparable score' : ''
    }.`,
  ({ year, years }) =>
    `Belum ada aturan penilaian untuk tahun ${year}. Aturan tersedia untuk ${andId(years.map(String))}${
      year < 2015 ? '; pengamatan sebelum 2015 tidak memiliki nilai yang dapat dibandingkan' : ''
    }.`,
);

export const rulesetUnreadable = /* @__PURE__ */ message<{ detail: string }>(
  'unreadable',
  ({ detail }) => `Reading the ruleset failed: ${detail}. Pass plain data.`,
  () => 'Aturan penilaian tidak dapat dibaca; berikan data biasa (misalnya hasil membaca berkas JSON).',
);

/** What `parseRuleset` needs of a zod issue: its code, message, path and (some codes) details. @internal */
export interface SchemaIssue {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly origin?: string;
  readonly expected?: string;
  readonly keys?: readonly string[];
}

/**
 * The Indonesian texts of the ruleset schema's own messages (src/model/ruleset-schema.ts), by their English
 * wording; a message not listed here is described by its zod code.
 */
const SCHEMA_TEXTS: readonly (readonly [RegExp, ScoringErrorReason, (m: RegExpMatchArray) => string])[] = [
  [/^Expected a decimal string with a point, got (.*) \(a decimal comma\)/, 'decimal-comma', (m) => `${m[1]} memakai koma desimal; aturan penilaian ditulis dengan titik desimal, misalnya "21.85"`],
  [/^Expected a decimal string such as "21\.85".*, got (.*)$/, 'not-a-number', (m) => `${m[1]} bukan angka desimal; tulis angka seperti "21.85" (paling banyak 20 angka desimal)`],
  [/^Expected a value from 0 to 100/, 'out-of-range', () => 'Nilai harus antara 0 dan 100'],
  [/^Every parameter cites at least one source/, 'missing', () => 'Setiap ketentuan perlu paling sedikit satu sumber'],
  [/^An assumed parameter needs a note/, 'missing', () => 'Ketentuan yang berupa asumsi perlu catatan alasannya'],
  [/^Expected a lower-case id such as "(.*)"/, 'not-allowed', (m) => `Id harus huruf kecil, angka, titik, garis bawah atau tanda hubung, misalnya "${m[1]}"`],
  [/^A scale needs min < max/, 'out-of-range', () => 'Skala jawaban perlu nilai terendah yang lebih kecil dari nilai tertinggi'],
  [/^An indicator with answer options needs at least two/, 'missing', () => 'Indikator dengan pilihan jawaban perlu paling sedikit dua pilihan'],
  [/^At most (\d+) answer options/, 'too-large', (m) => `Paling banyak ${m[1]} pilihan jawaban`],
  [/^Answer options must be in ascending order/, 'not-allowed', () => 'Pilihan jawaban harus urut naik menurut nilainya, tiap nilai satu kali'],
  [/^A higher answer cannot be worth fewer points/, 'conflict', () => 'Jawaban yang lebih tinggi tidak boleh bernilai lebih kecil daripada jawaban yang lebih rendah'],
  [/^An indicator has either a scale or answer options/, 'conflict', () => 'Indikator memakai skala jawaban atau pilihan jawaban, tidak keduanya'],
  [/^A variable needs at least one indicator/, 'missing', () => 'Setiap variabel perlu paling sedikit satu indikator'],
  [/^A dimension with an instrument needs at least one variable/, 'missing', () => 'Dimensi dengan instrumen perlu paling sedikit satu variabel'],
  [/^An answer scale needs an instrument/, 'not-applicable', () => 'Skala jawaban hanya berlaku untuk dimensi yang memiliki instrumen (variabel)'],
  [/^A (variable|dimension|ruleset|parameter) has at most (\d+) (\w+)/, 'too-large', (m) => `Paling banyak ${m[2]} ${({ indicators: 'indikator', variables: 'variabel', dimensions: 'dimensi', bands: 'pita nilai', sources: 'sumber' } as Record<string, string>)[m[3]!] ?? m[3]} di sini`],
  [/^Variable weights must sum to exactly 100; they sum to (.*)$/, 'conflict', (m) => `Jumlah bobot variabel harus tepat 100; sekarang ${comma(m[1]!)}`],
  [/^Variable weights given sum to (.*), leaving nothing/, 'conflict', (m) => `Bobot variabel yang diisi sudah berjumlah ${comma(m[1]!)}; tidak tersisa bobot untuk variabel lainnya`],
  [/^Indicator weights of variable (.*) must sum/, 'conflict', (m) => `Jumlah bobot indikator variabel ${m[1]} harus sama dengan bagian variabel itu`],
  [/^Indicator weights of variable (.*) leave nothing/, 'conflict', (m) => `Bobot indikator variabel ${m[1]} tidak menyisakan bobot untuk indikator lainnya`],
  [/^(Variable|Indicator) id (.*) appears twice/, 'duplicate-id', (m) => `Id ${m[1] === 'Variable' ? 'variabel' : 'indikator'} ${m[2]} muncul dua kali dalam dimensi ini`],
  [/^Dimension (.*) appears twice/, 'duplicate-id', (m) => `Dimensi ${m[1]} muncul dua kali`],
  [/^Dimension weights must sum to exactly 100; they sum to (.*)$/, 'conflict', (m) => `Jumlah bobot dimensi harus tepat 100; sekarang ${comma(m[1]!)}`],
  [/^An opinion template must contain \{label\}/, 'missing', () => 'Templat opini harus memuat {label}'],
  [/^A band bound must have at most (\d+) decimals/, 'too-many-decimals', (m) => `Batas bawah pita nilai paling banyak ${m[1]} angka desimal (sesuai pembulatan), agar setiap nilai masuk satu pita`],
  [/^Bands must be ordered/, 'conflict', () => 'Pita nilai harus urut dari batas bawah tertinggi ke terendah, tanpa dua batas yang sama'],
  [/^Zones must go from best to worst.*zone (\w+) is below zone (\w+)$/, 'conflict', (m) => `Zona harus berurutan dari yang terbaik ke yang terburuk: zona ${m[1]} tidak boleh berada di bawah zona ${m[2]}`],
  [/^Grades must go from A to E.*grade (\w) is below grade (\w)$/, 'conflict', (m) => `Kategori harus berurutan dari A ke E: kategori ${m[1]} tidak boleh berada di bawah kategori ${m[2]}`],
  [/^The lowest band must start at 0/, 'missing', () => 'Pita nilai terendah harus mulai dari 0, agar seluruh rentang 0–100 tercakup'],
  [/^Either every band has a category or none has/, 'conflict', () => 'Semua pita nilai berkategori, atau tidak satu pun'],
  [/^A category appears in two bands/, 'duplicate-id', () => 'Satu kategori muncul pada dua pita nilai'],
];

/** The reason and texts of the first issue zod found in a ruleset. @internal */
export function rulesetIssueText(issue: SchemaIssue, more: number): { reason: ScoringErrorReason; en: string; id: string } {
  const where = issue.path.length > 0 ? ` (bagian ${issue.path.join('.')})` : '';
  const tail = more > 0 ? ` (ada ${more} masalah lain)` : '';
  const en = `${issue.message}${more > 0 ? ` (and ${more} more problems)` : ''}.`;
  for (const [pattern, reason, id] of SCHEMA_TEXTS) {
    const match = issue.message.match(pattern);
    if (match) return { reason, en, id: `${id(match)}${where}${tail}.` };
  }
  const [reason, id]: [ScoringErrorReason, string] =
    issue.code === 'invalid_type'
      ? ['wrong-type', issue.expected === 'undefined' || issue.message.includes('received undefined') ? 'Isian ini wajib ada dalam aturan penilaian' : 'Jenis isian ini salah dalam aturan penilaian']
      : issue.code === 'unrecognized_keys'
        ? ['unknown-key', `Aturan penilaian memuat isian yang tidak dikenal: ${andId([...(issue.keys ?? [])])}`]
        : issue.code === 'too_small'
          ? [issue.origin === 'array' || issue.origin === 'string' ? 'missing' : 'out-of-range', 'Isian ini terlalu kecil atau terlalu sedikit']
          : issue.code === 'too_big'
            ? [issue.origin === 'array' || issue.origin === 'string' ? 'too-large' : 'out-of-range', 'Isian ini terlalu besar atau terlalu banyak']
            : issue.code === 'invalid_value'
              ? ['not-allowed', 'Nilai isian ini tidak termasuk nilai yang diizinkan']
              : ['invalid-ruleset', 'Aturan penilaian ini tidak memenuhi ketentuan'];
  return { reason, en, id: `${id}${where}${tail}.` };
}

export const baseNotRuleset = /* @__PURE__ */ message<Record<string, never>>(
  'wrong-type',
  () => 'Expected a base ruleset, e.g. getRuleset(2023).',
  () => 'Aturan dasar harus berupa aturan penilaian, misalnya getRuleset(2023).',
);

export const overridesNotObject = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Expected an overrides object, got ${describeEn(value)}.`,
  ({ value }) => `Perubahan aturan harus berupa objek, bukan ${describeId(value)}.`,
);

export const derivedFromGiven = /* @__PURE__ */ message<Record<string, never>>(
  'not-allowed',
  () => 'derivedFrom is set by deriveRuleset to the base id; remove it.',
  () => 'derivedFrom diisi sendiri oleh deriveRuleset dengan id aturan dasar; hapus isian itu.',
);

export const noSuchItem = /* @__PURE__ */ message<{ key: string; ids: readonly string[] }>(
  'unknown-key',
  ({ key, ids }) => `No item with id "${key}" here; the ids are ${ids.join(', ')}. Give a list to replace the items instead.`,
  ({ key, ids }) => `Tidak ada bagian dengan id "${key}" di sini; id yang ada: ${andId(ids)}.`,
);

export const provenanceTooLarge = /* @__PURE__ */ message<{ max: number }>(
  'too-large',
  ({ max }) =>
    `The ruleset is too large: listing its parameters takes more than ${max} steps (a part shared by many places counts at each). Pass a ruleset from getRuleset(), parseRuleset() or deriveRuleset().`,
  () => 'Aturan penilaian ini terlalu besar untuk diuraikan; pakai aturan dari getRuleset(), parseRuleset() atau deriveRuleset().',
);

// ---------------------------------------------------------------------------------------------------------
// Plain data read once (src/util/snapshot.ts) and reading input (src/scoring/read-input.ts)
// ---------------------------------------------------------------------------------------------------------

export const cyclic = /* @__PURE__ */ message<Record<string, never>>(
  'cyclic',
  () => 'The data contains itself (a cycle); pass plain data.',
  () => 'Data ini memuat dirinya sendiri (berputar); berikan data biasa.',
);

export const tooDeep = /* @__PURE__ */ message<{ max: number }>(
  'too-large',
  ({ max }) => `The data is nested more than ${max} levels deep; pass plain data.`,
  ({ max }) => `Data ini bertingkat lebih dari ${max} lapis; berikan data biasa.`,
);

export const tooManyEntries = /* @__PURE__ */ message<{ what: string; length: number; max: number }>(
  'too-large',
  ({ what, length, max }) => `${what} has ${length} entries; at most ${max} are accepted.`,
  ({ length, max }) => `Daftar ini berisi ${length} butir; paling banyak ${max} butir.`,
);

export const unreadable = /* @__PURE__ */ message<{ what: string; detail: string }>(
  'unreadable',
  ({ what, detail }) => `Reading ${what} failed: ${detail}.`,
  () => 'Isian ini tidak dapat dibaca; berikan data biasa (teks atau angka), bukan objek yang dibuat program.',
);

export const notObject = /* @__PURE__ */ message<{ what: string; value: unknown; hint: string }>(
  'wrong-type',
  ({ what, value, hint }) => `Expected ${what} to be an object, got ${describeEn(value)}. ${hint}`,
  ({ value }) => `Bagian ini harus berupa objek berisi isian bernama, bukan ${describeId(value)}.`,
);

export const notArray = /* @__PURE__ */ message<{ what: string; value: unknown }>(
  'wrong-type',
  ({ what, value }) => `Expected ${what} to be an array, got ${describeEn(value)}.`,
  ({ value }) => `Bagian ini harus berupa daftar, bukan ${describeId(value)}.`,
);

export const notString = /* @__PURE__ */ message<{ what: string; value: unknown }>(
  'wrong-type',
  ({ what, value }) => `Expected ${what} to be a string, got ${describeEn(value)}.`,
  ({ value }) => `Bagian ini harus berupa teks, bukan ${describeId(value)}.`,
);

export const textTooLong = /* @__PURE__ */ message<{ what: string; length: number; max: number }>(
  'too-large',
  ({ what, length, max }) => `${what} has ${length} characters; at most ${max} are accepted.`,
  ({ length, max }) => `Teks ini sepanjang ${length} karakter; paling banyak ${max} karakter.`,
);

export const unknownKey = /* @__PURE__ */ message<{ key: string; hint: string; hintId: string }>(
  'unknown-key',
  ({ key, hint }) => `Unknown key "${key.length > 40 ? `${key.slice(0, 40)}…` : key}"; ${hint}.`,
  ({ key, hintId }) => `Isian "${key.length > 40 ? `${key.slice(0, 40)}…` : key}" tidak dikenal; ${hintId}.`,
);

export const bodyBothShapes = /* @__PURE__ */ message<{ given: string }>(
  'conflict',
  ({ given }) => `Pass either ${given} or units, not both; a unit can carry its own answers.`,
  ({ given }) =>
    `Isi ${given === 'answers' ? 'jawaban' : 'nilai dimensi'} untuk instansi atau daftar unit, jangan keduanya; jawaban dapat diisi per unit.`,
);

export const noBody = /* @__PURE__ */ message<{ ids: readonly string[] }>(
  'missing',
  ({ ids }) =>
    `The input has neither dimensions nor units. Pass { dimensions: { ${ids.map((id) => `${id}: "…"`).join(', ')} } } or { units: [{ total: "…" }, …] }.`,
  ({ ids }) => `Belum ada nilai yang diisi. Isi nilai dimensi (${andId(ids)}) atau nilai tiap unit layanan.`,
);

export const dimensionMissing = /* @__PURE__ */ message<{ id: string; year: number; ids: readonly string[]; points: boolean }>(
  'missing',
  ({ id, year, ids, points }) => `The ${id} ${points ? 'points are' : 'score is'} missing; ${year} needs all of ${ids.join(', ')}.`,
  ({ id, year, ids, points }) =>
    `${points ? 'Poin' : 'Nilai'} dimensi ${id} belum diisi; penilaian ${year} memerlukan ${points ? 'poin' : 'nilai'} ${andId(ids)}.`,
);

export const unitsEmpty = /* @__PURE__ */ message<Record<string, never>>(
  'missing',
  () => 'units is empty; pass at least one unit.',
  () => 'Daftar unit layanan kosong; isi paling sedikit satu unit.',
);

export const unitIdTwice = /* @__PURE__ */ message<{ id: string }>(
  'duplicate-id',
  ({ id }) => `The unit id "${id}" is used twice.`,
  ({ id }) => `Nama unit "${id}" dipakai dua kali; beri setiap unit nama yang berbeda.`,
);

export const unitTotalAndAnswers = /* @__PURE__ */ message<Record<string, never>>(
  'conflict',
  () => 'A unit needs either total or answers, not both.',
  () => 'Isi nilai total unit atau jawabannya, jangan keduanya.',
);

export const unitEmpty = /* @__PURE__ */ message<Record<string, never>>(
  'missing',
  () => 'A unit needs either total or dimensions (exactly one).',
  () => 'Unit ini belum bernilai; isi nilai totalnya atau nilai dimensinya.',
);

export const unitTotalAndDimensions = /* @__PURE__ */ message<Record<string, never>>(
  'conflict',
  () => 'A unit needs either total or dimensions (exactly one).',
  () => 'Isi nilai total unit atau nilai dimensinya, jangan keduanya.',
);

export const dimensionTwice = /* @__PURE__ */ message<{ id: string }>(
  'conflict',
  ({ id }) => `The ${id} dimension is given both as a score and by answers; keep one.`,
  ({ id }) => `Dimensi ${id} diisi dua kali, sebagai nilai dan sebagai jawaban; pakai salah satu.`,
);

export const dimensionMissingMixed = /* @__PURE__ */ message<{ id: string; answers: boolean }>(
  'missing',
  ({ id, answers }) => `The ${id} dimension is missing; give its score in dimensions${answers ? ' or its answers in answers' : ''}.`,
  ({ id, answers }) => `Dimensi ${id} belum diisi; isi nilainya${answers ? ' atau jawaban kuesionernya' : ''}.`,
);

export const answersNotArray = /* @__PURE__ */ message<{ indicator: string; value: unknown }>(
  'wrong-type',
  ({ indicator, value }) =>
    `Expected the answers to ${indicator} to be an array with one answer per respondent or product, got ${describeEn(value)}.`,
  ({ indicator, value }) =>
    `Jawaban indikator ${indicator} harus berupa daftar, satu jawaban per responden atau produk, bukan ${describeId(value)}.`,
);

export const indicatorUnanswered = /* @__PURE__ */ message<{ indicator: string; labelEn: string; labelId: string }>(
  'missing',
  ({ indicator, labelEn }) =>
    `The indicator ${indicator} ("${labelEn}") has no answers. Answer it, or pass the option missingIndicators: "exclude" or "zero".`,
  ({ indicator, labelId }) =>
    `Indikator ${indicator} ("${labelId}") belum dijawab. Isi jawabannya, atau pilih aturan untuk indikator tanpa jawaban (dikecualikan atau dihitung nol).`,
);

export const answerOffScale = /* @__PURE__ */ message<{ value: unknown; min: number; max: number; indicator: string }>(
  'out-of-range',
  ({ value, min, max, indicator }) => `The answer ${describeEn(value)} is off the ${min}–${max} scale of ${indicator}.`,
  ({ value, min, max, indicator }) =>
    `Jawaban ${describeId(value)} di luar skala ${comma(min)}–${comma(max)} indikator ${indicator}; isi jawaban dari ${comma(min)} sampai ${comma(max)}.`,
);

export const noAnswers = /* @__PURE__ */ message<Record<string, never>>(
  'missing',
  () => 'No indicator of this dimension has answers; give its answers or its dimension score instead.',
  () => 'Belum ada indikator dimensi ini yang dijawab; isi jawabannya atau nilai dimensinya.',
);

export const noDeductions = /* @__PURE__ */ message<{ year: number }>(
  'not-applicable',
  ({ year }) => `The ${year} ruleset has no deductions (the substantive variable exists in 2023 and 2024); remove them.`,
  ({ year }) => `Penilaian ${year} tidak mengenal pengurangan nilai (variabel substantif hanya ada pada 2023 dan 2024); hapus pengurangannya.`,
);

export const deductionNoReason = /* @__PURE__ */ message<Record<string, never>>(
  'missing',
  () => 'A deduction needs a reason in words.',
  () => 'Setiap pengurangan nilai perlu alasan tertulis.',
);

export const followUpNotApplicable = /* @__PURE__ */ message<{ year: number; input: boolean }>(
  'not-applicable',
  ({ year, input }) => `followedUpOmbudsman is a 2025 qualifier; the ${year} ruleset has none.${input ? ' Remove it.' : ''}`,
  ({ year }) =>
    `Keterangan tindak lanjut produk Ombudsman (followedUpOmbudsman) hanya berlaku pada penilaian 2025, tidak pada ${year}; hapus keterangan itu.`,
);

export const notBoolean = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Expected true or false, got ${describeEn(value)}.`,
  ({ value }) => `Isi dengan true (ya) atau false (tidak), bukan ${describeId(value)}.`,
);

// ---------------------------------------------------------------------------------------------------------
// rank, planToReach, scoreAcrossYears, summarize
// ---------------------------------------------------------------------------------------------------------

export const idTwice = /* @__PURE__ */ message<{ id: string }>(
  'duplicate-id',
  ({ id }) => `The id "${id}" is used twice; ids must be unique.`,
  ({ id }) => `Nama "${id}" dipakai dua kali; beri setiap instansi nama yang berbeda.`,
);

export const exactContradictsTotal = /* @__PURE__ */ message<{ exact: string; total: string; difference: string }>(
  'conflict',
  ({ exact, total, difference }) =>
    `The exact total ${exact} does not round to the total ${total} (they differ by ${difference}); pass the total and the exact total of one result.`,
  ({ exact, total }) =>
    `Nilai tepat ${comma(exact)} tidak dibulatkan menjadi nilai total ${comma(total)}; isi nilai total dan nilai tepat dari hasil yang sama.`,
);

export const planUnits = /* @__PURE__ */ message<Record<string, never>>(
  'not-applicable',
  () =>
    'planToReach plans one body or one unit from its dimension scores or answers; pass one unit at a time (a body of units rounds each unit before the mean, so plan each unit toward its own total).',
  () =>
    'Rencana perbaikan dibuat untuk satu instansi atau satu unit dari nilai dimensi atau jawabannya; buat rencana per unit (nilai tiap unit dibulatkan sebelum dirata-rata).',
);

export const minimizeAnswersWithout = /* @__PURE__ */ message<Record<string, never>>(
  'not-applicable',
  () => 'minimize: "answers" needs answers in the input; this one has dimension scores only.',
  () => 'Rencana dengan jawaban paling sedikit memerlukan jawaban kuesioner; isian ini hanya berisi nilai dimensi.',
);

export const fixedNotList = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Option fixed must be a list of dimension or indicator ids, got ${describeEn(value)}.`,
  ({ value }) => `Opsi fixed harus berupa daftar id dimensi atau indikator, bukan ${describeId(value)}.`,
);

export const fixedTooLong = /* @__PURE__ */ message<{ length: number; year: number; known: number }>(
  'too-large',
  ({ length, year, known }) => `Option fixed lists ${length} ids; the ${year} ruleset has ${known} dimensions and indicators.`,
  ({ length, year, known }) => `Opsi fixed memuat ${length} id, padahal penilaian ${year} hanya memiliki ${known} dimensi dan indikator.`,
);

export const fixedUnreadable = /* @__PURE__ */ message<Record<string, never>>(
  'unreadable',
  () => 'Reading option fixed failed; pass a plain list of ids.',
  () => 'Opsi fixed tidak dapat dibaca; berikan daftar id biasa.',
);

export const fixedUnknown = /* @__PURE__ */ message<{ value: unknown; year: number }>(
  'unknown-key',
  ({ value, year }) => `Option fixed lists ${describeEn(value)}, which is neither a dimension nor an indicator of the ${year} ruleset.`,
  ({ value, year }) => `Opsi fixed memuat ${describeId(value)}, yang bukan dimensi maupun indikator penilaian ${year}.`,
);

export const maxNotObject = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Option max must be an object of dimension scores, got ${describeEn(value)}.`,
  ({ value }) => `Opsi max harus berupa objek berisi nilai dimensi, bukan ${describeId(value)}.`,
);

export const maxUnreadable = /* @__PURE__ */ message<Record<string, never>>(
  'unreadable',
  () => 'Reading option max failed; pass a plain object of dimension scores.',
  () => 'Opsi max tidak dapat dibaca; berikan objek biasa berisi nilai dimensi.',
);

export const maxUnknown = /* @__PURE__ */ message<{ key: string; year: number; ids: readonly string[] }>(
  'unknown-key',
  ({ key, year, ids }) => `Option max names ${JSON.stringify(key.slice(0, 40))}; the ${year} dimensions are ${ids.join(', ')}.`,
  ({ key, year, ids }) => `Opsi max menyebut ${JSON.stringify(key.slice(0, 40))}; dimensi penilaian ${year} adalah ${andId(ids)}.`,
);

export const maxNotScore = /* @__PURE__ */ message<{ key: string; detail: string; detailId: string }>(
  'out-of-range',
  ({ key, detail }) => `Option max.${key} must be a score from 0 to 100: ${detail}`,
  ({ key, detailId }) => `Opsi max.${key} harus berupa nilai dari 0 sampai 100: ${detailId}`,
);

export const planTooManyCombinations = /* @__PURE__ */ message<{ capped: boolean }>(
  'too-large',
  ({ capped }) =>
    `This answers plan has too many combinations to search exactly (${
      capped ? 'a max cap over indicators that gain unevenly' : 'answer options whose points rise unevenly'
    }, over many answers); plan with minimize: "points"${capped ? ', or without max' : ''}.`,
  ({ capped }) =>
    `Rencana berbasis jawaban ini memiliki terlalu banyak kemungkinan untuk dihitung dengan tepat; buat rencana berbasis poin (minimize: "points")${
      capped ? ' atau tanpa batas max' : ''
    }.`,
);

export const answerNotALevel = /* @__PURE__ */ message<{ value: unknown; indicator: string; values: readonly number[] }>(
  'not-allowed',
  ({ value, indicator, values }) =>
    `An answers plan raises answers one level at a time, and ${describeEn(value)} is not one of the levels ${values.join(', ')} of ${indicator}; give whole answers or plan with minimize: "points".`,
  ({ value, indicator, values }) =>
    `Rencana berbasis jawaban menaikkan jawaban satu tingkat demi satu tingkat, dan ${describeId(value)} bukan salah satu tingkat jawaban indikator ${indicator} (${andId(values.map(String))}); isi jawaban bulat atau buat rencana berbasis poin.`,
);

export const unknownTarget = /* @__PURE__ */ message<{ target: unknown; year: number; categories: readonly string[]; zones: readonly string[] }>(
  'not-allowed',
  ({ target, year, categories, zones }) =>
    `Unknown target ${typeof target === 'string' ? JSON.stringify(target) : describeEn(target)}; the ${year} ruleset has ${
      categories.length > 0 ? `the categories ${categories.join(', ')} and ` : ''
    }the zones ${zones.join(', ')}.`,
  ({ target, year, categories, zones }) =>
    `Sasaran ${typeof target === 'string' ? JSON.stringify(target) : describeId(target)} tidak dikenal; penilaian ${year} memiliki ${
      categories.length > 0 ? `kategori ${andId(categories)} serta ` : ''
    }zona ${andId(zones)}.`,
);

export const yearsEmpty = /* @__PURE__ */ message<Record<string, never>>(
  'missing',
  () => 'years is empty; pass at least one year, or omit it for every year.',
  () => 'Daftar tahun kosong; isi paling sedikit satu tahun, atau kosongkan untuk semua tahun.',
);

export const yearTwice = /* @__PURE__ */ message<{ year: number }>(
  'duplicate-id',
  ({ year }) => `The year ${year} is listed twice.`,
  ({ year }) => `Tahun ${year} tercantum dua kali.`,
);

export const badZone = /* @__PURE__ */ message<{ value: unknown; zones: readonly string[] }>(
  'not-allowed',
  ({ value, zones }) => `Expected a zone (${zones.join(', ')}), got ${describeEn(value)}.`,
  ({ value, zones }) => `Zona harus salah satu dari ${orId(zones)}, bukan ${describeId(value)}.`,
);

export const badCategory = /* @__PURE__ */ message<{ value: unknown }>(
  'not-allowed',
  ({ value }) => `Expected a category A–E or null, got ${describeEn(value)}.`,
  ({ value }) => `Kategori harus A sampai E (atau kosong untuk tahun tiga zona), bukan ${describeId(value)}.`,
);

export const badRulesetRef = /* @__PURE__ */ message<Record<string, never>>(
  'wrong-type',
  () => 'Expected the ruleset of a score() result: { id, year, revision }.',
  () => 'Keterangan aturan pada hasil penilaian rusak; pakai hasil score() tanpa diubah.',
);

export const contradictsRuleset = /* @__PURE__ */ message<{ index: number; total: string; key: string; given: string; expected: string; ruleset: string }>(
  'conflict',
  ({ index, total, key, given, expected, ruleset }) =>
    `Result ${index} has the total ${total} with ${key} ${given}, but under ${ruleset} that total is ${key} ${expected}. Pass results of score() unchanged.`,
  ({ index, total, key, given, expected, ruleset }) =>
    `Hasil ke-${index + 1} bernilai ${comma(total)} dengan ${key === 'zone' ? 'zona' : 'kategori'} ${given}, padahal menurut aturan ${ruleset} nilai itu ${
      key === 'zone' ? 'zona' : 'kategori'
    } ${expected}. Pakai hasil penilaian tanpa diubah.`,
);

export const contradictEachOther = /* @__PURE__ */ message<{
  first: number;
  second: number;
  key: string;
  higher: string;
  higherClass: string;
  lower: string;
  lowerClass: string;
  equal: boolean;
}>(
  'conflict',
  ({ first, second, key, higher, higherClass, lower, lowerClass, equal }) =>
    `Results ${first} and ${second} contradict each other: the total ${higher} has ${key} ${higherClass} while the ${
      equal ? 'same' : 'lower'
    } total ${lower} has ${key} ${lowerClass}. Pass results of score() or classify() of one ruleset unchanged.`,
  ({ first, second, key, higher, higherClass, lower, lowerClass, equal }) => {
    const word = key === 'zone' ? 'zona' : 'kategori';
    return `Hasil ke-${first + 1} dan ke-${second + 1} bertentangan: nilai ${comma(higher)} ber${word} ${higherClass}, sedangkan nilai ${
      equal ? 'yang sama' : 'yang lebih rendah'
    } ${comma(lower)} ber${word} ${lowerClass}. Pakai hasil penilaian satu aturan tanpa diubah.`;
  },
);

export const differentRulesets = /* @__PURE__ */ message<{ first: number; firstId: string; firstRevision: number; index: number; id: string; revision: number }>(
  'conflict',
  ({ first, firstId, firstRevision, index, id, revision }) =>
    `Results of different rulesets: result ${first} is ${firstId} (revision ${firstRevision}), result ${index} is ${id} (revision ${revision}). Summarize one year at a time; group by result.ruleset.year first.`,
  ({ first, firstId, firstRevision, index, id, revision }) =>
    `Hasil dari aturan yang berbeda: hasil ke-${first + 1} memakai ${firstId} (revisi ${firstRevision}), hasil ke-${index + 1} memakai ${id} (revisi ${revision}). Rekap satu tahun penilaian sekaligus.`,
);

export const mixedYears = /* @__PURE__ */ message<{ index: number }>(
  'conflict',
  ({ index }) =>
    `Result 0 and result ${index} mix a three-zone year (no category) and a graded year (A–E). Summarize one year at a time.`,
  ({ index }) =>
    `Hasil ke-1 dan ke-${index + 1} mencampur tahun tiga zona (tanpa kategori) dan tahun berkategori A–E. Rekap satu tahun penilaian sekaligus.`,
);

// ---------------------------------------------------------------------------------------------------------
// Revisions and points input (rules revision 2)
// ---------------------------------------------------------------------------------------------------------

export const revisionNotInteger = /* @__PURE__ */ message<{ value: unknown }>(
  'wrong-type',
  ({ value }) => `Expected revision to be a whole number such as 1 or 2, got ${describeEn(value)}.`,
  ({ value }) => `Revisi aturan harus bilangan bulat seperti 1 atau 2, bukan ${describeId(value)}.`,
);

export const noRevision = /* @__PURE__ */ message<{ year: number; revision: number; revisions: readonly number[] }>(
  'no-ruleset',
  ({ year, revision, revisions }) =>
    `No revision ${revision} of the ${year} ruleset; ${
      revisions.length === 1 ? `only revision ${revisions[0]} exists` : `revisions ${revisions.join(', ')} exist`
    } (the latest is ${revisions.at(-1)}).`,
  ({ year, revision, revisions }) =>
    `Aturan penilaian ${year} tidak memiliki revisi ${revision}; ${
      revisions.length === 1 ? `hanya ada revisi ${revisions[0]}` : `yang ada revisi ${andId(revisions.map(String))}`
    } (yang terbaru revisi ${revisions.at(-1)}).`,
);

export const twoShapes = /* @__PURE__ */ message<{ first: string; second: string }>(
  'conflict',
  ({ first, second }) =>
    `Pass either ${first} or ${second}, not both${second === 'units' ? '; a unit can carry its own dimensions, points or answers' : ''}.`,
  ({ first, second }) =>
    `Isi ${shapeId(first)} atau ${shapeId(second)}, jangan keduanya${
      second === 'units' ? '; nilai, poin atau jawaban dapat diisi per unit' : ''
    }.`,
);

/** The Indonesian name of a way of giving scores. */
function shapeId(shape: string): string {
  return shape === 'dimensions'
    ? 'nilai dimensi'
    : shape === 'points'
      ? 'poin dimensi'
      : shape === 'answers'
        ? 'jawaban kuesioner'
        : shape === 'units'
          ? 'daftar unit layanan'
          : shape;
}

export const pointsOutOfRange = /* @__PURE__ */ message<{ id: string; value: unknown; weight: string; year: number }>(
  'out-of-range',
  ({ id, value, weight, year }) => `The ${id} points ${describeEn(value)} lie outside 0–${weight}, the dimension's weight in ${year}.`,
  ({ id, value, weight, year }) =>
    `Poin dimensi ${id} (${describeId(value)}) di luar rentang 0–${comma(weight)}: poin sebuah dimensi paling besar sama dengan bobotnya pada penilaian ${year}.`,
);

export const unitPointsAndMore = /* @__PURE__ */ message<Record<string, never>>(
  'conflict',
  () => 'A unit given by points has no total, dimensions or answers.',
  () => 'Unit yang diisi dengan poin tidak boleh diisi juga dengan nilai total, nilai dimensi atau jawaban.',
);

export const answerNotAnOption = /* @__PURE__ */ message<{ value: unknown; indicator: string; values: readonly number[] }>(
  'not-allowed',
  ({ value, indicator, values }) => `The answer ${describeEn(value)} is not one of the answers of ${indicator}: ${values.join(', ')}.`,
  ({ value, indicator, values }) =>
    `Jawaban ${describeId(value)} bukan pilihan jawaban indikator ${indicator}; pilihan yang ada: ${andId(values.map(String))}.`,
);

export const keysUnreadable = /* @__PURE__ */ message<{ detail: string }>(
  'unreadable',
  ({ detail }) => `Listing the keys failed: ${detail}.`,
  () => 'Isian bagian ini tidak dapat dibaca; berikan data biasa, bukan objek yang dibuat program.',
);
