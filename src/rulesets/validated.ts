/**
 * The rulesets known to be valid: the built-in ones and every result of `parseRuleset` (and so of
 * `deriveRuleset`). Scoring accepts these only, so a hand-made object that skipped validation (weights that sum
 * to 90, a band missing) is refused with `INVALID_RULESET` instead of giving a wrong number.
 *
 * The mark lives in this module, so it holds within one copy of the package: a ruleset serialised (JSON,
 * `postMessage`) or taken from another copy is plain data again and goes through `parseRuleset` once.
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { deepFreeze } from '../util/freeze.js';

const validated = new WeakSet<object>();

/** Deep-freezes a ruleset that has been validated and marks it as such; returns it. @internal */
export function markValidated(ruleset: Ruleset): Ruleset {
  validated.add(deepFreeze(ruleset));
  return ruleset;
}

/** Whether `value` is a ruleset from {@link markValidated}. @internal */
export function isValidated(value: unknown): value is Ruleset {
  return typeof value === 'object' && value !== null && validated.has(value);
}
