/**
 * `provenance(ruleset)`: every parameter of a ruleset with its value, sources and confidence.
 *
 * @module
 */
import { toSafe } from '../errors.js';
import { fail } from '../errors/fail.js';
import { NOT_RULESET, TOO_MANY_STEPS } from '../errors/templates.js';
import type { Confidence, Ruleset } from '../model/index.js';
import { deepFreeze } from '../util/freeze.js';
import { snapshot } from '../read/snapshot.js';
import { withImplicitScales } from './parameters.js';
import { MAX_VISITS, walkProvenance } from './walk.js';

/** One parameter of a ruleset and where it comes from. */
export interface ParameterProvenance {
  /**
   * Id-based path of the parameter: `legalBasis`, `dimensions.competency.weight`, `bands.A.min`,
   * `bands.hijau.zone`, `bands.E.quality`, `rounding`. Array elements are named by their `id`, else their
   * `category`, else their zone, else their index.
   */
  readonly path: string;
  /** The parameter's value as stored in the ruleset (a decimal string, a boolean, a text, an object …). */
  readonly value: unknown;
  /** RULEBOOK sections and source ids, e.g. `["RULEBOOK §4.1", "S01"]`. */
  readonly source: readonly string[];
  readonly confidence: Confidence;
  /** Why, for `assumed` and some `single-source` parameters; `null` when the ruleset gives no note. */
  readonly note: string | null;
}

/**
 * Every parameter of a ruleset with its source and confidence, in the order of the ruleset data. A parameter
 * is any object in the ruleset that has a `confidence` field; its value is its `value` field, or its `id` when
 * it carries its provenance directly (an instrument indicator). An instrument dimension without an answer scale
 * is listed with the default one it answers on (`dimensions.<id>.scale`, 0..3, assumed). Works on custom
 * rulesets too.
 *
 * @param ruleset - From `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or `deriveRuleset`.
 * @returns A frozen list; values are copies, the ruleset is only read.
 * @throws {@link ScoringError} `INVALID_RULESET` when `ruleset` is not an object.
 *
 * @example
 * ```ts
 * import { getRuleset, provenance } from '@ombuds/scoring';
 * const weight = provenance(getRuleset(2023)).find((p) => p.path === 'dimensions.competency.weight');
 * weight?.value;      // '21.85'
 * weight?.confidence; // 'confirmed'
 * weight?.source;     // ['RULEBOOK §4.1', 'S01', 'S02', 'S03', 'S04', 'S05']
 * ```
 */
export function provenance(ruleset: Ruleset): readonly ParameterProvenance[] {
  if (ruleset === null || typeof ruleset !== 'object' || Array.isArray(ruleset)) {
    throw fail('INVALID_RULESET', [], NOT_RULESET, { value: ruleset });
  }
  // A plain copy read once (shared parts stay shared): getters, Proxies, cycles and very deep data are refused here.
  const data = snapshot(ruleset, DATA_LIMITS);
  const found = walkProvenance(data);
  if (found === null) {
    throw fail('INVALID_RULESET', [], TOO_MANY_STEPS, { max: MAX_VISITS });
  }
  return deepFreeze(
    withImplicitScales(data, found).map((node) => ({
      path: node.path,
      value: copy(node.value),
      source: [...node.source],
      confidence: node.confidence,
      note: node.note,
    })),
  );
}

/** Rulesets are small: no list in one is longer, no nesting deeper. */
const DATA_LIMITS = Object.freeze({ code: 'INVALID_RULESET' as const, maxLength: 10_000, maxDepth: 32 });

/**
 * Like {@link provenance}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeProvenance } from '@ombuds/scoring';
 * safeProvenance(null as never).success; // false
 * ```
 */
export const safeProvenance = /* @__PURE__ */ toSafe(provenance);

/** A fresh copy of a value of the snapshot, so that the result shares nothing with another call's. */
function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: copy((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
