/**
 * Building blocks of the 2022–2024 instrument data (RULEBOOK §4.3): provenance shorthands and small
 * constructors, so each list reads as a table.
 *
 * @module
 */
import type {
  AnswerScale,
  Dimension,
  DimensionId,
  Indicator,
  Provenance,
  Sourced,
  Text,
  Variable,
} from '../../model/index.js';

/** Named in the Ombudsman decks on the Input dimension (RULEBOOK §4.3, S01, S04). */
export const NAMED_INPUT: Provenance = { source: ['RULEBOOK §4.3', 'S01', 'S04'], confidence: 'confirmed' };

/** An indicator composed from a law because the official list is not public. */
export function composed(law: string): Provenance {
  return {
    source: ['RULEBOOK §4.3'],
    confidence: 'assumed',
    note: `The official indicator list is not public; composed from ${law}.`,
  };
}

/** UU 25/2009 art. 21: the components of a service standard. */
export const UU_25_2009 = 'UU 25/2009 (Pelayanan Publik) art. 21, the components of a service standard';

/** One indicator row: id, Indonesian and English label, provenance. */
export function indicator(id: string, idText: string, en: string, provenance: Provenance): Indicator {
  return { id, label: { id: idText, en }, ...provenance };
}

/** A variable with equal indicator weights unless one is given (RULEBOOK §4.3 DECISION). */
export function variable(id: string, label: Text, provenance: Provenance, indicators: readonly Indicator[]): Variable {
  return { id, label, ...provenance, indicators };
}

/**
 * The answer scale of revision 2 of 2022–2024: 0..5, each step worth 20 points (RULEBOOK §4.3 DECISION,
 * revision 2). Revision 1 has none on its dimensions: it answers on the default 0..3 (`DEFAULT_SCALE`).
 */
const SCALE_0_TO_5: Sourced<AnswerScale> = {
  value: { min: 0, max: 5 },
  source: ['RULEBOOK §4.3', 'S08'],
  confidence: 'assumed',
  note: 'Not published; "scale 5" (S08) and a "scored 20" (seed 001) fit answer × 20.',
};

/** Attaches each dimension's variables and the 0..5 answer scale of revision 2 (every year with an instrument has it). */
export function withInstrument(
  dimensions: readonly Dimension[],
  instrument: Readonly<Record<Exclude<DimensionId, 'trust'>, readonly Variable[]>>,
): Dimension[] {
  return dimensions.map((d) => ({
    ...d,
    variables: instrument[d.id as Exclude<DimensionId, 'trust'>],
    scale: SCALE_0_TO_5,
  }));
}
