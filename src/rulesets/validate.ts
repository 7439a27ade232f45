/**
 * Validating rulesets that do not come from this package: JSON from a server, a hand-written draft.
 *
 * @module
 */
import { toSafe } from '../errors.js';
import { fail, INVALID_RULESET, MISSING, UNREADABLE } from '../errors/templates.js';
import type { Ruleset } from '../model/index.js';
import { rulesetSchema } from '../model/ruleset-schema.js';
import { markValidated, setStructuralCheck } from './validated.js';

/**
 * Validates a ruleset against the schema and returns a deeply frozen copy: unknown keys, weights that do not
 * sum to exactly 100, bands with a gap or an overlap, bands whose zones or grades do not go down with them, a
 * number that is not a decimal string (named with its field), lists over their sizes, a number without source
 * or confidence are refused. The
 * copy is marked as validated: `score` and the other calls accept it (and the built-in rulesets), nothing else.
 *
 * @param data - A ruleset as plain data, e.g. `JSON.parse(JSON.stringify(getRuleset(2023)))`.
 * @throws {@link ScoringError} `INVALID_RULESET` with the path of the first problem.
 *
 * @example
 * ```ts
 * import { getRuleset, parseRuleset, score } from '@ombuds/scoring';
 * const fromServer = JSON.parse(JSON.stringify(getRuleset(2023)));
 * const rules = parseRuleset(fromServer);
 * score(rules, { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }).total; // '87.44'
 * ```
 */
export function parseRuleset(data: unknown): Ruleset {
  let parsed: ReturnType<typeof rulesetSchema.safeParse>;
  try {
    parsed = rulesetSchema.safeParse(data);
  } catch {
    // A throwing getter or Proxy trap in the data: zod lets it through.
    throw fail('INVALID_RULESET', [], UNREADABLE);
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const more = parsed.error.issues.length - 1;
    // A field that is not there is missing; any other issue breaks a rule of the schema, named in the English
    // text (zod's words, for the programmer) with the count of the other problems.
    throw issue.code === 'invalid_type' && issue.input === undefined
      ? fail('INVALID_RULESET', path, MISSING, path.at(-1))
      : fail(
          'INVALID_RULESET',
          path,
          INVALID_RULESET,
          `${issue.message}${more > 0 ? ` (and ${more} more problems)` : ''}`,
        );
  }
  return markValidated(parsed.data);
}

/**
 * Like {@link parseRuleset}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseRuleset } from '@ombuds/scoring';
 * safeParseRuleset({ id: 'x' }).success; // false
 * ```
 */
export const safeParseRuleset = /* @__PURE__ */ toSafe(parseRuleset);

/**
 * The structural check of a ruleset this copy of the package did not validate (one of another copy, e.g. the
 * CommonJS build's in an ES module app): deeply frozen plain data, data properties only, that the schema accepts.
 * Returns the validated copy, which is what scoring then reads, or `null`.
 */
function structural(value: object): Ruleset | null {
  if (!frozenData(value, new Set())) return null;
  const parsed = rulesetSchema.safeParse(value);
  return parsed.success ? markValidated(parsed.data) : null;
}

/** Whether `value` and everything reachable from it is frozen plain data without getters or setters. */
function frozenData(value: object, seen: Set<object>): boolean {
  if (seen.has(value)) return true;
  seen.add(value);
  const proto: unknown = Object.getPrototypeOf(value);
  // Plain objects and arrays, of any realm: their prototype's prototype is null or Object.prototype's kind.
  const plain =
    proto === null ||
    (Array.isArray(value)
      ? Object.getPrototypeOf(Object.getPrototypeOf(proto)) === null
      : Object.getPrototypeOf(proto) === null);
  if (!plain || !Object.isFrozen(value)) return false;
  const descriptors = Object.getOwnPropertyDescriptors(value);
  for (const key of Reflect.ownKeys(descriptors)) {
    const descriptor = descriptors[key as keyof typeof descriptors] as PropertyDescriptor;
    if (!('value' in descriptor)) return false;
    const child: unknown = descriptor.value;
    if (child !== null && typeof child === 'object' && !frozenData(child, seen)) return false;
  }
  return true;
}

setStructuralCheck(structural);
