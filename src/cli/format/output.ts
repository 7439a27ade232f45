/**
 * Renders a command's result in the chosen `--format`.
 *
 * @module
 */
import type { OutputFormat } from '../args.js';
import { formatCsv } from '../csv/write.js';
import { renderTable, type TableColumn } from './table.js';

/** What a command produces: rows for `table` and `csv`, a JSON value for `json`. */
export interface CommandOutput {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly json: unknown;
  /** Lines printed above a table (not in `csv` or `json`). */
  readonly heading?: string;
}

/**
 * The text to print for `output` in `format`.
 *
 * @example
 * ```ts
 * render({ columns: [{ title: 'id' }], rows: [['Medan']], json: [{ id: 'Medan' }] }, 'csv'); // 'id\r\nMedan\r\n'
 * ```
 */
export function render(output: CommandOutput, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(output.json, null, 2)}\n`;
    case 'csv':
      return formatCsv([output.columns.map((c) => c.title), ...output.rows]);
    case 'table':
      return (output.heading ? `${output.heading}\n\n` : '') + renderTable(output.columns, output.rows);
  }
}
