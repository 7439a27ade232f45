/**
 * The Web Worker of the province table: receives a `TableRequest`, makes its table ready (`prepare`: decoding a
 * file, reading a workbook's sheet), runs `tableJob` to the end and posts its
 * progress (`{ progress }`) and then its outcome (`{ outcome }`), so the page answers while a large table is
 * read, scored and ranked. build.mjs bundles this file on its own and embeds it in main.js (see table-runner.ts).
 */
import { prepare, tableJob, type TableOutcome, type TableProgress, type TableRequest } from './table-job.js';

/** What the worker posts. */
export type WorkerMessage = { readonly progress: TableProgress } | { readonly outcome: TableOutcome };

const post = (message: WorkerMessage) => (self as unknown as { postMessage(message: WorkerMessage): void }).postMessage(message);

self.addEventListener('message', async (event: MessageEvent<TableRequest>) => {
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
