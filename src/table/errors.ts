/**
 * The error of the table module (`src/table/`): a file that cannot be read as a table, with a stable code,
 * both texts, and where in the file it is. Not a `ScoringError`: the scoring API never sees files, and the
 * CLI and the page show a `TableError` as `file:line:column: text`.
 *
 * @module
 */

/** One message in both languages: `id` for the Indonesian officer, `en` for everyone else. */
export interface TableText {
  readonly id: string;
  readonly en: string;
}

/** Where a table error is, when it is at one place: 1-based line (a sheet's row number) and column. */
export interface TablePosition {
  readonly line?: number;
  readonly column?: number;
}

/**
 * A file that cannot be read as a table. `code` is stable (branch on it); `text` says what is wrong and what to
 * do, in Indonesian and English; `line` and `column` (1-based) say where, when it is at one place. `message` is
 * the English text.
 *
 * @example
 * ```ts
 * const error = new TableError('unknown-sheet', { id: 'Lembar "X" tidak ada.', en: 'No sheet "X".' });
 * error.code; // 'unknown-sheet'
 * error.text.id; // 'Lembar "X" tidak ada.'
 * error.message; // 'No sheet "X".'
 * error instanceof Error; // true
 * ```
 */
export class TableError extends Error {
  /** Stable machine-readable code, the same in every language. */
  readonly code: string;
  /** What is wrong and what to do, in Indonesian (`id`) and English (`en`). */
  readonly text: TableText;
  /** The 1-based line (a sheet's row number) where the problem is, if it is on one line. */
  readonly line?: number;
  /** The 1-based column where the problem is, if it is in one cell. */
  readonly column?: number;

  constructor(code: string, text: TableText, position: TablePosition = {}) {
    super(text.en);
    this.name = 'TableError';
    this.code = code;
    this.text = Object.freeze({ id: text.id, en: text.en });
    if (position.line !== undefined) this.line = position.line;
    if (position.column !== undefined) this.column = position.column;
  }
}
