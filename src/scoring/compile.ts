/**
 * Turns a ruleset into the exact decimals the scoring path needs, once per ruleset object.
 *
 * @module
 */
import { exact, scaledFromText, type Exact } from '../decimal.js';
import { fail } from '../errors.js';
import * as text from '../errors/catalog.js';
import type { Band, Provenance, Rounding, Ruleset, Text } from '../model/index.js';
import type { RulesetRef } from '../model/result.js';
import { isValidated } from '../rulesets/validated.js';
import { own as ownField } from '../util/own.js';

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
  /**
   * Paths of the assumed parameters that put a total in this band: its lower bound, the next band's (its upper
   * bound), its zone and its quality word.
   */
  readonly assumptions: readonly string[];
  /**
   * The whole `assumptions` of a result from dimension scores in this band (the fast path): without and with a
   * rounding tie of its total.
   */
  readonly fromScores: readonly [readonly string[], readonly string[]];
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

const cache = new WeakMap<Ruleset, CompiledRuleset>();

/**
 * Compiles a ruleset, caching by identity. Only validated rulesets are accepted: those from `getRuleset`, a
 * `rulesets/<year>` module, `parseRuleset` or `deriveRuleset`. Anything else, a hand-made object or a copy of a
 * built-in, is an `INVALID_RULESET` that says to pass it through `parseRuleset` first.
 *
 * @internal
 */
export function compile(ruleset: Ruleset): CompiledRuleset {
  let compiled = typeof ruleset === 'object' && ruleset !== null ? cache.get(ruleset) : undefined;
  if (compiled === undefined) {
    if (!isValidated(ruleset)) {
      throw fail('INVALID_RULESET', text.notValidated, {});
    }
    compiled = compileValidated(ruleset);
    cache.set(ruleset, compiled);
  }
  return compiled;
}

function compileValidated(ruleset: Ruleset): CompiledRuleset {
  const { dimensions, bands } = ruleset;
  const value = ruleset.rounding.value;
  const compiledDimensions = dimensions.map((d) => ({ id: d.id, weight: exact(d.weight.value), weightText: d.weight.value }));
  const sorted = bands
    .map((band, index) => ({ band, min: exact(band.min.value), key: bandKey(bands, index) }))
    .sort((a, b) => b.min.comparedTo(a.min));
  const weights = dimensions.flatMap((d) => assumed(d.weight, `dimensions.${d.id}.weight`));
  const tail = [...assumed(ruleset.opinion, 'opinion')];
  const compiledBands = sorted.map(({ band, min, key }, i) => {
    const own = [
      ...assumed(band.min, `bands.${key}.min`),
      ...(i > 0 ? assumed(sorted[i - 1]!.band.min, `bands.${sorted[i - 1]!.key}.min`) : []),
      ...assumed(band.zone, `bands.${key}.zone`),
      ...assumed(ownField(band, 'quality'), `bands.${key}.quality`),
    ];
    const fromScores = [...weights, ...own, ...tail];
    return {
      band,
      min,
      opinion: opinions(ruleset, band),
      assumptions: Object.freeze(own),
      fromScores: [
        Object.freeze(fromScores),
        Object.freeze([...fromScores, ...assumed(ruleset.rounding, 'rounding')]),
      ] as const,
    };
  });
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

/**
 * `[path]` when `parameter` is `assumed`, else `[]`. Paths are those `assumptions(ruleset)` gives: ids name the
 * items of a list (unique in a valid ruleset), bands are named as {@link bandKey} says.
 *
 * @internal
 */
export function assumed(parameter: Pick<Provenance, 'confidence'> | null | undefined, path: string): string[] {
  return parameter?.confidence === 'assumed' ? [path] : [];
}

/** A band's name in a path, as the provenance walk names it: its category, else its zone, else its index. */
function bandKey(bands: readonly Band[], index: number): string {
  const keys = bands.map((b) => b.category ?? b.zone.value);
  return new Set(keys).size === keys.length ? keys[index]! : String(index);
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
  // Replacer functions: a label or qualifier with `$&`, `$'` or `$$` is inserted as it is written.
  return template.replace('{label}', () => label).replace('{qualifier}', () => qualifier ?? '');
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
