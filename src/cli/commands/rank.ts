/**
 * `ombuds-score rank`: bodies in rank order, with the library's `rank` and the ruleset's ranking policy.
 *
 * @module
 */
import { rank, ScoringError, type Ranked, type RankItem, type RankMethod, type Ruleset } from '../../index.js';
import type { Language } from '../args.js';
import { DataError } from '../errors.js';
import type { CommandOutput } from '../format/output.js';
import { located, type Evaluated } from './evaluate.js';
import { oneRuleset } from './one-year.js';

/** Bodies in rank order under their one ruleset. */
export interface RankedBodies {
  readonly ruleset: Ruleset;
  readonly method: RankMethod;
  readonly ranked: readonly (Ranked & { readonly evaluated: Evaluated })[];
}

/**
 * Ranks the evaluated bodies with the library's `rank`: `method` or the ruleset's default, ties broken as the
 * ruleset says.
 *
 * @throws {@link DataError} for bodies of several years or a repeated id, at the offending body.
 *
 * @example
 * ```ts
 * rankBodies(evaluated, null).ranked.slice(0, 2).map((r) => `${r.rank} ${r.id}`);
 * // ['1 Deli Serdang', '2 Prov. Sumatera Utara']
 * ```
 */
export function rankBodies(evaluated: readonly Evaluated[], method: RankMethod | null, command = 'rank'): RankedBodies {
  const ruleset = oneRuleset(evaluated, command);
  const chosen = method ?? ruleset.ranking.value.method;
  const items: RankItem[] = evaluated.map(({ body, result }) => ({
    id: body.id,
    total: result.total,
    ...(result.exact === undefined ? {} : { exact: result.exact }),
  }));
  let ranked;
  try {
    ranked = rank(items, { method: chosen, tieBreak: ruleset.ranking.value.tieBreak });
  } catch (error) {
    const index = error instanceof ScoringError ? error.path[0] : undefined;
    const body = typeof index === 'number' ? evaluated[index]?.body : undefined;
    throw new DataError([located(error, body?.at ?? evaluated[0]!.body.at)]);
  }
  const byId = new Map(evaluated.map((e) => [e.body.id, e]));
  return { ruleset, method: chosen, ranked: ranked.map((r) => ({ ...r, evaluated: byId.get(r.id)! })) };
}

/**
 * `ombuds-score rank`: one line per body in rank order.
 *
 * @example
 * ```ts
 * rankOutput(evaluated, null, 'id').rows[0]; // ['1', 'Deli Serdang', '91.99', 'A', 'hijau', 'Kualitas Tertinggi']
 * ```
 */
export function rankOutput(evaluated: readonly Evaluated[], method: RankMethod | null, lang: Language): CommandOutput {
  const { ruleset, method: chosen, ranked } = rankBodies(evaluated, method);
  return {
    heading: `${ruleset.name[lang]} ${ruleset.year} (${ruleset.id} rev. ${ruleset.revision}); ranking: ${chosen}`,
    columns: [
      { title: 'rank', align: 'right' },
      { title: 'id' },
      { title: 'total', align: 'right' },
      { title: 'category' },
      { title: 'zone' },
      { title: 'label' },
    ],
    rows: ranked.map(({ rank: position, id, total, evaluated: { result } }) => [
      String(position),
      id,
      total,
      result.category ?? '',
      result.zone,
      result.label[lang],
    ]),
    json: ranked.map(({ rank: position, id, total, exact, evaluated: { result } }) => ({
      rank: position,
      id,
      total,
      exact,
      category: result.category,
      zone: result.zone,
      label: result.label,
      opinion: result.opinion,
    })),
  };
}
