/**
 * Scoring a dimension from raw answers (RULEBOOK §4.3): the instrument of a dimension compiled to exact shares and
 * answer levels, and the shapes of the answers as read (counted per level, `read-input.ts`) and as scored (by the
 * share plan, `share-plan.ts`; the indicators' own scores for `explain` and plans, `answer-detail.ts`).
 *
 * - An indicator's score is the mean of its answers mapped to 0–100: `(mean − min) / (max − min) × 100` on a
 *   scale (`mean / max × 100` on the usual 0-based scales: on 0..5 each step is worth 20), or the mean of the
 *   points of the chosen answers where the indicator declares its own answer options.
 * - Every indicator has a share of its dimension in percent (published, or an equal share of what is left,
 *   see `model/instrument.ts`); the dimension score is `Σ share × indicator score / 100`, and a variable's score
 *   is the same sum over its indicators divided by its share.
 * - Everything is an exact fraction (`exact/fraction.ts`): `2 / 3 × 100` is carried as 200/3, never as 66.67.
 *
 * @module
 */
import { DEFAULT_SCALE, type AnswerScale, type MissingIndicators } from '../model/instrument.js';
import type { Indicator, Variable } from '../model/instrument.js';
import type { Confidence, Text } from '../model/provenance.js';
import type { Dimension } from '../model/ruleset.js';
import { div, fromText, int, R0, R100, ratio, sub, total, type Rational } from '../exact/fraction.js';
import { own } from '../util/own.js';
import { append } from '../read/fields.js';

/** One answer an indicator accepts and what it is worth on 0–100. @internal */
export interface AnswerLevel {
  readonly value: number;
  readonly points: Rational;
  /** The option's words, or `null` on a scale. */
  readonly label: Text | null;
}

/** @internal */
export interface CompiledIndicator {
  readonly id: string;
  readonly label: Text;
  /** Index of its variable. */
  readonly variable: number;
  /** Lowest and highest answer: the scale's ends, or the first and last option's values. */
  readonly min: number;
  readonly max: number;
  /**
   * Every answer the indicator accepts as a whole number, lowest first: the integers of its scale, or its
   * options. One respondent's answer "up one level" moves it to the next entry.
   */
  readonly levels: readonly AnswerLevel[];
  /** `true` when the indicator declares its own answer options: answers must be one of their values. */
  readonly options: boolean;
  /** Share of the dimension in percent, as the ruleset defines it. */
  readonly share: Rational;
  /** The indicator in the ruleset: its provenance and its weight's, if it has one (else its share is equal). */
  readonly model: Indicator;
}

/** @internal */
export interface CompiledVariable {
  readonly id: string;
  readonly label: Text;
  readonly share: Rational;
  /** The variable in the ruleset: its provenance and its weight's, if it has one. */
  readonly model: Variable;
  /** Indexes into {@link CompiledInstrument.indicators}. */
  readonly indicators: readonly number[];
}

/** @internal */
export interface CompiledInstrument {
  /** The dimension it belongs to. */
  readonly dimension: Dimension;
  readonly variables: readonly CompiledVariable[];
  /** Every indicator of the dimension, variable by variable. */
  readonly indicators: readonly CompiledIndicator[];
  /** Their ids, in order, and as a set (answers are checked against it in time linear in their number). */
  readonly ids: readonly string[];
  readonly idSet: ReadonlySet<string>;
}

const cache = new WeakMap<Dimension, CompiledInstrument | null>();

/** The compiled instrument of a dimension, or `null` when it has none. Cached per dimension object. @internal */
export function instrumentOf(dimension: Dimension): CompiledInstrument | null {
  let compiled = cache.get(dimension);
  if (compiled === undefined) {
    compiled = own(dimension, 'variables') ? compileInstrument(dimension) : null;
    cache.set(dimension, compiled);
  }
  return compiled;
}

/** Equal shares of what the given weights leave of `whole`. */
function shares(weights: readonly (string | undefined)[], whole: Rational): Rational[] {
  const given = weights.map((w) => (w === undefined ? null : fromText(w)));
  const open = given.filter((g) => g === null).length;
  const left = sub(whole, total(given.filter((g): g is Rational => g !== null)));
  const equal = open === 0 ? R0 : div(left, int(open));
  return given.map((g) => g ?? equal);
}

/**
 * The parameter that says what an indicator's answers are worth: the indicator's answer options, else its
 * dimension's answer scale, which a revision-1 ruleset leaves implicit (the default 0..3: `assumed`, and listed by
 * `assumptions(ruleset)` all the same); `null` for a scale of the indicator's own, which is part of the indicator.
 * One answer for `score`'s assumptions, `explain` and `planToReach`.
 *
 * @internal
 */
export function levelsParameter(
  dimension: Dimension,
  indicator: Indicator,
): { readonly confidence: Confidence } | null {
  return own(indicator, 'options') ?? (own(indicator, 'scale') ? null : own(dimension, 'scale') ?? IMPLICIT_SCALE);
}

const IMPLICIT_SCALE = { confidence: 'assumed' } as const;

/** The levels of a linear scale: each integer answer and `(answer − min) / (max − min) × 100` points. */
function scaleLevels({ min, max }: AnswerScale): AnswerLevel[] {
  const levels: AnswerLevel[] = [];
  for (let value = min; value <= max; value++) {
    append(levels, { value, points: ratio((value - min) * 100, max - min), label: null });
  }
  return levels;
}

function compileInstrument(dimension: Dimension): CompiledInstrument {
  const variables = dimension.variables!;
  const variableShares = shares(
    variables.map((v) => own(v, 'weight')?.value),
    R100,
  );
  const indicators: CompiledIndicator[] = [];
  const compiledVariables = variables.map((v, vi) => {
    const indicatorShares = shares(
      v.indicators.map((i) => own(i, 'weight')?.value),
      variableShares[vi]!,
    );
    const start = indicators.length;
    v.indicators.forEach((i, ii) => {
      // Optional fields read as own properties: a polluted Object.prototype cannot give an indicator a scale.
      const options = own(i, 'options');
      const levels = options
        ? options.value.map((o) => ({ value: o.value, points: fromText(o.points), label: o.label }))
        : scaleLevels(own(i, 'scale') ?? own(dimension, 'scale')?.value ?? DEFAULT_SCALE);
      append(indicators, {
        id: i.id,
        label: i.label,
        variable: vi,
        min: levels[0]!.value,
        max: levels.at(-1)!.value,
        levels,
        options: i.options !== undefined,
        share: indicatorShares[ii]!,
        model: i,
      });
    });
    return {
      id: v.id,
      label: v.label,
      share: variableShares[vi]!,
      model: v,
      indicators: v.indicators.map((_, ii) => start + ii),
    };
  });
  const ids = indicators.map((i) => i.id);
  return { dimension, variables: compiledVariables, indicators, ids, idSet: new Set(ids) };
}

/** The answers to one indicator: how many sit at each of its levels. @internal */
export interface IndicatorAnswers {
  readonly count: number;
  /** Answers per level, in the order of `CompiledIndicator.levels`. */
  readonly counts: readonly number[];
  /** The indicator they were read for (by the reader, which reuses the counts of a list met again for it). */
  readonly indicator?: CompiledIndicator;
}

/** The answers of one dimension, in instrument order; `null` where an indicator has none. @internal */
export interface ReadAnswers {
  readonly instrument: CompiledInstrument;
  readonly answers: readonly (IndicatorAnswers | null)[];
  readonly missing: MissingIndicators;
}

/** One indicator as scored. @internal */
export interface IndicatorResult {
  readonly indicator: CompiledIndicator;
  readonly answers: IndicatorAnswers | null;
  /** Mean answer (mean points where the indicator has answer options), `null` when missing. */
  readonly mean: Rational | null;
  /** 0–100; `null` when left out (`exclude`). */
  readonly score: Rational | null;
  /** Share of the dimension in percent after the missing rule (0 when left out). */
  readonly share: Rational;
}

/** @internal */
export interface VariableResult {
  readonly variable: CompiledVariable;
  /** 0–100; `null` when every indicator was left out. */
  readonly score: Rational | null;
  readonly share: Rational;
  readonly indicators: readonly IndicatorResult[];
}
