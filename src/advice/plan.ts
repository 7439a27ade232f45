/**
 * `planToReach`: the least a body must change to reach a grade or a zone, in one of two measures: the fewest
 * single-answer raises (`plan-answers.ts`, `fewest-raises.ts`; the default when the input has answers) or the
 * least dimension points (`plan-points.ts`). Both aim at the same exact goal (`plan-goal.ts`) and build the same
 * frozen plan (`plan-result.ts`); this file reads the call and picks the measure.
 *
 * @module
 */
import { toSafe } from '../errors.js';
import { fail } from '../errors/fail.js';
import { MINIMIZE_ANSWERS, ONE_UNIT } from '../errors/templates.js';
import type { Ruleset } from '../model/index.js';
import type { ScoreInput } from '../model/input.js';
import type { Plan, PlanOptions, PlanTarget } from '../model/plan.js';
import { readChoice, readOptions } from '../read/options.js';
import { evaluateBody } from '../scoring/aggregate.js';
import { compile } from '../scoring/compile.js';
import { readInput, type ReadBody } from '../scoring/read-input.js';
import { answerSteps, planAnswers } from './plan-answers.js';
import { planGoal, reachesGoal } from './plan-goal.js';
import { readFixed, readMax } from './plan-options.js';
import { planPoints } from './plan-points.js';
import { finish, unreachable, type Frame } from './plan-result.js';

/**
 * Plans the least change for the rounded total to reach `target`, a grade or a zone (or a better one): any
 * grade or zone, not only the next. Applying the plan gives exactly the total `score` computes, and no smaller
 * plan reaches the target, for every rounding mode.
 *
 * - `minimize: 'answers'` (default when the input has answers): the fewest single-answer raises (one
 *   respondent's answer up one level); each indicator step says which answers move and has a sentence for the
 *   office. Indicators without answers cannot be raised; dimensions given as scores stay as they are.
 * - `minimize: 'points'` (default for dimension scores): the least dimension points, heaviest dimension first,
 *   each `to` with two decimals, the last the least one that still reaches the target.
 *
 * `fixed` lists dimension or indicator ids that must not change; `max` caps a dimension's score. Deductions stay
 * as given. Units are planned one at a time (pass one unit's input).
 *
 * @param ruleset - The year's rules: from `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or
 *   `deriveRuleset` (anything else is `INVALID_RULESET`).
 * @param input - Dimension scores and/or answers, as for `score`; not units.
 * @param target - A category of the ruleset (`'B'`) or one of its zones (`'hijau'`).
 * @param options - The options of `score`, plus `minimize`, `fixed` and `max`.
 * @throws {@link ScoringError} `INVALID_INPUT` for a bad input, an unknown target or one the ruleset's bands
 *   cannot give to a higher total (a worse band above it); `INVALID_OPTIONS` for a bad option.
 *
 * @example
 * ```ts
 * import { getRuleset, planToReach } from '@ombuds/scoring';
 * const plan = planToReach(getRuleset(2023), {
 *   dimensions: { competency: 80, standards: 70, opinion: 70, complaints: 60 },
 * }, 'B');
 * plan.steps[0]!.to; // '94.61'
 * plan.total; // '78.00'
 * // From answers (revision 2 of 2023: 0..5, answer × 20), the fewest single raises of one answer by one level:
 * const standards = {
 *   persyaratan: [5, 5], prosedur: [5, 5], 'jangka-waktu': [5, 5], biaya: [5, 5], produk: [5, 5],
 *   'sarana-pengaduan': [5, 5], maklumat: [5, 5], 'informasi-elektronik': [5, 5],
 *   'pelayanan-khusus': [5, 0], 'jaminan-pelayanan': [4, 4], 'pelaksana-beridentitas': [4, 4],
 * };
 * const answers = planToReach(getRuleset(2023), {
 *   dimensions: { competency: 80, opinion: 70, complaints: 60 },
 *   answers: { standards },
 * }, 'B');
 * answers.raises; // 4 (each adds 20 / 2 / 11 × 32.37 % = 0.294; 77.09 needs 0.90 more)
 * answers.total; // '78.27'
 * answers.steps[0]!.indicators![0]!.answers; // [{ from: 0, to: 4, count: 1 }]
 * answers.steps[0]!.indicators![0]!.text.id; // 'Naikkan 1 jawaban observasi produk layanan pada indikator “Pelayanan khusus bagi kelompok rentan tersedia” (Dimensi Proses), 4 tingkat seluruhnya: 1 dari 0 ke 4'
 * ```
 */
export function planToReach(ruleset: Ruleset, input: ScoreInput, target: PlanTarget, options: PlanOptions = {}): Plan {
  const compiled = compile(ruleset);
  // Own options only: a copy without a prototype, so that nothing set on Object.prototype is read as an option.
  const read: PlanOptions = Object.assign(
    Object.create(null) as PlanOptions,
    readOptions(options, ['decimalComma', 'missingIndicators', 'minimize', 'fixed', 'max']),
  );
  const body = readInput(compiled, input, read);
  if (body.kind === 'units') {
    throw fail('INVALID_INPUT', ['units'], ONE_UNIT);
  }
  const goal = planGoal(compiled, target);
  const hasAnswers = body.kind === 'values' && body.values.some((v) => v.kind === 'answers');
  const minimize =
    readChoice(read.minimize, ['answers', 'points'] as const, 'minimize') ?? (hasAnswers ? 'answers' : 'points');
  if (minimize === 'answers' && !hasAnswers) {
    throw fail('INVALID_OPTIONS', ['minimize'], MINIMIZE_ANSWERS);
  }
  const fixedIds = readFixed(compiled, read.fixed);
  const caps = readMax(compiled, read.max, read);
  const evaluation = evaluateBody(compiled, body);
  const frame: Frame = { compiled, body, goal, target: target as PlanTarget, minimize, evaluation };
  if (reachesGoal(goal, evaluation.exact)) return finish(frame, [], null, evaluation, null);
  if (minimize === 'answers') {
    const outcome = planAnswers({
      compiled,
      body: body as Extract<ReadBody, { kind: 'values' }>,
      evaluation,
      goal,
      fixed: fixedIds,
      max: caps,
    });
    if (outcome.raises === null) {
      return finish(
        frame,
        [],
        outcome.count,
        evaluation,
        unreachable(frame, null, 'answers', fixedIds.size > 0 || caps.some((c) => c)),
      );
    }
    return finish(
      frame,
      answerSteps(compiled, evaluation, outcome.after, outcome.raises),
      outcome.count,
      outcome.after,
      null,
    );
  }
  return planPoints(frame, fixedIds, caps);
}

/**
 * Like {@link planToReach}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safePlanToReach } from '@ombuds/scoring';
 * const result = safePlanToReach(getRuleset(2023), { dimensions: { competency: 90 } }, 'A');
 * if (!result.success) result.error.code; // 'INVALID_INPUT'
 * ```
 */
export const safePlanToReach = /* @__PURE__ */ toSafe(planToReach);
