/**
 * `ombuds-score audit`: the rows of a published table whose printed total, grade or zone does not follow from
 * the parts it prints beside them, as the library's `audit` finds them. The command only formats.
 *
 * @module
 */
import { formatLocation } from '../errors.js';
import type { CommandOutput } from '../format/output.js';
import { HEADERS, M, type Language } from '../messages.js';
import type { Evaluated } from './evaluate.js';

/** What `audit` found in a run: its rows, and how many bodies printed something to compare. */
export interface AuditOutput {
  readonly output: CommandOutput;
  /** Rows that disagree. */
  readonly disagreeing: number;
  /** Bodies that print a total, grade or zone beside their parts. */
  readonly compared: number;
}

/**
 * One line per disagreeing row, in input order: place, id, printed and computed total, difference, printed and
 * computed grade and zone, and the other reading of the rules that explains the printed values, if any.
 *
 * @example
 * ```ts
 * const { output, disagreeing } = auditOutput(evaluated, 'en');
 * disagreeing; // 1
 * ```
 */
export function auditOutput(evaluated: Iterable<Evaluated>, lang: Language): AuditOutput {
  const rows: string[][] = [];
  const list: unknown[] = [];
  let compared = 0;
  for (const e of evaluated) {
    if (e.body.printed?.kind === 'parts') compared++;
    const f = e.finding;
    if (f === undefined) continue;
    const explained = f.explainedBy.map((r) => M.auditReading({ reading: r.reading })[lang]).join('; ');
    rows.push([
      formatLocation(e.body.at),
      e.body.id,
      f.printed.total ?? '',
      f.computed.total,
      f.difference ?? '',
      f.printed.category ?? '',
      f.computed.category ?? '',
      f.printed.zone ?? '',
      f.computed.zone,
      explained,
    ]);
    list.push({ at: formatLocation(e.body.at), ...f, index: undefined });
  }
  const number = { align: 'right', kind: 'number' } as const;
  return {
    disagreeing: rows.length,
    compared,
    output: {
      columns: [
        { title: HEADERS.place },
        { title: HEADERS.id },
        { title: HEADERS.printedTotal, ...number },
        { title: HEADERS.computedTotal, ...number },
        { title: HEADERS.difference, ...number },
        { title: HEADERS.printedCategory },
        { title: HEADERS.computedCategory },
        { title: HEADERS.printedZone },
        { title: HEADERS.computedZone },
        { title: HEADERS.explainedBy },
      ],
      rows: () => rows,
      json: { value: list },
    },
  };
}
