/**
 * What the library makes of one body of a table, the same for the CLI and the page: a given total is classified
 * (its digits as given are its `exact`, which breaks ties; an exact value printed beside it must round to it),
 * dimensions, points and units are scored, and where the row prints a total, grade or zone beside its parts, the
 * printed values are audited against them (`auditRow`).
 *
 * @module
 */
import {
  auditRow,
  classify,
  score,
  type AuditFinding,
  type Classification,
  type ParseOptions,
  type Ruleset,
} from '../index.js';
import type { BodyRecord } from './body.js';
import type { SourceLocation } from './problems.js';
import { T, type Text } from './texts.js';

/** A body's result, or a printed exact value that does not round to its total (the row is not ranked). */
export type RecordOutcome =
  | {
      readonly kind: 'result';
      /** The `score` result, or the `classify` result of a given total with its digits as given in `exact`. */
      readonly result: Classification & { readonly exact?: string };
      /** Where the row prints a total, grade or zone beside its parts that does not follow from them. */
      readonly finding: AuditFinding | null;
    }
  | { readonly kind: 'exact-not-total'; readonly at: SourceLocation; readonly text: Text };

/**
 * Scores or classifies one body with `ruleset`.
 *
 * @throws {@link ScoringError} where the library refuses the body; `body.locate(error.path)` finds its cell.
 *
 * @example
 * ```ts
 * import { getRuleset } from '@ombuds/scoring';
 * const body = { id: 'Kota A', year: 2023, request: { kind: 'classify', total: '81.43' } } as never;
 * const outcome = evaluateRecord(getRuleset(2023), body, {});
 * outcome.kind === 'result' && outcome.result.total; // '81.43'
 * ```
 */
export function evaluateRecord(ruleset: Ruleset, body: BodyRecord, read: ParseOptions): RecordOutcome {
  const { request, printed } = body;
  if (request.kind === 'score') {
    const result = score(ruleset, request.input, read);
    if (printed?.kind !== 'parts') return { kind: 'result', result, finding: null };
    const { total, category, zone } = printed;
    const values = {
      ...(total === undefined ? {} : { total }),
      ...(category === undefined ? {} : { category }),
      ...(zone === undefined ? {} : { zone }),
    };
    return {
      kind: 'result',
      result,
      finding: auditRow(ruleset, { id: body.id, input: request.input, printed: values }, 0, read),
    };
  }
  const facts = request.followedUpOmbudsman === undefined ? {} : { followedUpOmbudsman: request.followedUpOmbudsman };
  const classified = classify(ruleset, request.total, { ...read, ...facts });
  if (printed?.kind === 'exact' && printed.total !== undefined && printed.total !== request.total) {
    if (classify(ruleset, printed.total, read).total !== classified.total) {
      return {
        kind: 'exact-not-total',
        at: printed.at,
        text: T.exactNotTotal({ exact: request.total, total: printed.total, rounded: classified.total }),
      };
    }
  }
  const exact = read.decimalComma === true ? request.total.replace(',', '.') : request.total;
  return { kind: 'result', result: { ...classified, exact }, finding: null };
}
