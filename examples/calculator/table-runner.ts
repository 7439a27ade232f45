/**
 * Runs the table's work (table-job.ts) where it keeps the page answering: a small pasted table at once; a large
 * one, and every opened file, in the Web Worker (worker-start.ts), which alone reads workbooks; where workers are
 * unavailable or fail to start, in slices on the main thread, yielding to the browser between them (a text file
 * decoded there; a workbook refused, asking for CSV). Each run can be cancelled; a newer table cancels the older.
 */
import { prepareOnPage, prepareText, tableJob, type TableOutcome, type TableProgress, type TableRequest } from './table-job.js';
import type { WorkerMessage } from './table-worker.js';
import { forgetWorker, startWorker } from './worker-start.js';

/** Where a table was worked: at once, in the worker, or in slices on the main thread. */
export type Runner = 'at-once' | 'worker' | 'main';

/** Pasted tables up to this many characters (some 3,000 rows) are worked at once: too little work for a worker. */
const AT_ONCE_CHARS = 100_000;

/** How long a slice of work on the main thread may run before it yields to the browser, in milliseconds. */
const SLICE_MS = 12;

export interface RunHandlers {
  progress(progress: TableProgress): void;
  done(outcome: TableOutcome, runner: Runner): void;
}

/** Starts the work; returns a function that cancels it (no handler is called after). */
export function runTable(request: TableRequest, handlers: RunHandlers): () => void {
  const { source, year, revision, decimalComma } = request;
  if (source.kind === 'text' && source.text.length <= AT_ONCE_CHARS) {
    const job = tableJob(prepareText(source.text), year, revision, decimalComma);
    let step = job.next();
    while (!step.done) step = job.next();
    handlers.done(step.value, 'at-once');
    return () => {};
  }
  let cancelled = false;
  let cancelRun: () => void = () => {};
  void startWorker().then((worker) => {
    if (cancelled) {
      worker?.terminate();
      return;
    }
    if (worker === null) {
      cancelRun = runInSlices(request, handlers);
      return;
    }
    let inSlices: (() => void) | null = null;
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if ('progress' in event.data) handlers.progress(event.data.progress);
      else if ('outcome' in event.data) {
        worker.terminate();
        handlers.done(event.data.outcome, 'worker');
      }
    });
    worker.addEventListener('error', (event) => {
      // A worker that cannot run (a policy forbids Blob workers, say): this table and the next go to the main thread.
      event.preventDefault();
      worker.terminate();
      forgetWorker();
      if (!cancelled) inSlices = runInSlices(request, handlers);
    });
    worker.postMessage(request);
    cancelRun = () => {
      worker.terminate();
      inSlices?.();
    };
  });
  return () => {
    cancelled = true;
    cancelRun();
  };
}

function runInSlices(request: TableRequest, handlers: RunHandlers): () => void {
  let job: ReturnType<typeof tableJob> | null = null;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    if (job === null || cancelled) return;
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = job.next();
      if (step.done) {
        handlers.done(step.value, 'main');
        return;
      }
      if (performance.now() >= until) {
        handlers.progress(step.value);
        timer = setTimeout(slice, 0);
        return;
      }
    }
  };
  job = tableJob(prepareOnPage(request.source), request.year, request.revision, request.decimalComma);
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
