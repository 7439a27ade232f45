/**
 * The CLI's failures and their exit codes: a usage error (2), a data error (1) with the file, line and column
 * of each offending value, and a write error (1; 0 when the reader of the output went away).
 *
 * @module
 */
import { formatProblem, type DataError } from '../table/problems.js';
import { M, type Language, type Text } from './messages.js';

export { DataError, formatLocation, formatProblem, ProblemSink } from '../table/problems.js';
export type { DataProblem, SourceLocation } from '../table/problems.js';

/**
 * Exit codes of `ombuds-score` (documented in `--help` and docs/guides/cli.md).
 *
 * @example
 * ```ts
 * process.exitCode = EXIT.data; // 1
 * ```
 */
export const EXIT = Object.freeze({
  /** Success; also when the reader of the output stopped early (`| head -1`, EPIPE). */
  ok: 0,
  /** Bad data: every problem on stderr as `file:line:column: message`. */
  data: 1,
  /** The output could not be written (a full disk, ENOSPC; a closed or broken stdout other than EPIPE). */
  write: 1,
  /** Bad usage: unknown or repeated option, bad option value, contradiction, no year. */
  usage: 2,
  /** A bug of ombuds-score. */
  internal: 70,
});

/**
 * A wrong command line: unknown or repeated option, bad option value, contradiction, no year. Exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError(M.badYear({ got: '23' }));
 * ```
 */
export class UsageError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(text.en);
    this.name = 'UsageError';
    this.text = text;
  }
}

/**
 * The output could not be written. `code` is the system error code (`EPIPE`, `ENOSPC`, …).
 *
 * @example
 * ```ts
 * if (error instanceof WriteError && error.code === 'EPIPE') return EXIT.ok;
 * ```
 */
export class WriteError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'WriteError';
    this.code = code;
  }
}

/**
 * The lines a data error prints: its problems, then "… and N more" when some were left out.
 *
 * @example
 * ```ts
 * formatDataError(new DataError([{ text: M.badYear({ got: '23' }), at: null }], 3), 'en');
 * // '--year expects a year such as 2023, got "23".\n… and 2 more problems (see --max-errors).\n'
 * ```
 */
export function formatDataError(error: DataError, lang: Language): string {
  const lines = error.problems.map((p) => formatProblem(p, lang));
  const more = error.total - error.problems.length;
  if (more > 0) lines.push(M.moreProblems({ count: more })[lang]);
  return lines.join('\n') + '\n';
}
