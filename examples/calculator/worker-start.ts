/**
 * Starts the page's Web Worker (table-worker.ts). Its bundle, which alone carries the workbook libraries, is not
 * in main.js: build.mjs writes it to table-worker.js as a classic script that hands the worker's source over
 * (`OMBUDS_TABLE_WORKER`), loaded the first time a worker is needed, and the worker is started from a Blob URL
 * of that source (a page opened from file:// may load a script beside it, but not start a worker from a file
 * URL). Where workers are unavailable, forbidden, or the script does not load, there is no worker: `null`.
 */

/** The name under which table-worker.js leaves the worker's source (see build.mjs). */
const GLOBAL = 'OMBUDS_TABLE_WORKER';

/** Where table-worker.js lies: beside main.js. */
const scriptBase = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/** The Blob URL of the worker's source, once loaded; `null` once workers proved unavailable. */
let workerUrl: Promise<string | null> | null = null;

function loadSource(): Promise<string | null> {
  return new Promise((resolve) => {
    const held = (globalThis as Record<string, unknown>)[GLOBAL];
    if (typeof held === 'string') {
      resolve(held);
      return;
    }
    const script = document.createElement('script');
    script.src = new URL('table-worker.js', scriptBase).href;
    script.onload = () => {
      const source = (globalThis as Record<string, unknown>)[GLOBAL];
      resolve(typeof source === 'string' ? source : null);
    };
    script.onerror = () => resolve(null);
    document.head.append(script);
  });
}

/** A new worker, or `null` where there can be none. */
export async function startWorker(): Promise<Worker | null> {
  if (typeof Worker === 'undefined') return null;
  workerUrl ??= loadSource().then((source) => {
    if (source === null) return null;
    try {
      return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    } catch {
      return null;
    }
  });
  const url = await workerUrl;
  if (url === null) return null;
  try {
    return new Worker(url);
  } catch {
    forgetWorker();
    return null;
  }
}

/** Workers proved unusable here (a policy forbids Blob workers, say): no further one is tried. */
export function forgetWorker(): void {
  workerUrl = Promise.resolve(null);
}
