/**
 * The table reader in one call, for a page or a program that holds the files' bytes: every file read (a
 * workbook's sheet, CSV or JSON), its bodies with their places, the notices (title rows skipped, footers left
 * out) and every problem, instead of the CLI's streaming. Browser-safe: no I/O, no `node:` import.
 *
 * @module
 */
import type { BodyRecord, Notice, ReadOptions } from './body.js';
import { IdRegistry } from './ids.js';
import { DataError, ProblemSink, type DataProblem } from './problems.js';
import { loadBodies, sourceOf, type LoadOptions, type Source } from './read.js';
import { NO_CHOICES, type Choices } from './texts.js';

/** One file handed in: its name (for messages and the format) and its bytes. */
export interface TableFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How the files are read: the CLI's options, each with a default. */
export interface TableOptions extends Partial<LoadOptions>, Partial<ReadOptions> {
  /** `--keep-similar-ids`. Default `false`. */
  readonly keepSimilarIds?: boolean;
  /** Problems kept (all are counted). Default 1000. */
  readonly maxProblems?: number;
  /**
   * The caller's words for the choices a problem names (its options or controls). Default: none, and each
   * sentence says what to change in the table itself.
   */
  readonly choices?: Choices;
}

/** What the files hold: bodies, notices and problems (an empty list when there is none). */
export interface TableRead {
  readonly bodies: readonly BodyRecord[];
  readonly notices: readonly Notice[];
  readonly problems: readonly DataProblem[];
  /** Problems found, of which `problems` holds the first `maxProblems`. */
  readonly problemCount: number;
}

/**
 * Reads `files` into bodies, notices and problems. A problem that ends a file's reading (bytes that do not
 * decode, a syntax error, a header without an id column) is among the problems, after the bad lines before it.
 * A missing year (`NoYearError`) is thrown: the caller asks for one.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('Nama,Nilai\nKota A,81.43\nRata-rata,81.43\n');
 * const read = await readTable([{ name: 'kota.csv', bytes }], { year: 2023 });
 * read.bodies.map((body) => body.id); // ['Kota A']
 * read.notices.length; // 1
 * read.problems; // []
 * ```
 */
export async function readTable(files: readonly TableFile[], options: TableOptions = {}): Promise<TableRead> {
  const load: LoadOptions = {
    input: options.input ?? null,
    delimiter: options.delimiter ?? null,
    encoding: options.encoding ?? null,
    sheet: options.sheet ?? null,
  };
  const choices = options.choices ?? NO_CHOICES;
  const context = {
    options: {
      year: options.year ?? null,
      columns: options.columns ?? {},
      decimalComma: options.decimalComma ?? false,
      points: options.points ?? false,
    },
    sink: new ProblemSink(options.maxProblems ?? 1000),
    ids: new IdRegistry(options.keepSimilarIds ?? false, choices.keepSimilarIds),
    notices: [] as Notice[],
    choices,
  };
  const bodies: BodyRecord[] = [];
  for (const file of files) {
    let source: Source;
    try {
      source = await sourceOf(file.name, file.bytes, load, choices);
    } catch (error) {
      context.sink.catch(error);
      continue;
    }
    try {
      for (const body of loadBodies([source], load, context)) bodies.push(body);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      context.sink.catch(error);
    }
  }
  return { bodies, notices: context.notices, problems: context.sink.kept, problemCount: context.sink.count };
}
