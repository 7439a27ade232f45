/**
 * A consumer compiled with `exactOptionalPropertyTypes` (the root tsconfig sets it; `npm test` type-checks this
 * file first): every optional option and input field accepts `undefined`, as a form or a strict app passes it.
 * Before the optional fields accepted `undefined`, this file failed with TS2379 on each call below.
 */
import {
  classify,
  deriveRuleset,
  getRuleset,
  planToReach,
  rank,
  score,
  type ScoreInput,
  type UnitInput,
} from '@ombuds/scoring';

declare const maybeBoolean: boolean | undefined;
declare const maybeText: string | undefined;
declare const maybeNumber: number | undefined;

const rules = getRuleset(2023, { revision: maybeNumber });

const fromForm: ScoreInput = {
  dimensions: { competency: maybeText, standards: '90', opinion: '70', complaints: '60' },
  deductions: undefined,
  followedUpOmbudsman: maybeBoolean,
};
const unit: UnitInput = { id: maybeText, total: '80' };
const withUnits: ScoreInput = { units: [unit, { id: undefined, dimensions: { standards: maybeText } }] };
const answers: ScoreInput = { answers: { competency: undefined }, dimensions: undefined };

export const results = [
  score(rules, fromForm, { decimalComma: maybeBoolean, missingIndicators: undefined }),
  score(rules, withUnits),
  score(rules, answers),
];
export const classified = classify(rules, '80', { followedUpOmbudsman: maybeBoolean, decimalComma: maybeBoolean });
export const ranked = rank([{ id: 'A', total: '80', exact: maybeText }], { method: undefined, tieBreak: undefined });
export const plan = planToReach(rules, fromForm, 'B', { minimize: undefined, fixed: undefined, max: undefined });
export const derived = deriveRuleset(rules, { id: maybeText });
