/**
 * `assumptions(ruleset)`: the parameters this project chose where the public sources are silent.
 *
 * @module
 */
import { toSafe } from '../errors.js';
import type { Ruleset } from '../model/index.js';
import { provenance } from './provenance.js';

/** A parameter marked `assumed`: not published, chosen by this project (RULEBOOK preamble). */
export interface Assumption {
  /** Id-based path, as in {@link provenance}: `dimensions.competency.weight`. */
  readonly path: string;
  /** The assumed value. */
  readonly value: unknown;
  /** Why the value was chosen (every `assumed` parameter of a valid ruleset has one); `null` if missing. */
  readonly note: string | null;
}

/**
 * Every `assumed` parameter of a ruleset, in the order of the ruleset data, so that users can see (and
 * override, with a derived ruleset) what is not published. `confirmed` and `single-source` parameters are
 * left out: the 2023 dimension weights are not listed, the 2024 ones (borrowed from 2023) are.
 *
 * @param ruleset - From `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or `deriveRuleset`.
 * @returns A frozen list of `{ path, value, note }`.
 * @throws {@link ScoringError} `INVALID_RULESET` when `ruleset` is not an object.
 *
 * @example
 * ```ts
 * import { assumptions, getRuleset } from '@ombuds/scoring';
 * assumptions(getRuleset(2024)).find((a) => a.path === 'dimensions.competency.weight');
 * // { path: 'dimensions.competency.weight', value: '21.85', note: 'No source gives weights for this year; …' }
 * assumptions(getRuleset(2023)).some((a) => a.path === 'dimensions.competency.weight'); // false
 * ```
 */
export function assumptions(ruleset: Ruleset): readonly Assumption[] {
  return Object.freeze(
    provenance(ruleset)
      .filter((p) => p.confidence === 'assumed')
      .map(({ path, value, note }) => Object.freeze({ path, value, note })),
  );
}

/**
 * Like {@link assumptions}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safeAssumptions } from '@ombuds/scoring';
 * const result = safeAssumptions(getRuleset(2025));
 * if (result.success) result.data[0]?.path; // 'dimensions.competency.weight'
 * ```
 */
export const safeAssumptions = /* @__PURE__ */ toSafe(assumptions);
