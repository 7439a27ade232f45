/**
 * `explain`: why a body has its score, as a tree a person can read. It reads the input and evaluates it with
 * the same steps as `score` (`evaluateBody`), so the explanation never disagrees with the score; `score` itself
 * computes none of this.
 *
 * @module
 */
import { variablesOf } from '../scoring/answer-detail.js';
import { toSafe } from '../errors.js';
import type { Category, Confidence, Provenance, Ruleset, Text, Zone } from '../model/index.js';
import { own } from '../util/own.js';
import { append } from '../read/fields.js';
import type { ScoreInput, ScoreOptions } from '../model/input.js';
import { deepFreeze } from '../util/freeze.js';
import type { IndicatorResult } from '../scoring/answers.js';
import { evaluateBody, type BodyEvaluation, type DimensionEvaluation } from '../scoring/aggregate.js';
import { resultAssumptions } from '../scoring/assumptions.js';
import { bandOf, classifyRounded } from '../scoring/classify.js';
import { compile, type CompiledRuleset } from '../scoring/compile.js';
import { indicatorConfidence, levelsConfidence, variableConfidence, weakest } from './confidence.js';
import { readOptions } from '../read/options.js';
import {
  balance,
  cmp,
  largestRemainder,
  display,
  div,
  int,
  isHalfway,
  mul,
  R0,
  roundedText,
  sub,
  terminates,
  type Rational,
  twoDecimals as two,
} from '../exact/fraction.js';
import { readInput } from '../scoring/read-input.js';
import * as EN from '../texts/en.js';
import * as ID from '../texts/id.js';
import { say } from '../texts/say.js';

/** Where the number of a node comes from: RULEBOOK and source ids, and how sure. */
export interface ExplanationSource {
  readonly ids: readonly string[];
  readonly confidence: Confidence;
}

/** What a node of the explanation stands for. */
export type ExplanationKind = 'total' | 'unit' | 'dimension' | 'variable' | 'indicator' | 'deduction' | 'rounding';

/**
 * One node of an explanation.
 *
 * Contributions are points of the total: a dimension's is `weight × score / 100`, a variable's or an
 * indicator's is its share of that. The contributions of a node's children add up exactly (as decimal
 * strings) to the node's own contribution, and those of the root's children to the root's `value`, the
 * unrounded total (`exact` of `score`). Inside a unit, points are of the unit's total: its children add up to
 * the unit's `value`, and the unit contributes `value / number of units` to the body. Fractions that do not
 * terminate are shown to 20 decimals (`LIMITS.decimals`), balanced in the last digit so that these sums stay
 * exact: unlike `score`'s `exact`, which marks such a value with `…` (`'66.66666666666666666666…'`), the values
 * here carry no mark (the root's `value` is then `exact` without its `…` and trailing zeros), since they are
 * terms of sums.
 */
export interface ExplanationNode {
  /** `total`, a unit id, a dimension id, a variable or indicator id, `deduction-1`, `rounding`. */
  readonly id: string;
  readonly kind: ExplanationKind;
  readonly label: Text;
  /**
   * The node's score on 0–100 (total, unit, dimension, variable, indicator), or its points (deduction,
   * rounding); `null` for an indicator left out under `missingIndicators: "exclude"`.
   */
  readonly value: string | null;
  /** Percent: of the total for a dimension, of its dimension for a variable or an indicator; else `null`. */
  readonly weight: string | null;
  /** Points added to the total (negative for a deduction); `null` at the root. */
  readonly contribution: string | null;
  /** Provenance of the weight (or of the node itself where its weight is an equal share); `null` if none. */
  readonly source: ExplanationSource | null;
  /**
   * The weakest confidence of the parameters this number rests on (`assumed` < `single-source` <
   * `confirmed`): for an indicator its weight and itself, for a variable or a dimension also everything below
   * it, for the root every node and the rounding rule and band bounds that decide the class.
   */
  readonly confidence: Confidence;
  /**
   * What to print, rounded to the ruleset's decimals so that the lines add up on screen: the `contribution`s
   * of a node's children add up exactly to the node's displayed `contribution` (to its displayed `value` at the
   * root and in a unit), by the largest-remainder method. The root's displayed value is the rounded total.
   * Each displayed contribution is within one unit of the last place of the exact one; the readable lines
   * (`text`) use these.
   */
  readonly display: {
    readonly value: string | null;
    readonly contribution: string | null;
  };
  /** One line a person can read, in Indonesian (decimal comma) and English. */
  readonly text: Text;
  /** For an indicator: how many answers, their mean (mean points where it has answer options) and the lowest and highest answer. */
  readonly answers?: {
    readonly count: number;
    readonly mean: string;
    readonly min: number;
    readonly max: number;
  };
  readonly children: readonly ExplanationNode[];
}

/** The root of an explanation: the total and its classification. */
export interface Explanation extends ExplanationNode {
  readonly id: 'total';
  readonly kind: 'total';
  /** The rounded total, as in `score(...).total`. */
  readonly total: string;
  readonly category: Category | null;
  readonly zone: Zone;
}

/**
 * Explains a score: a tree from the total through dimensions (and units) to variables and indicators, with
 * weights, contributions, sources and one readable line per node. The root's `value` is `score(...).exact`,
 * its `total` is `score(...).total`. Every node also has `display`, its value and contribution rounded to the
 * ruleset's decimals so that displayed children add up exactly to the displayed parent (largest remainder),
 * and `confidence`, the weakest confidence of the parameters it rests on.
 *
 * @param ruleset - The year's rules: from `getRuleset(year)`, a `rulesets/<year>` module, `parseRuleset` or
 *   `deriveRuleset` (anything else is `INVALID_RULESET`).
 * @param input - The same input as for `score` (dimension scores, answers, units, deductions).
 * @param options - The same options as for `score`.
 * @throws {@link ScoringError} `INVALID_INPUT` exactly where `score` would.
 *
 * @example
 * ```ts
 * import { explain, getRuleset } from '@ombuds/scoring';
 * const tree = explain(getRuleset(2023), {
 *   dimensions: { competency: 80, standards: '66.67', opinion: 70, complaints: 60 },
 * });
 * tree.value; // '68.953079' (the unrounded total)
 * tree.children[1]!.text.id; // 'Dimensi Proses 32,37 % × 66,67 = 21,58'
 * tree.children[1]!.text.en; // 'Process dimension 32.37 % × 66.67 = 21.58'
 * // Displayed at two decimals so that the lines add up to the displayed total:
 * tree.display.value; // '68.95'
 * tree.children.map((d) => d.display.contribution); // ['17.48', '21.58', '16.97', '12.92']
 * tree.confidence; // 'confirmed'
 * ```
 */
export function explain(ruleset: Ruleset, input: ScoreInput, options: ScoreOptions = {}): Explanation {
  const compiled = compile(ruleset);
  // Own options only: a copy without a prototype, so that nothing set on Object.prototype is read as an option.
  const read: ScoreOptions = Object.assign(
    Object.create(null) as ScoreOptions,
    readOptions(options, ['decimalComma', 'missingIndicators']),
  );
  const body = readInput(compiled, input, read);
  const evaluation = evaluateBody(compiled, body);
  return deepFreeze(explainEvaluation(compiled, evaluation, body.followedUpOmbudsman === true));
}

/**
 * Like {@link explain}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { getRuleset, safeExplain } from '@ombuds/scoring';
 * const result = safeExplain(getRuleset(2023), { dimensions: { competency: 90 } });
 * if (!result.success) result.error.path; // ['dimensions', 'standards']
 * ```
 */
export const safeExplain = /* @__PURE__ */ toSafe(explain);

/** A child of a node: its exact contribution, and how to build it once its shown strings are known. */
interface Part {
  readonly contribution: Rational;
  /** `shown`: the exact contribution as a string; `displayed`: rounded to the ruleset's decimals. */
  build(shown: string, displayed: string): ExplanationNode;
}

/** Builds the children of a node whose exact whole is `whole`, shown as `wholeText` and displayed as `displayed`. */
function children(
  parts: readonly Part[],
  whole: Rational,
  wholeText: string,
  displayed: string,
  digits: number,
): ExplanationNode[] {
  const contributions = parts.map((p) => p.contribution);
  const shown = balance(contributions, whole, wholeText);
  const rounded = largestRemainder(contributions, displayed, digits);
  return parts.map((p, i) => p.build(shown[i]!, rounded[i]!));
}

function explainEvaluation(compiled: CompiledRuleset, evaluation: BodyEvaluation, followedUp: boolean): Explanation {
  const classification = classifyRounded(compiled, evaluation.rounded, followedUp);
  const { digits, mode } = compiled.rounding;
  const value = display(evaluation.exact);
  const parts: Part[] = [];
  if (evaluation.units) {
    const n = evaluation.units.length;
    for (const unit of evaluation.units) {
      append(parts, {
        contribution: div(unit.value, int(n)),
        build: (shown, displayed) => unitNode(compiled, unit, n, shown, displayed),
      });
    }
  } else {
    for (const d of evaluation.dimensions!) {
      append(parts, {
        contribution: d.contribution,
        build: (shown, displayed) => dimensionNode(compiled, d, shown, displayed),
      });
    }
  }
  evaluation.deductions.forEach((d, i) => {
    const applied = sub(R0, d.applied);
    append(parts, {
      contribution: applied,
      build: (shown, displayed) => {
        const capped = display(d.applied) !== display(d.points);
        return {
          id: `deduction-${i + 1}`,
          kind: 'deduction',
          label: { id: ID.deductionLabel, en: EN.deductionLabel },
          value: display(d.points),
          weight: null,
          contribution: shown,
          source: {
            ids: [...compiled.ruleset.deductions.source],
            confidence: compiled.ruleset.deductions.confidence,
          },
          confidence: compiled.ruleset.deductions.confidence,
          display: {
            value: roundedText(d.points, digits, mode),
            contribution: displayed,
          },
          text: say(ID.deductionLine, EN.deductionLine, {
            reason: d.reason,
            cut: displayed.replace(/^-/, ''),
            given: capped ? two(d.points) : null,
          }),
          children: [],
        };
      },
    });
  });
  const total = classification.total;
  const nodes = children(parts, evaluation.exact, value, total, digits);
  const exactNote = cmp(evaluation.exact, evaluation.rounded) === 0;
  return {
    id: 'total',
    kind: 'total',
    label: { id: ID.totalLabel, en: EN.totalLabel },
    value,
    weight: null,
    contribution: null,
    source: {
      ids: [...compiled.ruleset.rounding.source],
      confidence: compiled.ruleset.rounding.confidence,
    },
    confidence: weakest([
      ...nodes.map((c) => c.confidence),
      ...roundingConfidence(compiled, evaluation.exact),
      ...bandConfidences(compiled, evaluation.rounded),
      // Everything `score` lists among a result's assumptions (weights, instruments, band, deductions, opinion,
      // rounding where it decided a digit) makes the total an estimate.
      ...(assumptionsOf(compiled, evaluation, classification.opinion !== null).length > 0
        ? (['assumed'] as const)
        : []),
    ]),
    display: { value: total, contribution: null },
    text: say(ID.totalLine, EN.totalLine, {
      total,
      exact: exactNote ? null : short(value),
      category: classification.category,
      zone: classification.zone,
      verdict: classification.opinion ?? classification.label,
    }),
    children: nodes,
    total,
    category: classification.category,
    zone: classification.zone,
  };
}

/**
 * The rounding rule decides a number only on a tie (x.xx5 at two decimals), where the half-up, half-even and
 * half-down modes differ: its confidence counts there, as in `score`'s assumptions.
 */
function roundingConfidence(compiled: CompiledRuleset, value: Rational): Confidence[] {
  return isHalfway(value, compiled.rounding.digits) ? [compiled.ruleset.rounding.confidence] : [];
}

function assumptionsOf(compiled: CompiledRuleset, evaluation: BodyEvaluation, withOpinion: boolean): readonly string[] {
  return resultAssumptions(
    compiled,
    evaluation,
    bandOf(compiled, evaluation.rounded),
    evaluation.deductions.length > 0,
    withOpinion,
  );
}

/** The bounds that decide the class of a rounded total: its band's lower bound, the next band's, its zone. */
function bandConfidences(compiled: CompiledRuleset, rounded: Rational): Confidence[] {
  const bands = compiled.bands;
  const index = bands.indexOf(bandOf(compiled, rounded));
  const band = bands[index]!.band;
  const above = index > 0 ? [bands[index - 1]!.band.min.confidence] : [];
  return [band.min.confidence, band.zone.confidence, ...above];
}

function unitNode(
  compiled: CompiledRuleset,
  unit: NonNullable<BodyEvaluation['units']>[number],
  n: number,
  contribution: string,
  displayedContribution: string,
): ExplanationNode {
  const { digits, mode } = compiled.rounding;
  const value = display(unit.value);
  const displayedValue = roundedText(unit.value, digits, mode);
  const parts: Part[] = (unit.dimensions ?? []).map((d) => ({
    contribution: d.contribution,
    build: (shown: string, displayed: string) => dimensionNode(compiled, d, shown, displayed),
  }));
  const rounding = sub(unit.value, unit.exact);
  if (unit.dimensions === null || rounding.n !== R0.n) {
    append(parts, {
      contribution: unit.dimensions === null ? unit.value : rounding,
      build: (shown, displayed) =>
        unit.dimensions === null
          ? {
              id: 'given',
              kind: 'rounding',
              label: { id: ID.unitGivenLabel, en: EN.unitGivenLabel },
              value: shown,
              weight: null,
              contribution: shown,
              source: null,
              confidence: 'confirmed',
              display: { value: displayed, contribution: displayed },
              text: say(ID.unitGivenLine, EN.unitGivenLine, {
                given: display(unit.exact),
                rounded: value === display(unit.exact) ? null : value,
              }),
              children: [],
            }
          : {
              id: 'rounding',
              kind: 'rounding',
              label: { id: ID.roundingLabel, en: EN.roundingLabel },
              value: shown,
              weight: null,
              contribution: shown,
              source: {
                ids: [...compiled.ruleset.rounding.source],
                confidence: compiled.ruleset.rounding.confidence,
              },
              confidence: compiled.ruleset.rounding.confidence,
              display: { value: displayed, contribution: displayed },
              text: say(ID.roundingLine, EN.roundingLine, {
                from: short(display(unit.exact)),
                to: value,
              }),
              children: [],
            },
    });
  }
  const nodes = children(parts, unit.value, value, displayedValue, digits);
  const ownRounding = compiled.rounding.unitsBeforeMean ? roundingConfidence(compiled, unit.exact) : [];
  return {
    id: unit.id,
    kind: 'unit',
    label: say(ID.unitLabel, EN.unitLabel, { unit: unit.id }),
    value,
    weight: null,
    contribution,
    source: null,
    confidence: weakest([...nodes.map((c) => c.confidence), ...ownRounding]),
    display: { value: displayedValue, contribution: displayedContribution },
    text: say(ID.unitLine, EN.unitLine, {
      unit: unit.id,
      value: displayedValue,
      count: n,
      contribution: displayedContribution,
    }),
    children: nodes,
  };
}

function dimensionNode(
  compiled: CompiledRuleset,
  d: DimensionEvaluation,
  contribution: string,
  displayed: string,
): ExplanationNode {
  const dimension = compiled.ruleset.dimensions.find((x) => x.id === d.id)!;
  const { digits, mode } = compiled.rounding;
  const weight = d.weightText;
  const nodes = d.answers
    ? children(
        variablesOf(d.answers).map((v, vi) => {
          const exactContribution = points(d.weight, v.share, v.score);
          return {
            contribution: exactContribution,
            build: (shown: string, rounded: string) => variableNode(compiled, d, vi, exactContribution, shown, rounded),
          };
        }),
        d.contribution,
        contribution,
        displayed,
        digits,
      )
    : [];
  return {
    id: d.id,
    kind: 'dimension',
    label: dimension.label,
    value: display(d.score),
    weight,
    contribution,
    source: {
      ids: [...dimension.weight.source],
      confidence: dimension.weight.confidence,
    },
    // Points as printed carry the total themselves: they rest on no weight (the score beside them does).
    confidence: weakest([...(d.points ? [] : [dimension.weight.confidence]), ...nodes.map((c) => c.confidence)]),
    display: {
      value: roundedText(d.score, digits, mode),
      contribution: displayed,
    },
    // Points as printed carry the total themselves: the line says so, and the score beside them rests on the weight.
    text: d.points
      ? say(ID.dimensionPointsLine, EN.dimensionPointsLine, {
          dimension: dimension.label,
          points: displayed,
          weight,
          score: two(d.score),
        })
      : say(ID.dimensionLine, EN.dimensionLine, {
          dimension: dimension.label,
          weight,
          score: two(d.score),
          points: displayed,
        }),
    children: nodes,
  };
}

/** Points of the total: dimension weight × share of the dimension × score / 100². */
function points(weight: Rational, share: Rational, score: Rational | null): Rational {
  return score === null ? R0 : div(mul(mul(weight, share), score), int(10_000));
}

function variableNode(
  compiled: CompiledRuleset,
  d: DimensionEvaluation,
  vi: number,
  exactContribution: Rational,
  contribution: string,
  displayed: string,
): ExplanationNode {
  const { digits, mode } = compiled.rounding;
  const answers = d.answers!;
  const v = variablesOf(answers)[vi]!;
  const nodes = children(
    v.indicators.map((i, ii) => {
      const own = points(d.weight, i.share, i.score);
      const dimension = compiled.ruleset.dimensions.find((x) => x.id === d.id)!;
      const confidence = weakest([indicatorConfidence(answers, vi, ii), levelsConfidence(dimension, vi, ii)]);
      return {
        contribution: own,
        build: (shown: string, rounded: string) => indicatorNode(compiled, i, confidence, shown, rounded),
      };
    }),
    exactContribution,
    contribution,
    displayed,
    digits,
  );
  const inDimension = v.score === null ? null : div(mul(v.share, v.score), int(100));
  return {
    id: v.variable.id,
    kind: 'variable',
    label: v.variable.label,
    value: v.score === null ? null : display(v.score),
    weight: display(v.share),
    contribution,
    source: shareSource(v.variable.model),
    confidence: weakest([variableConfidence(answers, vi), ...nodes.map((c) => c.confidence)]),
    display: {
      value: v.score === null ? null : roundedText(v.score, digits, mode),
      contribution: displayed,
    },
    text:
      v.score === null || inDimension === null
        ? say(ID.variableLeftOut, EN.variableLeftOut, {
            variable: v.variable.label,
          })
        : say(ID.variableLine, EN.variableLine, {
            variable: v.variable.label,
            share: shareText(v.share),
            score: two(v.score),
            dimensionPoints: two(inDimension),
            totalPoints: displayed,
          }),
    children: nodes,
  };
}

function indicatorNode(
  compiled: CompiledRuleset,
  i: IndicatorResult,
  confidence: Confidence,
  contribution: string,
  displayed: string,
): ExplanationNode {
  const { digits, mode } = compiled.rounding;
  const { indicator } = i;
  const answered = i.answers && i.mean;
  const inDimension = i.score === null ? null : div(mul(i.share, i.score), int(100));
  const node: ExplanationNode = {
    id: indicator.id,
    kind: 'indicator',
    label: indicator.label,
    value: i.score === null ? null : display(i.score),
    weight: display(i.share),
    contribution,
    source: shareSource(indicator.model),
    confidence,
    display: {
      value: i.score === null ? null : roundedText(i.score, digits, mode),
      contribution: displayed,
    },
    text:
      i.score === null || inDimension === null
        ? say(ID.indicatorLeftOut, EN.indicatorLeftOut, {
            indicator: indicator.label,
          })
        : answered
        ? say(
            indicator.options ? ID.indicatorOptionsLine : ID.indicatorScaleLine,
            indicator.options ? EN.indicatorOptionsLine : EN.indicatorScaleLine,
            {
              indicator: indicator.label,
              mean: two(i.mean!),
              min: indicator.min,
              max: indicator.max,
              count: i.answers!.count,
              share: shareText(i.share),
              score: two(i.score),
              dimensionPoints: two(inDimension),
              totalPoints: displayed,
            },
          )
        : say(ID.indicatorCountedZero, EN.indicatorCountedZero, {
            indicator: indicator.label,
          }),
    children: [],
  };
  return answered
    ? {
        ...node,
        answers: {
          count: i.answers!.count,
          mean: display(i.mean!),
          min: indicator.min,
          max: indicator.max,
        },
      }
    : node;
}

/** A weight as published when it has at most two decimals, else to two decimals. */
function shareText(value: Rational): string {
  const exact = terminates(value) ? display(value) : null;
  return exact !== null && (exact.split('.')[1]?.length ?? 0) <= 2 ? exact : two(value);
}
/** A long exact value cut for a readable line. */
function short(value: string): string {
  const point = value.indexOf('.');
  return point >= 0 && value.length - point - 1 > 6 ? `${value.slice(0, point + 7)}…` : value;
}

/** Where the share of a variable or an indicator comes from: its published weight, else itself (an equal share). */
function shareSource(model: Provenance & { readonly weight?: Provenance }): ExplanationSource {
  const { source, confidence } = own(model, 'weight') ?? model;
  return { ids: [...source], confidence };
}
