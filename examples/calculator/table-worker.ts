/**
 * The Web Worker of the province table, the only part of the page that carries the workbook libraries. It
 * receives either a `TableRequest`, makes its table ready (`prepare`: decoding a file, reading a workbook's sheet),
 * runs `tableJob` to the end and posts its progress (`{ progress }`) and then its outcome (`{ outcome }`), so the
 * page answers while a large table is read, scored and ranked; or an `XlsxRequest`, and posts the workbook's bytes
 * (`{ xlsx }`) or why it cannot be written (`{ refused }`). build.mjs bundles this file on its own into
 * table-worker.js, which worker-start.ts loads when a worker is first needed.
 */
import { TableError } from '../../src/table/errors.js';
import { writeXlsx, type XlsxCell } from '../../src/table/xlsx-write.js';
import type { Text } from './engine.js';
import { tableJob, type TableOutcome, type TableProgress, type TableRequest } from './table-job.js';
import { prepare } from './table-prepare.js';

/** The ranking to write as a workbook of one sheet. */
export interface XlsxRequest {
  readonly xlsx: { readonly sheet: string; readonly rows: readonly (readonly XlsxCell[])[] };
}

/** What the page posts to the worker. */
export type WorkerRequest = TableRequest | XlsxRequest;

/** What the worker posts. */
export type WorkerMessage =
  | { readonly progress: TableProgress }
  | { readonly outcome: TableOutcome }
  | { readonly xlsx: Uint8Array }
  | { readonly refused: Text };

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(message: WorkerMessage, transfer: Transferable[]): void }).postMessage(message, transfer);

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  if ('xlsx' in event.data) {
    const { sheet, rows } = event.data.xlsx;
    try {
      const bytes = await writeXlsx(sheet, rows);
      post({ xlsx: bytes }, [bytes.buffer]);
    } catch (error) {
      if (!(error instanceof TableError)) throw error;
      post({ refused: { id: error.text.id, en: error.text.en } });
    }
    return;
  }
  const { source, year, revision, decimalComma } = event.data;
  const job = tableJob(await prepare(source), year, revision, decimalComma);
  for (;;) {
    const step = job.next();
    if (step.done) {
      post({ outcome: step.value });
      return;
    }
    post({ progress: step.value });
  }
});
