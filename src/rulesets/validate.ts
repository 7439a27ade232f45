/**
 * Validating rulesets that do not come from this package: JSON from a server, a hand-written draft.
 *
 * @module
 */
import { toSafe } from '../errors.js';
import { exact, plain } from '../exact/decimal.js';
import { fail } from '../errors/fail.js';
import { INVALID_RULESET, MISSING_FIELD, RULESET_EXPONENT, RULESET_TYPE, UNREADABLE } from '../errors/templates.js';
import type { Ruleset } from '../model/index.js';
import { rulesetSchema } from '../model/ruleset-schema.js';
import { snapshot } from '../read/snapshot.js';
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
  const result = validate(data);
  if ('value' in result) return markValidated(result.value);
  const issue = result.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const more = result.issues.length - 1;
  const given = valueAt(result.copy, path);
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    // A field that is not there is missing; one of another type says what was expected and what was given.
    if (given === undefined) throw fail('INVALID_RULESET', path, MISSING_FIELD, { field: String(path.at(-1) ?? '') });
    throw fail('INVALID_RULESET', path, RULESET_TYPE, { value: given, expected: issue.expected });
  }
  if (typeof given === 'string' && given.length <= 64 && EXPONENT.test(given)) {
    throw fail('INVALID_RULESET', path, RULESET_EXPONENT, { value: given, written: plain(exact(given)) });
  }
  // Any other issue breaks a rule of the schema, named in the English text (zod's words, for the programmer) with
  // the count of the other problems.
  throw fail('INVALID_RULESET', path, INVALID_RULESET, { issue: issue.message, more });
}

/** A ruleset is small: no list in it is longer, no nesting deeper. */
const DATA_LIMITS = Object.freeze({ code: 'INVALID_RULESET' as const, maxLength: 10_000, maxDepth: 32, bare: true });

/** A number in exponent form, as JSON or a spreadsheet may write one: `1e-7`, `2.185E1`. */
const EXPONENT = /^-?\d+(\.\d+)?e[+-]?\d{1,2}$/i;

interface Issue {
  readonly code?: string;
  readonly expected?: unknown;
  readonly message: string;
  readonly path: readonly unknown[];
}

/**
 * The schema's verdict through its Standard Schema interface, which builds no ZodError (under frozen built-ins its
 * constructor throws). A throwing getter or Proxy trap in the data is a ScoringError.
 */
function validate(
  data: unknown,
): { readonly value: Ruleset } | { readonly issues: readonly Issue[]; readonly copy: unknown } {
  // A copy read once, own properties only, on objects without a prototype: a key someone set on Object.prototype
  // is not an unknown key of the ruleset, a getter cannot answer twice, and cycles and depth are bounded.
  const copy = snapshot(data, DATA_LIMITS);
  let result: unknown;
  try {
    result = rulesetSchema['~standard'].validate(copy);
  } catch {
    throw fail('INVALID_RULESET', [], UNREADABLE);
  }
  if (result instanceof Promise) {
    // zod turns a throw during the check into a rejected promise: unreadable data.
    result.catch(() => undefined);
    throw fail('INVALID_RULESET', [], UNREADABLE);
  }
  const verdict = result as { value?: Ruleset; issues?: readonly Issue[] };
  return verdict.issues ? { issues: verdict.issues, copy } : { value: verdict.value! };
}

/** The value at `path` in the plain copy of the data, own properties only; `undefined` when absent. */
function valueAt(copy: unknown, path: readonly (string | number)[]): unknown {
  let value = copy;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) {
      return undefined;
    }
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
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
  const result = validate(value);
  return 'value' in result ? markValidated(result.value) : null;
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
