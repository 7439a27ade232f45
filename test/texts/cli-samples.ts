/**
 * One set of parameters for every text of src/texts/cli.en.ts and cli.id.ts, the same for both languages: the
 * type requires a sample for each key.
 */
import type * as En from '../../src/texts/cli.en.js';
import type { Samples } from './table-samples.js';

const FIELDS = ['id', 'unit', 'total', 'competency', 'standards', 'opinion', 'complaints', 'trust', 'year'];
const COLUMNS: readonly En.ColumnName[] = [
  'rank', 'id', 'year', 'total', 'exact', 'category', 'zone', 'label', 'opinion', 'group', 'key', 'value', 'bodies',
  'count', 'mean', 'median', 'highest', 'lowest', 'ranking', 'place', 'printedTotal', 'computedTotal', 'difference',
  'printedCategory', 'computedCategory', 'printedZone', 'computedZone', 'explainedBy',
];

export const CLI_SAMPLES: Samples<typeof En> = {
  help: null,
  nameCommand: [{ commands: ['score', 'rank', 'summary', 'audit'] }],
  unknownCommand: [{ command: 'ranks', commands: ['score', 'rank', 'summary', 'audit'] }],
  unknownOption: [{ option: '--yaer' }],
  optionTwice: [{ option: 'year' }],
  optionNeedsValue: [{ option: 'year' }],
  flagTakesNoValue: [{ option: 'decimal-comma' }],
  oneOf: [{ option: 'format', allowed: ['table', 'json', 'csv'], got: 'xml' }],
  badYear: [{ got: '23' }],
  yearWithoutRules: [
    {
      year: 2020,
      reason: {
        id: 'Tahun 2020 tidak ada penilaian kepatuhan (pandemi COVID-19).',
        en: 'No compliance assessment was held in 2020 (COVID-19 pandemic).',
      },
    },
  ],
  badRevision: [{ got: 'two' }],
  badMaxErrors: [{ got: '0' }],
  badColumnOption: [{ got: 'Skor', fields: FIELDS }],
  columnTwice: [{ field: 'id' }],
  headerMappedTwice: [{ header: 'Skor', first: 'total', second: 'exact' }],
  headerNamesOtherField: [{ field: 'total', header: 'Nama', other: 'id' }],
  emptyColumnName: [{ field: 'total' }],
  methodRankOnly: null,
  delimiterWithJson: null,
  chooseWindows1252: null,
  chooseUtf16: null,
  chooseDecimalComma: null,
  chooseDelimiter: null,
  chooseYear: null,
  chooseKeepSimilarIds: null,
  chooseSheet: null,
  chooseColumn: [{ field: 'total' }],
  cannotRead: [{ file: 'rekap.csv', reason: 'ENOENT: no such file or directory' }],
  oneYear: [{ command: 'rank', id: 'Kota B', year: 2023, firstId: 'Kota A', firstYear: 2022 }],
  printedDiffers: [
    { id: 'Kota A', printed: '80.47', computed: '80.48', difference: '0.01', decimalComma: false },
    { id: 'Kota A', printed: '80.47', computed: '80.48', difference: '0.01', decimalComma: true },
  ],
  auditReading: [
    { reading: 'units-before-mean' },
    { reading: 'units-after-mean' },
    { reading: 'half-even' },
    { reading: 'half-up' },
    { reading: 'down' },
  ],
  auditAgrees: [{ compared: 1 }, { compared: 12 }],
  auditNothing: null,
  auditDisagree: [{ count: 2, compared: 12 }],
  moreProblems: [{ count: 1 }, { count: 7 }],
  writeFailed: [{ reason: 'ENOSPC: no space left on device' }],
  column: COLUMNS.map((column) => ({ column })),
  usage: null,
};
