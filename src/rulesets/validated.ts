/**
 * The rulesets known to be valid. Scoring accepts these only, so a hand-made object that skipped validation
 * (weights that sum to 90, a band missing) is refused with `INVALID_RULESET` instead of giving a wrong number.
 *
 * Trust is never read from the ruleset itself (a mark on it, even under `Symbol.for`, is a key anyone can set).
 * This copy of the package remembers what it built or validated (in a `WeakMap`, keys held weakly): the built-in rulesets and every
 * result of `parseRuleset` (and so of `deriveRuleset`). Any other object, such as a ruleset of another copy of
 * the package (the ES module and the CommonJS build in one app), is checked structurally once, by the check
 * that `parseRuleset`'s module registers here: it must be deeply frozen plain data that the schema accepts. It is
 * then remembered with its own validated copy, which is what scoring reads, so a Proxy or getter cannot show
 * scoring anything other than what was checked. A copy of the package whose `parseRuleset` was dropped by a
 * bundler cannot check: it accepts its own rulesets only.
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { deepFreeze } from '../util/freeze.js';

/**
 * The rulesets this copy accepts, each with the ruleset that scoring reads: itself for one this copy built or
 * validated, its validated copy for one that passed the structural check.
 */
const accepted = new WeakMap<object, Ruleset>();
/** The structural check, set by `parseRuleset`'s module; it returns the validated copy or `null`. */
let check: ((value: object) => Ruleset | null) | undefined;

/** Deep-freezes a validated ruleset and remembers it; returns it. @internal */
export function markValidated(ruleset: Ruleset): Ruleset {
  accepted.set(deepFreeze(ruleset), ruleset);
  return ruleset;
}

/** Sets the structural check of objects this copy did not validate itself. @internal */
export function setStructuralCheck(structural: (value: object) => Ruleset | null): void {
  check = structural;
}

/**
 * The validated ruleset to score for `value`: `value` itself when this copy validated it, its validated copy when
 * it passes the structural check (once per object), else `undefined`. Never throws. @internal
 */
export function validatedRuleset(value: unknown): Ruleset | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  let ruleset = accepted.get(value);
  if (!ruleset && check) {
    try {
      // A refusal is not remembered: an unfrozen object may be frozen or corrected later.
      ruleset = check(value) ?? undefined;
      if (ruleset) accepted.set(value, ruleset);
    } catch {
      // A revoked Proxy or a throwing trap: not a ruleset.
    }
  }
  return ruleset;
}
