/**
 * The page's own words (examples/calculator/i18n.ts, WORDS) in the form of src/texts: the same keys and kinds in
 * both languages, every function of named parameters rendered with every parameter filled, and no word of the
 * code and no decimal point in an Indonesian text. Exempt, as in parts.test.ts: text in quotes, and a number in
 * parentheses that shows how a number is written ("titik (90.02)"). Counts come as the page formats them, with
 * Indonesian thousands separators ("1.200").
 */
import { describe, expect, it } from 'vitest';
import { WORDS, type Words } from '../../examples/calculator/i18n.js';
import { CODE_WORDS } from './code-words.js';
import type { Samples } from './table-samples.js';

/** A sample for every function of WORDS; `null` for the rest (strings, lists, tables of words). */
const SAMPLES: Samples<Words> = {
  title: null,
  lead: null,
  viewBody: null,
  viewTable: null,
  views: null,
  year: null,
  revision: null,
  revisionLatest: [{ revision: 2 }],
  revisionOld: [{ revision: 1 }],
  bodyName: null,
  bodyNamePlaceholder: null,
  inputMode: null,
  modeAnswers: null,
  modeDimensions: null,
  modeUnits: null,
  modePoints: null,
  answersOnlyInstrument: null,
  units: null,
  unitsHint: null,
  dimensionHint: null,
  pointsHint: [{ max: '32,37' }],
  followedUp: null,
  deduction: null,
  deductionHint: null,
  deductionPoints: null,
  deductionReason: null,
  deductionDefault: null,
  missing: null,
  missingRefuse: null,
  missingExclude: null,
  missingZero: null,
  unitName: null,
  unitDefault: [{ number: 2 }],
  addUnit: null,
  removeUnit: null,
  fillAll: null,
  fillButton: null,
  respondents: [{ count: 12, who: 'petugas' }],
  respondentsOf: null,
  countAt: [{ level: '3 (Baik)', indicator: 'Pengetahuan komponen standar pelayanan' }],
  answerLevels: null,
  levelsLegend: null,
  assumedBadge: null,
  assumedTitle: null,
  answered: [{ done: 12, all: 15 }],
  incomplete: [{ count: 3 }],
  result: null,
  enterAll: null,
  enterUnits: null,
  enterAnswers: null,
  total: null,
  grade: null,
  zone: null,
  label: null,
  opinion: null,
  quality: null,
  exact: null,
  ruleset: null,
  estimate: null,
  estimateBecause: null,
  assumedIndicators: [{ count: 4 }],
  indicatorLines: [{ count: 15 }],
  unitScores: null,
  explanation: null,
  plan: null,
  target: null,
  nextLevel: null,
  planTop: null,
  targetGrade: [{ grade: 'B' }],
  targetZone: [{ zone: 'Hijau' }],
  fixedLegend: null,
  planTo: [{ target: 'kategori B', threshold: '78,00' }],
  planReached: [{ target: 'kategori B' }],
  planAfter: [
    { total: '78,05', grade: 'B', zone: 'Hijau' },
    { total: '88,05', grade: null, zone: 'Hijau' },
  ],
  planRaises: [{ count: 4 }],
  planAssumed: null,
  planPerUnit: null,
  planUnitsOnly: null,
  confidence: null,
  acrossYears: null,
  acrossIntro: null,
  yearCol: null,
  notFitting: null,
  notFittingDims: [{ labels: 'Dimensi Input, Dimensi Proses' }],
  noAssessment: null,
  actions: null,
  share: null,
  copied: null,
  copyFailed: null,
  exportJson: null,
  exportCsv: null,
  print: null,
  printedOn: null,
  saved: null,
  footer: null,
  weight: null,
  contribution: null,
  csvParts: null,
  invalid: null,
  noGrade: null,
  unit: null,
  tableTitle: null,
  tableInput: null,
  tableHint: null,
  tableFile: null,
  chooseFile: null,
  tableYear: [{ year: 2023 }],
  tableEmpty: null,
  rankCol: null,
  rankShort: null,
  gradeShort: null,
  nameCol: null,
  counts: null,
  chart: null,
  chartTitle: [{ count: 33 }],
  mean: null,
  median: null,
  rowError: [{ line: 4, text: 'Nama instansi (kolom "Nama") kosong.' }],
  errorField: [{ field: 'Dimensi Input' }],
  errorPoints: [{ field: 'Dimensi Input', max: '32,37' }],
  errorUnit: [{ unit: 2 }],
  errorAnswer: [{ field: 'Dimensi Input · k1' }],
  errorDuplicate: null,
  errorGeneric: null,
  errorNoYear: null,
  linkTooLong: [
    { part: 'table', chars: '120.000', max: '100.000' },
    { part: 'answers', chars: '120.000', max: '100.000' },
  ],
  linkTooBig: [
    { part: 'table', max: '5.000.000' },
    { part: 'answers', max: '5.000.000' },
  ],
  linkUnits: [{ units: '120', max: '100' }],
  linkCount: [{ max: '1.000.000' }],
  answerCountLimit: [{ max: '1.000.000', unit: 2 }],
  tableNotInLink: null,
  answersNotInLink: null,
  tableTooLarge: [{ size: '21.000.000', max: '20.000.000' }],
  progressRead: null,
  progressScore: [{ done: '500', total: '1.200' }],
  progressRank: null,
  tableCount: [
    { count: '33', shown: null },
    { count: '1.200', shown: '500' },
  ],
  moreRows: [{ count: '500' }],
  chartTop: [{ shown: '500', count: '1.200' }],
  moreProblems: [{ count: '12' }],
  notRanked: null,
  auditTitle: null,
  auditIntro: [{ count: 2, all: 12 }],
  auditAgrees: [{ all: 12 }],
  auditCols: null,
  auditReading: null,
  auditNone: null,
  choiceWindows1252: null,
  choiceUtf16: null,
  choiceDecimalComma: null,
  choiceSheet: null,
  workbookNeedsWorker: [{ name: 'rekap.xlsx' }],
  xlsxNeedsWorker: null,
  decimalPointTable: [
    { value: '90.02', more: 0 },
    { value: '90.02', more: 3 },
  ],
  decimalSeparator: null,
  decimalPoint: null,
  decimalComma: null,
  decimalHint: null,
  encoding: null,
  sheet: null,
  encodingAuto: null,
  encodingHint: null,
  exportXlsx: null,
  exactCol: null,
  sheetName: null,
};

type Value = Words[keyof Words];
const keys = Object.keys(SAMPLES).sort();

/** Every text of one word: a string, each sample rendered, or the values of a list or table of words. */
function render(value: Value, samples: readonly unknown[] | null): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return (samples ?? []).map((sample) => (value as (p: unknown) => string)(sample));
  return Object.values(value as Record<string, string>);
}

const ownWords = (line: string): string =>
  line
    .replace(/"[^"\n]*"/g, '""')
    .replace(/“[^”\n]*”/g, '“”')
    .replace(/\(\d+[.,]\d+\)/g, '()');

describe('the page’s words (examples/calculator/i18n.ts)', () => {
  it('has the same keys in both languages, and a sample (or null) for each', () => {
    expect(Object.keys(WORDS.id).sort()).toEqual(Object.keys(WORDS.en).sort());
    expect(Object.keys(WORDS.en).sort()).toEqual(keys);
  });

  it.each(keys)('%s: the same kind and shape in both languages, every parameter filled', (key) => {
    const k = key as keyof Words;
    const samples = (SAMPLES as Record<string, readonly unknown[] | null>)[key]!;
    expect(typeof WORDS.id[k]).toBe(typeof WORDS.en[k]);
    if (typeof WORDS.en[k] === 'function') expect(samples?.length).toBeGreaterThan(0);
    if (typeof WORDS.en[k] === 'object') expect(Object.keys(WORDS.id[k])).toEqual(Object.keys(WORDS.en[k]));
    const english = render(WORDS.en[k], samples);
    const indonesian = render(WORDS.id[k], samples);
    expect(indonesian.length).toBe(english.length);
    for (const line of [...english, ...indonesian]) {
      expect(line.trim()).not.toBe('');
      expect(line).not.toMatch(/\[object|\$\{|undefined|\bnull\b|NaN/);
    }
  });

  it.each(keys)('%s: the Indonesian text has no word of the code and writes numbers with a comma', (key) => {
    const samples = (SAMPLES as Record<string, readonly unknown[] | null>)[key]!;
    for (const line of render(WORDS.id[key as keyof Words], samples).map(ownWords)) {
      for (const word of CODE_WORDS) expect(line).not.toContain(word);
      // A point between digits is a decimal point, unless it groups thousands ("1.200", as the page writes counts).
      expect(line).not.toMatch(/\d\.(?!\d{3}(\D|$))\d/);
    }
  });
});
