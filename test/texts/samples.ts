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
  answeredIndicators: [
    { answered: 15, count: 15, rule: 'refuse' },
    { answered: 12, count: 15, rule: 'zero' },
    { answered: 12, count: 15, rule: 'exclude' },
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
  // errors
  decimalComma: [{ value: '81,5', fixed: '81.5' }],
  decimalPoint: [{ value: '81.5', fixed: '81,5' }],
  cutValue: [{ value: '76.5…', example: '76.5' }],
  notANumber: [
    { value: 'abc', example: '87.44' },
    { value: Number.NaN, example: '87,44' },
  ],
  emptyValue: null,
  tooManyDecimals: [{ value: '76.1234567890123456789012345', max: 20 }],
  outOfRange: [
    { value: '101', min: '0', max: '100' },
    { value: 33.5, min: '0', max: '32.37' },
  ],
  notNumber: [{ value: null }, { value: [90] }],
  notObject: [{ value: 'x' }, { value: undefined }],
  notList: [{ value: { a: 1 } }],
  notText: [{ value: 7 }],
  notBoolean: [{ value: 'ya' }],
  notWhole: [{ value: '2023', example: 2023 }],
  notRuleset: [{ value: 2023 }],
  notResultRuleset: [{ value: 'r2023' }],
  notIds: [{ value: 5 }],
  missingDimension: [{ dimension: { id: 'Dimensi Input', en: 'Input dimension' }, id: 'competency' }],
  missingUnits: null,
  missingAnswers: null,
  missingReason: null,
  missingYears: null,
  missingField: [{ field: 'weight' }],
  unitEmpty: null,
  inPlace: [
    {
      unit: 1,
      dimension: { id: 'Dimensi Output', en: 'Output dimension' },
      text: { id: '"abc" bukan angka.', en: '"abc" is not a number.' },
    },
    { unit: 0, dimension: null, text: { id: 'Dimensi Input belum diisi.', en: 'Input dimension is missing.' } },
    {
      unit: undefined,
      dimension: { id: 'Dimensi Output', en: 'Output dimension' },
      text: { id: '"abc" bukan angka.', en: '"abc" is not a number.' },
    },
  ],
  inItem: [{ item: 2, text: { id: 'Isinya kosong.', en: 'Expected a string.' } }],
  noScores: null,
  noAnswers: [{ indicator: 'k1', label: indicator }],
  unknownKey: [{ key: 'dimension', known: ['dimensions', 'points', 'answers', 'units'] }],
  unknownDimension: [
    {
      key: 'kompetensi',
      known: [
        { id: 'competency', label: { id: 'Dimensi Input', en: 'Input dimension' } },
        { id: 'standards', label: proses },
      ],
    },
  ],
  duplicateId: [{ id: 'Dinas Kesehatan' }, { id: 2023 }],
  duplicateItemId: [{ id: 'Kota Depok', first: 0, second: 3 }],
  similarId: [{ id: 'kota depok', earlier: 'Kota Depok', first: 0, second: 3 }],
  illFormedId: [{ id: 'Dinas \ud800' }],
  tooMany: [{ list: 'units', count: 10001, max: 10000 }],
  tooLong: [{ value: 'Dinas Kesehatan', count: 1001, max: 1000 }],
  listTooLong: [{ count: 10001, max: 10000 }],
  tooDeep: [{ max: 32 }],
  tooManySteps: [{ max: 100000 }],
  tooComplex: null,
  unreadable: null,
  cyclic: null,
  conflict: [
    { first: 'dimensions', second: 'points' },
    { first: 'total', second: 'answers' },
  ],
  exactNotTotal: [{ exact: '76.50', total: '76.51' }],
  derivedFrom: null,
  minimizeAnswers: null,
  resultRevision: [
    {
      index: 2,
      ruleset: 'ombudsman-2025',
      year: 2025,
      revision: 9,
      known: [
        { year: 2025, revision: 1 },
        { year: 2025, revision: 2 },
      ],
    },
  ],
  classChanged: [
    { index: 0, total: '76.51', key: 'category', given: 'A', ruleset: 'ombudsman-2023', expected: 'C' },
    { index: 1, total: '76.51', key: 'zone', given: 'hijau', ruleset: 'ombudsman-2023', expected: 'kuning' },
  ],
  classesCrossed: [
    {
      first: 0,
      second: 3,
      key: 'category',
      higher: '80.10',
      higherClass: 'C',
      equal: false,
      lower: '76.51',
      lowerClass: 'B',
    },
    {
      first: 1,
      second: 2,
      key: 'zone',
      higher: '50.00',
      higherClass: null,
      equal: true,
      lower: '50.00',
      lowerClass: 'merah',
    },
  ],
  rulesetsDiffer: [
    {
      first: 0,
      firstRuleset: 'ombudsman-2023',
      firstRevision: 1,
      second: 2,
      secondRuleset: 'ombudsman-2024',
      secondRevision: 1,
    },
  ],
  gradedAndNot: [{ index: 4 }],
  notApplicable: [
    { field: 'deductions', years: [2023, 2024] },
    { field: 'followedUpOmbudsman', years: [2025] },
  ],
  notAllowed: [
    { value: 'Z', allowed: ['A', 'B', 'C', 'D', 'E', 'hijau', 'kuning', 'merah', 'hitam'] },
    { value: 7, allowed: [0, 1, 2] },
  ],
  notACategory: [{ value: 'F', allowed: ['A', 'B', 'C', 'D', 'E'] }],
  notALevel: [
    { value: 2.5, min: 1, max: 4 },
    { value: '2,5', min: 0, max: 5 },
  ],
  oneUnit: null,
  notValidated: null,
  rulesetType: [
    { value: 'x', expected: 'number' },
    { value: 5, expected: 'array' },
  ],
  rulesetExponent: [{ value: '1e2', written: '100' }],
  invalidRuleset: [
    { issue: 'Too small: expected number to be >=0', more: 0 },
    { issue: 'Invalid input', more: 2 },
  ],
  noRuleset: [{ year: 2014, known: [2015, 2016, 2025] }],
  noRevision: [{ year: 2025, revision: 3, known: [1, 2] }],
  noAssessment: null,
};
