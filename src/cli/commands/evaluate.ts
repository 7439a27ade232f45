/**
 * Runs every body through the library (`score` or `classify`), one at a time, and sends the located problems
 * to the run's problems.
 *
 * @module
 */
import { getRuleset, ScoringError, type AuditFinding, type Classification, type Ruleset } from '../../index.js';
import { evaluateRecord } from '../../table/evaluate.js';
import { type DataProblem, type ProblemSink, type SourceLocation } from '../errors.js';
import { issueText } from '../issue-text.js';
import type { BodyRecord } from '../../table/body.js';

/** A body and what the library made of it. */
export interface Evaluated {
  readonly body: BodyRecord;
  readonly year: number;
  readonly ruleset: Ruleset;
  /**
   * The `score` result, or the `classify` result of a given total with `exact`: the total as given (with a
   * point), so that `80.004` ranks above `80.001` although both show `80.00`.
   */
  readonly result: Classification & { readonly exact?: string };
  /** The row prints a total, grade or zone beside its parts that does not follow from them. */
  readonly finding?: AuditFinding;
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  readonly decimalComma: boolean;
  /** The ruleset revision of every year (`--revision`); `null` takes each year's latest. */
  readonly revision: number | null;
}

/**
 * Scores or classifies every body with its year's ruleset; a body the library refuses goes to `sink`, at the
 * place in the file the error's path points to.
 *
 * @example
 * ```ts
 * const [first] = evaluate(loadBodies(sources, options, context), { decimalComma: false, revision: null }, context.sink);
 * first!.result.total; // '81.43'
 * ```
 */
export function* evaluate(
  bodies: Iterable<BodyRecord>,
  options: EvaluateOptions,
  sink: ProblemSink,
): Generator<Evaluated> {
  const read = options.decimalComma ? { decimalComma: true } : {};
  for (const body of bodies) {
    const year = body.year!;
    let ruleset: Ruleset;
    try {
      ruleset = getRuleset(year, options.revision === null ? undefined : { revision: options.revision });
    } catch (error) {
      sink.add(located(error, body.yearAt));
      continue;
    }
    try {
      const outcome = evaluateRecord(ruleset, body, read);
      if (outcome.kind === 'exact-not-total') {
        sink.add({ at: outcome.at, text: outcome.text });
        continue;
      }
      const { result, finding } = outcome;
      yield finding === null ? { body, year, ruleset, result } : { body, year, ruleset, result, finding };
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
      // Every problem of the row (error.issues), each at its own cell, in the CLI's words where it names an option.
      for (const issue of error.issues) sink.add({ at: body.locate(issue.path), text: issueText(issue, body) });
    }
  }
}

/**
 * A library error that is no body's (a year without rules, a ranking or summary over the library's limits) as a
 * located problem: its English and Indonesian texts (`text.en`, `text.id`) as they are, at `at`.
 *
 * @example
 * ```ts
 * located(scoringError, { file: 'a.csv', line: 2, column: 6 }).text.en;
 * ```
 */
export function located(error: unknown, at: SourceLocation | null): DataProblem {
  if (!(error instanceof ScoringError)) throw error;
  return { at, text: error.text };
}
