/**
 * The words of the calculator page in Indonesian and English. Labels of dimensions, grades and opinions come
 * from the rulesets themselves (`{ id, en }` texts); only the page's own words are here.
 */
import type { Zone } from '@ombuds/scoring';

export type Lang = 'id' | 'en';

const id = {
  title: 'Kalkulator Nilai Ombudsman RI',
  lead: 'Hitung nilai, kategori, zona dan opini penilaian pelayanan publik, tepat seperti aturan tiap tahun.',
  year: 'Tahun penilaian',
  inputMode: 'Masukan',
  modeDimensions: 'Nilai dimensi',
  modeUnits: 'Unit layanan',
  units: 'Nilai total tiap unit layanan',
  unitsHint: 'Satu nilai per baris, misalnya 91.99. Nilai instansi adalah rata-rata unit.',
  decimalComma: 'Koma desimal (90,02)',
  followedUp: 'Menindaklanjuti produk Ombudsman (Tanpa Maladministrasi)',
  result: 'Hasil',
  enterAll: 'Isi semua nilai untuk melihat hasilnya.',
  enterUnits: 'Isi nilai minimal satu unit untuk melihat hasilnya.',
  total: 'Nilai',
  grade: 'Kategori',
  zone: 'Zona',
  label: 'Predikat',
  opinion: 'Opini',
  quality: 'Kualitas',
  exact: 'Nilai tanpa pembulatan',
  explanation: 'Penjelasan',
  plan: 'Rencana ke kategori berikutnya',
  footer: 'Dihitung di peramban dengan @ombuds/scoring: aritmetika desimal tepat, aturan per tahun beserta sumbernya.',
  weight: 'bobot',
  invalid: 'Nilai tidak valid',
  noGrade: 'tanpa kategori',
  dimension: 'Dimensi',
  score: 'Nilai',
  contribution: 'Kontribusi',
  unit: 'Unit',
  weightTitle: 'Bobot',
  now: 'Sekarang',
  target: 'Target',
  planTo: (target: string, graded: boolean, threshold: string) =>
    `Untuk mencapai ${graded ? 'kategori' : 'zona'} ${target} (nilai ≥ ${threshold}), naikkan:`,
  planAfter: (total: string, grade: string | null, zone: string) =>
    `Nilai menjadi ${total}${grade ? `, kategori ${grade}` : ''}, zona ${zone}.`,
  planTop: 'Sudah di tingkat tertinggi; tidak ada kategori berikutnya.',
  planUnits: 'Rencana dihitung per unit: pilih “Nilai dimensi” dan isi nilai satu unit.',
};

export type Words = typeof id;

const en: Words = {
  title: 'Ombudsman RI score calculator',
  lead: 'Compute the score, grade, zone and opinion of the public-service assessment, exactly as each year’s rules say.',
  year: 'Assessment year',
  inputMode: 'Input',
  modeDimensions: 'Dimension scores',
  modeUnits: 'Service units',
  units: 'Total of each service unit',
  unitsHint: 'One value per line, e.g. 91.99. The body’s score is the mean of its units.',
  decimalComma: 'Decimal comma (90,02)',
  followedUp: 'Followed up Ombudsman products (without maladministration)',
  result: 'Result',
  enterAll: 'Fill in every score to see the result.',
  enterUnits: 'Enter at least one unit total to see the result.',
  total: 'Score',
  grade: 'Grade',
  zone: 'Zone',
  label: 'Label',
  opinion: 'Opinion',
  quality: 'Quality',
  exact: 'Unrounded score',
  explanation: 'Explanation',
  plan: 'Plan to the next grade',
  footer: 'Computed in the browser with @ombuds/scoring: exact decimal arithmetic, rules per year with their sources.',
  weight: 'weight',
  invalid: 'Invalid value',
  noGrade: 'no grade',
  dimension: 'Dimension',
  score: 'Score',
  contribution: 'Contribution',
  unit: 'Unit',
  weightTitle: 'Weight',
  now: 'Now',
  target: 'Target',
  planTo: (target: string, graded: boolean, threshold: string) =>
    `To reach ${graded ? 'grade' : 'the zone'} ${target} (score ≥ ${threshold}), raise:`,
  planAfter: (total: string, grade: string | null, zone: string) =>
    `The score becomes ${total}${grade ? `, grade ${grade}` : ''}, zone ${zone}.`,
  planTop: 'Already at the top; there is no next grade.',
  planUnits: 'Plans are made per unit: choose “Dimension scores” and enter one unit’s scores.',
};

export const WORDS: Readonly<Record<Lang, Words>> = { id, en };

export const ZONE_NAMES: Readonly<Record<Lang, Record<Zone, string>>> = {
  id: { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah', hitam: 'Hitam' },
  en: { hijau: 'Green (hijau)', kuning: 'Yellow (kuning)', merah: 'Red (merah)', hitam: 'Black (hitam)' },
};
