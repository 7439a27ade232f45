/**
 * One set of parameters for every text of src/texts, the same for both languages: the type requires a sample
 * for each key, so a new text cannot be left out of the checks and the snapshot.
 */
import type * as En from '../../src/texts/en.js';

type Samples = {
  readonly [K in keyof typeof En]: (typeof En)[K] extends (params: infer P) => string ? readonly P[] : null;
};

const proses = { id: 'Dimensi Proses', en: 'Process dimension' } as const;
const indicator = { id: 'Pengetahuan komponen standar pelayanan', en: 'Knowledge of the service standard components' };
const variable = { id: 'Kompetensi pelaksana', en: 'Competency of frontline staff' };

export const SAMPLES: Samples = {
  totalLabel: null,
  totalLine: [
    {
      total: '76.51',
      exact: '76.505',
      category: 'C',
      zone: 'kuning',
      verdict: { id: 'Opini Kualitas Sedang', en: 'Medium quality opinion' },
    },
    {
      total: '81.00',
      exact: null,
      category: null,
      zone: 'hijau',
      verdict: { id: 'Kepatuhan Tinggi', en: 'High compliance' },
    },
  ],
  deductionLabel: null,
  deductionLine: [
    { reason: 'Rekomendasi Ombudsman belum ditindaklanjuti', cut: '1.50', given: null },
    { reason: 'Saran korektif tidak dilaksanakan', cut: '0.40', given: '2.00' },
  ],
  unitLabel: [{ unit: 'Dinas Kesehatan' }],
  unitLine: [{ unit: 'Dinas Kesehatan', value: '91.99', count: 3, contribution: '30.66' }],
  unitGivenLabel: null,
  unitGivenLine: [
    { given: '91.99', rounded: null },
    { given: '91.994', rounded: '91.99' },
  ],
  roundingLabel: null,
  roundingLine: [{ from: '76.505', to: '76.51' }],
  dimensionLine: [{ dimension: proses, weight: '32.37', score: '66.67', points: '21.58' }],
  dimensionPointsLine: [{ dimension: proses, points: '19.76', weight: '20', score: '98.80' }],
  variableLeftOut: [{ variable }],
  variableLine: [{ variable, share: '50', score: '80.00', dimensionPoints: '40.00', totalPoints: '8.74' }],
  indicatorLeftOut: [{ indicator }],
  indicatorCountedZero: [{ indicator }],
  indicatorOptionsLine: [
    {
      indicator,
      mean: '66.67',
      count: 3,
      share: '12.22',
      score: '66.67',
      dimensionPoints: '8.15',
      totalPoints: '1.78',
    },
  ],
  indicatorScaleLine: [
    {
      indicator,
      mean: '3.25',
      min: 0,
      max: 5,
      count: 4,
      share: '12.22',
      score: '65.00',
      dimensionPoints: '7.94',
      totalPoints: '1.74',
    },
    {
      indicator,
      mean: '2.00',
      min: 1,
      max: 5,
      count: 1,
      share: '16.67',
      score: '25.00',
      dimensionPoints: '4.17',
      totalPoints: '0.91',
    },
  ],
  raiseDimension: [{ dimension: proses, from: '66.67', to: '80.25' }],
  raiseIndicatorMean: [
    { indicator, from: '2.50', to: '3.25', raises: 3 },
    { indicator, from: null, to: '1.00', raises: 1 },
    { indicator, from: '2.50', to: '2.75', raises: null },
  ],
  dimensionRaises: [
    { dimension: proses, count: 4, from: '66.67', to: '72.50' },
    { dimension: proses, count: 1, from: '66.67', to: '68.00' },
  ],
  respondents: [
    { dimension: 'competency' },
    { dimension: 'standards' },
    { dimension: 'opinion' },
    { dimension: 'complaints' },
    { dimension: 'kepuasan' },
  ],
  raiseAnswers: [
    {
      indicator,
      dimension: proses,
      dimensionId: 'competency',
      answers: 3,
      levels: 3,
      moves: [
        { count: 2, from: 3, to: 4 },
        { count: 1, from: 2, to: 3 },
      ],
    },
    {
      indicator,
      dimension: proses,
      dimensionId: 'opinion',
      answers: 1,
      levels: 2,
      moves: [{ count: 1, from: 2, to: 4 }],
    },
  ],
  unreachableByAnswers: [
    { target: 'A', limited: false, deductions: false },
    { target: 'hijau', limited: true, deductions: true },
  ],
  unreachableByPoints: [
    { target: 'A', best: '87.99', limited: false, deductions: false },
    { target: 'B', best: '77.50', limited: true, deductions: true },
  ],
};
