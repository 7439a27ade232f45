/**
 * The confidence of a number that rests on several parameters: the weakest of theirs
 * (`assumed` < `single-source` < `confirmed`). Used by `explain` and `planToReach`.
 *
 * @module
 */
import type { Confidence, Dimension, Provenance } from '../model/index.js';
import { own } from '../util/own.js';
import { levelsParameter } from '../scoring/answers.js';
import type { AnswersResult } from '../scoring/share-plan.js';
import { variablesOf } from '../scoring/answer-detail.js';

const ORDER: readonly Confidence[] = ['assumed', 'single-source', 'confirmed'];

/** The weakest of the given confidences; `confirmed` for none. @internal */
export function weakest(values: readonly Confidence[]): Confidence {
  let index = ORDER.length - 1;
  for (const value of values) index = Math.min(index, ORDER.indexOf(value));
  return ORDER[index]!;
}

/** What the share of a variable or an indicator rests on, seen from its instrument. */
interface ShareOwner {
  readonly model: Provenance & { readonly weight?: { readonly confidence: Confidence } };
}

/**
 * The confidence of a share: its own published weight, or, for an equal share of what the weights leave,
 * the weights it is left from (the siblings' and, for an indicator, its variable's share).
 */
function shareConfidence(owner: ShareOwner, siblings: readonly ShareOwner[], parent: Confidence): Confidence {
  const weight = (o: ShareOwner) => own(o.model, 'weight');
  return weight(owner)?.confidence ?? weakest([parent, ...siblings.flatMap((s) => weight(s)?.confidence ?? [])]);
}

/** Confidence of a variable's share and of the variable itself. @internal */
export function variableConfidence(answers: AnswersResult, v: number): Confidence {
  const all = variablesOf(answers).map((x) => x.variable);
  const variable = all[v]!;
  return weakest([variable.model.confidence, shareConfidence(variable, all, 'confirmed')]);
}

/** Confidence of an indicator: itself and its share (its weight, or what its equal share is left from). @internal */
export function indicatorConfidence(answers: AnswersResult, v: number, i: number): Confidence {
  const siblings = variablesOf(answers)[v]!.indicators.map((x) => x.indicator);
  const indicator = siblings[i]!;
  return weakest([indicator.model.confidence, shareConfidence(indicator, siblings, variableConfidence(answers, v))]);
}

/**
 * Confidence of what an indicator's answers are worth: the parameter `levelsParameter` names (its answer options,
 * or its dimension's answer scale, implicit and so `assumed` in revision 1), `confirmed` for a scale of the
 * indicator's own. @internal
 */
export function levelsConfidence(dimension: Dimension, variable: number, indicator: number): Confidence {
  const model = dimension.variables?.[variable]?.indicators[indicator];
  if (!model) return dimension.scale?.confidence ?? 'assumed';
  return levelsParameter(dimension, model)?.confidence ?? 'confirmed';
}
