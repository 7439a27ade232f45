/**
 * Reads the band of a rounded total: zone, grade, label, opinion and quality.
 *
 * @module
 */
import { cmp, fixedText, roundTo, type Rational } from '../exact/fraction.js';
import { parseScore, type ParseOptions } from '../exact/read-number.js';
import { toSafe } from '../errors.js';
import { fail } from '../errors/fail.js';
import { NOT_APPLICABLE } from '../errors/templates.js';
import { LIMITS } from '../limits.js';
import type { Ruleset } from '../model/index.js';
import type { Classification } from '../model/result.js';
import { compile, type CompiledBand, type CompiledRuleset } from './compile.js';
import { readOptions } from '../read/options.js';
import { own } from '../util/own.js';

/** Options of {@link classify}. */
export interface ClassifyOptions extends ParseOptions {
  /** 2025: the body followed up Ombudsman products, so the opinion says "Tanpa Maladministrasi". */
  readonly followedUpOmbudsman?: boolean | undefined;
}

/**
 * Rounds a total as the ruleset says, then returns its band: zone, category, label, opinion and quality.
 *
 * @param ruleset - The year's rules: from `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or
 *   `deriveRuleset` (anything else is `INVALID_RULESET`).
 * @param total - A total on 0–100, as a decimal string (of as many decimals as a numeric string of 64 characters
 *   holds) or a finite number; or the `exact` of a result as `score` prints it, also when it does not terminate (20 decimals, then `…`: read as a value strictly between those
 *   digits and the next 20th decimal, which rounds as every such value does).
 * @throws {@link ScoringError} `INVALID_INPUT` when `total` is not a decimal from 0 to 100.
 *
 * @example
 * ```ts
 * import { classify, getRuleset } from '@ombuds/scoring';
 * classify(getRuleset(2023), '87.995'); // { total: '88.00', category: 'A', zone: 'hijau', … }
 * classify(getRuleset(2023), '77.99').zone; // 'kuning'
 * classify(getRuleset(2019), '80.03').label.id; // 'Kepatuhan Sedang'
 * classify(getRuleset(2023), '77.99999999999999999999…').total; // '78.00'
 * ```
 */
export function classify(ruleset: Ruleset, total: string | number, options: ClassifyOptions = {}): Classification {
  const compiled = compile(ruleset);
  const read = readOptions(options, ['decimalComma', 'followedUpOmbudsman']);
  // Every `exact` a result prints is read back: up to `numberLength` decimals (a weighted sum or a mean of values
  // of 20 decimals has more than 20), and one that does not terminate, cut and marked (`true`).
  const value = parseScore(total, ['total'], read, LIMITS.numberLength, true);
  const followed = read.followedUpOmbudsman;
  if (followed !== undefined && compiled.ruleset.opinion?.value.qualifier == null) {
    throw fail('INVALID_OPTIONS', ['followedUpOmbudsman'], NOT_APPLICABLE, {
      field: 'followedUpOmbudsman',
      years: [2025],
    });
  }
  const { digits, mode } = compiled.rounding;
  return classifyRounded(compiled, roundTo(value, digits, mode), followed ?? false);
}

/**
 * Like {@link classify}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safeClassify } from '@ombuds/scoring';
 * const result = safeClassify(getRuleset(2023), 'abc');
 * if (!result.success) result.error.code; // 'INVALID_INPUT'
 * ```
 */
export const safeClassify = /* @__PURE__ */ toSafe(classify);

/** The band of an already rounded total. @internal */
export function bandOf(compiled: CompiledRuleset, rounded: Rational): CompiledBand {
  return compiled.bands.find((b) => cmp(rounded, b.min) >= 0) ?? compiled.bands.at(-1)!;
}

/** The classification of an already rounded total. @internal */
export function classifyRounded(compiled: CompiledRuleset, rounded: Rational, followedUp: boolean): Classification {
  return Object.freeze(
    classification(bandOf(compiled, rounded), fixedText(rounded, compiled.rounding.digits), followedUp),
  );
}

/** The classification fields of a band, unfrozen (callers freeze the object they build). @internal */
export function classification(entry: CompiledBand, total: string, followedUp: boolean): Classification {
  const { band } = entry;
  return {
    total,
    category: band.category,
    zone: band.zone.value,
    label: band.label,
    opinion: entry.opinion[followedUp ? 1 : 0],
    quality: own(band, 'quality')?.value ?? null,
  };
}
