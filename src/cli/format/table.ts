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

/**
 * Characters a terminal would obey rather than show: C0 and C1 controls and DEL (`\u001b[2J` clears the screen),
 * the bidirectional controls (U+202E turns the rest of a line around), and halves of a character (a lone
 * surrogate).
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A cell as the table shows it: every control, bidirectional control and lone surrogate written as a `\uXXXX`
 * escape, so that what a cell holds can be read and cannot act on the terminal.
 *
 * @example
 * ```ts
 * shownCell('Kota\u001b[2J'); // 'Kota\\u001b[2J'
 * shownCell('Medan'); // 'Medan'
 * ```
 */
export function shownCell(text: string): string {
  return text.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
  const widths = columns.map((column) => width(shownCell(column.title)));
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const w = width(shownCell(row[i] ?? ''));
      if (w > widths[i]!) widths[i] = w;
    }
  }
  return widths;
}

/**
 * One line of the table, cells two spaces apart (each as {@link shownCell} shows it), without trailing spaces.
 *
 * @example
 * ```ts
 * tableLine([{ title: 'id' }, { title: 'total', align: 'right' }], [5, 5], ['Medan', '81.43']); // 'Medan  81.43\n'
 * ```
 */
export function tableLine(columns: readonly TableColumn[], widths: readonly number[], cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const cell = shownCell(cells[i] ?? '');
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
