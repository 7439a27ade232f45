/**
 * The input's other columns (No, Keterangan, …), carried to the output after the result columns.
 *
 * @module
 */
import type { Extra } from '../../table/body.js';
import type { OutputColumn } from './output.js';

/**
 * The other columns of a run's bodies, in the order first seen: one list of header names for the output.
 *
 * @example
 * ```ts
 * const headers = new ExtraHeaders();
 * headers.add({ headers: ['No', 'Keterangan'], values: ['1', ''] });
 * headers.list; // ['No', 'Keterangan']
 * ```
 */
export class ExtraHeaders {
  readonly list: string[] = [];
  #seen: readonly string[] | null = null;

  add(extra: Extra | undefined): void {
    // The rows of one file share one headers array: checked once per file.
    if (extra === undefined || extra.headers === this.#seen) return;
    this.#seen = extra.headers;
    for (const header of extra.headers) if (!this.list.includes(header)) this.list.push(header);
  }

  /** The output columns of the other columns. */
  columns(): OutputColumn[] {
    return this.list.map((header) => ({ title: { en: header, id: header } }));
  }
}

/**
 * A body's cells under `headers` (empty where it has no such column).
 *
 * @example
 * ```ts
 * extraCells({ headers: ['No', 'Keterangan'], values: ['1', 'baru'] }, ['Keterangan']); // ['baru']
 * ```
 */
export function extraCells(extra: Extra | undefined, headers: readonly string[]): string[] {
  return headers.map((header) => {
    if (extra === undefined) return '';
    const index = extra.headers.indexOf(header);
    return index < 0 ? '' : extra.values[index]!;
  });
}

/**
 * A body's other columns as a JSON object, or nothing when it has none.
 *
 * @example
 * ```ts
 * extraJson({ headers: ['No'], values: ['1'] }); // { extra: { No: '1' } }
 * ```
 */
export function extraJson(extra: Extra | undefined): { extra?: Record<string, string> } {
  if (extra === undefined) return {};
  const object: Record<string, string> = {};
  extra.headers.forEach((header, i) => {
    if (!Object.hasOwn(object, header)) Object.defineProperty(object, header, { value: extra.values[i], enumerable: true });
  });
  return { extra: object };
}
