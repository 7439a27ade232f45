/**
 * `score`: from an input to a classified, exact result.
 *
 * @module
 */
// Import order is bundle size (gzip): this order measured smallest (test/package/bundle-size.test.ts).
import { display } from '../exact/fraction.js';
import { readInput, type ReadBody } from './read-input.js';
import { toSafe } from '../errors.js';
import type { Ruleset } from '../model/index.js';
import type { ScoreInput, ScoreOptions } from '../model/input.js';
import type { ScoreResult } from '../model/result.js';
import { resultAssumptions } from './assumptions.js';
import { evaluateBody, shownTotal } from './aggregate.js';
import { readOptions } from '../read/options.js';
import { bandOf, classification } from './classify.js';
import { scorePlanned } from './two-decimal.js';
import { compile, type CompiledRuleset } from './compile.js';

/** The options `score` knows (one list, not one per call). */
const KNOWN = ['decimalComma', 'missingIndicators'];

/**
 * Scores one body under a ruleset, exactly. A body is given by its dimension scores, by the weighted points
 * the Ombudsman prints (`points`, whose sum is the total), by raw indicator answers (2022–2024, mixable with
 * dimension scores per dimension), or by its units (each a total, dimension scores, points or answers); a unit's
 * total is the weighted sum rounded per the ruleset, and a body's total the mean of its units' totals, rounded
 * again (RULEBOOK §6). `result.assumptions` lists the `assumed` parameters the result rests on: empty means
 * published rules only, anything else makes it an estimate.
 *
 * @param ruleset - The year's rules: from `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or
 *   `deriveRuleset` (anything else is `INVALID_RULESET`).
 * @param input - `{ dimensions: {...} }`, `{ points: {...} }`, `{ answers: { <dimensionId>: { <indicatorId>:
 *   number[] } } }` or `{ units: [...] }`, with optional `deductions` (2023–2024) and `followedUpOmbudsman` (2025).
 *   Values are decimal strings or finite numbers on 0–100 (points: from 0 to the dimension's weight; answers: on
 *   the dimension's scale, 0..5 in revision 2, or one of the indicator's answer options).
 * @param options - `decimalComma: true` accepts "90,02"; `missingIndicators: 'exclude' | 'zero'` accepts a
 *   partially answered instrument (default `'refuse'`), and the result states the rule applied.
 * @returns A frozen, JSON-serialisable result.
 * @throws {@link ScoringError} `INVALID_INPUT` with the path of the offending value.
 *
 * @example
 * ```ts
 * import { getRuleset, score } from '@ombuds/scoring';
 * const result = score(getRuleset(2023), {
 *   dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' },
 * });
 * result.exact;      // '76.505'
 * result.total;      // '76.51'
 * result.category;   // 'C'
 * result.zone;       // 'kuning'
 * result.opinion?.id; // 'Opini Kualitas Sedang'
 * result.assumptions; // ['rounding']: 76.505 is a tie, and half-up is assumed (RULEBOOK §6)
 * ```
 */
export function score(ruleset: Ruleset, input: ScoreInput, options?: ScoreOptions): ScoreResult {
  const compiled = compile(ruleset);
  const read = readOptions(options, KNOWN);
  // The compiled plan of two-decimal dimension scores first; it hands anything else to the general evaluator.
  return scorePlanned(compiled, input, read, scoreBody) ?? scoreBody(compiled, readInput(compiled, input, read));
}

/** The general evaluator's result of a read body: what the compiled plan must equal. @internal */
export function scoreBody(compiled: CompiledRuleset, body: ReadBody): ScoreResult {
  const evaluation = evaluateBody(compiled, body);
  const total = shownTotal(compiled, evaluation);
  const band = bandOf(compiled, evaluation.rounded);
  const c = classification(band, total.total, body.followedUpOmbudsman === true);
  // Fields listed, not spread: V8 builds a spread object far more slowly (bench/RESULTS.md). Frozen object by
  // object: the rows are frozen where they are built, and what comes from the ruleset is frozen already.
  return Object.freeze({
    total: c.total,
    category: c.category,
    zone: c.zone,
    label: c.label,
    opinion: c.opinion,
    quality: c.quality,
    exact: total.exact,
    ruleset: compiled.ref,
    dimensions: total.dimensions,
    units: total.units,
    deductions: Object.freeze(
      body.deductions.map((d) => Object.freeze({ points: display(d.points), reason: d.reason })),
    ),
    followedUpOmbudsman: body.followedUpOmbudsman,
    assumptions: resultAssumptions(compiled, evaluation, band, body.deductions.length > 0, c.opinion !== null),
  });
}

/**
 * Like {@link score}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safeScore } from '@ombuds/scoring';
 * const result = safeScore(getRuleset(2023), { dimensions: { competency: '90' } });
 * if (!result.success) {
 *   result.error.path; // ['dimensions', 'standards']
 * }
 * ```
 */
export const safeScore = /* @__PURE__ */ toSafe(score);
