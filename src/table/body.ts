/**
 * A body read from an input file, ready for the library, with the means to point back into the file.
 *
 * @module
 */
import type { Path, ScoreInput } from '../index.js';
import type { ProblemSink, SourceLocation } from './problems.js';
import type { Choices, Text } from './texts.js';
import type { Field } from './header.js';
import type { IdRegistry } from './ids.js';

/** What the library is asked to do with a body: score its dimensions or units, or classify a given total. */
export type BodyRequest =
  | { readonly kind: 'score'; readonly input: ScoreInput }
  | { readonly kind: 'classify'; readonly total: string; readonly followedUpOmbudsman?: boolean };

/** One body of the input. */
export interface BodyRecord {
  /** Trimmed and NFC-normalised. */
  readonly id: string;
  /** The assessment year, from `--year` or the data; `null` when neither gives one. */
  readonly year: number | null;
  readonly request: BodyRequest;
  /** Where the body starts (its id). */
  readonly at: SourceLocation;
  /** Where the year came from (the id when it came from `--year`). */
  readonly yearAt: SourceLocation;
  /** Maps the path of a `ScoringError` (relative to the request) to a place in the file. */
  locate(path: Path): SourceLocation;
  /**
   * What the row prints beside what is scored: `parts` when it gives dimensions (or units) and a total, grade or
   * zone (the body is scored from its parts and compared with them); `exact` when it gives a total and its exact
   * value (the exact value is classified, and must round to the total).
   */
  readonly printed?: Printed;
  /** The cells of the row's other columns (No, Keterangan, …), carried to the output after the results. */
  readonly extra?: Extra;
}

/** Values a row prints beside the ones scored, and where. */
export interface Printed {
  readonly kind: 'parts' | 'exact';
  /** The printed total, as written (a decimal comma with `--decimal-comma`). */
  readonly total?: string;
  readonly category?: string;
  readonly zone?: string;
  /** The cell of the printed total (or the id's when none is printed). */
  readonly at: SourceLocation;
}

/** The other columns of a row: the header names (one array shared by the rows of a file) and the cells. */
export interface Extra {
  readonly headers: readonly string[];
  readonly values: readonly string[];
}

/** A remark about a whole file, shown once (title rows skipped, footer rows left out). Not an error. */
export interface Notice {
  readonly at: SourceLocation | null;
  readonly text: Text;
}

/** How input files are read. */
export interface ReadOptions {
  /** The year from `--year`; it wins over any year in the data. */
  readonly year: number | null;
  /** `--column` / `--id-column`: the header (CSV) of a field; for JSON only `id` is used, as the key. */
  readonly columns: Readonly<Partial<Record<Field, string>>>;
  /** `--decimal-comma`: number literals of JSON are handed on with a comma, CSV cells as written. */
  readonly decimalComma: boolean;
  /**
   * `--points`: the dimension columns hold weighted points as the Ombudsman prints them (RULEBOOK §5), whose sum
   * is the total, not 0–100 scores. Said, never guessed: the same header serves both.
   */
  readonly points?: boolean | undefined;
}

/** What the readers share over a run: its options, where problems go, and the ids seen so far. */
export interface ReadContext {
  readonly options: ReadOptions;
  readonly sink: ProblemSink;
  readonly ids: IdRegistry;
  /** Remarks about whole files, in order. */
  readonly notices: Notice[];
  /** The front end's words for the choices its problems name (its options, or its controls). */
  readonly choices: Choices;
}

/**
 * Reads a year written in the data: four digits, as a string.
 *
 * @example
 * ```ts
 * readYear('2023'); // 2023
 * readYear('23'); // null
 * ```
 */
export function readYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}
