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
  /** `null` when the ruleset's numbers do not fit the fast path; the exact general path then does all the work. */
  readonly fast: FastRuleset | null;
}

const cache = new WeakMap<object, CompiledRuleset>();
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Compiles a ruleset, caching by identity. Only frozen rulesets are accepted: they come from `getRuleset`, a
 * `rulesets/<year>` module, `parseRuleset` or `deriveRuleset`, all of which validate them. The shape of what
 * scoring reads is checked again here (`INVALID_RULESET`), so a frozen hand-made object never ends in a TypeError.
 *
 * @internal
 */
export function compile(ruleset: Ruleset): CompiledRuleset {
  if (ruleset === null || typeof ruleset !== 'object') throw invalid(NOT_A_RULESET);
  const cached = cache.get(ruleset);
  if (cached) return cached;
  let compiled: CompiledRuleset;
  try {
    compiled = compileUncached(ruleset);
  } catch (error) {
    if (error instanceof ScoringError) throw error;
    // A throwing getter or Proxy trap in a hand-made ruleset.
    throw invalid(`Reading the ruleset failed: ${error instanceof Error ? error.message.slice(0, 200) : 'an exception'}.`);
  }
  cache.set(ruleset, compiled);
  return compiled;
}

const NOT_A_RULESET =
  'Expected a ruleset from getRuleset(year), a rulesets/<year> module, parseRuleset() or deriveRuleset().';

function compileUncached(ruleset: Ruleset): CompiledRuleset {
  if (!Object.isFrozen(ruleset)) throw invalid(NOT_A_RULESET);
  checkShape(ruleset);
  const { dimensions, bands } = ruleset;
  const value = ruleset.rounding.value;
  const compiledDimensions = dimensions.map((d) => ({ id: d.id, weight: exact(d.weight.value), weightText: d.weight.value }));
  const compiledBands = bands
    .map((band) => ({ band, min: exact(band.min.value), opinion: opinions(ruleset, band) }))
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

const isText = (t: unknown): boolean =>
  typeof t === 'object' && t !== null && typeof (t as Text).id === 'string' && typeof (t as Text).en === 'string';
const isSourced = (p: unknown): p is { readonly value: unknown; readonly source: unknown } =>
  typeof p === 'object' && p !== null && Array.isArray((p as { source?: unknown }).source);
const isDecimalParameter = (p: unknown): boolean =>
  isSourced(p) && typeof p.value === 'string' && DECIMAL.test(p.value);

/**
 * The parts of a ruleset that scoring, `explain` and `planToReach` read, checked for their shape, so that a
 * frozen hand-made object that skipped `parseRuleset` gets an `INVALID_RULESET` here, never a TypeError later.
 * The numbers themselves (weights summing to 100, bands in order) are `parseRuleset`'s to check.
 */
function checkShape(ruleset: Ruleset): void {
  const { dimensions, bands, rounding, deductions, opinion } = ruleset;
  if (!Array.isArray(dimensions) || dimensions.length === 0) throw invalid('The ruleset has no dimensions.');
  if (!Array.isArray(bands) || bands.length === 0) throw invalid('The ruleset has no bands.');
  const value = rounding?.value;
  if (!isSourced(rounding) || !value || !Number.isInteger(value.digits) || !ROUNDING_MODES.includes(value.mode)) {
    throw invalid('The ruleset has no valid rounding.');
  }
  if (!isSourced(deductions) || typeof deductions.value !== 'boolean') throw invalid('The ruleset has no valid deductions rule.');
  if (opinion !== null && !(isSourced(opinion) && isText(opinion.value?.template) && (opinion.value.qualifier === null || isText(opinion.value.qualifier)))) {
    throw invalid('The ruleset has no valid opinion rule (null or a template and a qualifier).');
  }
  dimensions.forEach((d, i) => {
    if (typeof d?.id !== 'string' || !isText(d.label) || !isDecimalParameter(d.weight)) {
      throw invalid(`Dimension ${i} needs an id, a label and a decimal weight with its source.`);
    }
    if (d.variables !== undefined) checkInstrument(d, i);
  });
  bands.forEach((band, i) => {
    if (
      !isDecimalParameter(band?.min) ||
      !isSourced(band.zone) ||
      typeof band.zone.value !== 'string' ||
      !isText(band.label) ||
      (band.category !== null && typeof band.category !== 'string') ||
      (band.quality !== undefined && !(isSourced(band.quality) && isText(band.quality.value)))
    ) {
      throw invalid(`Band ${i} needs a decimal lower bound, a zone, a label and a category (or null).`);
    }
  });
}

function checkInstrument(dimension: Ruleset['dimensions'][number], at: number): void {
  const bad = (): ScoringError => invalid(`The instrument of dimension ${at} (${dimension.id}) is malformed; validate it with parseRuleset().`);
  const { variables } = dimension;
  if (!Array.isArray(variables) || variables.length === 0) throw bad();
  for (const v of variables) {
    if (typeof v?.id !== 'string' || !isText(v.label) || !Array.isArray(v.source) || !Array.isArray(v.indicators)) throw bad();
    if (v.indicators.length === 0 || (v.weight !== undefined && !isDecimalParameter(v.weight))) throw bad();
    for (const i of v.indicators) {
      if (typeof i?.id !== 'string' || !isText(i.label) || !Array.isArray(i.source)) throw bad();
      if (i.weight !== undefined && !isDecimalParameter(i.weight)) throw bad();
      const scale = i.scale;
      if (
        scale !== undefined &&
        !(Number.isInteger(scale?.min) && Number.isInteger(scale.max) && scale.min >= 0 && scale.min < scale.max && scale.max <= 1000)
      ) {
        throw bad();
      }
    }
  }
}

function invalid(message: string): ScoringError {
  return new ScoringError('INVALID_RULESET', message);
}
