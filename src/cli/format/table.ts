/**
 * Plain-text tables for the terminal, laid out in two passes over the rows (widths, then lines), so that the
 * rows need not be held.
 *
 * @module
 */

/** A column: its title and alignment. */
export interface TableColumn {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

/** Width in code points, so that "Tanjungbalai" and "Tebing Tinggi" line up whatever the script. */
const width = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/**
 * The width of each column: its widest cell or title.
 *
 * @example
 * ```ts
 * tableWidths([{ title: 'id' }], [['Medan']]); // [5]
 * ```
 */
export function tableWidths(columns: readonly TableColumn[], rows: Iterable<readonly string[]>): number[] {
  const widths = columns.map((column) => width(column.title));
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const w = width(row[i] ?? '');
      if (w > widths[i]!) widths[i] = w;
    }
  }
  return widths;
}

/**
 * One line of the table, cells two spaces apart, without trailing spaces.
 *
 * @example
 * ```ts
 * tableLine([{ title: 'id' }, { title: 'total', align: 'right' }], [5, 5], ['Medan', '81.43']); // 'Medan  81.43\n'
 * ```
 */
export function tableLine(columns: readonly TableColumn[], widths: readonly number[], cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const cell = cells[i] ?? '';
    const pad = ' '.repeat(widths[i]! - width(cell));
    if (i > 0) line += '  ';
    line += columns[i]!.align === 'right' ? pad + cell : cell + pad;
  }
  return line.trimEnd() + '\n';
}

/**
 * The rule under the header.
 *
 * @example
 * ```ts
 * tableRule([2, 5]); // '--  -----\n'
 * ```
 */
export function tableRule(widths: readonly number[]): string {
  return widths.map((w) => '-'.repeat(w)).join('  ') + '\n';
}
