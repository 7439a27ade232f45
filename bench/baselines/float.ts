/**
 * The floating-point baseline: the same jobs as `score` and `rank` (parse strings, validate ranges, weighted
 * sum, round with toFixed-like logic, classify into bands, build result objects) in plain JS numbers. It is
 * what a quick implementation would do, and it is occasionally wrong (0.1 + 0.2): the benchmark counts how often.
 *
 * @module
 */
import type { DimensionsInput, RankItem, Ruleset } from '@ombuds/scoring';

const GRAMMAR = /^-?\d+(\.\d+)?$/;

/** A float result, shaped like `ScoreResult` (not frozen). */
export interface FloatResult {
  total: string;
  category: string | null;
  zone: string;
  label: { id: string; en: string };
  opinion: { id: string; en: string } | null;
  quality: { id: string; en: string } | null;
  exact: string;
  ruleset: { id: string; year: number; revision: number; derivedFrom: string | null };
  dimensions: { id: string; score: string; weight: string; contribution: string }[];
  units: null;
  deductions: never[];
  followedUpOmbudsman: boolean | null;
  assumptions: readonly string[];
}

/**
 * Builds a baseline result from a ruleset's band and the printed numbers: the part of the job that is the same
 * whatever the arithmetic, shared by the float and the naive decimal.js baselines.
 *
 * @example
 * ```ts
 * const build = resultBuilder(getRuleset(2023));
 * build(getRuleset(2023).bands[0]!, '88.00', '88', []).category; // 'A'
 * ```
 */
export function resultBuilder(
  ruleset: Ruleset,
): (band: Ruleset['bands'][number], total: string, exact: string, dimensions: FloatResult['dimensions']) => FloatResult {
  const ref = { id: ruleset.id, year: ruleset.year, revision: ruleset.revision, derivedFrom: ruleset.derivedFrom };
  const opinion = ruleset.opinion?.value ?? null;
  const followed = opinion?.qualifier ? false : null;
  // What a result from dimension scores rests on, written out from the ruleset for this baseline: the assumed
  // weights, the band's own bounds and words, the opinion rule, and the rounding rule on an exact x.xx5.
  const assumed = (p: { confidence: string } | null | undefined, path: string): string[] =>
    p?.confidence === 'assumed' ? [path] : [];
  const byMin = [...ruleset.bands].sort((a, b) => Number(b.min.value) - Number(a.min.value));
  const weights = ruleset.dimensions.flatMap((d) => assumed(d.weight, `dimensions.${d.id}.weight`));
  const bandPaths = (band: Ruleset['bands'][number]): string[] => {
    const key = (b: Ruleset['bands'][number]): string => b.category ?? b.zone.value;
    const above = byMin[byMin.indexOf(band) - 1];
    return [
      ...assumed(band.min, `bands.${key(band)}.min`),
      ...(above ? assumed(above.min, `bands.${key(above)}.min`) : []),
      ...assumed(band.zone, `bands.${key(band)}.zone`),
      ...assumed(band.quality, `bands.${key(band)}.quality`),
    ];
  };
  return (band, total, exact, dimensions) => ({
    total,
    category: band.category,
    zone: band.zone.value,
    label: band.label,
    opinion: opinion && {
      id: opinion.template.id.replace('{label}', band.label.id).replace('{qualifier}', ''),
      en: opinion.template.en.replace('{label}', band.label.en).replace('{qualifier}', ''),
    },
    quality: band.quality?.value ?? null,
    exact,
    ruleset: ref,
    dimensions,
    units: null,
    deductions: [],
    followedUpOmbudsman: followed,
    assumptions: [
      ...weights,
      ...bandPaths(band),
      ...assumed(ruleset.opinion, 'opinion'),
      ...(/\.\d\d5$/.test(exact) ? assumed(ruleset.rounding, 'rounding') : []),
    ],
  });
}

function readNumber(value: unknown, where: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && GRAMMAR.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`bad value at ${where}`);
  return n;
}

/** `Math.round(x × 100) / 100` then two decimals: what `toFixed`-style code does. */
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Scores every body with floats.
 *
 * @example
 * ```ts
 * floatScoreAll(getRuleset(2023), [{ dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' } }])[0]!.total; // '87.44'
 * ```
 */
export function floatScoreAll(ruleset: Ruleset, inputs: readonly DimensionsInput[]): FloatResult[] {
  const dims = ruleset.dimensions.map((d) => ({ id: d.id, weight: Number(d.weight.value), text: d.weight.value }));
  const bands = ruleset.bands.map((b) => ({ band: b, min: Number(b.min.value) })).sort((a, b) => b.min - a.min);
  const build = resultBuilder(ruleset);
  return inputs.map((input) => {
    const scores = input.dimensions as Record<string, unknown>;
    let total = 0;
    const breakdown = dims.map((d) => {
      const s = readNumber(scores[d.id], d.id);
      const contribution = (d.weight * s) / 100;
      total += contribution;
      return { id: d.id, score: String(s), weight: d.text, contribution: String(contribution) };
    });
    const rounded = round2(total);
    const { band } = bands.find((b) => rounded >= b.min) ?? bands[bands.length - 1]!;
    return build(band, rounded.toFixed(2), String(total), breakdown);
  });
}

/** A float-ranked body. */
export interface FloatRanked {
  id: string;
  rank: number;
  total: string;
  exact: string;
}

/**
 * Ranks with a float sort: total (rounded to cents) descending, then the unrounded total, then the id.
 *
 * @example
 * ```ts
 * floatRank([{ id: 'a', total: '1' }, { id: 'b', total: '2' }]).map((r) => r.id); // ['b', 'a']
 * ```
 */
export function floatRank(items: readonly RankItem[]): FloatRanked[] {
  const keys = items.map((item, i) => {
    const exact = readNumber(item.exact ?? item.total, `${i}.exact`);
    return { id: item.id, total: round2(readNumber(item.total, `${i}.total`)), exact };
  });
  keys.sort((a, b) => b.total - a.total || b.exact - a.exact || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keys.map((k, i) => ({ id: k.id, rank: i + 1, total: k.total.toFixed(2), exact: String(k.exact) }));
}
