/**
 * Every official ruleset by year.
 *
 * @module
 */
// Import order is bundle size (gzip): this order measured smallest (test/package/bundle-size.test.ts).
import { ruleset as r2017 } from './2017.js';
import { toSafe } from '../errors.js';
import { fail } from '../errors/fail.js';
import { NO_ASSESSMENT, NO_REVISION, NO_RULESET, NOT_WHOLE } from '../errors/templates.js';
import type { Ruleset } from '../model/index.js';
import { readOptions } from '../read/options.js';
import { ruleset as r2016 } from './2016.js';
import { ruleset as r2022 } from './2022.js';
import { ruleset as r2024 } from './2024.js';
import { ruleset as r2023 } from './2023.js';
import { ruleset as r2018 } from './2018.js';
import { ruleset as r2019 } from './2019.js';
import { ruleset as r2021 } from './2021.js';
import { ruleset as r2015 } from './2015.js';
import { ruleset as r2025 } from './2025.js';
import { gradedRevision1 } from './parts/revision-1.js';
import { complianceRuleset } from './parts/three-zones.js';
import { ruleset2025 } from './parts/year-2025.js';

/**
 * Every revision of every year, oldest revision first (RULEBOOK §7a): the latest ones are the `rulesets/<year>`
 * modules; the earlier ones stay here, unchanged, for results computed with them (revision 1 of 2015–2019: kuning
 * from 51.00, the 50–51 gap closed by assumption; of 2022–2024: answers on the default 0..3 scale).
 */
const BY_YEAR: ReadonlyMap<number, readonly Ruleset[]> = new Map(
  [
    ...[r2015, r2016, r2017, r2018, r2019].map((latest) => [complianceRuleset(latest, 1), latest]),
    [r2021],
    ...[r2022, r2023, r2024].map((latest) => [gradedRevision1(latest), latest]),
    [ruleset2025(1), r2025],
  ].map((revisions) => [revisions[0]!.year, Object.freeze(revisions)]),
);

/** A short entry of {@link listRulesets}. */
export interface RulesetSummary {
  readonly year: number;
  readonly id: string;
  readonly revision: number;
  /** `true` for the revision that `getRuleset(year)` returns. */
  readonly latest: boolean;
  readonly name: Ruleset['name'];
  /** Dimension ids in order. */
  readonly dimensions: readonly string[];
  /** `true` when the year has grades A–E. */
  readonly graded: boolean;
}

/** Options of {@link getRuleset}. */
export interface GetRulesetOptions {
  /** A revision number (RULEBOOK §7a); the latest when absent. */
  readonly revision?: number | undefined;
}

/**
 * The official ruleset of an assessment year, deeply frozen: the latest revision, or the one asked for.
 * Reproduce a published result with the revision in force when it was computed; estimate a new one with the
 * latest (docs/rules-by-year.md lists what each revision changed).
 *
 * @param year - An assessment year: 2015–2019 or 2021–2025.
 * @param options - `revision`: a revision number, e.g. `1`; the latest when absent.
 * @throws {@link ScoringError} `NO_ASSESSMENT_HELD` for 2020, `RULESET_NOT_FOUND` for any other year without a
 *   ruleset or a revision that does not exist (the message names those that do), `INVALID_INPUT` when `year`
 *   is not an integer, `INVALID_OPTIONS` when `revision` is not a whole number from 1.
 *
 * @example
 * ```ts
 * import { getRuleset } from '@ombuds/scoring';
 * const rules = getRuleset(2023);
 * rules.revision; // 2
 * rules.dimensions.map((d) => `${d.id} ${d.weight.value}`);
 * // ['competency 21.85', 'standards 32.37', 'opinion 24.24', 'complaints 21.54']
 * getRuleset(2025, { revision: 1 }).dimensions[0]!.weight.value; // '15.295'
 * ```
 */
export function getRuleset(year: number, options?: GetRulesetOptions): Ruleset {
  const { revision } = readOptions(options, ['revision']);
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(year)) throw fail('INVALID_INPUT', ['year'], NOT_WHOLE, { value: year, example: 2023 });
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) {
    throw fail('INVALID_OPTIONS', ['revision'], NOT_WHOLE, { value: revision, example: 1 });
  }
  const revisions = BY_YEAR.get(year);
  const found =
    revisions && (revision === undefined ? revisions.at(-1) : revisions.find((r) => r.revision === revision));
  if (found) return found;
  if (revisions) {
    throw fail('RULESET_NOT_FOUND', ['revision'], NO_REVISION, {
      year,
      revision: revision!,
      known: revisions.map((r) => r.revision),
    });
  }
  // The one year without an assessment (RULEBOOK §2).
  if (year === 2020) throw fail('NO_ASSESSMENT_HELD', ['year'], NO_ASSESSMENT);
  throw fail('RULESET_NOT_FOUND', ['year'], NO_RULESET, { year, known: [...BY_YEAR.keys()] });
}

/**
 * Like {@link getRuleset}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeGetRuleset } from '@ombuds/scoring';
 * const result = safeGetRuleset(2020);
 * if (!result.success) result.error.code; // 'NO_ASSESSMENT_HELD'
 * ```
 */
export const safeGetRuleset = /* @__PURE__ */ toSafe(getRuleset);

/**
 * Every official ruleset in every revision, oldest year first and each year's revisions in order, as short
 * summaries; `latest` marks the one `getRuleset(year)` returns.
 *
 * @example
 * ```ts
 * import { listRulesets } from '@ombuds/scoring';
 * listRulesets().filter((r) => r.latest).map((r) => r.year);
 * // [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]
 * listRulesets().filter((r) => r.year === 2023).map((r) => r.revision); // [1, 2]
 * ```
 */
export function listRulesets(): readonly RulesetSummary[] {
  return Object.freeze(
    [...BY_YEAR.values()].flatMap((revisions) =>
      revisions.map((r, i) =>
        Object.freeze({
          year: r.year,
          id: r.id,
          revision: r.revision,
          latest: i === revisions.length - 1,
          name: r.name,
          dimensions: Object.freeze(r.dimensions.map((d) => d.id)),
          graded: r.bands.some((b) => b.category !== null),
        }),
      ),
    ),
  );
}
