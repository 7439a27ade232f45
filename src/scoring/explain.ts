/**
 * `explain`: why a body has its score, as a tree a person can read. It reads the input and evaluates it with
 * the same steps as `score` (`evaluateBody`), so the explanation never disagrees with the score; `score` itself
 * computes none of this.
 *
 * @module
 */
import { fixed } from '../decimal.js';
import { toSafe } from '../errors.js';
import type { Category, Confidence, Ruleset, Text, Zone } from '../model/index.js';
import type { ScoreInput, ScoreOptions } from '../model/input.js';
import { deepFreeze } from '../util/freeze.js';
import type { IndicatorResult, VariableResult } from './answers.js';
import { evaluateBody, type BodyEvaluation, type DimensionEvaluation } from './aggregate.js';
import { classifyRounded } from './classify.js';
import { compile, type CompiledRuleset } from './compile.js';
import { readOptions } from './options.js';
import {
  balance,
  cmp,
  display,
  div,
  fromExact,
  int,
  mul,
  R0,
  roundRational,
  sub,
  terminates,
  type Rational,
} from '../rational.js';
import { readInput } from './read-input.js';

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
 * exact.
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
  /** One line a person can read, in Indonesian (decimal comma) and English. */
  readonly text: Text;
  /** For an indicator: how many answers, their mean (mean points where it has answer options) and the lowest and highest answer. */
  readonly answers?: { readonly count: number; readonly mean: string; readonly min: number; readonly max: number };
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
 * its `total` is `score(...).total`.
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
 * ```
 */
export function explain(ruleset: Ruleset, input: ScoreInput, options: ScoreOptions = {}): Explanation {
  const compiled = compile(ruleset);
  const body = readInput(compiled, input, readOptions(options, ['decimalComma', 'missingIndicators']));
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
export const safeExplain = toSafe(explain);

const ZONE_EN: Record<Zone, string> = { hijau: 'green', kuning: 'yellow', merah: 'red', hitam: 'black' };

function explainEvaluation(compiled: CompiledRuleset, evaluation: BodyEvaluation, followedUp: boolean): Explanation {
  const classification = classifyRounded(compiled, evaluation.rounded, followedUp);
  const value = display(evaluation.exact);
  const parts: { contribution: Rational; build: (shown: string) => ExplanationNode }[] = [];
  if (evaluation.units) {
    const n = evaluation.units.length;
    for (const unit of evaluation.units) {
      parts.push({ contribution: div(unit.value, int(n)), build: (shown) => unitNode(compiled, unit, n, shown) });
    }
  } else {
    for (const d of evaluation.dimensions!) {
      parts.push({ contribution: d.contribution, build: (shown) => dimensionNode(compiled, d, shown) });
    }
  }
  evaluation.deductions.forEach((d, i) => {
    const applied = sub(R0, d.applied);
    parts.push({
      contribution: applied,
      build: (shown) => {
        const capped = display(d.applied) !== display(d.points);
        return {
          id: `deduction-${i + 1}`,
          kind: 'deduction',
          label: { id: 'Pengurangan', en: 'Deduction' },
          value: display(d.points),
          weight: null,
          contribution: shown,
          source: { ids: [...compiled.ruleset.deductions.source], confidence: compiled.ruleset.deductions.confidence },
          text: {
            id: `Pengurangan: ${d.reason} −${id2(d.applied)}${capped ? ` (dari ${id2(d.points)}, nilai tidak di bawah 0)` : ''}`,
            en: `Deduction: ${d.reason} −${en2(d.applied)}${capped ? ` (of ${en2(d.points)}; the total stops at 0)` : ''}`,
          },
          children: [],
        };
      },
    });
  });
  const shown = balance(
    parts.map((p) => p.contribution),
    evaluation.exact,
    value,
  );
  const total = classification.total;
  const exactNote = cmp(evaluation.exact, fromExact(evaluation.rounded)) === 0;
  return {
    id: 'total',
    kind: 'total',
    label: { id: 'Nilai total', en: 'Total' },
    value,
    weight: null,
    contribution: null,
    source: { ids: [...compiled.ruleset.rounding.source], confidence: compiled.ruleset.rounding.confidence },
    text: {
      id: `Nilai total ${comma(total)}${exactNote ? '' : ` (tepat ${comma(short(value))})`}: ${
        classification.category ? `kategori ${classification.category}, ` : ''
      }zona ${classification.zone}, ${classification.opinion?.id ?? classification.label.id}`,
      en: `Total ${total}${exactNote ? '' : ` (exactly ${short(value)})`}: ${
        classification.category ? `category ${classification.category}, ` : ''
      }${ZONE_EN[classification.zone]} zone, ${classification.opinion?.en ?? classification.label.en}`,
    },
    children: parts.map((p, i) => p.build(shown[i]!)),
    total,
    category: classification.category,
    zone: classification.zone,
  };
}

function unitNode(
  compiled: CompiledRuleset,
  unit: NonNullable<BodyEvaluation['units']>[number],
  n: number,
  contribution: string,
): ExplanationNode {
  const value = display(unit.value);
  const parts: { contribution: Rational; build: (shown: string) => ExplanationNode }[] = (unit.dimensions ?? []).map(
    (d) => ({ contribution: d.contribution, build: (shown: string) => dimensionNode(compiled, d, shown) }),
  );
  const rounding = sub(unit.value, unit.exact);
  if (unit.dimensions === null || rounding.n !== R0.n) {
    parts.push({
      contribution: unit.dimensions === null ? unit.value : rounding,
      build: (shown) =>
        unit.dimensions === null
          ? {
              id: 'given',
              kind: 'rounding',
              label: { id: 'Nilai unit yang diberikan', en: 'Unit total as given' },
              value: shown,
              weight: null,
              contribution: shown,
              source: null,
              text: {
                id: `Nilai unit diberikan: ${comma(display(unit.exact))}${value === display(unit.exact) ? '' : `, dibulatkan ${comma(value)}`}`,
                en: `Unit total as given: ${display(unit.exact)}${value === display(unit.exact) ? '' : `, rounded ${value}`}`,
              },
              children: [],
            }
          : {
              id: 'rounding',
              kind: 'rounding',
              label: { id: 'Pembulatan', en: 'Rounding' },
              value: shown,
              weight: null,
              contribution: shown,
              source: { ids: [...compiled.ruleset.rounding.source], confidence: compiled.ruleset.rounding.confidence },
              text: {
                id: `Pembulatan ${comma(short(display(unit.exact)))} → ${comma(value)}`,
                en: `Rounding ${short(display(unit.exact))} → ${value}`,
              },
              children: [],
            },
    });
  }
  const shown = balance(
    parts.map((p) => p.contribution),
    unit.value,
    value,
  );
  return {
    id: unit.id,
    kind: 'unit',
    label: { id: `Unit ${unit.id}`, en: `Unit ${unit.id}` },
    value,
    weight: null,
    contribution,
    source: null,
    text: {
      id: `Unit ${unit.id}: ${comma(value)} ÷ ${n} = ${id2(div(unit.value, int(n)))}`,
      en: `Unit ${unit.id}: ${value} ÷ ${n} = ${en2(div(unit.value, int(n)))}`,
    },
    children: parts.map((p, i) => p.build(shown[i]!)),
  };
}

function dimensionNode(compiled: CompiledRuleset, d: DimensionEvaluation, contribution: string): ExplanationNode {
  const dimension = compiled.ruleset.dimensions.find((x) => x.id === d.id)!;
  const weight = d.weightText;
  const children: ExplanationNode[] = [];
  if (d.answers) {
    const variables = d.answers.variables;
    const contributions = variables.map((v) => points(d.weight, v.share, v.score));
    const shown = balance(contributions, d.contribution, contribution);
    variables.forEach((v, i) => children.push(variableNode(d, v, contributions[i]!, shown[i]!)));
  }
  return {
    id: d.id,
    kind: 'dimension',
    label: dimension.label,
    value: display(d.score),
    weight,
    contribution,
    source: { ids: [...dimension.weight.source], confidence: dimension.weight.confidence },
    // Points as printed carry the total themselves: the line says so, and the score beside them rests on the weight.
    text: d.points
      ? {
          id: `${dimension.label.id}: ${id2(d.contribution)} poin dari ${comma(weight)} (poin tertimbang yang dicetak; setara nilai ${id2(d.score)})`,
          en: `${dimension.label.en}: ${en2(d.contribution)} points of ${weight} (weighted points as printed; a score of ${en2(d.score)})`,
        }
      : {
          id: `${dimension.label.id} ${comma(weight)} % × ${id2(d.score)} = ${id2(d.contribution)}`,
          en: `${dimension.label.en} ${weight} % × ${en2(d.score)} = ${en2(d.contribution)}`,
        },
    children,
  };
}

/** Points of the total: dimension weight × share of the dimension × score / 100². */
function points(weight: Rational, share: Rational, score: Rational | null): Rational {
  return score === null ? R0 : div(mul(mul(weight, share), score), int(10_000));
}

function variableNode(d: DimensionEvaluation, v: VariableResult, exactContribution: Rational, contribution: string): ExplanationNode {
  const indicators = v.indicators;
  const contributions = indicators.map((i) => points(d.weight, i.share, i.score));
  const shown = balance(contributions, exactContribution, contribution);
  const inDimension = v.score === null ? null : div(mul(v.share, v.score), int(100));
  return {
    id: v.variable.id,
    kind: 'variable',
    label: v.variable.label,
    value: v.score === null ? null : display(v.score),
    weight: display(v.share),
    contribution,
    source: v.variable.weight
      ? { ids: [...v.variable.weight.source], confidence: v.variable.weight.confidence }
      : { ids: [...v.variable.source], confidence: v.variable.confidence },
    text:
      v.score === null || inDimension === null
        ? {
            id: `Variabel ${v.variable.label.id}: tidak dijawab, dikeluarkan`,
            en: `Variable ${v.variable.label.en}: not answered, left out`,
          }
        : {
            id: `Variabel ${v.variable.label.id} ${weightId(v.share)} % × ${id2(v.score)} = ${id2(inDimension)} poin dimensi (${id2(exactContribution)} poin total)`,
            en: `Variable ${v.variable.label.en} ${weightEn(v.share)} % × ${en2(v.score)} = ${en2(inDimension)} dimension points (${en2(exactContribution)} total points)`,
          },
    children: indicators.map((i, k) => indicatorNode(i, contributions[k]!, shown[k]!)),
  };
}

function indicatorNode(i: IndicatorResult, exactContribution: Rational, contribution: string): ExplanationNode {
  const { indicator } = i;
  const scale = `${indicator.min}–${indicator.max}`;
  const formula = indicator.min === 0 ? `/ ${indicator.max} × 100` : `(− ${indicator.min}) / ${indicator.max - indicator.min} × 100`;
  const answered = i.answers && i.mean;
  const inDimension = i.score === null ? null : div(mul(i.share, i.score), int(100));
  const node: ExplanationNode = {
    id: indicator.id,
    kind: 'indicator',
    label: indicator.label,
    value: i.score === null ? null : display(i.score),
    weight: display(i.share),
    contribution,
    source: indicator.weight
      ? { ids: [...indicator.weight.source], confidence: indicator.weight.confidence }
      : { ids: [...indicator.source], confidence: indicator.confidence },
    text:
      i.score === null || inDimension === null
        ? {
            id: `${indicator.label.id}: tidak dijawab, dikeluarkan`,
            en: `${indicator.label.en}: not answered, left out`,
          }
        : answered && indicator.options
          ? {
              id: `${indicator.label.id}: rata-rata ${id2(i.mean!)} poin dari pilihan jawaban (${i.answers!.count} jawaban); ${weightId(i.share)} % × ${id2(i.score)} = ${id2(inDimension)} poin dimensi (${id2(exactContribution)} poin total)`,
              en: `${indicator.label.en}: mean ${en2(i.mean!)} points over its answer options (${i.answers!.count} answers); ${weightEn(i.share)} % × ${en2(i.score)} = ${en2(inDimension)} dimension points (${en2(exactContribution)} total points)`,
            }
          : answered
          ? {
              id: `${indicator.label.id}: rata-rata ${id2(i.mean!)} dari skala ${scale} (${i.answers!.count} jawaban) ${formula} = ${id2(i.score)}; ${weightId(i.share)} % × ${id2(i.score)} = ${id2(inDimension)} poin dimensi (${id2(exactContribution)} poin total)`,
              en: `${indicator.label.en}: mean ${en2(i.mean!)} on the ${scale} scale (${i.answers!.count} answers) ${formula} = ${en2(i.score)}; ${weightEn(i.share)} % × ${en2(i.score)} = ${en2(inDimension)} dimension points (${en2(exactContribution)} total points)`,
            }
          : {
              id: `${indicator.label.id}: tidak dijawab, dihitung 0`,
              en: `${indicator.label.en}: not answered, counted as 0`,
            },
    children: [],
  };
  return answered
    ? { ...node, answers: { count: i.answers!.count, mean: display(i.mean!), min: indicator.min, max: indicator.max } }
    : node;
}

/** Two decimals, half-up, for the readable lines (never for computing). */
function en2(value: Rational): string {
  const negative = value.n < R0.n;
  const shown = fixed(roundRational(negative ? sub(R0, value) : value, 2, 'half-up'), 2);
  return negative && shown !== '0.00' ? `-${shown}` : shown;
}
function id2(value: Rational): string {
  return comma(en2(value));
}
/** A weight as published when it has at most two decimals, else to two decimals. */
function weightEn(value: Rational): string {
  const exact = terminates(value) ? display(value) : null;
  return exact !== null && (exact.split('.')[1]?.length ?? 0) <= 2 ? exact : en2(value);
}
function weightId(value: Rational): string {
  return comma(weightEn(value));
}
function comma(value: string): string {
  return value.replace('.', ',');
}
/** A long exact value cut for a readable line. */
function short(value: string): string {
  const point = value.indexOf('.');
  return point >= 0 && value.length - point - 1 > 6 ? `${value.slice(0, point + 7)}…` : value;
}
