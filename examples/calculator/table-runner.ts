/**
 * Runs the table's work (table-job.ts) where it keeps the page answering: a small table at once; a large one in a
 * Web Worker, started from a Blob URL of the worker's bundle that build.mjs embeds (a page opened from file://
 * may not start a worker from a file URL); where workers are unavailable or fail to start, in slices on the main
 * thread, yielding to the browser between them. Each run can be cancelled; a newer table cancels the older run.
 */
import { prepare, prepareText, tableJob, type TableOutcome, type TableProgress, type TableRequest } from './table-job.js';
import type { WorkerMessage } from './table-worker.js';

/** The worker's bundle, defined by build.mjs. */
declare const TABLE_WORKER_SOURCE: string;

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

/** The Blob URL of the worker's script; `null` once workers proved unavailable. */
let workerUrl: string | null | undefined;

function startWorker(): Worker | null {
  if (workerUrl === null || typeof Worker === 'undefined' || typeof TABLE_WORKER_SOURCE !== 'string') return null;
  try {
    workerUrl ??= URL.createObjectURL(new Blob([TABLE_WORKER_SOURCE], { type: 'text/javascript' }));
    return new Worker(workerUrl);
  } catch {
    workerUrl = null;
    return null;
  }
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
  const worker = startWorker();
  if (worker === null) return runInSlices(request, handlers);
  let cancelInSlices: (() => void) | null = null;
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if ('progress' in event.data) handlers.progress(event.data.progress);
    else {
      worker.terminate();
      handlers.done(event.data.outcome, 'worker');
    }
  });
  worker.addEventListener('error', (event) => {
    // A worker that cannot run (a policy forbids Blob workers, say): this table and the next go to the main thread.
    event.preventDefault();
    worker.terminate();
    workerUrl = null;
    cancelInSlices = runInSlices(request, handlers);
  });
  worker.postMessage(request);
  return () => {
    worker.terminate();
    cancelInSlices?.();
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
  void prepare(request.source).then((prepared) => {
    job = tableJob(prepared, request.year, request.revision, request.decimalComma);
    timer = setTimeout(slice, 0);
  });
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
