/**
 * Turns a ruleset into the exact decimals the scoring path needs, once per ruleset object.
 *
 * @module
 */
import { exact, ROUNDING_MODES, scaledFromText, type Exact } from '../decimal.js';
import { ScoringError } from '../errors.js';
import type { Band, Rounding, Ruleset, Text } from '../model/index.js';
import type { RulesetRef } from '../model/result.js';

/** @internal */
export interface CompiledDimension {
  readonly id: string;
  readonly weight: Exact;
  readonly weightText: string;
}

/** A band with its exact lower bound and its opinion texts, built once. @internal */
export interface CompiledBand {
  readonly band: Band;
  readonly min: Exact;
  /** The opinion without and with the follow-up qualifier (frozen), or `null` where the ruleset has none. */
  readonly opinion: readonly [Text | null, Text | null];
}

/** Decimals of a weight on the fast path: weights are held as value × 10^3. @internal */
export const WEIGHT_SCALE = 3;

/**
 * The ruleset as scaled integers for the fast path (src/scoring/fast.ts). Present only when every weight has
 * at most {@link WEIGHT_SCALE} decimals and they sum to at most 100, and every band bound has at most
 * `rounding.digits` decimals (≤ 11): then every fast weighted sum stays below 10^13 < 2^53.
 *
 * @internal
 */
export interface FastRuleset {
  /** Weights × 10^3, in dimension order. */
  readonly weights: readonly number[];
  /** Band lower bounds × 10^digits, in the order of {@link CompiledRuleset.bands}. */
  readonly mins: readonly number[];
}

/** @internal */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly ref: RulesetRef;
  readonly dimensions: readonly CompiledDimension[];
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Highest `min` first. */
  readonly bands: readonly CompiledBand[];
  readonly rounding: Rounding;
  /** `null` when the ruleset's numbers do not fit the fast path; decimal.js then does all the work. */
  readonly fast: FastRuleset | null;
}

const cache = new WeakMap<object, CompiledRuleset>();
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Compiles a ruleset, caching by identity. Only frozen rulesets are accepted: they come from `getRuleset`, a
 * `rulesets/<year>` module, `parseRuleset` or `deriveRuleset`, all of which validate them.
 *
 * @internal
 */
export function compile(ruleset: Ruleset): CompiledRuleset {
  const cached = cache.get(ruleset);
  if (cached) return cached;
  const compiled = compileUncached(ruleset);
  cache.set(ruleset, compiled);
  return compiled;
}

function compileUncached(ruleset: Ruleset): CompiledRuleset {
  if (ruleset === null || typeof ruleset !== 'object' || !Object.isFrozen(ruleset)) {
    throw invalid(
      'Expected a ruleset from getRuleset(year), a rulesets/<year> module, parseRuleset() or deriveRuleset().',
    );
  }
  const { dimensions, bands, rounding } = ruleset;
  if (!Array.isArray(dimensions) || dimensions.length === 0) throw invalid('The ruleset has no dimensions.');
  if (!Array.isArray(bands) || bands.length === 0) throw invalid('The ruleset has no bands.');
  const value = rounding?.value;
  if (!value || !Number.isInteger(value.digits) || !ROUNDING_MODES.includes(value.mode)) {
    throw invalid('The ruleset has no valid rounding.');
  }
  const compiledDimensions = dimensions.map((d, i) => {
    if (typeof d?.id !== 'string' || typeof d.weight?.value !== 'string' || !DECIMAL.test(d.weight.value)) {
      throw invalid(`Dimension ${i} has no id or no decimal weight.`);
    }
    return { id: d.id, weight: exact(d.weight.value), weightText: d.weight.value };
  });
  const compiledBands = bands
    .map((band, i) => {
      if (typeof band?.min?.value !== 'string' || !DECIMAL.test(band.min.value)) {
        throw invalid(`Band ${i} has no decimal lower bound.`);
      }
      return { band, min: exact(band.min.value), opinion: opinions(ruleset, band) };
    })
    .sort((a, b) => b.min.comparedTo(a.min));
  if (!compiledBands.at(-1)?.min.isZero()) throw invalid('The lowest band must start at 0.');
  return {
    ruleset,
    ref: Object.freeze({
      id: ruleset.id,
      year: ruleset.year,
      revision: ruleset.revision,
      derivedFrom: ruleset.derivedFrom,
    }),
    dimensions: compiledDimensions,
    dimensionIndex: new Map(compiledDimensions.map((d, i) => [d.id, i])),
    bands: compiledBands,
    rounding: value,
    fast: fastForm(
      compiledDimensions.map((d) => d.weightText),
      compiledBands.map((b) => b.band.min.value),
      value.digits,
    ),
  };
}

function opinions(ruleset: Ruleset, band: Band): readonly [Text | null, Text | null] {
  const rule = ruleset.opinion?.value;
  if (!rule) return [null, null];
  const text = (qualifier: Text | null | undefined): Text =>
    Object.freeze({
      id: fill(rule.template.id, band.label.id, qualifier?.id),
      en: fill(rule.template.en, band.label.en, qualifier?.en),
    });
  return Object.freeze([text(null), rule.qualifier ? text(rule.qualifier) : text(null)]);
}

function fill(template: string, label: string, qualifier: string | undefined): string {
  return template.replace('{label}', label).replace('{qualifier}', qualifier ?? '');
}

const FAST_WEIGHT_SUM = 100 * 10 ** WEIGHT_SCALE;
const FAST_MAX_DIGITS = 11;

function fastForm(weights: readonly string[], mins: readonly string[], digits: number): FastRuleset | null {
  if (digits > FAST_MAX_DIGITS) return null;
  const scaledWeights = weights.map((w) => scaledFromText(w, WEIGHT_SCALE, FAST_WEIGHT_SUM));
  const scaledMins = mins.map((m) => scaledFromText(m, digits, 100 * 10 ** digits));
  if (scaledWeights.includes(-1) || scaledMins.includes(-1)) return null;
  if (scaledWeights.reduce((a, b) => a + b, 0) > FAST_WEIGHT_SUM) return null;
  return Object.freeze({ weights: Object.freeze(scaledWeights), mins: Object.freeze(scaledMins) });
}

function invalid(message: string): ScoringError {
  return new ScoringError('INVALID_RULESET', message);
}
