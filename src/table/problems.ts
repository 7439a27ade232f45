/**
 * Problems in input data, each with its place in the file (`file:line:column`), collected over a reading so that
 * one run reports every bad line. Browser-safe: the CLI prints them, the page shows them.
 *
 * @module
 */
import type { Language, Text } from './texts.js';

/** Where a value sits in an input file: the file name (`<stdin>` for standard input), 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
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
 * throw DataError.at({ file: 'a.csv', line: 2, column: 6 }, T.emptyId('id'));
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
 * `file:line:column: message`, the form editors and CI logs turn into links.
 *
 * @example
 * ```ts
 * formatProblem({ text: T.emptyId('id'), at: { file: 'a.csv', line: 3, column: 1 } }, 'en');
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
 * sink.add({ text: T.emptyId('id'), at: null });
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
 * Neither the caller nor the data gives the assessment year of a body: a matter of how the reading was asked
 * for (the CLI makes it a usage error, exit 2), not of one line.
 *
 * @example
 * ```ts
 * try { [...readCsvBodies(rows, 'a.csv', context)]; } catch (e) { if (e instanceof NoYearError) e.text.en; }
 * ```
 */
export class NoYearError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(text.en);
    this.name = 'NoYearError';
    this.text = text;
  }
}
