/**
 * `ombuds-score score`: each body's total, grade, zone, label and opinion.
 *
 * @module
 */
import type { Language } from '../args.js';
import type { CommandOutput } from '../format/output.js';
import type { Evaluated } from './evaluate.js';

/**
 * One line per body, in input order; the JSON form carries the library's whole result.
 *
 * @example
 * ```ts
 * scoreOutput(evaluate(bodies, { decimalComma: false }), 'en').rows[0];
 * // ['Medan', '2022', '81.43', 'B', 'hijau', 'High quality', 'High quality opinion']
 * ```
 */
export function scoreOutput(evaluated: readonly Evaluated[], lang: Language): CommandOutput {
  return {
    columns: [
      { title: 'id' },
      { title: 'year', align: 'right' },
      { title: 'total', align: 'right' },
      { title: 'category' },
      { title: 'zone' },
      { title: 'label' },
      { title: 'opinion' },
    ],
    rows: evaluated.map(({ body, year, result }) => [
      body.id,
      String(year),
      result.total,
      result.category ?? '',
      result.zone,
      result.label[lang],
      result.opinion?.[lang] ?? '',
    ]),
    json: evaluated.map(({ body, year, result }) => ({ id: body.id, year, ...result })),
  };
}
