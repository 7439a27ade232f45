/**
 * Deterministic benchmark data: bodies given as dimension scores, and rank items.
 *
 * @module
 */
import type { DimensionsInput, RankItem, Ruleset, ScoreResult, UnitsInput } from '@ombuds/scoring';
import { between, seeded, type Random } from './random.js';

/**
 * A score string as a spreadsheet export would carry it: mostly two decimals, some integers and one decimal,
 * skewed towards the 50–100 range where real totals lie.
 *
 * @example
 * ```ts
 * scoreText(seeded(1)); // e.g. '83.27'
 * ```
 */
export function scoreText(next: () => number): string {
  const hundredths = Math.min(10_000, Math.max(0, Math.round(10_000 - Math.abs(next() - next()) * 9_000)));
  const shape = next();
  if (shape < 0.05) return String(Math.round(hundredths / 100));
  if (shape < 0.15) return (Math.round(hundredths / 10) / 10).toFixed(1);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * `count` bodies of `ruleset`, each given by its dimension scores (strings).
 *
 * @example
 * ```ts
 * dimensionBodies(getRuleset(2023), 3, 7).length; // 3
 * ```
 */
export function dimensionBodies(ruleset: Ruleset, count: number, seed: number): DimensionsInput[] {
  const next = seeded(seed);
  const ids = ruleset.dimensions.map((d) => d.id);
  return Array.from({ length: count }, () => ({
    dimensions: Object.fromEntries(ids.map((id) => [id, scoreText(next)])),
  }));
}

/**
 * Rank items from score results: id, two-decimal total and unrounded total.
 *
 * @example
 * ```ts
 * rankItems([score(rules, input)])[0]!.id; // 'body-000000'
 * ```
 */
export function rankItems(results: readonly Pick<ScoreResult, 'total' | 'exact'>[]): RankItem[] {
  return results.map((r, i) => ({ id: `body-${String(i).padStart(6, '0')}`, total: r.total, exact: r.exact }));
}

/** Respondents per unit for each dimension in the national batch (RULEBOOK §4.1 methods). */
export const RESPONDENTS: Readonly<Record<string, number>> = {
  competency: 4, // officers interviewed
  standards: 2, // products observed
  opinion: 30, // service users interviewed
  complaints: 2, // complaint officers interviewed
};

/** One answer on 0..max, skewed upwards like real answers. */
function answer(next: Random, max: number): number {
  return Math.min(max, between(next, 0, max) + (next() < 0.5 ? 1 : 0));
}

/**
 * The national batch: `bodies` bodies × `units` units, each unit answered per indicator of every dimension by
 * {@link RESPONDENTS} respondents (numbers on the indicator's scale).
 *
 * @example
 * ```ts
 * nationalBatch(getRuleset(2023), 2, 6, 1).length; // 2
 * ```
 */
export function nationalBatch(ruleset: Ruleset, bodies: number, units: number, seed: number): UnitsInput[] {
  const next = seeded(seed);
  return Array.from({ length: bodies }, () => ({
    units: Array.from({ length: units }, (_, u) => ({
      id: `unit-${u + 1}`,
      answers: Object.fromEntries(
        ruleset.dimensions.map((d) => [
          d.id,
          Object.fromEntries(
            (d.variables ?? []).flatMap((v) =>
              v.indicators.map((i) => [
                i.id,
                Array.from({ length: RESPONDENTS[d.id] ?? 1 }, () => answer(next, i.scale?.max ?? d.scale?.value.max ?? 3)),
              ]),
            ),
          ),
        ]),
      ),
    })),
  }));
}
