/**
 * The Input dimension (`competency`): kompetensi pelaksana and sarana prasarana, answered by 4 officers per
 * unit (RULEBOOK §4.1, §4.3). 2022: 5 + 8 indicators; 2023 (and 2024): 6 + 9.
 *
 * @module
 */
import type { Indicator, Variable } from '../../model/index.js';
import { composed, indicator, NAMED_INPUT, UU_25_2009, variable } from './instrument-common.js';

/** The two variables are named (RULEBOOK §4.1); their weights are not published, so they count equally. */
const VARIABLE = { source: ['RULEBOOK §4.1', 'S01', 'S04'], confidence: 'confirmed' } as const;

const knowledgeOfStandard: Indicator = {
  ...indicator(
    'pengetahuan-standar',
    'Pengetahuan pelaksana tentang komponen standar pelayanan',
    "Officers' knowledge of the service-standard components",
    NAMED_INPUT,
  ),
  // The one published indicator weight: 12.22 % of the Input dimension (S03).
  weight: {
    value: '12.22',
    source: ['RULEBOOK §4.3', 'S03'],
    confidence: 'single-source',
    note: 'Stated as a share of the Input dimension in one leaked deck (S03).',
  },
};

const DUTIES = indicator(
  'pengetahuan-tugas',
  'Pengetahuan pelaksana tentang tugas dan kewenangannya',
  "Officers' knowledge of their duties and authority",
  NAMED_INPUT,
);
const OMBUDSMAN = indicator(
  'pengetahuan-ombudsman',
  'Pengetahuan pelaksana tentang Ombudsman RI',
  "Officers' knowledge of the Ombudsman",
  NAMED_INPUT,
);
const MALADMINISTRATION = indicator(
  'pengetahuan-maladministrasi',
  'Pengetahuan pelaksana tentang bentuk-bentuk maladministrasi',
  "Officers' knowledge of the forms of maladministration",
  NAMED_INPUT,
);
const RECOMMENDATIONS = indicator(
  'pengetahuan-rekomendasi',
  'Pengetahuan pelaksana tentang rekomendasi Ombudsman',
  "Officers' knowledge of Ombudsman recommendations",
  NAMED_INPUT,
);
const VULNERABLE = indicator(
  'pengetahuan-kelompok-rentan',
  'Pengetahuan pelaksana tentang pelayanan ramah kelompok rentan',
  "Officers' knowledge of services friendly to vulnerable groups",
  NAMED_INPUT,
);

const SUPERVISION = indicator(
  'pengawasan-internal',
  'Frekuensi pengawasan internal',
  'Frequency of internal supervision',
  NAMED_INPUT,
);
const STAFFING = indicator(
  'jumlah-pelaksana',
  'Jumlah pelaksana sesuai analisis beban kerja (ABK)',
  'Staff numbers matching the workload analysis (ABK)',
  NAMED_INPUT,
);
const COMPENSATION = indicator(
  'kompensasi',
  'Ketersediaan kompensasi pelayanan',
  'Availability of service compensation',
  NAMED_INPUT,
);
const SAFETY = indicator(
  'jaminan-keamanan',
  'Jaminan keamanan dan keselamatan pelayanan',
  'Safety and security guarantees of the service',
  NAMED_INPUT,
);
const QUALITY = indicator('jaminan-mutu', 'Jaminan mutu pelayanan', 'Quality assurance of the service', NAMED_INPUT);
const ROOM = indicator(
  'ruang-pelayanan',
  'Sarana ruang pelayanan dan ruang tunggu yang layak',
  'Adequate service counter and waiting room',
  composed(`${UU_25_2009} (g: sarana, prasarana dan/atau fasilitas)`),
);
const SPECIAL_FACILITIES = indicator(
  'sarana-kelompok-rentan',
  'Sarana khusus bagi pengguna berkebutuhan khusus',
  'Facilities for users with special needs',
  composed('UU 25/2009 art. 29 (pelayanan khusus for vulnerable groups)'),
);
const INFORMATION_SYSTEM = indicator(
  'sistem-informasi',
  'Sistem informasi pelayanan publik',
  'Public-service information system',
  composed('UU 25/2009 art. 23 (sistem informasi pelayanan publik)'),
);
const EVALUATION = indicator(
  'evaluasi-kinerja',
  'Evaluasi kinerja pelaksana',
  'Performance evaluation of officers',
  composed(`${UU_25_2009} (n: evaluasi kinerja pelaksana)`),
);

/** The two variables of the Input dimension, each half of it, with the given indicators. */
function inputVariables(competency: readonly Indicator[], facilities: readonly Indicator[]): Variable[] {
  return [
    variable('kompetensi-pelaksana', { id: 'Kompetensi pelaksana', en: 'Competency of officers' }, VARIABLE, competency),
    variable('sarana-prasarana', { id: 'Sarana prasarana', en: 'Facilities' }, VARIABLE, facilities),
  ].map((v) => ({
    ...v,
    weight: {
      value: '50',
      source: ['RULEBOOK §4.3'],
      confidence: 'assumed',
      note: 'The variable weights inside the Input dimension are not published; the two variables count equally (RULEBOOK §4.3 DECISION).',
    },
  }));
}

/**
 * 2022: 5 competency indicators and 8 facilities indicators (4 named, 4 composed). Marked pure so that a bundle of
 * another year drops it.
 */
export const INPUT_2022: readonly Variable[] = /* @__PURE__ */ inputVariables(
  [knowledgeOfStandard, DUTIES, OMBUDSMAN, MALADMINISTRATION, VULNERABLE],
  [SUPERVISION, STAFFING, SAFETY, QUALITY, ROOM, SPECIAL_FACILITIES, INFORMATION_SYSTEM, EVALUATION],
);

/** 2023: 6 competency indicators and 9 facilities indicators (5 named, 4 composed). */
export const INPUT_2023: readonly Variable[] = inputVariables(
  [knowledgeOfStandard, DUTIES, OMBUDSMAN, MALADMINISTRATION, RECOMMENDATIONS, VULNERABLE],
  [SUPERVISION, STAFFING, COMPENSATION, SAFETY, QUALITY, ROOM, SPECIAL_FACILITIES, INFORMATION_SYSTEM, EVALUATION],
);
