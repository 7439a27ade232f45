/**
 * Makes an opened file ready in the worker, as the CLI reads it (the table module's `sourceOf`): a workbook's
 * sheet read into rows (its first, or the one chosen), anything else decoded (UTF-8 unless a byte-order mark or
 * the chosen encoding says otherwise; bytes that are not UTF-8 are refused naming the choice, never shown as
 * `�`). Only the worker imports this file, so the workbook library is in the worker's bundle and not in main.js.
 */
import { sourceOf } from '../../src/table/read.js';
import { readXlsx } from '../../src/table/xlsx-read.js';
import {
  isWorkbook,
  PAGE_CHOICES,
  prepareText,
  refusedAsTooLarge,
  refusedBy,
  TABLE_MAX_CHARS,
  type Prepared,
  type TableSource,
} from './table-job.js';

/** Makes a table ready (asynchronous: a workbook is unzipped). */
export async function prepare(source: TableSource): Promise<Prepared> {
  if (source.kind === 'text') return prepareText(source.text);
  if (source.bytes.length > TABLE_MAX_CHARS) return refusedAsTooLarge(source.bytes.length);
  const sheets = isWorkbook(source.name, source.bytes) ? await sheetsOf(source.bytes) : [];
  try {
    const options = { input: null, delimiter: null, encoding: source.encoding, sheet: source.sheet };
    return { kind: 'source', source: await sourceOf(source.name, source.bytes, options, PAGE_CHOICES), sheets };
  } catch (error) {
    return refusedBy(error, sheets);
  }
}

/** The sheets of a workbook, for the page to offer. */
async function sheetsOf(bytes: Uint8Array): Promise<readonly string[]> {
  try {
    return (await readXlsx(bytes)).sheets;
  } catch {
    return []; // sourceOf says what is wrong with it
  }
}
