/**
 * `ombuds-score summary`: the tally of one year, as the national reports give it (counts per zone and grade,
 * mean and median), from the library's `summarize`, with the highest and lowest body from `rank`.
 *
 * @module
 */
import { CATEGORIES, summarize, ZONES } from '../../index.js';
import type { Language } from '../args.js';
import type { CommandOutput } from '../format/output.js';
import type { Evaluated } from './evaluate.js';
import { rankBodies } from './rank.js';

/**
 * The summary of the evaluated bodies, as `group,key,value` rows.
 *
 * @throws {@link DataError} for bodies of several years.
 *
 * @example
 * ```ts
 * summaryOutput(evaluated, 'id').json; // { year: 2022, count: 34, zones: { hijau: 16, … }, mean: '72.90', … }
 * ```
 */
export function summaryOutput(evaluated: readonly Evaluated[], lang: Language): CommandOutput {
  const { ruleset, ranked } = rankBodies(evaluated, null, 'summary');
  const tally = summarize(evaluated.map((e) => e.result));
  const highest = ranked[0]!;
  const lowest = ranked[ranked.length - 1]!;
  const zones = ZONES.filter((zone) => ruleset.bands.some((band) => band.zone.value === zone));
  const rows: string[][] = [
    ['bodies', 'count', String(tally.count)],
    ...zones.map((zone) => ['zone', zone, String(tally.zones[zone])]),
    ...(tally.categories ? CATEGORIES.map((c) => ['category', c, String(tally.categories![c])]) : []),
    ['total', 'mean', tally.mean ?? ''],
    ['total', 'median', tally.median ?? ''],
    ['total', 'highest', `${highest.total} ${highest.id}`],
    ['total', 'lowest', `${lowest.total} ${lowest.id}`],
  ];
  return {
    heading: `${ruleset.name[lang]} ${ruleset.year} (${ruleset.id} rev. ${ruleset.revision})`,
    columns: [{ title: 'group' }, { title: 'key' }, { title: 'value' }],
    rows,
    json: {
      year: ruleset.year,
      ruleset: { id: ruleset.id, revision: ruleset.revision },
      count: tally.count,
      zones: Object.fromEntries(zones.map((zone) => [zone, tally.zones[zone]])),
      categories: tally.categories,
      mean: tally.mean,
      median: tally.median,
      highest: { id: highest.id, total: highest.total },
      lowest: { id: lowest.id, total: lowest.total },
    },
  };
}
