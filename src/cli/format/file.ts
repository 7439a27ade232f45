/**
 * `--output <file>`: a command's result written to a file, in the format its extension names (`.xlsx`, `.csv`,
 * `.json`; anything else takes `--format`).
 *
 * @module
 */
import type { OutputFormat } from '../args.js';
import type { CliIo } from '../io.js';
import { writeXlsx } from '../../table/xlsx-write.js';
import { render, Writer, type CommandOutput, type RenderOptions } from './output.js';

/** A plain decimal, as a number cell of a workbook takes it. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The format of an output file, from its extension; `null` when the extension names none.
 *
 * @example
 * ```ts
 * formatOfFile('peringkat.xlsx'); // 'xlsx'
 * formatOfFile('hasil.CSV'); // 'csv'
 * formatOfFile('hasil.txt'); // null
 * ```
 */
export function formatOfFile(path: string): OutputFormat | 'xlsx' | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

/**
 * Writes `output` to `path`: a workbook of one sheet (number columns as numbers, the rest as text), or the
 * text `render` gives for CSV, JSON or a table.
 *
 * @example
 * ```ts
 * await writeOutputFile(output, 'peringkat.xlsx', { format: 'table', lang: 'id', decimalComma: false }, io);
 * ```
 */
export async function writeOutputFile(output: CommandOutput, path: string, options: RenderOptions, io: CliIo): Promise<void> {
  const format = formatOfFile(path) ?? options.format;
  if (format === 'xlsx') {
    const kinds = output.columns.map((c) => c.kind ?? 'text');
    const rows = [
      output.columns.map((c) => c.title[options.lang]),
      ...[...output.rows()].map((row) =>
        row.map((cell, i) => (kinds[i] === 'number' && DECIMAL.test(cell) ? { number: cell } : cell)),
      ),
    ];
    await io.writeFile(path, await writeXlsx(options.lang === 'id' ? 'Hasil' : 'Results', rows));
    return;
  }
  const chunks: string[] = [];
  const out = new Writer({ ...io, stdout: (text) => void chunks.push(text) });
  await render(output, { ...options, format }, out);
  await out.flush();
  await io.writeFile(path, new TextEncoder().encode(chunks.join('')));
}
