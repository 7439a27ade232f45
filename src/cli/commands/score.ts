/**
 * `ombuds-score score`: each body's total, grade, zone, label and opinion, in input order, streamed.
 *
 * @module
 */
import type { CommandOutput } from '../format/output.js';
import { HEADERS, type Language } from '../messages.js';
import type { Evaluated } from './evaluate.js';
import { ExtraHeaders, extraCells, extraJson } from '../format/extra.js';

/**
 * One line per body, in input order; the JSON form carries the library's whole result. `evaluated` is called
 * for each pass over the rows (a table takes two), so no pass holds the rows.
 *
 * @example
 * ```ts
 * [...scoreOutput(() => evaluated, 'en').rows()][0];
 * // ['Medan', '2022', '81.43', '81.43', 'B', 'hijau', 'High quality', 'High quality opinion']
 * ```
 */
export function scoreOutput(evaluated: () => Iterable<Evaluated>, lang: Language, extra: ExtraHeaders = new ExtraHeaders()): CommandOutput {
  return {
    columns: [
      { title: HEADERS.id },
      { title: HEADERS.year, align: 'right', kind: 'number' },
      { title: HEADERS.total, align: 'right', kind: 'number' },
      { title: HEADERS.exact, align: 'right', kind: 'number' },
      { title: HEADERS.category },
      { title: HEADERS.zone },
      { title: HEADERS.label },
      { title: HEADERS.opinion },
      ...extra.columns(),
    ],
    *rows() {
      for (const { body, year, result } of evaluated()) {
        yield [
          body.id,
          String(year),
          result.total,
          result.exact ?? result.total,
          result.category ?? '',
          result.zone,
          result.label[lang],
          result.opinion?.[lang] ?? '',
          ...extraCells(body.extra, extra.list),
        ];
      }
    },
    json: {
      *list() {
        for (const { body, year, result } of evaluated()) yield { id: body.id, year, ...result, ...extraJson(body.extra) };
      },
    },
  };
}
