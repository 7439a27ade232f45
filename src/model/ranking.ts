/**
 * Ranking vocabulary shared by rulesets (their default policy) and `rank`.
 *
 * @module
 */

/**
 * Ranking methods: see `rank`.
 *
 * @example
 * ```ts
 * import { RANK_METHODS } from '@ombuds/scoring';
 * RANK_METHODS; // ['ordinal', 'competition', 'modified-competition', 'dense', 'fractional']
 * ```
 */
export const RANK_METHODS = Object.freeze([
  'ordinal',
  'competition',
  'modified-competition',
  'dense',
  'fractional',
] as const);
/**
 * `ordinal` 1234 (ties get distinct ranks: the published convention), `competition` 1224,
 * `modified-competition` 1334, `dense` 1223, `fractional` 1 2.5 2.5 4.
 */
export type RankMethod = (typeof RANK_METHODS)[number];

/**
 * Tie-break keys for equal two-decimal totals.
 *
 * @example
 * ```ts
 * import { rank, TIE_BREAKS } from '@ombuds/scoring';
 * TIE_BREAKS; // ['exact', 'id']
 * rank([{ id: 'b', total: '80', exact: '80.004' }, { id: 'a', total: '80' }], { tieBreak: 'id' })[0].id; // 'a'
 * ```
 */
export const TIE_BREAKS = Object.freeze(['exact', 'id'] as const);
/** `exact`: the unrounded total (higher first), then the id; `id`: the id only (code-point order). */
export type TieBreak = (typeof TIE_BREAKS)[number];

/** A ruleset's default ranking. */
export interface RankingPolicy {
  readonly method: RankMethod;
  readonly tieBreak: TieBreak;
}
