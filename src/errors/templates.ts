/**
 * The texts of errors, in English and Indonesian: a template is a reason and its two texts, an English one for
 * the programmer who called the library and an Indonesian one for the official who filled in the data (what is
 * wrong, the value as written, the limit or the keys known, what to write instead). A throw site calls
 * {@link fail} with a template and the values it names; both texts come from the template, and neither names the
 * place (the error's `path` does). Several templates may share a reason (an
 * object, a list and a text expected are all `wrong-type`). Each template is its own export, so a bundle keeps
 * only those its code can throw.
 *
 * In a template, `{n}` is a value as written (a text in quotes, anything else as it is or in words: `describe`
 * in English, `shown` in Indonesian) and `%n` a limit, key or list as it is (an Indonesian text names a key of
 * the input in words). A parameter is never words of one language: where the two texts need different words,
 * each template text has its own.
 *
 * @module
 */
import { ScoringError, type Path, type ScoringErrorCode, type ScoringErrorReason } from '../errors.js';
import { clip, describe, shown } from '../read/describe.js';

/** A reason and its English and Indonesian texts. @internal */
export interface Template {
  readonly reason: Exclude<ScoringErrorReason, 'other'>;
  readonly en: string;
  readonly id: string;
}

/** @internal */
export const DECIMAL_COMMA: Template = {
  reason: 'decimal-comma',
  en: '{0} uses a decimal comma; write {1} or pass { decimalComma: true }.',
  id: '{0} memakai koma desimal; tulis {1} atau aktifkan opsi koma desimal.',
};
/** @internal */
export const DECIMAL_POINT: Template = {
  reason: 'decimal-point',
  en: '{0} uses a point with { decimalComma: true }; write {1}.',
  id: '{0} memakai titik padahal opsi koma desimal aktif; tulis {1}.',
};
/** @internal */
export const NOT_A_NUMBER: Template = {
  reason: 'not-a-number',
  en: '{0} is not a plain decimal number; write e.g. {1}.',
  id: '{0} bukan angka; tulis angkanya saja, misalnya {1}.',
};
/** @internal */
export const CUT_VALUE: Template = {
  reason: 'not-a-number',
  en: '{0} ends in …, which only an exact total cut at 20 decimals may, to be classified or ranked; write e.g. {1}.',
  id: '{0} diakhiri …, yang hanya boleh pada nilai tepat terpotong di 20 desimal untuk diklasifikasi atau diperingkat; tulis misalnya {1}.',
};
/** @internal */
export const TOO_MANY_DECIMALS: Template = {
  reason: 'too-many-decimals',
  en: '{0} has more than %1 decimals; round it.',
  id: '{0} memiliki lebih dari %1 angka desimal; bulatkan.',
};
/** @internal */
export const OUT_OF_RANGE: Template = {
  reason: 'out-of-range',
  en: '{0} is outside %1–%2; give a value in that range.',
  id: '{0} di luar rentang %1 sampai %2; isi angka dalam rentang itu.',
};
/** @internal */
export const NOT_NUMBER: Template = {
  reason: 'wrong-type',
  en: 'Expected a number or a decimal string like "87.44", got {0}.',
  id: 'Isinya {0}; isi dengan angka seperti 87.44.',
};
/** @internal */
export const NOT_OBJECT: Template = {
  reason: 'wrong-type',
  en: 'Expected an object, got {0}.',
  id: 'Isinya {0}; isi dengan kelompok isian { … }.',
};
/** @internal */
export const NOT_LIST: Template = {
  reason: 'wrong-type',
  en: 'Expected an array, got {0}.',
  id: 'Isinya {0}; isi dengan daftar [ … ].',
};
/** @internal */
export const NOT_TEXT: Template = {
  reason: 'wrong-type',
  en: 'Expected a string, got {0}.',
  id: 'Isinya {0}; isi dengan teks.',
};
/** @internal */
export const NOT_BOOLEAN: Template = {
  reason: 'wrong-type',
  en: 'Expected true or false, got {0}.',
  id: 'Isinya {0}; isi dengan true atau false.',
};
/** A year, a revision: `%1` an example. @internal */
export const NOT_WHOLE: Template = {
  reason: 'wrong-type',
  en: 'Expected a whole number such as %1, got {0}.',
  id: 'Isinya {0}; isi dengan bilangan bulat seperti %1.',
};
/** @internal */
export const NOT_RULESET: Template = {
  reason: 'wrong-type',
  en: 'Expected a ruleset from getRuleset(year), a rulesets/<year> module, parseRuleset() or deriveRuleset(), got {0}.',
  id: 'Isinya {0}; isi dengan aturan penilaian dari getRuleset().',
};
/** @internal */
export const NOT_RESULT_RULESET: Template = {
  reason: 'wrong-type',
  en: 'Expected the ruleset of a score() result, { id, year, revision }, got {0}.',
  id: 'Isinya {0}; isi dengan ruleset dari hasil score(): { id, year, revision }.',
};
/** @internal */
export const NOT_IDS: Template = {
  reason: 'wrong-type',
  en: 'Expected a list of dimension or indicator ids, got {0}.',
  id: 'Isinya {0}; isi dengan daftar id dimensi atau indikator.',
};
/** @internal */
export const MISSING: Template = {
  reason: 'missing',
  en: '%0 is missing or empty.',
  id: '%0 belum diisi; lengkapi dulu.',
};
/** @internal */
export const EITHER: Template = {
  reason: 'missing',
  en: 'Give %0 or %1.',
  id: 'Isi %0 atau %1.',
};
/** @internal */
export const NO_SCORES: Template = {
  reason: 'missing',
  en: 'No scores: pass dimensions, points, answers or units.',
  id: 'Nilai belum diisi; isi dimensi, poin, jawaban, atau unit.',
};
/** @internal */
export const NO_ANSWERS: Template = {
  reason: 'missing',
  en: 'Indicator %0 has no answers; answer it or pass missingIndicators: "exclude" or "zero".',
  id: '%1 belum dijawab; lengkapi jawabannya.',
};
/** @internal */
export const UNKNOWN_KEY: Template = {
  reason: 'unknown-key',
  en: 'Unknown key {0}; known: %1.',
  id: '{0} tidak dikenal; yang dikenal: %1.',
};
/** @internal */
export const DUPLICATE_ID: Template = {
  reason: 'duplicate-id',
  en: '{0} is given twice; ids must be unique.',
  id: 'Nama {0} dipakai dua kali; beri nama yang berbeda.',
};
/** @internal */
export const DUPLICATE_ITEM_ID: Template = {
  reason: 'duplicate-id',
  en: '{0} is given twice, at items %1 and %2; ids must be unique.',
  id: 'Nama {0} dipakai dua kali, pada butir ke-%3 dan ke-%4; beri nama yang berbeda.',
};
/** @internal */
export const SIMILAR_ID: Template = {
  reason: 'duplicate-id',
  en: '{0} (item %3) and {1} (item %2) differ only in case, spacing, invisible characters or width, so they look like one body; give each body one id, or pass keepSimilarIds: true.',
  id: 'Nama {0} (butir ke-%5) dan {1} (butir ke-%4) hanya berbeda huruf besar-kecil, spasi, karakter tak terlihat atau lebar huruf, jadi tampak sebagai satu instansi; pakai satu nama untuk tiap instansi, atau keepSimilarIds: true.',
};
/** @internal */
export const ILL_FORMED_ID: Template = {
  reason: 'not-allowed',
  en: 'The id {0} has a broken character (a lone surrogate: half of a character cut off); write it again.',
  id: 'Nama {0} memuat karakter rusak (separuh karakter yang terpotong); tulis ulang namanya.',
};
/** @internal */
export const TOO_MANY: Template = {
  reason: 'too-large',
  en: '%0 has %1 entries; the limit is %2.',
  id: '%0 berisi %1 butir; batasnya %2.',
};
/** @internal */
export const TOO_LONG: Template = {
  reason: 'too-large',
  en: '{0} has %1 characters; the limit is %2.',
  id: '{0} berisi %1 karakter; batasnya %2.',
};
/** @internal */
export const LIST_TOO_LONG: Template = {
  reason: 'too-large',
  en: 'The list has %0 entries; the limit is %1.',
  id: 'Daftar ini berisi %0 butir; batasnya %1.',
};
/** @internal */
export const TOO_DEEP: Template = {
  reason: 'too-large',
  en: 'The data is nested more than %0 levels deep; pass plain data.',
  id: 'Data ini bertingkat lebih dari %0 tingkat; kirim data biasa.',
};
/** @internal */
export const TOO_MANY_STEPS: Template = {
  reason: 'too-large',
  en: 'The ruleset is too large: listing its parameters takes more than %0 steps (a shared part counts at each place); pass a ruleset from getRuleset(), parseRuleset() or deriveRuleset().',
  id: 'Aturan penilaian ini terlalu besar (lebih dari %0 langkah); pakai aturan dari getRuleset().',
};
/** @internal */
export const TOO_COMPLEX: Template = {
  reason: 'too-large',
  en: 'This answers plan has too many combinations to search exactly (uneven gains over many answers); plan with minimize: "points", or without max.',
  id: 'Rencana jawaban ini terlalu rumit untuk dihitung tepat; pakai minimize: "points".',
};
/** @internal */
export const UNREADABLE: Template = {
  reason: 'unreadable',
  en: 'Reading this value threw (a getter or Proxy); pass plain data.',
  id: 'Isian ini tidak dapat dibaca; kirim data biasa.',
};
/** @internal */
export const CYCLIC: Template = {
  reason: 'cyclic',
  en: 'The data contains itself (a cycle); pass plain data.',
  id: 'Data ini memuat dirinya sendiri; kirim data biasa.',
};
/** @internal */
export const CONFLICT: Template = {
  reason: 'conflict',
  en: 'Give %0 or %1, not both.',
  id: '%0 bertentangan dengan %1; pakai salah satu atau samakan.',
};
/** @internal */
export const EXACT_NOT_TOTAL: Template = {
  reason: 'conflict',
  en: 'The exact total {0} does not round to the total {1}; give the total and the exact total of one result.',
  id: 'Nilai tepat {0} tidak dibulatkan menjadi nilai total {1}; pakai nilai total dan nilai tepat dari hasil yang sama.',
};
/** @internal */
export const DERIVED_FROM: Template = {
  reason: 'conflict',
  en: 'derivedFrom is set by deriveRuleset to the id of the base; remove it.',
  id: 'derivedFrom diisi otomatis dengan id aturan dasar; hapus isian itu.',
};
/** @internal */
export const MINIMIZE_ANSWERS: Template = {
  reason: 'conflict',
  en: 'minimize: "answers" needs answers in the input, which has dimension scores only; give answers or minimize: "points".',
  id: 'minimize: "answers" memerlukan jawaban, padahal yang diisi nilai dimensi; isi jawaban atau pakai minimize: "points".',
};
/** @internal */
export const RESULT_REVISION: Template = {
  reason: 'no-ruleset',
  en: 'Result %0 names the ruleset %1 of %2, revision %3, which does not exist (there are %4); pass results of score() unchanged.',
  id: 'Hasil ke-%5 menyebut aturan %1 tahun %2 revisi %3, yang tidak ada (yang ada: %6); pakai hasil score() apa adanya.',
};
/** @internal */
export const CLASS_CHANGED: Template = {
  reason: 'conflict',
  en: 'Result %0 has the total %1 with %2 %3, but under %4 that total is %2 %5; pass results of score() unchanged.',
  id: 'Hasil ke-%6 bernilai %1 dengan %3, padahal menurut %4 nilai itu %5; pakai hasil score() apa adanya.',
};
/** @internal */
export const CLASSES_CROSSED: Template = {
  reason: 'conflict',
  en: 'Results %0 and %1 contradict each other: the total %2 has %3 %4 while the %5 total %6 has %3 %7; pass results of score() or classify() of one ruleset unchanged.',
  id: 'Hasil ke-%8 dan ke-%9 bertentangan: nilai %2 (%4), nilai %6 (%7); pakai hasil score() apa adanya.',
};
/** @internal */
export const RULESETS_DIFFER: Template = {
  reason: 'conflict',
  en: 'Result %0 is of %1 (revision %2) and result %3 of %4 (revision %5); summarize one year at a time (group by result.ruleset.year).',
  id: 'Hasil ke-%6 dan ke-%7 memakai aturan penilaian yang berbeda; ringkas satu tahun setiap kali.',
};
/** @internal */
export const GRADED_AND_NOT: Template = {
  reason: 'conflict',
  en: 'Result 0 and result %0 mix a three-zone year (no category) and a graded year (A–E); summarize one year at a time.',
  id: 'Hasil ke-1 dan ke-%1 mencampur tahun tiga zona dan tahun berkategori A–E; ringkas satu tahun setiap kali.',
};
/** @internal */
export const NOT_APPLICABLE: Template = {
  reason: 'not-applicable',
  en: '%0 does not apply in %1, only in %2; remove it.',
  id: '%0 tidak berlaku pada tahun %1, hanya pada %2; hapus isian itu.',
};
/** @internal */
export const NOT_ALLOWED: Template = {
  reason: 'not-allowed',
  en: '{0} is not allowed; use one of %1.',
  id: '{0} bukan pilihan; pilih dari %1.',
};
/** @internal An answer between two levels of a scale: a fraction or a mean (RULEBOOK §7a). */
export const NOT_A_LEVEL: Template = {
  reason: 'not-allowed',
  en: '{0} is not an answer level; give each respondent\'s answer as a whole number from %1 to %2, not their mean.',
  id: '{0} bukan tingkat jawaban; isi jawaban tiap responden dengan bilangan bulat %1 sampai %2, bukan rata-ratanya.',
};
/** @internal */
export const ONE_UNIT: Template = {
  reason: 'not-allowed',
  en: 'planToReach plans one body or one unit; pass one unit at a time (a body of units rounds each unit before the mean, so plan each unit toward its own total).',
  id: 'Rencana dibuat untuk satu instansi atau satu unit; kirim satu unit setiap kali.',
};
/** @internal */
export const NOT_VALIDATED: Template = {
  reason: 'not-validated',
  en: 'Not a validated ruleset; pass it, or its JSON or structuredClone copy, to parseRuleset() first.',
  id: 'Aturan penilaian belum diperiksa; pakai getRuleset() atau parseRuleset().',
};
/** @internal */
export const RULESET_TYPE: Template = {
  reason: 'wrong-type',
  en: 'Expected %1, got {0}.',
  id: 'Isinya {0}; isi dengan %2.',
};
/** @internal */
export const RULESET_EXPONENT: Template = {
  reason: 'not-a-number',
  en: '{0} uses an exponent; write it out in full, e.g. %1.',
  id: '{0} memakai eksponen; tulis angkanya lengkap, misalnya %1.',
};
/** @internal */
export const INVALID_RULESET: Template = {
  reason: 'invalid-ruleset',
  en: 'The ruleset breaks its schema: %0.',
  id: 'Aturan penilaian tidak sah; perbaiki bagian ini.',
};
/** @internal */
export const NO_RULESET: Template = {
  reason: 'no-ruleset',
  en: 'No ruleset for %0; there are %1.',
  id: 'Tidak ada aturan penilaian %0; yang ada: %1.',
};
/** @internal */
export const NO_REVISION: Template = {
  reason: 'no-ruleset',
  en: '%0 has no revision %1; there are %2.',
  id: 'Tahun %0 tidak punya revisi %1; yang ada: %2.',
};
/** @internal */
export const NO_ASSESSMENT: Template = {
  reason: 'no-assessment',
  en: 'No assessment was held in 2020 (COVID-19); use 2019 or 2021.',
  id: 'Tidak ada penilaian pada 2020 (COVID-19); pakai 2019 atau 2021.',
};

/**
 * The `ScoringError` of a throw site: the reason and both texts of `template` filled with `params`, each followed
 * by the place of `path` (the English one by `ScoringError`: `(at units[2].total)`; the Indonesian one:
 * `(di units[2].total)`). The second form, with an English message of its own, is the one src/ranking still uses
 * until it is converted. @internal
 */
export function fail(code: ScoringErrorCode, path: Path, template: Template, ...params: unknown[]): ScoringError {
  return new ScoringError(code, fill(template.en, params, describe, 'none'), path, {
    reason: template.reason,
    id: fill(template.id, params, shown, 'tidak ada'),
  });
}

/**
 * A text of a template filled: `{n}` a value as written by `written`, `%n` as it is (a list joined; an empty one:
 * `none`).
 */
function fill(text: string, params: readonly unknown[], written: (value: unknown) => string, none: string): string {
  return text.replace(/\{(\d)\}|%(\d)/g, (_, value?: string, plain?: string) => {
    if (value) return written(params[+value]);
    const param = params[+plain!];
    // At most 300 characters: a key of ten million characters makes a message of bounded size.
    return clip(Array.isArray(param) ? param.join(', ') || none : String(param), 300);
  });
}
