/**
 * What leaves the page: JSON and CSV downloads of the current result or ranking, and the share link. CSV is
 * written as the page's language reads it: in Indonesian `;`-separated with decimal commas (as Indonesian
 * Excel opens it), in English `,` with points; a UTF-8 byte-order mark. The lines are the table module's CSV
 * writer (`formatCsvLine`, the CLI's): text cells that a spreadsheet would run as a formula are prefixed with `'`,
 * numbers are never altered.
 */
import { formatCsvLine } from '../../src/table/write.js';
import { formatNumber } from './format.js';
import type { Lang } from './i18n.js';

/** A CSV cell: text (neutralised when it could be a formula) or a decimal string from the library. */
export type Cell = { readonly text: string } | { readonly number: string };

export function toCsv(rows: readonly (readonly Cell[])[], lang: Lang): string {
  const delimiter = lang === 'id' ? ';' : ',';
  const line = (row: readonly Cell[]) =>
    formatCsvLine(
      row.map((c) => ('number' in c ? formatNumber(c.number, lang) : c.text)),
      row.map((c) => ('number' in c ? 'number' : 'text')),
      delimiter,
    );
  return `\uFEFF${rows.map(line).join('')}`;
}

/** Offers a file for download (a Blob URL, no server). */
export function download(name: string, type: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the body's name and the year: "pemkab-mukomuko-2023". */
export function fileName(name: string, year: number): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'penilaian'}-${year}`;
}
