/**
 * `scoreAcrossYears`: one input scored under several years' rules, and where the grade or zone differs.
 *
 * @module
 */
import { ScoringError, toSafe } from '../errors.js';
import { fail } from '../errors/fail.js';
import { DUPLICATE_ID, MISSING_YEARS, NOT_WHOLE } from '../errors/templates.js';
import type { Category, Text, Zone } from '../model/index.js';
import type { ScoreInput, ScoreOptions } from '../model/input.js';
import type { ScoreResult } from '../model/result.js';
import { getRuleset, listRulesets } from '../rulesets/registry.js';
import { readOptions } from '../read/options.js';
import { readArray, readObject } from '../read/fields.js';
import { score } from '../scoring/score.js';
import { deepFreeze } from '../util/freeze.js';
import { snapshot } from '../read/snapshot.js';
import { LIMITS } from '../limits.js';

/** A score input is never longer or deeper than this; `score` checks the finer limits per field. */
const INPUT_LIMITS = Object.freeze({
  code: 'INVALID_INPUT' as const,
  maxLength: Math.max(LIMITS.unitsPerBody, LIMITS.answersPerIndicator, LIMITS.deductionsPerBody),
  maxDepth: 32,
});

/** Most years in one call (there are far fewer rulesets; this only bounds hostile input). */
const MAX_YEARS = 100;

/** The outcome for one year: the input fits that year's rules and is scored, or it does not and says why. */
export type YearOutcome =
  | { readonly year: number; readonly fits: true; readonly result: ScoreResult; readonly error: null }
  | {
      readonly year: number;
      readonly fits: false;
      readonly result: null;
      /**
       * Why not: `INVALID_INPUT` when the input does not fit the year (4 dimensions against a three-zone year,
       * deductions outside 2023–2024, `followedUpOmbudsman` outside 2025), `NO_ASSESSMENT_HELD` for 2020,
       * `RULESET_NOT_FOUND` for a year without rules.
       */
      readonly error: ScoringError;
    };

/** What a change from one fitting year to the next looks like. */
export interface YearClass {
  readonly total: string;
  readonly zone: Zone;
  readonly category: Category | null;
  readonly label: Text;
}

/** Between two consecutive fitting years (ascending), the zone or the grade differs. */
export interface YearChange {
  readonly from: number;
  readonly to: number;
  /** Which of `zone` and `category` differ (a three-zone year has `category: null`, so it differs from A–E). */
  readonly changed: readonly ('zone' | 'category')[];
  readonly before: YearClass;
  readonly after: YearClass;
}

/** The result of {@link scoreAcrossYears}. */
export interface AcrossYears {
  /** One outcome per requested year, in ascending year order. */
  readonly outcomes: readonly YearOutcome[];
  /** The years the input fits, ascending. */
  readonly fitting: readonly number[];
  /** Whether the fitting years disagree on the rounded total, the zone, the category. All `false` when < 2 fit. */
  readonly differs: { readonly total: boolean; readonly zone: boolean; readonly category: boolean };
  /** Each step between consecutive fitting years where the zone or the category differs. */
  readonly changes: readonly YearChange[];
}

/**
 * Scores one input under the rules of several years and shows where the zone or grade differs. An input fits a
 * year when `score` accepts it under that year's ruleset: `{ units: [{ total }] }` fits every year; four
 * dimension scores fit 2022–2024; `deductions` fit 2023–2024 only. A year the input does not fit (or 2020, or
 * a year without rules) is reported in its outcome with the `ScoringError` that `score`/`getRuleset` gave;
 * the call itself throws only when its arguments are bad.
 *
 * @param input - A `score` input.
 * @param years - Distinct integer years; default: every year with a ruleset (`listRulesets()`), each in its latest
 *   revision.
 * @param options - As for `score` (`decimalComma`, `missingIndicators`).
 * @returns A frozen {@link AcrossYears}; outcomes in ascending year order.
 * @throws {@link ScoringError} `INVALID_INPUT` when `input` is not an object or `years` is not a non-empty
 *   list of distinct integers; `INVALID_OPTIONS` for a bad option (also one that `score` refuses).
 *
 * @example
 * ```ts
 * import { scoreAcrossYears } from '@ombuds/scoring';
 * const across = scoreAcrossYears({ units: [{ total: '80.03' }] }, [2019, 2020, 2023]);
 * across.outcomes.map((o) => (o.fits ? `${o.year} ${o.result.zone}` : `${o.year} ${o.error.code}`));
 * // ['2019 kuning', '2020 NO_ASSESSMENT_HELD', '2023 hijau']
 * across.changes[0]?.changed; // ['zone', 'category']
 * ```
 */
export function scoreAcrossYears(
  input: ScoreInput,
  years?: readonly number[],
  options: ScoreOptions = {},
): AcrossYears {
  const read = readOptions(options, ['decimalComma', 'missingIndicators']);
  readObject(input, []);
  // Read once: every year scores the same data, whatever a getter or a Proxy would answer on a second read.
  const data = snapshot(input, INPUT_LIMITS) as ScoreInput;
  const outcomes = readYears(years).map((year) => outcome(year, data, read));
  const fitted = outcomes.flatMap((o) => (o.fits ? [{ year: o.year, result: o.result }] : []));
  const changes: YearChange[] = [];
  for (let i = 1; i < fitted.length; i++) {
    const before = fitted[i - 1]!;
    const after = fitted[i]!;
    const changed = (['zone', 'category'] as const).filter((key) => before.result[key] !== after.result[key]);
    if (changed.length > 0) {
      changes.push({
        from: before.year,
        to: after.year,
        changed,
        before: yearClass(before.result),
        after: yearClass(after.result),
      });
    }
  }
  const distinct = (key: 'total' | 'zone' | 'category'): boolean => new Set(fitted.map((f) => f.result[key])).size > 1;
  return deepFreeze({
    outcomes,
    fitting: fitted.map((f) => f.year),
    differs: { total: distinct('total'), zone: distinct('zone'), category: distinct('category') },
    changes,
  });
}

/**
 * Like {@link scoreAcrossYears}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeScoreAcrossYears } from '@ombuds/scoring';
 * const result = safeScoreAcrossYears({ units: [{ total: '90' }] }, [2023.5]);
 * if (!result.success) result.error.path; // ['years', 0]
 * ```
 */
export const safeScoreAcrossYears = /* @__PURE__ */ toSafe(scoreAcrossYears);

function readYears(years: readonly number[] | undefined): number[] {
  if (years === undefined)
    return listRulesets()
      .filter((r) => r.latest)
      .map((r) => r.year);
  const list = readArray(years, ['years'], 'years', MAX_YEARS);
  if (list.length === 0) {
    throw fail('INVALID_INPUT', ['years'], MISSING_YEARS);
  }
  const seen = new Set<number>();
  list.forEach((year, i) => {
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      throw fail('INVALID_INPUT', ['years', i], NOT_WHOLE, { value: year, example: 2023 });
    }
    if (seen.has(year)) {
      throw fail('INVALID_INPUT', ['years', i], DUPLICATE_ID, { id: year });
    }
    seen.add(year);
  });
  return [...seen].sort((a, b) => a - b);
}

function outcome(year: number, input: ScoreInput, options: ScoreOptions): YearOutcome {
  const scored = safeScoreYear(year, input, options);
  // A bad option value is a mistake in the call, not a year the input does not fit.
  if (!scored.success && scored.error.code === 'INVALID_OPTIONS') throw scored.error;
  return scored.success
    ? { year, fits: true, result: scored.data, error: null }
    : { year, fits: false, result: null, error: scored.error };
}

const safeScoreYear = /* @__PURE__ */ toSafe((year: number, input: ScoreInput, options: ScoreOptions) =>
  score(getRuleset(year), input, options),
);

function yearClass(result: ScoreResult): YearClass {
  return { total: result.total, zone: result.zone, category: result.category, label: result.label };
}
