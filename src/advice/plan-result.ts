/**
 * A plan's frame (the body, its goal and its evaluation before any step) and the frozen `Plan` built from it:
 * the steps, the total after them and why a target cannot be reached.
 *
 * @module
 */
import type { Plan, PlanMeasure, PlanStep, PlanTarget } from '../model/plan.js';
import type { Text } from '../model/index.js';
import type { CompiledRuleset } from '../scoring/compile.js';
import type { BodyEvaluation } from '../scoring/aggregate.js';
import { classifyRounded } from '../scoring/classify.js';
import type { ReadBody } from '../scoring/read-input.js';
import { cmp, display, fixedText, R0, shownExact, sub, total as totalOf } from '../exact/fraction.js';
import { deepFreeze } from '../util/freeze.js';
import * as EN from '../texts/en.js';
import * as ID from '../texts/id.js';
import { say } from '../texts/say.js';
import { weakest } from './confidence.js';
import type { PlanGoal } from './plan-goal.js';

/** What every measure of plan starts from. @internal */
export interface Frame {
  readonly compiled: CompiledRuleset;
  readonly body: ReadBody;
  readonly goal: PlanGoal;
  readonly target: PlanTarget;
  readonly minimize: PlanMeasure;
  readonly evaluation: BodyEvaluation;
}

/** The frozen plan: `steps` lead from the frame's evaluation to `after`; `reason` is why the target is out of reach. @internal */
export function finish(
  frame: Frame,
  steps: PlanStep[],
  raises: number | null,
  after: BodyEvaluation,
  reason: Text | null,
): Plan {
  const { compiled, body, goal, evaluation } = frame;
  const reached = classifyRounded(compiled, after.rounded, body.followedUpOmbudsman === true);
  const before = evaluation.dimensions!;
  const points = totalOf(
    after.dimensions!.map((d, i) => sub(d.score, before[i]!.score)).filter((x) => cmp(x, R0) !== 0),
  );
  return deepFreeze({
    target: frame.target,
    minimize: frame.minimize,
    threshold: fixedText(goal.threshold, compiled.rounding.digits),
    reachable: reason === null,
    steps,
    points: display(points),
    raises: frame.minimize === 'answers' ? (reason === null ? raises ?? 0 : null) : null,
    total: reached.total,
    exact: shownExact(after.exact),
    category: reached.category,
    zone: reached.zone,
    confidence: weakest([goal.confidence, ...steps.map((s) => s.confidence)]),
    reason,
  });
}

/** Why a target cannot be reached; `best` is the best rounded total a points plan can give. @internal */
export function unreachable(frame: Frame, best: string | null, measure: PlanMeasure, limited: boolean): Text {
  const { target, evaluation } = frame;
  const deductions = evaluation.deductions.length > 0;
  return measure === 'answers' || best === null
    ? say(ID.unreachableByAnswers, EN.unreachableByAnswers, { target, limited, deductions })
    : say(ID.unreachableByPoints, EN.unreachableByPoints, { target, best, limited, deductions });
}
