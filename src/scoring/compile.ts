/**
 * Turns a ruleset into the exact decimals the scoring path needs, once per ruleset object.
 *
 * @module
 */
import { exact, ROUNDING_MODES, type Exact } from '../decimal.js';
import { ScoringError } from '../errors.js';
import type { Band, Rounding, Ruleset } from '../model/index.js';
import type { RulesetRef } from '../model/result.js';

/** @internal */
export interface CompiledDimension {
  readonly id: string;
  readonly weight: Exact;
  readonly weightText: string;
}

/** @internal */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly ref: RulesetRef;
  readonly dimensions: readonly CompiledDimension[];
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Highest `min` first. */
  readonly bands: readonly { readonly band: Band; readonly min: Exact }[];
  readonly rounding: Rounding;
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
      return { band, min: exact(band.min.value) };
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
  };
}

function invalid(message: string): ScoringError {
  return new ScoringError('INVALID_RULESET', message);
}
