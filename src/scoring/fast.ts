/**
 * The fast path of `score`: the common input `{ dimensions: {...} }` (optionally with `followedUpOmbudsman`),
 * read and computed with scaled integers instead of decimal.js. It accepts only inputs that the exact general
 * path (read-input → aggregate) accepts, and returns exactly the result that path returns; anything else (an
 * error, a comma, a long decimal, a Proxy whose trap throws, units, deductions) returns `null` and the general
 * path decides. test/properties/fast-path.test.ts checks the two against each other.
 *
 * Bounds, so that every operation is exact integer arithmetic below 2^53: scores ≤ 100 × 10^6, weights × 10^3
 * summing to ≤ 100 × 10^3 (see {@link FastRuleset}), so Σ weight × score ≤ 10^13; the total is held × 10^11.
 *
 * @module
 */
import {
  isShortestForm,
  POWERS_OF_TEN,
  roundScaled,
  SCORE_SCALE,
  scaledFixed,
  scaledPlain,
  scaledScore,
} from '../decimal.js';
import type { DimensionScore, ScoreResult } from '../model/result.js';
import { bandOfScaled } from './classify.js';
import { WEIGHT_SCALE, type CompiledRuleset } from './compile.js';
import { own } from '../util/own.js';

/** Decimals of a fast total: weight × score / 100. */
const TOTAL_SCALE = WEIGHT_SCALE + SCORE_SCALE + 2;
const NO_DEDUCTIONS: readonly never[] = Object.freeze([]);
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Scores `input` on the fast path, or returns `null` when the general path must decide.
 *
 * @internal
 */
export function scoreFast(compiled: CompiledRuleset, input: unknown): ScoreResult | null {
  try {
    return tryFast(compiled, input);
  } catch {
    // A getter or a Proxy trap threw: the general path reads again and reports it with its path.
    return null;
  }
}

function tryFast(compiled: CompiledRuleset, input: unknown): ScoreResult | null {
  const fast = compiled.fast;
  if (fast === null || typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  // Own names, enumerable or not, because the general path reads every own key it knows.
  const names = Object.getOwnPropertyNames(input);
  let followed: boolean | null = compiled.ruleset.opinion?.value.qualifier != null ? false : null;
  if (names.length === 2 && hasOwn(input, 'followedUpOmbudsman')) {
    const given = (input as { followedUpOmbudsman?: unknown }).followedUpOmbudsman;
    if (followed === null || typeof given !== 'boolean') return null;
    followed = given;
  } else if (names.length !== 1) {
    return null;
  }
  if (!hasOwn(input, 'dimensions')) return null;
  const scores = (input as { dimensions?: unknown }).dimensions;
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return null;
  const dimensions = compiled.dimensions;
  if (Object.getOwnPropertyNames(scores).length !== dimensions.length) return null;
  const breakdown: DimensionScore[] = [];
  let total = 0;
  for (let i = 0; i < dimensions.length; i++) {
    const { id, weightText } = dimensions[i]!;
    if (!hasOwn(scores, id)) return null;
    const raw = (scores as Record<string, unknown>)[id];
    const scaled = scaledScore(raw);
    if (scaled < 0) return null;
    const contribution = fast.weights[i]! * scaled;
    total += contribution;
    breakdown.push(
      Object.freeze({
        id,
        // A string already in shortest form is its own output: one allocation fewer per value.
        score: typeof raw === 'string' && isShortestForm(raw) ? raw : scaledPlain(scaled, SCORE_SCALE),
        weight: weightText,
        contribution: scaledPlain(contribution, TOTAL_SCALE),
      }),
    );
  }
  const { digits, mode } = compiled.rounding;
  const rounded = roundScaled(total, TOTAL_SCALE, digits, mode);
  const entry = bandOfScaled(compiled, rounded);
  // Exactly half-way between two rounded totals: the rounding rule decided the last digit.
  const half = POWERS_OF_TEN[TOTAL_SCALE - digits]! / 2;
  const tie = total % (2 * half) === half;
  const { band } = entry;
  // A literal, not a spread of classification(): V8 builds spread objects far more slowly.
  const result: ScoreResult = {
    total: scaledFixed(rounded, digits),
    category: band.category,
    zone: band.zone.value,
    label: band.label,
    opinion: entry.opinion[followed === true ? 1 : 0],
    quality: own(band, 'quality')?.value ?? null,
    exact: scaledPlain(total, TOTAL_SCALE),
    ruleset: compiled.ref,
    dimensions: Object.freeze(breakdown),
    units: null,
    deductions: NO_DEDUCTIONS,
    followedUpOmbudsman: followed,
    assumptions: entry.fromScores[tie ? 1 : 0],
  };
  return Object.freeze(result);
}
