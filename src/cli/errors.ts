/**
 * The CLI's failures and their exit codes: a usage error (2), a data error (1) with the file, line and column
 * of each offending value, and a write error (1; 0 when the reader of the output went away).
 *
 * @module
 */
import { M, type Language, type Text } from './messages.js';

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

/** Where a value sits in an input file: the file name (`<stdin>` for standard input), 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A wrong command line: unknown or repeated option, bad option value, contradiction, no year. Exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError(M.badYear('23'));
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

/** One problem in the input data, at a location. */
export interface DataProblem {
  readonly text: Text;
  readonly at: SourceLocation | null;
}

/**
 * Bad input data: one or more problems, each with its location. Exit code 1. `total` counts the problems
 * found, of which `problems` holds the first ones (up to `--max-errors`).
 *
 * @example
 * ```ts
 * throw DataError.at({ file: 'a.csv', line: 2, column: 6 }, M.emptyId('id'));
 * ```
 */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];
  readonly total: number;

  constructor(problems: readonly DataProblem[], total = problems.length) {
    super(problems.map((p) => formatProblem(p, 'en')).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
    this.total = total;
  }

  /** A data error with a single problem. */
  static at(at: SourceLocation | null, text: Text): DataError {
    return new DataError([{ text, at }]);
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
 * `file:line:column: message`, the form editors and CI logs turn into links.
 *
 * @example
 * ```ts
 * formatProblem({ text: M.emptyId('id'), at: { file: 'a.csv', line: 3, column: 1 } }, 'en');
 * // 'a.csv:3:1: The id (column "id") is empty.'
 * ```
 */
export function formatProblem(problem: DataProblem, lang: Language): string {
  const { at, text } = problem;
  return at ? `${formatLocation(at)}: ${text[lang]}` : text[lang];
}

/**
 * `file:line:column`.
 *
 * @example
 * ```ts
 * formatLocation({ file: 'a.csv', line: 3, column: 1 }); // 'a.csv:3:1'
 * ```
 */
export function formatLocation(at: SourceLocation): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/**
 * Collects the problems of a run: every one is counted, the first `max` are kept.
 *
 * @example
 * ```ts
 * const sink = new ProblemSink(50);
 * sink.add({ text: M.emptyId('id'), at: null });
 * sink.count; // 1
 * ```
 */
export class ProblemSink {
  readonly kept: DataProblem[] = [];
  count = 0;

  constructor(readonly max: number) {}

  add(problem: DataProblem): void {
    this.count++;
    if (this.kept.length < this.max) this.kept.push(problem);
  }

  /** Adds the problems of a caught {@link DataError}; anything else is thrown again. */
  catch(error: unknown): void {
    if (!(error instanceof DataError)) throw error;
    for (const problem of error.problems) this.add(problem);
    this.count += error.total - error.problems.length;
  }

  /** @throws {@link DataError} with the kept problems when there is any. */
  check(): void {
    if (this.count > 0) throw new DataError(this.kept, this.count);
  }

  /**
   * Ends a reading that stopped on `error`: a data error that did not come from {@link check} (a syntax error,
   * say) is added after the problems found before it, and all are thrown together.
   */
  fail(error: unknown): never {
    if (error instanceof DataError && this.count > 0 && error.problems !== this.kept) {
      this.catch(error);
      this.check();
    }
    throw error;
  }
}

/**
 * The lines a data error prints: its problems, then "… and N more" when some were left out.
 *
 * @example
 * ```ts
 * formatDataError(new DataError([{ text: M.emptyId('id'), at: null }], 3), 'en');
 * // 'The id (column "id") is empty.\n… and 2 more problems (see --max-errors).\n'
 * ```
 */
export function formatDataError(error: DataError, lang: Language): string {
  const lines = error.problems.map((p) => formatProblem(p, lang));
  const more = error.total - error.problems.length;
  if (more > 0) lines.push(M.moreProblems(more)[lang]);
  return lines.join('\n') + '\n';
}
