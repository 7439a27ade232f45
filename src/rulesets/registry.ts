/**
 * Every official ruleset by year.
 *
 * @module
 */
import { describe } from '../decimal.js';
import { ScoringError, toSafe } from '../errors.js';
import type { Ruleset } from '../model/index.js';
import { ruleset as r2015 } from './2015.js';
import { ruleset as r2016 } from './2016.js';
import { ruleset as r2017 } from './2017.js';
import { ruleset as r2018 } from './2018.js';
import { ruleset as r2019 } from './2019.js';
import { ruleset as r2021 } from './2021.js';
import { ruleset as r2022 } from './2022.js';
import { ruleset as r2023 } from './2023.js';
import { ruleset as r2024 } from './2024.js';
import { ruleset as r2025 } from './2025.js';

const BY_YEAR: ReadonlyMap<number, Ruleset> = new Map(
  [r2015, r2016, r2017, r2018, r2019, r2021, r2022, r2023, r2024, r2025].map((r) => [r.year, r]),
);

/** Years in which the Ombudsman held no assessment, and why (RULEBOOK §2). */
const NOT_HELD: ReadonlyMap<number, string> = new Map([
  [
    2020,
    'The Ombudsman held no assessment in 2020 (COVID-19, RULEBOOK §2). Use 2019 or 2021 for the nearest years.',
  ],
]);

/** A short entry of {@link listRulesets}. */
export interface RulesetSummary {
  readonly year: number;
  readonly id: string;
  readonly revision: number;
  readonly name: Ruleset['name'];
  /** Dimension ids in order. */
  readonly dimensions: readonly string[];
  /** `true` when the year has grades A–E. */
  readonly graded: boolean;
}

/**
 * The official ruleset of an assessment year, deeply frozen.
 *
 * @param year - An assessment year: 2015–2019 or 2021–2025.
 * @throws {@link ScoringError} `NO_ASSESSMENT_HELD` for 2020, `RULESET_NOT_FOUND` for any other year without a
 *   ruleset, `INVALID_INPUT` when `year` is not an integer.
 *
 * @example
 * ```ts
 * import { getRuleset } from '@ombuds/scoring';
 * const rules = getRuleset(2023);
 * rules.dimensions.map((d) => `${d.id} ${d.weight.value}`);
 * // ['competency 21.85', 'standards 32.37', 'opinion 24.24', 'complaints 21.54']
 * ```
 */
export function getRuleset(year: number): Ruleset {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new ScoringError('INVALID_INPUT', `Expected a year as an integer such as 2023, got ${describe(year)}.`, [
      'year',
    ]);
  }
  const found = BY_YEAR.get(year);
  if (found) return found;
  const why = NOT_HELD.get(year);
  if (why) throw new ScoringError('NO_ASSESSMENT_HELD', why);
  throw new ScoringError(
    'RULESET_NOT_FOUND',
    `No ruleset for ${year}. Rulesets exist for ${[...BY_YEAR.keys()].join(', ')}${
      year < 2015 ? '; the observations before 2015 have no comparable score' : ''
    }.`,
  );
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
export const safeGetRuleset = toSafe(getRuleset);

/**
 * Every official ruleset, oldest first, as short summaries.
 *
 * @example
 * ```ts
 * import { listRulesets } from '@ombuds/scoring';
 * listRulesets().map((r) => r.year); // [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]
 * ```
 */
export function listRulesets(): readonly RulesetSummary[] {
  return Object.freeze(
    [...BY_YEAR.values()].map((r) =>
      Object.freeze({
        year: r.year,
        id: r.id,
        revision: r.revision,
        name: r.name,
        dimensions: Object.freeze(r.dimensions.map((d) => d.id)),
        graded: r.bands.some((b) => b.category !== null),
      }),
    ),
  );
}
