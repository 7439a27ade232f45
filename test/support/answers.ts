/** Shared builders for the instrument tests. */
import type { InstrumentAnswers, Ruleset } from '@ombuds/scoring';

/** Every indicator id of a dimension, in ruleset order. */
export function indicatorIds(ruleset: Ruleset, dimension: string): string[] {
  const d = ruleset.dimensions.find((x) => x.id === dimension)!;
  return d.variables!.flatMap((v) => v.indicators.map((i) => i.id));
}

/** Answers for every instrument dimension, each indicator answered by `answer(dimension, id)`. */
export function fill(
  ruleset: Ruleset,
  answer: (dimension: string, indicator: string) => (number | string)[],
): InstrumentAnswers {
  return Object.fromEntries(
    ruleset.dimensions
      .filter((d) => d.variables)
      .map((d) => [d.id, Object.fromEntries(indicatorIds(ruleset, d.id).map((id) => [id, answer(d.id, id)]))]),
  );
}
