/**
 * A library problem of a body, in the CLI's words. The library's texts name the library's option (`{ decimalComma:
 * true }`, "opsi koma desimal"); where a problem is about that option, the CLI composes its own sentence from
 * structured data: the issue's reason, the text of the body at the issue's path as read (`cellText`) and its own
 * catalogue, never from the library's sentence. Every other problem keeps the library's text as it is.
 *
 * @module
 */
import type { ScoringIssue } from '../index.js';
import type { BodyRecord } from '../table/body.js';
import { cellText } from '../table/cell-text.js';
import { T } from '../table/texts.js';
import { CHOICES, M, type Text } from './messages.js';

/** The decimal mark each reason is about: the one written in the refused text. */
const MARK: Readonly<Record<string, string>> = { 'decimal-comma': ',', 'decimal-point': '.' };

/**
 * The text of `issue` of `body` in the CLI's words. Reason `decimal-comma` (a decimal comma without
 * `--decimal-comma`): the sentence the table reader gives a comma in a CSV cell, with the CLI's option as the
 * choice (`T.decimalCommaFile`, `CHOICES.decimalComma`), so a comma reads the same from a CSV file, a workbook
 * or JSON. Reason `decimal-point` (a point under `--decimal-comma`): `M.decimalPointCell`. The text is the body's
 * at the path; a given total printed beside its exact value shares the path `['total']` with it, so the printed
 * one is taken where it holds the mark and the other does not. Where neither holds it, the library's text.
 *
 * @example
 * ```ts
 * const body = { request: { kind: 'score', input: { dimensions: { competency: '90.5' } } } } as never;
 * const issue = { reason: 'decimal-point', path: ['dimensions', 'competency'], text: { id: '…', en: '…' } } as const;
 * issueText(issue, body).id.startsWith('"90.5" memakai titik desimal, padahal --decimal-comma membaca koma desimal'); // true
 * ```
 */
export function issueText(
  issue: Pick<ScoringIssue, 'reason' | 'path' | 'text'>,
  body: Pick<BodyRecord, 'request' | 'printed'>,
): Text {
  const mark = MARK[issue.reason];
  if (mark === undefined) return issue.text;
  const printed = issue.path.length === 1 && issue.path[0] === 'total' ? body.printed?.total : undefined;
  const value = [cellText(body, issue.path), printed].find((text) => text?.includes(mark));
  if (value === undefined) return issue.text;
  return issue.reason === 'decimal-point'
    ? M.decimalPointCell({ value })
    : T.decimalCommaFile({ value, count: 1, given: 'file', decimalComma: CHOICES.decimalComma });
}
