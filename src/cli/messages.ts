/**
 * The CLI's texts as one catalogue of `{ id, en }` pairs, from `src/texts/cli.en.ts` and `cli.id.ts` (every
 * sentence lives there); the chosen `--lang` picks one side when a text is printed. The table reader's texts come
 * with the CLI's options as the words for each choice ({@link CHOICES}); library errors bring their own text,
 * except those about the library's decimal option, which `issue-text.ts` says in the CLI's words.
 *
 * @module
 */
import * as en from '../texts/cli.en.js';
import * as id from '../texts/cli.id.js';
import { paired } from '../texts/paired.js';
import type { ColumnName } from '../texts/cli.en.js';
import type { Choices, Text } from '../table/texts.js';

export type { Language, Text } from '../table/texts.js';

/**
 * The catalogue: one pair (or function of named parameters giving a pair) per text.
 *
 * @example
 * ```ts
 * M.unknownOption({ option: '--yaer' }).id; // 'Opsi "--yaer" tidak dikenal.'
 * ```
 */
export const M = paired(id, en);

/**
 * The CLI's options as the table reader names them in its problems (`use --decimal-comma`).
 *
 * @example
 * ```ts
 * CHOICES.decimalComma?.en; // '--decimal-comma'
 * ```
 */
export const CHOICES: Choices = Object.freeze({
  windows1252: M.chooseWindows1252,
  utf16: M.chooseUtf16,
  decimalComma: M.chooseDecimalComma,
  delimiter: M.chooseDelimiter,
  year: M.chooseYear,
  keepSimilarIds: M.chooseKeepSimilarIds,
  sheet: M.chooseSheet,
  column: M.chooseColumn,
});

const h = (column: ColumnName): Text => M.column({ column });

/**
 * Column titles and summary keys of the output, in both languages.
 *
 * @example
 * ```ts
 * HEADERS.rank.id; // 'peringkat'
 * ```
 */
export const HEADERS = {
  rank: h('rank'),
  id: h('id'),
  year: h('year'),
  total: h('total'),
  exact: h('exact'),
  category: h('category'),
  zone: h('zone'),
  label: h('label'),
  opinion: h('opinion'),
  group: h('group'),
  key: h('key'),
  value: h('value'),
  bodies: h('bodies'),
  count: h('count'),
  mean: h('mean'),
  median: h('median'),
  highest: h('highest'),
  lowest: h('lowest'),
  ranking: h('ranking'),
  place: h('place'),
  printedTotal: h('printedTotal'),
  computedTotal: h('computedTotal'),
  difference: h('difference'),
  printedCategory: h('printedCategory'),
  computedCategory: h('computedCategory'),
  printedZone: h('printedZone'),
  computedZone: h('computedZone'),
  explainedBy: h('explainedBy'),
} as const satisfies Record<ColumnName, Text>;
