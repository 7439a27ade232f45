/**
 * The rulesets known to be valid: the built-in ones and every result of `parseRuleset` (and so of
 * `deriveRuleset`). Scoring accepts these only, so a hand-made object that skipped validation (weights that sum
 * to 90, a band missing) is refused with `INVALID_RULESET` instead of giving a wrong number.
 *
 * The mark is a non-enumerable property under `Symbol.for('@ombuds/scoring.validated')` on the deeply frozen
 * ruleset itself, so it holds across every copy of the package in one app (the ES module and the CommonJS build
 * accept each other's rulesets). It is checked as an own property of a frozen object: an object that inherits
 * from a ruleset, a spread copy, JSON, `structuredClone` and `postMessage` all lose it, and such data goes
 * through `parseRuleset` once.
 *
 * @module
 */
import type { Ruleset } from '../model/index.js';
import { deepFreeze } from '../util/freeze.js';

/** The key of the mark; versioned, so that a future incompatible schema can use another. */
const VALIDATED = Symbol.for('@ombuds/scoring.validated.v1');

/** Marks a validated ruleset, then deep-freezes it; returns it. @internal */
export function markValidated(ruleset: Ruleset): Ruleset {
  // Not enumerable, writable or configurable (the defaults). Built-ins and zod's output are fresh objects, never
  // frozen before they are marked here; marking a marked ruleset again defines the same property, which is allowed.
  Object.defineProperty(ruleset, VALIDATED, { value: true });
  return deepFreeze(ruleset);
}

/** Whether `value` is a ruleset from {@link markValidated} (of this or any other copy of the package). @internal */
export function isValidated(value: unknown): value is Ruleset {
  if (value === null || typeof value !== 'object') return false;
  try {
    return Object.getOwnPropertyDescriptor(value, VALIDATED)?.value === true && Object.isFrozen(value);
  } catch {
    // A revoked Proxy or a throwing trap: not a ruleset.
    return false;
  }
}
