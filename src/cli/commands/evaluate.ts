/**
 * Runs every body through the library (`score` or `classify`) and collects the located problems.
 *
 * @module
 */
import { classify, getRuleset, score, ScoringError, type Classification, type Path, type Ruleset } from '../../index.js';
import { DataError, UsageError, type DataProblem, type SourceLocation } from '../errors.js';
import type { BodyRecord } from '../input/body.js';

/** A body and what the library made of it. */
export interface Evaluated {
  readonly body: BodyRecord;
  readonly year: number;
  readonly ruleset: Ruleset;
  /** The `score` result, or the `classify` result of a given total. */
  readonly result: Classification & { readonly exact?: string };
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  readonly decimalComma: boolean;
}

/**
 * Scores or classifies every body with its year's ruleset.
 *
 * @throws {@link UsageError} when a body has no year; {@link DataError} with every located problem.
 *
 * @example
 * ```ts
 * const evaluated = evaluate(await loadBodies(files, io, options), { decimalComma: false });
 * evaluated[0]!.result.total; // '81.43'
 * ```
 */
export function evaluate(bodies: readonly BodyRecord[], options: EvaluateOptions): Evaluated[] {
  const problems: DataProblem[] = [];
  const evaluated: Evaluated[] = [];
  for (const body of bodies) {
    if (body.year === null) {
      throw new UsageError(`No year for "${body.id}" (${where(body.at)}): pass --year, or add a year column or key.`);
    }
    let ruleset: Ruleset;
    try {
      ruleset = getRuleset(body.year);
    } catch (error) {
      problems.push(located(error, body.yearAt));
      continue;
    }
    try {
      const { request } = body;
      const read = options.decimalComma ? { decimalComma: true } : {};
      const result =
        request.kind === 'score'
          ? score(ruleset, request.input, read)
          : classify(ruleset, request.total, {
              ...read,
              ...(request.followedUpOmbudsman === undefined ? {} : { followedUpOmbudsman: request.followedUpOmbudsman }),
            });
      evaluated.push({ body, year: body.year, ruleset, result });
    } catch (error) {
      problems.push(located(error, body.locate(pathOf(error))));
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  return evaluated;
}

/**
 * A library error as a located problem: the message without the library's own "(at path)" suffix, with a
 * hint at the CLI option where the library names an option.
 *
 * @example
 * ```ts
 * located(scoringError, { file: 'a.csv', line: 2, column: 6 }).message;
 * ```
 */
export function located(error: unknown, at: SourceLocation): DataProblem {
  if (!(error instanceof ScoringError)) throw error;
  const message = error.message
    .replace(/ \(at [^()]*\)$/, '')
    .replace('pass { decimalComma: true }', 'pass --decimal-comma')
    .replace('although { decimalComma: true } was passed', 'although --decimal-comma was given');
  return { at, message };
}

function pathOf(error: unknown): Path {
  return error instanceof ScoringError ? error.path : [];
}

function where(at: SourceLocation): string {
  return `${at.file}:${at.line}:${at.column}`;
}
