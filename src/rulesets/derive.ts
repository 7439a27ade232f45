/**
 * `deriveRuleset`: a custom ruleset made from an official one, e.g. with an office's own indicator weights, or
 * a draft for a coming year, validated exactly like the built-in rulesets.
 *
 * @module
 */
import { isArraySafe } from '../util/safe.js';
import { toSafe, type Path } from '../errors.js';
import { fail } from '../errors/fail.js';
import { DERIVED_FROM, NOT_OBJECT, NOT_RULESET, NOT_TEXT, UNKNOWN_KEY } from '../errors/templates.js';
import { snapshot } from '../read/snapshot.js';
import type { Ruleset } from '../model/index.js';
import { parseRuleset } from './validate.js';

/**
 * Changes to apply to a base ruleset. Plain objects are merged key by key; a list of items with an `id`
 * (dimensions, variables, indicators) may be given as an object keyed by those ids, which patches the items
 * named and keeps the others; any other value, or a list given as a list, replaces what was there.
 *
 * A parameter that carries provenance (`{ value, source, confidence, note? }`) may be given as its bare value:
 * `weight: '30'`, or for an object value the keys to change, `rounding: { mode: 'half-even' }` (merged into
 * the base value). So may one the base does not have: an indicator's `weight` or answer `options`
 * (`options: [{ value: 0, points: '0', label: { id, en } }, …]`), a dimension's answer `scale`. It is then recorded as `assumed`, with the source `derived:<id>` and a note saying it was
 * set in the derived ruleset, so `assumptions()` lists it. Given whole, with its own `value`, `source` and
 * `confidence`, it replaces the base parameter as it is.
 *
 * `id` names the new ruleset (default: `<base id>-custom`); `derivedFrom` is always set to the base's id.
 */
export interface RulesetOverrides {
  readonly id?: string | undefined;
  readonly [key: string]: unknown;
}

/**
 * Makes a new ruleset from `base` with `overrides` applied, validates it with the ruleset schema (weights
 * sum to exactly 100 at every level, bands cover 0–100 with no gap, every number has its provenance) and
 * returns it deeply frozen, marked `derivedFrom: base.id`. Results scored with it say so in
 * `result.ruleset.derivedFrom`.
 *
 * @param base - An official or already derived ruleset.
 * @param overrides - The changes; see {@link RulesetOverrides}.
 * @throws {@link ScoringError} `INVALID_INPUT` when an override names an unknown dimension, variable or
 *   indicator; `INVALID_RULESET` with the path of the first problem when the result is not a valid ruleset.
 *
 * @example
 * ```ts
 * import { deriveRuleset, getRuleset, score } from '@ombuds/scoring';
 * const office = deriveRuleset(getRuleset(2023), {
 *   id: 'kantor-2023',
 *   dimensions: {
 *     competency: { variables: { 'kompetensi-pelaksana': { weight: '60' }, 'sarana-prasarana': { weight: '40' } } },
 *   },
 * });
 * office.derivedFrom; // 'ori-2023'
 * score(office, { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }).ruleset.derivedFrom;
 * // 'ori-2023'
 * ```
 */
export function deriveRuleset(base: Ruleset, overrides: RulesetOverrides): Ruleset {
  // Plain copies, each value read once: a getter, a Proxy, a cycle or a very deep object is a ScoringError here.
  const baseData = snapshot(base, DATA_LIMITS, ['base']);
  if (!isPlain(baseData) || typeof baseData['id'] !== 'string') {
    throw fail('INVALID_INPUT', ['base'], NOT_RULESET, { value: baseData });
  }
  if (overrides === null || typeof overrides !== 'object' || isArraySafe(overrides)) {
    throw fail('INVALID_INPUT', [], NOT_OBJECT, { value: overrides });
  }
  const patch = snapshot(overrides, DATA_LIMITS) as Record<string, unknown>;
  if (hasOwn(patch, 'derivedFrom')) {
    throw fail('INVALID_INPUT', ['derivedFrom'], DERIVED_FROM);
  }
  const id = hasOwn(patch, 'id') && patch['id'] !== undefined ? patch['id'] : `${baseData['id']}-custom`;
  // The id is written into notes and sources: a string, never converted (a toString that throws stays out).
  if (typeof id !== 'string') throw fail('INVALID_INPUT', ['id'], NOT_TEXT, { value: id });
  const merged = merge(baseData, patch, [], id) as Record<string, unknown>;
  return parseRuleset({ ...merged, id, derivedFrom: baseData['id'] });
}

/** Rulesets and overrides are small: no list in them is longer, no nesting deeper. */
const DATA_LIMITS = Object.freeze({ code: 'INVALID_INPUT' as const, maxLength: 10_000, maxDepth: 32 });

/**
 * Like {@link deriveRuleset}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safeDeriveRuleset } from '@ombuds/scoring';
 * const result = safeDeriveRuleset(getRuleset(2023), { dimensions: { competency: { weight: '50' } } });
 * result.success; // false: the weights no longer sum to 100
 * ```
 */
export const safeDeriveRuleset = /* @__PURE__ */ toSafe(deriveRuleset);

function isPlain(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function isSourced(value: unknown): boolean {
  return isPlain(value) && hasOwn(value, 'value') && hasOwn(value, 'source') && hasOwn(value, 'confidence');
}

/**
 * Whether the parameter at `path` carries provenance even where the base has none: a weight of a variable or an
 * indicator, an indicator's answer options, a dimension's answer scale.
 */
function sourcedAt(path: Path): boolean {
  const key = path.at(-1);
  return key === 'weight' || key === 'options' || (key === 'scale' && path.length === 3);
}

function merge(base: unknown, patch: unknown, path: Path, id: string): unknown {
  if (patch === undefined) return base;
  // A bare value (no `value` key of its own): the base value with the patch merged in, recorded as assumed.
  const bare = !(isPlain(patch) && hasOwn(patch, 'value'));
  if (bare && (isSourced(base) || (base === undefined && sourcedAt(path)))) {
    return {
      value: base === undefined ? patch : merge((base as { value: unknown }).value, patch, [...path, 'value'], id),
      source: [`derived:${id}`],
      confidence: 'assumed',
      note: `Set in the derived ruleset ${id}.`,
    };
  }
  if (Array.isArray(base) && isPlain(patch) && base.every((item) => isPlain(item) && typeof item['id'] === 'string')) {
    const ids = base.map((item) => (item as { id: string }).id);
    for (const key of Object.keys(patch)) {
      if (!ids.includes(key)) {
        throw fail('INVALID_INPUT', [...path, key], UNKNOWN_KEY, { key, known: ids });
      }
    }
    return base.map((item) => {
      const itemId = (item as { id: string }).id;
      return merge(item, hasOwn(patch, itemId) ? patch[itemId] : undefined, [...path, itemId], id);
    });
  }
  if (isPlain(base) && isPlain(patch) && !isSourced(base)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const key of Object.keys(patch)) {
      // An own property even for "__proto__" (from JSON), which the schema then refuses as an unknown key.
      Object.defineProperty(out, key, {
        value: merge(
          hasOwn(out, key) ? out[key] : undefined,
          (patch as Record<string, unknown>)[key],
          [...path, key],
          id,
        ),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  // Anything else replaces what was there, e.g. a parameter given whole with its own `value` and provenance.
  return patch;
}
