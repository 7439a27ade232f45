/**
 * What "reaching" a grade or a zone means for a plan, exactly as `score` rounds and classifies.
 *
 * - The target is a category (`'B'`) or a zone (`'hijau'`); reaching it means a band of that grade or zone or a
 *   better one (`CATEGORIES`, `ZONES` order). The bands that count must be the top bands of the ruleset (every
 *   band above a counting band counts too): only then is "reached" the same as "rounded total ≥ a threshold",
 *   which raising scores can aim at. A derived ruleset whose bands put a worse grade or zone above the target
 *   cannot give the target that way, and is refused with the bands named, never reported as reached.
 * - The exact totals that round into the target are `x ≥ bound` or `x > bound`, by rounding mode, with `t` the
 *   threshold and `s = 10^−digits`: `down` ≥ t; `up` > t − s; `half-up` ≥ t − s/2; `half-down` > t − s/2;
 *   `half-even` ≥ t − s/2 when t's last digit is even, else > t − s/2. The strictness is not taken from this
 *   table but checked by rounding the bound itself (`roundTo`, the rounding of `score`).
 *
 * @module
 */
import { describe } from '../read/describe.js';
import { ScoringError } from '../errors.js';
import { CATEGORIES, ZONES, type Category, type Confidence, type Zone } from '../model/index.js';
import type { CompiledBand, CompiledRuleset } from './compile.js';
import { cmp, div, int, R0, ratio, roundTo, sub, type Rational } from '../exact/fraction.js';
import { tenTo } from '../exact/integer.js';
import { weakest } from './confidence.js';

/** A grade (`'B'`) or a zone (`'hijau'`): reaching it means that grade or zone, or a better one. */
export type PlanTarget = Category | Zone;

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
    throw new ScoringError(
      'INVALID_INPUT',
      `Unknown target ${typeof target === 'string' ? JSON.stringify(target) : describe(target)}; the ${
        compiled.ruleset.year
      } ruleset has ${
        categories.length > 0 ? `the categories ${categories.join(', ')} and ` : ''
      }the zones ${zones.join(', ')}.`,
      ['target'],
    );
  }
  const goal = target as PlanTarget;
  // Bands are sorted by lower bound, highest first: the counting ones must be a leading run.
  const reach = bands.map((b) => counts(b, goal));
  const top = reach.indexOf(false) === -1 ? reach.length : reach.indexOf(false);
  const stray = reach.findIndex((r, i) => r && i >= top);
  if (top === 0 || stray !== -1) {
    const name = (b: CompiledBand) => `${b.band.category ?? b.band.zone.value} from ${b.band.min.value}`;
    const worse = top === 0 ? bands[0]! : bands[top]!;
    const better = top === 0 ? bands[reach.indexOf(true)]! : bands[stray]!;
    throw new ScoringError(
      'INVALID_INPUT',
      `The bands of ${compiled.ruleset.id} cannot give the target ${goal} to a higher total: ${name(
        worse,
      )} lies above ${name(
        better,
      )}, so no threshold separates ${goal} (or better) from worse results. Order the bands of the ruleset from the best grade and zone down.`,
      ['target'],
    );
  }
  const band = bands[top - 1]!;
  const threshold = band.min;
  const { digits, mode } = compiled.rounding;
  const sources: Confidence[] = [compiled.ruleset.rounding.confidence, band.band.min.confidence];
  const below = bands[top];
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
