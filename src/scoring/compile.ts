/**
 * Turns a ruleset into the exact decimals the scoring path needs, once per ruleset object.
 *
 * @module
 */
import { cmp, fromText, type Rational } from '../exact/fraction.js';
import { fail } from '../errors/fail.js';
import { NOT_VALIDATED } from '../errors/templates.js';
import type { Band, Provenance, Rounding, Ruleset, Text } from '../model/index.js';
import type { RulesetRef } from '../model/result.js';
import { validatedRuleset } from '../rulesets/validated.js';
import { own } from '../util/own.js';

/** @internal */
export interface CompiledDimension {
  readonly id: string;
  /** Its label, which the texts of errors name it by. */
  readonly label: Text;
  /** Percent of the total. */
  readonly weight: Rational;
  readonly weightText: string;
}

/** A band with its exact lower bound and its opinion texts, built once. @internal */
export interface CompiledBand {
  readonly band: Band;
  readonly min: Rational;
  /** The opinion without and with the follow-up qualifier (frozen), or `null` where the ruleset has none. */
  readonly opinion: readonly [Text | null, Text | null];
  /**
   * Paths of the assumed parameters that put a total in this band: its lower bound, the next band's (its upper
   * bound), its zone and its quality word.
   */
  readonly assumptions: readonly string[];
}

/** @internal */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly ref: RulesetRef;
  readonly dimensions: readonly CompiledDimension[];
  /** The dimension ids in ruleset order. */
  readonly ids: readonly string[];
  /** Highest `min` first. */
  readonly bands: readonly CompiledBand[];
  readonly rounding: Rounding;
  /**
   * The compiled plan of two-decimal scores (`two-decimal.ts`, `null` where none fits), set when first asked for, so
   * that `score` finds it with the ruleset in one lookup; `undefined` before.
   */
  plan?: unknown;
}

const cache = new WeakMap<Ruleset, CompiledRuleset>();

/**
 * Compiles a ruleset, caching by identity. Only validated rulesets are accepted: those from `getRuleset`, a
 * `rulesets/<year>` module, `parseRuleset` or `deriveRuleset` (of this copy of the package, or checked
 * structurally once: `rulesets/validated.ts`). Anything else, a hand-made object or an unfrozen copy of a
 * built-in, is an `INVALID_RULESET` that says to pass it through `parseRuleset` first.
 *
 * @internal
 */
export function compile(ruleset: Ruleset): CompiledRuleset {
  // A WeakMap has nothing under a primitive (its get returns undefined, never throws).
  let compiled = cache.get(ruleset);
  if (compiled === undefined) {
    const validated = validatedRuleset(ruleset);
    if (validated === undefined) {
      throw fail('INVALID_RULESET', [], NOT_VALIDATED);
    }
    // A ruleset this copy did not validate itself is scored from its validated copy, never read again.
    compiled = compileValidated(validated);
    cache.set(ruleset, compiled);
  }
  return compiled;
}

function compileValidated(ruleset: Ruleset): CompiledRuleset {
  const { dimensions, bands } = ruleset;
  const compiledDimensions = dimensions.map((d) => ({
    id: d.id,
    label: d.label,
    weight: fromText(d.weight.value),
    weightText: d.weight.value,
  }));
  const keys = bandKeys(bands);
  const sorted = bands
    .map((band, index) => ({ band, min: fromText(band.min.value), key: keys[index]! }))
    .sort((a, b) => cmp(b.min, a.min));
  const compiledBands = sorted.map(({ band, min, key }, i) => {
    const ofBand = [
      ...assumed(band.min, `bands.${key}.min`),
      ...(i > 0 ? assumed(sorted[i - 1]!.band.min, `bands.${sorted[i - 1]!.key}.min`) : []),
      ...assumed(band.zone, `bands.${key}.zone`),
      ...assumed(own(band, 'quality'), `bands.${key}.quality`),
    ];
    return {
      band,
      min,
      opinion: opinions(ruleset, band),
      assumptions: Object.freeze(ofBand),
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
    ids: compiledDimensions.map((d) => d.id),
    bands: compiledBands,
    rounding: ruleset.rounding.value,
  };
}

/**
 * `[path]` when `parameter` is `assumed`, else `[]`. Paths are those `assumptions(ruleset)` gives: ids name the
 * items of a list (unique in a valid ruleset), bands are named as {@link bandKeys} says.
 *
 * @internal
 */
export function assumed(parameter: Pick<Provenance, 'confidence'> | null | undefined, path: string): string[] {
  return parameter?.confidence === 'assumed' ? [path] : [];
}

/** The bands' names in paths, as the provenance walk names them: category, else zone; indexes if two clash. */
function bandKeys(bands: readonly Band[]): readonly string[] {
  const keys = bands.map((b) => b.category ?? b.zone.value);
  return new Set(keys).size === keys.length ? keys : keys.map((_, i) => String(i));
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
