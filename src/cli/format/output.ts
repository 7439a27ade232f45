/**
 * Writes a command's result in the chosen `--format`, row by row, through a buffered writer.
 *
 * @module
 */
import type { OutputFormat } from '../args.js';
import { formatCsvLine, type CellKind } from '../../table/write.js';
import type { CliIo } from '../io.js';
import type { Language, Text } from '../messages.js';
import { tableLine, tableRule, tableWidths, type TableColumn } from './table.js';

/** A column of a command's output. */
export interface OutputColumn {
  readonly title: Text;
  readonly align?: 'left' | 'right';
  /** `number` cells get decimal commas with `--decimal-comma` and are never neutralised in CSV. Default `text`. */
  readonly kind?: CellKind;
}

/** What a command produces: rows for `table` and `csv`, JSON for `json`. Each may be read more than once. */
export interface CommandOutput {
  readonly columns: readonly OutputColumn[];
  rows(): Iterable<readonly string[]>;
  /** A list is written as a JSON array, one element at a time; anything else as one value. */
  readonly json: { readonly list: () => Iterable<unknown> } | { readonly value: unknown };
  /** A line printed above a table (not in `csv` or `json`). */
  readonly heading?: string;
}

/** How output is written. */
export interface RenderOptions {
  readonly format: OutputFormat;
  readonly lang: Language;
  /** Decimal commas in number cells; for `csv` also `;` as the delimiter and a UTF-8 byte-order mark. */
  readonly decimalComma: boolean;
}

const CHUNK = 1 << 16;

/**
 * Collects text and hands it to `io.stdout` in chunks of 64 KiB, waiting for each, so that a large output
 * neither piles up in memory nor outruns a slow reader.
 *
 * @example
 * ```ts
 * const out = new Writer(io);
 * await out.write('id\n');
 * await out.flush();
 * ```
 */
export class Writer {
  #buffer = '';

  constructor(private readonly io: CliIo) {}

  async write(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer === '') return;
    const text = this.#buffer;
    this.#buffer = '';
    await this.io.stdout(text);
  }
}

/**
 * Writes `output` in the chosen format.
 *
 * @example
 * ```ts
 * await render({ columns: [{ title: { en: 'id', id: 'id' } }], rows: () => [['Medan']], json: { value: null } }, { format: 'csv', lang: 'en', decimalComma: false }, out);
 * ```
 */
export async function render(output: CommandOutput, options: RenderOptions, out: Writer): Promise<void> {
  const { format, lang, decimalComma } = options;
  if (format === 'json') {
    const { json } = output;
    if ('value' in json) {
      await out.write(`${JSON.stringify(json.value, null, 2)}\n`);
      return;
    }
    let first = true;
    for (const element of json.list()) {
      await out.write(`${first ? '[\n' : ',\n'}  ${JSON.stringify(element, null, 2).replaceAll('\n', '\n  ')}`);
      first = false;
    }
    await out.write(first ? '[]\n' : '\n]\n');
    return;
  }
  const kinds = output.columns.map((c) => c.kind ?? 'text');
  const cells = (row: readonly string[]): readonly string[] =>
    decimalComma ? row.map((cell, i) => (kinds[i] === 'number' ? cell.replace('.', ',') : cell)) : row;
  const titles = output.columns.map((c) => c.title[lang]);
  if (format === 'csv') {
    const delimiter = decimalComma ? ';' : ',';
    await out.write((decimalComma ? '\uFEFF' : '') + formatCsvLine(titles, [], delimiter));
    for (const row of output.rows()) await out.write(formatCsvLine(cells(row), kinds, delimiter));
    return;
  }
  const columns: TableColumn[] = output.columns.map((c, i) => ({ title: titles[i]!, ...(c.align ? { align: c.align } : {}) }));
  const widths = tableWidths(columns, mapRows(output.rows(), cells));
  if (output.heading) await out.write(`${output.heading}\n\n`);
  await out.write(tableLine(columns, widths, titles));
  await out.write(tableRule(widths));
  for (const row of output.rows()) await out.write(tableLine(columns, widths, cells(row)));
}

function* mapRows(rows: Iterable<readonly string[]>, map: (row: readonly string[]) => readonly string[]): Generator<readonly string[]> {
  for (const row of rows) yield map(row);
}
