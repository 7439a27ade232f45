/**
 * The table reader's texts as one catalogue of `{ id, en }` pairs, from `src/texts/table.en.ts` and
 * `table.id.ts` (every sentence lives there), and the words a front end gives for its choices.
 *
 * @module
 */
import * as en from '../texts/table.en.js';
import * as id from '../texts/table.id.js';
import { paired } from '../texts/paired.js';
import type { Choices } from '../texts/table.en.js';

export type { Text } from '../model/provenance.js';
export type { Choices, Given } from '../texts/table.en.js';

/** A language of the messages. */
export type Language = 'en' | 'id';

/**
 * The table reader's catalogue: one pair (or function giving a pair) per text, with named parameters.
 *
 * @example
 * ```ts
 * T.emptyId({ column: 'Nama' }).id; // 'Nama instansi (kolom "Nama") kosong.'
 * ```
 */
export const T = paired(id, en);

/**
 * No choices: a front end without controls for the reader's choices. Every sentence then says what to change in
 * the table itself.
 *
 * @example
 * ```ts
 * NO_CHOICES.decimalComma; // null
 * ```
 */
export const NO_CHOICES: Choices = Object.freeze({
  windows1252: null,
  utf16: null,
  decimalComma: null,
  delimiter: null,
  year: null,
  keepSimilarIds: null,
  sheet: null,
  column: null,
});
