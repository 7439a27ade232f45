/**
 * The Indonesian texts of errors: one short template per reason, written for the official who filled in the
 * data (what is wrong and what to write instead), and the place named in the words of the assessment. A throw
 * site passes its reason and the values the template names; its English message stays its own.
 *
 * @module
 */
import type { Path } from '../errors.js';
import { isArraySafe } from '../read/describe.js';

// `{n}` is a value as written (a text in quotes, anything else in words), `%n` a limit, key or list as it is.
const TEMPLATES = {
  'decimal-comma': '{0} memakai koma desimal; tulis {1} atau aktifkan opsi koma desimal.',
  'decimal-point': '{0} memakai titik padahal opsi koma desimal aktif; tulis {1}.',
  'not-a-number': '{0} bukan angka; tulis angkanya saja, misalnya {1}.',
  'too-many-decimals': '{0} memiliki lebih dari %1 angka desimal; bulatkan.',
  'out-of-range': '{0} di luar rentang %1 sampai %2.',
  'wrong-type': 'Isinya {0}; isi dengan %1.',
  missing: '%0 belum diisi.',
  'unknown-key': '{0} tidak dikenal; yang dikenal: %1.',
  'duplicate-id': 'Nama {0} dipakai dua kali; beri nama yang berbeda.',
  'too-large': 'Ukuran %0 melebihi batas %1.',
  unreadable: 'Isian ini tidak dapat dibaca; kirim data biasa.',
  cyclic: 'Data ini memuat dirinya sendiri; kirim data biasa.',
  conflict: '%0 bertentangan dengan %1; pakai salah satu atau samakan.',
  'not-applicable': '%0 tidak berlaku pada tahun %1; hapus isian itu.',
  'not-allowed': '{0} bukan pilihan; pilih dari %1.',
  'not-validated': 'Aturan penilaian belum diperiksa; pakai getRuleset() atau parseRuleset().',
  'invalid-ruleset': 'Aturan penilaian tidak sah; perbaiki bagian ini.',
  'no-ruleset': 'Tidak ada aturan penilaian %0; yang ada: %1.',
  'no-assessment': 'Tidak ada penilaian pada 2020 (COVID-19); pakai 2019 atau 2021.',
} as const;

/**
 * Every stable reason of a `ScoringError`: finer than its `code`, the same in every language, never changing
 * meaning between versions. `other` is the reason of an error constructed outside this library.
 *
 * @example
 * ```ts
 * import { SCORING_ERROR_REASONS } from '@ombuds/scoring';
 * SCORING_ERROR_REASONS.includes('decimal-comma'); // true
 * ```
 */
export const SCORING_ERROR_REASONS: readonly ScoringErrorReason[] = /* @__PURE__ */ reasons();

function reasons(): readonly ScoringErrorReason[] {
  return Object.freeze([...(Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]), 'other']);
}

/**
 * A stable reason of a `ScoringError`: `decimal-comma`, `decimal-point`, `not-a-number`, `too-many-decimals`,
 * `out-of-range`, `wrong-type`, `missing`, `unknown-key`, `duplicate-id`, `too-large`, `unreadable`, `cyclic`,
 * `conflict`, `not-applicable`, `not-allowed`, `not-validated`, `invalid-ruleset`, `no-ruleset`, `no-assessment`,
 * or `other`.
 */
export type ScoringErrorReason = keyof typeof TEMPLATES | 'other';

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

/**
 * The Indonesian text of an error of `reason`: its template filled with `params`, then the place of `path` in
 * words (`(di unit ke-3 dimensi competency)`). @internal
 */
export function indonesian(reason: keyof typeof TEMPLATES, path: Path, params: readonly unknown[]): string {
  const text = TEMPLATES[reason].replace(/\{(\d)\}|%(\d)/g, (_, written?: string, plain?: string) =>
    written ? shown(params[+written]) : listed(params[+plain!]),
  );
  return path.length > 0
    ? `${text} (di ${path.map((p, i) => (typeof p === 'number' ? `${i ? '' : 'data '}ke-${p + 1}` : (WORDS[p] ?? p))).join(' ')})`
    : text;
}

/** A value as written: a text in quotes (`"81,5"`), a number as it is, anything else in words. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '');
  if (isArraySafe(value)) return 'sebuah daftar';
  if (value == null) return 'kosong';
  return typeof value === 'object' || typeof value === 'function' ? 'sebuah objek' : String(value);
}

/** A limit, key or list as it is: `100`, `competency`, `hijau, kuning, merah` (an empty list: `tidak ada`). */
function listed(value: unknown): string {
  return isArraySafe(value) ? (value as unknown[]).join(', ') || 'tidak ada' : String(value);
}
