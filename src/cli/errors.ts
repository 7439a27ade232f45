/**
 * The CLI's two kinds of failure and their exit codes: a usage error (2) and a data error (1), the latter with
 * the file, line and column of the offending value.
 *
 * @module
 */

/**
 * Exit codes of `ombuds-score`.
 *
 * @example
 * ```ts
 * process.exitCode = EXIT.data; // 1
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, data: 1, usage: 2 });

/** Where a value sits in an input file: the file name (`<stdin>` for standard input), 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A wrong command line: unknown option, missing year, bad option value. Exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('--year expects a year such as 2023, got "23".');
 * ```
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One problem in the input data, at a location. */
export interface DataProblem {
  readonly message: string;
  readonly at: SourceLocation | null;
}

/**
 * Bad input data: one or more problems, each with its location. Exit code 1.
 *
 * @example
 * ```ts
 * throw DataError.at({ file: 'a.csv', line: 2, column: 6 }, 'Expected a value from 0 to 100.');
 * ```
 */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }

  /** A data error with a single problem. */
  static at(at: SourceLocation | null, message: string): DataError {
    return new DataError([{ message, at }]);
  }
}

/**
 * `file:line:column: message`, the form editors and CI logs turn into links.
 *
 * @example
 * ```ts
 * formatProblem({ message: 'Bad value.', at: { file: 'a.csv', line: 3, column: 7 } }); // 'a.csv:3:7: Bad value.'
 * ```
 */
export function formatProblem(problem: DataProblem): string {
  const { at, message } = problem;
  return at ? `${at.file}:${at.line}:${at.column}: ${message}` : message;
}
