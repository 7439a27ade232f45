/**
 * The four dimensions and five grades of 2022 onwards (RULEBOOK §4, §5).
 *
 * @module
 */
import type { Band, Category, Dimension, DimensionId, Provenance, Sourced, Text, Zone } from '../../model/index.js';

const DIMENSION_TEXT: Record<Exclude<DimensionId, 'trust'>, { label: Text; description: Text }> = {
  competency: {
    label: { id: 'Dimensi Input', en: 'Input dimension' },
    description: {
      id: 'Kompetensi pelaksana dan sarana prasarana',
      en: 'Competency of frontline staff, and facilities',
    },
  },
  standards: {
    label: { id: 'Dimensi Proses', en: 'Process dimension' },
    description: { id: 'Pemenuhan standar pelayanan', en: 'Compliance with the published service standards' },
  },
  opinion: {
    label: { id: 'Dimensi Output', en: 'Output dimension' },
    description: {
      id: 'Persepsi maladministrasi menurut pengguna layanan',
      en: "Service users' perception of maladministration",
    },
  },
  complaints: {
    label: { id: 'Dimensi Pengaduan', en: 'Complaints dimension' },
    description: { id: 'Pengelolaan pengaduan', en: 'Complaint management' },
  },
};

/** The published 2023 weights, in percent (RULEBOOK §4.1). */
export const WEIGHTS_2023 = {
  competency: '21.85',
  standards: '32.37',
  opinion: '24.24',
  complaints: '21.54',
} as const;

/** The 2023 weights are published (RULEBOOK §4.1). */
export const WEIGHTS_2023_PROVENANCE: Provenance = {
  source: ['RULEBOOK §4.1', 'S01', 'S02', 'S03', 'S04', 'S05'],
  confidence: 'confirmed',
};

/** The four dimensions with the given weight provenance for every weight. */
export function fourDimensions(
  weights: Record<Exclude<DimensionId, 'trust'>, string>,
  provenance: Provenance,
): Dimension[] {
  const ids = ['competency', 'standards', 'opinion', 'complaints'] as const;
  return ids.map((id) => ({ id, ...DIMENSION_TEXT[id], weight: { value: weights[id], ...provenance } }));
}

/** 2022 and 2024 reuse the 2023 weights (RULEBOOK §4.1 DECISION). */
export const WEIGHTS_BORROWED_FROM_2023: Provenance = {
  source: ['RULEBOOK §4.1'],
  confidence: 'assumed',
  note: 'No source gives weights for this year; the 2023 weights (S01–S05) are used, as the 2022/2023 decks show them beside 2022 results.',
};

const GRADE_SOURCES = ['RULEBOOK §4.2', 'S07', 'S08', 'S11', 'S12', 'S44', 'S45'];

interface Grade {
  readonly category: Category;
  readonly min: string;
  readonly label: Text;
  readonly zone: Zone;
}

const GRADES: readonly Grade[] = [
  { category: 'A', min: '88.00', label: { id: 'Kualitas Tertinggi', en: 'Highest quality' }, zone: 'hijau' },
  { category: 'B', min: '78.00', label: { id: 'Kualitas Tinggi', en: 'High quality' }, zone: 'hijau' },
  { category: 'C', min: '54.00', label: { id: 'Kualitas Sedang', en: 'Medium quality' }, zone: 'kuning' },
  { category: 'D', min: '32.00', label: { id: 'Kualitas Rendah', en: 'Low quality' }, zone: 'merah' },
  { category: 'E', min: '0.00', label: { id: 'Kualitas Terendah', en: 'Lowest quality' }, zone: 'merah' },
];

/** The five grades of 2022–2024, all `confirmed` (RULEBOOK §4.2); the three years share them. */
export const GRADE_BANDS: readonly Band[] = /* @__PURE__ */ GRADES.map(({ category, min, label, zone }) => ({
  category,
  zone: { value: zone, source: GRADE_SOURCES, confidence: 'confirmed' },
  label,
  min: { value: min, source: GRADE_SOURCES, confidence: 'confirmed' },
}));

const QUALITY_2025: Record<Category, Sourced<Text>> = {
  A: { value: { id: 'Sangat Baik', en: 'Very good' }, source: ['RULEBOOK §5', 'S26', 'S27', 'S28'], confidence: 'confirmed' },
  B: { value: { id: 'Baik', en: 'Good' }, source: ['RULEBOOK §5', 'S26', 'S27'], confidence: 'confirmed' },
  C: { value: { id: 'Cukup', en: 'Fair' }, source: ['RULEBOOK §5', 'S26', 'S27'], confidence: 'confirmed' },
  D: { value: { id: 'Kurang', en: 'Poor' }, source: ['RULEBOOK §5', 'S26', 'S27'], confidence: 'confirmed' },
  E: {
    value: { id: 'Sangat Kurang', en: 'Very poor' },
    source: ['RULEBOOK §5'],
    confidence: 'assumed',
    note: 'No 2025 report shows grade E; the word follows the pattern of A–D.',
  },
};

/** The 2025 grades: 2022 bounds, E in the black zone, quality words (RULEBOOK §5). */
export function gradeBands2025(): Band[] {
  return GRADES.map(({ category, min, label, zone }) => ({
    category,
    zone: {
      value: category === 'E' ? 'hitam' : zone,
      source: ['RULEBOOK §5', 'S16'],
      confidence: 'single-source',
      note: 'Zones as presented by one Ombudsman member (S16); another said 2025 has no colour zones (S33).',
    },
    label,
    quality: QUALITY_2025[category],
    min: {
      value: min,
      source: ['RULEBOOK §5', 'S26', 'S27', 'S28', 'S29'],
      confidence: 'assumed',
      note: 'Not published for 2025; the 2025 results fit the 2022–2024 bounds.',
    },
  }));
}

/** "Opini Kualitas Tinggi" (2022–2024). */
export const OPINION_2022 = {
  value: { template: { id: 'Opini {label}', en: '{label} opinion' }, qualifier: null },
  source: ['RULEBOOK §4.2', 'S07', 'S11'],
  confidence: 'confirmed',
} as const;

/** 2023–2024: explicit deductions for Ombudsman products not followed up; none invented (RULEBOOK §4.4). */
export const DEDUCTIONS_ALLOWED = {
  value: true,
  source: ['RULEBOOK §4.4', 'S64', 'S85'],
  confidence: 'assumed',
  note: 'A body that did not follow up Ombudsman products can be marked down; the size of the cut is not published, so only explicit deductions given in the input apply.',
} as const;
