/**
 * The minimal floating-point baselines of issue 14: the simplest plain-number code a user could write instead of
 * the library, for each job. No validation, no breakdown, no strings built, a small result object. They compute
 * the same totals as the exact jobs (except where floats round a half cent the wrong way), and every goal of
 * issue 14 is a ratio to them.
 *
 * @module
 */
import type { DimensionsInput, RankItem, Ruleset, UnitsInput } from '@ombuds/scoring';

/** What a minimal baseline returns per body. */
export interface MinimalResult {
  total: number;
  category: string | null;
  zone: string;
}

/** A ruleset's bands as plain numbers, highest first. */
function bandsOf(ruleset: Ruleset): { min: number; category: string | null; zone: string }[] {
  return ruleset.bands
    .map((b) => ({ min: Number(b.min.value), category: b.category, zone: b.zone.value }))
    .sort((a, b) => b.min - a.min);
}

/** The body's result from its total rounded to cents. */
function classify(bands: ReturnType<typeof bandsOf>, total: number): MinimalResult {
  let i = 0;
  while (i < bands.length - 1 && total < bands[i]!.min) i++;
  return { total, category: bands[i]!.category, zone: bands[i]!.zone };
}

/**
 * Scores every body from its dimension scores: weighted sum of the numbers, `Math.round` to cents, band lookup.
 *
 * @example
 * ```ts
 * minimalScoreAll(getRuleset(2023), [{ dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' } }])[0]!.total; // 87.44
 * ```
 */
export function minimalScoreAll(ruleset: Ruleset, inputs: readonly DimensionsInput[]): MinimalResult[] {
  const ids = ruleset.dimensions.map((d) => d.id);
  const weights = ruleset.dimensions.map((d) => Number(d.weight.value) / 100);
  const bands = bandsOf(ruleset);
  const results: MinimalResult[] = new Array(inputs.length);
  for (let b = 0; b < inputs.length; b++) {
    const scores = inputs[b]!.dimensions as Record<string, string | number>;
    let total = 0;
    for (let d = 0; d < ids.length; d++) total += Number(scores[ids[d]!]) * weights[d]!;
    results[b] = classify(bands, Math.round(total * 100) / 100);
  }
  return results;
}

/**
 * Scores every body of the national batch from interview answers: per indicator the mean answer / the scale's
 * maximum, indicators weighted by their share of the dimension, dimensions by their weight, each unit rounded to
 * cents, the body the rounded mean of its units.
 *
 * @example
 * ```ts
 * minimalAnswersAll(getRuleset(2023), nationalBatch(getRuleset(2023), 1, 6, 1)).length; // 1
 * ```
 */
export function minimalAnswersAll(ruleset: Ruleset, bodies: readonly UnitsInput[]): MinimalResult[] {
  // The indicators of each dimension with their share of it in percent (RULEBOOK §4.3: the unweighted ones
  // share the rest equally).
  const dimensions = ruleset.dimensions.map((d) => {
    const variables = d.variables ?? [];
    const variableShares = splitShares(variables.map((v) => v.weight?.value), 100);
    return {
      id: d.id,
      weight: Number(d.weight.value),
      indicators: variables.flatMap((v, vi) => {
        const shares = splitShares(v.indicators.map((i) => i.weight?.value), variableShares[vi]!);
        return v.indicators.map((i, ii) => ({ id: i.id, share: shares[ii]!, max: i.scale?.max ?? d.scale?.value.max ?? 3 }));
      }),
    };
  });
  const bands = bandsOf(ruleset);
  const results: MinimalResult[] = new Array(bodies.length);
  for (let b = 0; b < bodies.length; b++) {
    const units = bodies[b]!.units as readonly { answers: Record<string, Record<string, readonly number[]>> }[];
    let sum = 0;
    for (const unit of units) {
      let unitTotal = 0;
      for (const d of dimensions) {
        const answers = unit.answers[d.id]!;
        let score = 0;
        for (const indicator of d.indicators) {
          const given = answers[indicator.id]!;
          let total = 0;
          for (let a = 0; a < given.length; a++) total += given[a]!;
          score += (total / given.length / indicator.max) * indicator.share;
        }
        unitTotal += (score * d.weight) / 100;
      }
      sum += Math.round(unitTotal * 100) / 100;
    }
    results[b] = classify(bands, Math.round((sum / units.length) * 100) / 100);
  }
  return results;
}

/** Given shares (percent of the dimension) kept, the rest of `whole` split equally among the others. */
function splitShares(weights: readonly (string | undefined)[], whole: number): number[] {
  let given = 0;
  let open = 0;
  for (const w of weights) {
    if (w === undefined) open++;
    else given += Number(w);
  }
  const equal = open === 0 ? 0 : (whole - given) / open;
  return weights.map((w) => (w === undefined ? equal : Number(w)));
}

/** A minimally ranked body. */
export interface MinimalRanked {
  id: string;
  rank: number;
  total: number;
}

/**
 * Ranks with a float `sort`: totals descending, then ids; positions assigned in order.
 *
 * @example
 * ```ts
 * minimalRank([{ id: 'a', total: '1' }, { id: 'b', total: '2' }]).map((r) => r.id); // ['b', 'a']
 * ```
 */
export function minimalRank(items: readonly RankItem[]): MinimalRanked[] {
  const ranked: MinimalRanked[] = items.map((item) => ({ id: item.id, rank: 0, total: Number(item.total) }));
  ranked.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 0; i < ranked.length; i++) ranked[i]!.rank = i + 1;
  return ranked;
}
