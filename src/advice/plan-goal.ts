/**
 * What "reaching" a grade or a zone means for a plan, exactly as `score` rounds and classifies.
 *
 * - The target is a category (`'B'`) or a zone (`'hijau'`); reaching it means a band of that grade or zone or a
 *   better one (`CATEGORIES`, `ZONES` order). The bands that count are the top bands of the ruleset, because a
 *   valid ruleset's grades and zones go from best to worst as its bands go down (the ruleset schema refuses any
 *   other order, so a derived ruleset cannot put a worse grade above a better one): "reached" is then the same as
 *   "rounded total ≥ a threshold", which raising scores can aim at.
 * - The exact totals that round into the target are `x ≥ bound` or `x > bound`, by rounding mode, with `t` the
 *   threshold and `s = 10^−digits`: `down` ≥ t; `up` > t − s; `half-up` ≥ t − s/2; `half-down` > t − s/2;
 *   `half-even` ≥ t − s/2 when t's last digit is even, else > t − s/2. The strictness is not taken from this
 *   table but checked by rounding the bound itself (`roundTo`, the rounding of `score`).
 *
 * @module
 */
import { fail } from '../errors/fail.js';
import { NOT_ALLOWED } from '../errors/templates.js';
import { CATEGORIES, ZONES, type Category, type Confidence, type Zone } from '../model/index.js';
import type { PlanTarget } from '../model/plan.js';
import type { CompiledBand, CompiledRuleset } from '../scoring/compile.js';
import { cmp, div, int, R0, ratio, roundTo, sub, type Rational } from '../exact/fraction.js';
import { tenTo } from '../exact/integer.js';
import { weakest } from './confidence.js';

/** @internal */
export interface PlanGoal {
  /** The lowest rounded total that reaches the target. */
  readonly threshold: Rational;
  /** Exact totals reach the target when `≥ bound` (or `> bound` when `strict`). */
  readonly bound: Rational;
  readonly strict: boolean;
  /** The weakest confidence of the band bounds that decide the goal and of the rounding rule. */
  readonly confidence: Confidence;
}

function counts(band: CompiledBand, target: PlanTarget): boolean {
  const zone = band.band.zone.value;
  if ((ZONES as readonly string[]).includes(target)) return ZONES.indexOf(zone) <= ZONES.indexOf(target as Zone);
  const category = band.band.category;
  return category !== null && CATEGORIES.indexOf(category) <= CATEGORIES.indexOf(target as Category);
}

/** Reads the target and the exact totals that reach it. @internal */
export function planGoal(compiled: CompiledRuleset, target: unknown): PlanGoal {
  const bands = compiled.bands;
  const known = bands.some((b) => b.band.category === target || b.band.zone.value === target);
  if (typeof target !== 'string' || !known) {
    const categories = bands.map((b) => b.band.category).filter((c) => c !== null);
    const zones = [...new Set(bands.map((b) => b.band.zone.value))];
    throw fail('INVALID_INPUT', ['target'], NOT_ALLOWED, { value: target, allowed: [...categories, ...zones] });
  }
  const goal = target as PlanTarget;
  // Bands are sorted by lower bound, highest first; in a valid ruleset the counting ones are a leading run.
  const top = bands.findIndex((b) => !counts(b, goal));
  const band = bands[(top === -1 ? bands.length : top) - 1]!;
  const threshold = band.min;
  const { digits, mode } = compiled.rounding;
  const sources: Confidence[] = [compiled.ruleset.rounding.confidence, band.band.min.confidence];
  const below = top === -1 ? undefined : bands[top];
  if (below) sources.push(below.band.min.confidence);
  const confidence = weakest(sources);
  if (threshold.n === 0) return { threshold, bound: R0, strict: false, confidence };
  const t = threshold;
  const step = ratio(1, tenTo(digits));
  const candidate = mode === 'down' ? t : mode === 'up' ? sub(t, step) : sub(t, div(step, int(2)));
  const strict = cmp(roundTo(candidate, digits, mode), threshold) < 0;
  return { threshold, bound: candidate, strict, confidence };
}

/** Whether an exact total reaches the goal (the same as: rounded as `score` rounds, it is ≥ the threshold). @internal */
export function reachesGoal(goal: PlanGoal, total: Rational): boolean {
  const c = cmp(total, goal.bound);
  return goal.strict ? c > 0 : c >= 0;
}
