/**
 * The Indonesian texts of errors: one short template per reason, written for the official who filled in the
 * data (what is wrong and what to write instead), and the place named in the words of the assessment. A throw
 * site calls {@link fail} with its reason's template and the values the template names; its English message
 * stays its own. Each template is its own export, so a bundle keeps only those its code can throw.
 *
 * In a template, `{n}` is a value as written (a text in quotes, anything else in words) and `%n` a limit, key or
 * list as it is.
 *
 * @module
 */
import { ScoringError, type Path, type ScoringErrorCode, type ScoringErrorReason } from '../errors.js';
import { isArraySafe } from '../read/describe.js';

/** A reason and its Indonesian template. @internal */
export interface Template {
  readonly reason: Exclude<ScoringErrorReason, 'other'>;
  readonly id: string;
}

/** @internal */
export const DECIMAL_COMMA: Template = {
  reason: 'decimal-comma',
  id: '{0} memakai koma desimal; tulis {1} atau aktifkan opsi koma desimal.',
};
/** @internal */
export const DECIMAL_POINT: Template = {
  reason: 'decimal-point',
  id: '{0} memakai titik padahal opsi koma desimal aktif; tulis {1}.',
};
/** @internal */
export const NOT_A_NUMBER: Template = {
  reason: 'not-a-number',
  id: '{0} bukan angka; tulis angkanya saja, misalnya {1}.',
};
/** @internal */
export const TOO_MANY_DECIMALS: Template = {
  reason: 'too-many-decimals',
  id: '{0} memiliki lebih dari %1 angka desimal; bulatkan.',
};
/** @internal */
export const OUT_OF_RANGE: Template = {
  reason: 'out-of-range',
  id: '{0} di luar rentang %1 sampai %2; isi angka dalam rentang itu.',
};
/** @internal */
export const WRONG_TYPE: Template = { reason: 'wrong-type', id: 'Isinya {0}; isi dengan %1.' };
/** @internal */
export const MISSING: Template = { reason: 'missing', id: '%0 belum diisi; lengkapi dulu.' };
/** @internal */
export const UNKNOWN_KEY: Template = { reason: 'unknown-key', id: '{0} tidak dikenal; yang dikenal: %1.' };
/** @internal */
export const DUPLICATE_ID: Template = {
  reason: 'duplicate-id',
  id: 'Nama {0} dipakai dua kali; beri nama yang berbeda.',
};
/** @internal */
export const TOO_LARGE: Template = { reason: 'too-large', id: 'Ukuran %0 melebihi batas %1.' };
/** @internal */
export const UNREADABLE: Template = { reason: 'unreadable', id: 'Isian ini tidak dapat dibaca; kirim data biasa.' };
/** @internal */
export const CYCLIC: Template = { reason: 'cyclic', id: 'Data ini memuat dirinya sendiri; kirim data biasa.' };
/** @internal */
export const CONFLICT: Template = {
  reason: 'conflict',
  id: '%0 bertentangan dengan %1; pakai salah satu atau samakan.',
};
/** @internal */
export const NOT_APPLICABLE: Template = {
  reason: 'not-applicable',
  id: '%0 tidak berlaku pada tahun %1; hapus isian itu.',
};
/** @internal */
export const NOT_ALLOWED: Template = { reason: 'not-allowed', id: '{0} bukan pilihan; pilih dari %1.' };
/** @internal */
export const NOT_VALIDATED: Template = {
  reason: 'not-validated',
  id: 'Aturan penilaian belum diperiksa; pakai getRuleset() atau parseRuleset().',
};
/** @internal */
export const INVALID_RULESET: Template = {
  reason: 'invalid-ruleset',
  id: 'Aturan penilaian tidak sah; perbaiki bagian ini.',
};
/** @internal */
export const NO_RULESET: Template = { reason: 'no-ruleset', id: 'Tidak ada aturan penilaian %0; yang ada: %1.' };
/** @internal */
export const NO_ASSESSMENT: Template = {
  reason: 'no-assessment',
  id: 'Tidak ada penilaian pada 2020 (COVID-19); pakai 2019 atau 2021.',
};

/**
 * The `ScoringError` of a throw site: its English `message`, and its reason with the Indonesian text of
 * `template` filled with `params`, followed by the place of `path` in words (`(di unit ke-3 dimensi
 * competency)`). @internal
 */
export function fail(
  code: ScoringErrorCode,
  message: string,
  path: Path,
  template: Template,
  ...params: unknown[]
): ScoringError {
  return new ScoringError(code, message, path, { reason: template.reason, id: indonesian(template, path, params) });
}

// The words of a path: keys of the input named as an official calls them, positions counted from 1.
const WORDS = {
  __proto__: null,
  dimensions: 'dimensi',
  units: 'unit',
  answers: 'jawaban',
  points: 'poin',
  total: 'nilai total',
  exact: 'nilai tepat',
  id: 'nama',
  deductions: 'pengurangan nilai',
  reason: 'alasan',
  years: 'tahun',
  zone: 'zona',
  category: 'kategori',
} as unknown as Readonly<Record<string, string | undefined>>;

/** The Indonesian text of a template filled with `params`, with the place of `path` in words. @internal */
export function indonesian(template: Template, path: Path, params: readonly unknown[]): string {
  const text = template.id.replace(/\{(\d)\}|%(\d)/g, (_, written?: string, plain?: string) =>
    written ? shown(params[+written]) : listed(params[+plain!]),
  );
  return path.length > 0
    ? `${text} (di ${path
        .map((p, i) => (typeof p === 'number' ? `${i ? '' : 'data '}ke-${p + 1}` : WORDS[p] ?? p))
        .join(' ')})`
    : text;
}

/** A value as written: a text in quotes (`"81,5"`), a number as it is, anything else in words. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '');
  if (isArraySafe(value)) return 'sebuah daftar';
  if (value == null) return 'kosong';
  return typeof value === 'object' || typeof value === 'function' ? 'sebuah objek' : String(value);
}

/**
 * A limit, key or list as it is (`100`, `competency`, `hijau, kuning, merah`; an empty list: `tidak ada`), a key
 * of the input alone in words (`total` → `nilai total`).
 */
function listed(value: unknown): string {
  return isArraySafe(value) ? (value as unknown[]).join(', ') || 'tidak ada' : WORDS[String(value)] ?? String(value);
}
