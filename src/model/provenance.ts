/**
 * Where a number comes from and how sure we are of it, and the two-language text: the vocabulary that the
 * ruleset and its instruments share.
 *
 * @module
 */

/**
 * How sure we are of a parameter (RULEBOOK preamble): `confirmed` by two or more independent public sources,
 * `single-source`, or `assumed` by this project where the sources are silent.
 */
export type Confidence = 'confirmed' | 'single-source' | 'assumed';

/** Where a parameter comes from: RULEBOOK section and source ids (`"RULEBOOK §4.1"`, `"S01"`), and how sure. */
export interface Provenance {
  readonly source: readonly string[];
  readonly confidence: Confidence;
  /** Why, for `assumed` and `single-source` parameters. */
  readonly note?: string;
}

/** A parameter value together with its provenance. */
export interface Sourced<T> extends Provenance {
  readonly value: T;
}

/** A text in Indonesian (`id`) and English (`en`), from `src/texts/`. */
export type { Text } from '../texts/text.js';
