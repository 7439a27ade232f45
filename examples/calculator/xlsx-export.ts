/**
 * The ranking written as an `.xlsx` workbook, by the worker (worker-start.ts): the workbook library is in the
 * worker's bundle only, never in main.js. Where there is no worker, the page says so and points to the CSV.
 */
import type { XlsxCell } from '../../src/table/xlsx-write.js';
import type { Text } from './engine.js';
import { WORDS } from './i18n.js';
import type { WorkerMessage, XlsxRequest } from './table-worker.js';
import { forgetWorker, startWorker } from './worker-start.js';

/** The workbook's bytes, or why none was written, in both languages. */
export type Workbook = { readonly bytes: Uint8Array } | { readonly refused: Text };

const noWorker: Workbook = { refused: { id: WORDS.id.xlsxNeedsWorker, en: WORDS.en.xlsxNeedsWorker } };

/** Writes one sheet of rows (text, or numbers as their decimal text) as an `.xlsx` workbook in the worker. */
export async function writeWorkbook(sheet: string, rows: readonly (readonly XlsxCell[])[]): Promise<Workbook> {
  const worker = await startWorker();
  if (worker === null) return noWorker;
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      worker.terminate();
      if ('xlsx' in event.data) resolve({ bytes: event.data.xlsx });
      else if ('refused' in event.data) resolve({ refused: event.data.refused });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      forgetWorker();
      resolve(noWorker);
    });
    const request: XlsxRequest = { xlsx: { sheet, rows } };
    worker.postMessage(request);
  });
}
