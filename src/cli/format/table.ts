/**
 * Plain-text tables for the terminal.
 *
 * @module
 */

/** A column: its title and alignment. */
export interface TableColumn {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

/**
 * Lays out rows under their titles, columns two spaces apart, with a rule under the header. Widths count code
 * points, so "Tanjungbalai" and "Tebing Tinggi" line up whatever the script.
 *
 * @example
 * ```ts
 * renderTable([{ title: 'id' }, { title: 'total', align: 'right' }], [['Medan', '81.43']]);
 * // 'id     total\n-----  -----\nMedan  81.43\n'
 * ```
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].length;
  // A loop, not Math.max(...spread): a spread of 200,000 rows overflows the call stack.
  const widths = columns.map((column, i) => rows.reduce((most, row) => Math.max(most, width(row[i] ?? '')), width(column.title)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const pad = ' '.repeat(widths[i]! - width(cell));
        return column.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
