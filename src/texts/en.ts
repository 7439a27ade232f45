/**
 * Every sentence a person reads, in English: the same keys as `id.ts`, each a string or a function of named
 * parameters. Numbers come in as canonical decimal strings (`'76.51'`) and are printed as they are; labels come
 * in as `{ id, en }` pairs, of which this module prints `en`. Each text is its own export, so a bundle keeps only
 * the texts it can print. `test/texts/` checks that both languages have the same keys and fill every parameter;
 * `src/texts/snapshot.md` shows every text for review.
 *
 * @module
 */
import type { Text } from '../model/provenance.js';

/** A number as English writes it: the canonical decimal string itself. */
const n = (value: string): string => value;

const ZONE: Readonly<Record<string, string>> = {
  hijau: 'green',
  kuning: 'yellow',
  merah: 'red',
  hitam: 'black',
};

// ---------------------------------------------------------------------------------------------------------
// explain: one line per node of the tree
// ---------------------------------------------------------------------------------------------------------

/** The root's label. */
export const totalLabel: string = 'Total';

/** The root's line: the rounded total, the exact one where it differs, and its class. */
export const totalLine = (p: {
  readonly total: string;
  /** The exact total, cut for reading (`'76.513617…'`), or `null` when it equals the rounded one. */
  readonly exact: string | null;
  readonly category: string | null;
  readonly zone: string;
  /** The opinion (2022+) or the label of the band. */
  readonly verdict: Text;
}): string =>
  `Total ${n(p.total)}${p.exact === null ? '' : ` (exactly ${n(p.exact)})`}: ${
    p.category === null ? '' : `category ${p.category}, `
  }${ZONE[p.zone] ?? p.zone} zone, ${p.verdict.en}`;

/** A deduction's label. */
export const deductionLabel: string = 'Deduction';

/** A deduction: its reason and the points cut; `given` the points asked for when the total stopped at 0. */
export const deductionLine = (p: {
  readonly reason: string;
  readonly cut: string;
  readonly given: string | null;
}): string =>
  `Deduction: ${p.reason} −${n(p.cut)}${p.given === null ? '' : ` (of ${n(p.given)}; the total stops at 0)`}`;

/** A unit's label. */
export const unitLabel = (p: { readonly unit: string }): string => `Unit ${p.unit}`;

/** A unit's line: its total and its share of the body's mean. */
export const unitLine = (p: {
  readonly unit: string;
  readonly value: string;
  readonly count: number;
  readonly contribution: string;
}): string => `Unit ${p.unit}: ${n(p.value)} ÷ ${p.count} = ${n(p.contribution)}`;

/** The label of a unit given by its total. */
export const unitGivenLabel: string = 'Unit total as given';

/** A unit given by its total; `rounded` where the given total has more decimals than the ruleset keeps. */
export const unitGivenLine = (p: { readonly given: string; readonly rounded: string | null }): string =>
  `Unit total as given: ${n(p.given)}${p.rounded === null ? '' : `, rounded ${n(p.rounded)}`}`;

/** The label of a unit's rounding. */
export const roundingLabel: string = 'Rounding';

/** A unit's rounding. */
export const roundingLine = (p: { readonly from: string; readonly to: string }): string =>
  `Rounding ${n(p.from)} → ${n(p.to)}`;

/** A dimension scored: weight × score = points. */
export const dimensionLine = (p: {
  readonly dimension: Text;
  readonly weight: string;
  readonly score: string;
  readonly points: string;
}): string => `${p.dimension.en} ${n(p.weight)} % × ${n(p.score)} = ${n(p.points)}`;

/** A dimension given by its weighted points as printed. */
export const dimensionPointsLine = (p: {
  readonly dimension: Text;
  readonly points: string;
  readonly weight: string;
  readonly score: string;
}): string =>
  `${p.dimension.en}: ${n(p.points)} points of ${n(p.weight)} (weighted points as printed; a score of ${n(p.score)})`;

/** A variable without answers, left out. */
export const variableLeftOut = (p: { readonly variable: Text }): string =>
  `Variable ${p.variable.en}: not answered, left out`;

/** A variable: its share of the dimension × its score = dimension points (and total points). */
export const variableLine = (p: {
  readonly variable: Text;
  readonly share: string;
  readonly score: string;
  readonly dimensionPoints: string;
  readonly totalPoints: string;
}): string =>
  `Variable ${p.variable.en} ${n(p.share)} % × ${n(p.score)} = ${n(p.dimensionPoints)} dimension points (${n(
    p.totalPoints,
  )} total points)`;

/** An indicator without answers, left out (`missingIndicators: 'exclude'`). */
export const indicatorLeftOut = (p: { readonly indicator: Text }): string =>
  `${p.indicator.en}: not answered, left out`;

/** An indicator without answers, counted at the lowest level (`missingIndicators: 'zero'`). */
export const indicatorCountedZero = (p: { readonly indicator: Text }): string =>
  `${p.indicator.en}: not answered, counted as 0`;

/** An indicator answered with its own answer options: mean points, then its share. */
export const indicatorOptionsLine = (p: {
  readonly indicator: Text;
  readonly mean: string;
  readonly count: number;
  readonly share: string;
  readonly score: string;
  readonly dimensionPoints: string;
  readonly totalPoints: string;
}): string =>
  `${p.indicator.en}: mean ${n(p.mean)} points over its answer options (${p.count} ${
    p.count === 1 ? 'answer' : 'answers'
  }); ${n(p.share)} % × ${n(p.score)} = ${n(p.dimensionPoints)} dimension points (${n(p.totalPoints)} total points)`;

/** An indicator answered on a scale: mean answer, mapped to 0–100, then its share. */
export const indicatorScaleLine = (p: {
  readonly indicator: Text;
  readonly mean: string;
  readonly min: number;
  readonly max: number;
  readonly count: number;
  readonly share: string;
  readonly score: string;
  readonly dimensionPoints: string;
  readonly totalPoints: string;
}): string =>
  `${p.indicator.en}: mean ${n(p.mean)} on the ${p.min}–${p.max} scale (${p.count} ${
    p.count === 1 ? 'answer' : 'answers'
  }) ${p.min === 0 ? `/ ${p.max} × 100` : `(− ${p.min}) / ${p.max - p.min} × 100`} = ${n(p.score)}; ${n(
    p.share,
  )} % × ${n(p.score)} = ${n(p.dimensionPoints)} dimension points (${n(p.totalPoints)} total points)`;

// ---------------------------------------------------------------------------------------------------------
// planToReach: steps and why a target cannot be reached
// ---------------------------------------------------------------------------------------------------------

/** A points plan's step: raise a dimension's score. */
export const raiseDimension = (p: { readonly dimension: Text; readonly from: string; readonly to: string }): string =>
  `Raise the ${p.dimension.en} from ${n(p.from)} to ${n(p.to)}`;

/** A points plan's step inside a dimension scored from answers: raise an indicator's mean answer. */
export const raiseIndicatorMean = (p: {
  readonly indicator: Text;
  /** The mean answer now, or `null` when the indicator has no answers. */
  readonly from: string | null;
  readonly to: string;
  /** How many single answers one level up that takes, where it is a whole number of them. */
  readonly raises: number | null;
}): string =>
  `Raise the mean answer of indicator “${p.indicator.en}” from ${p.from === null ? '–' : n(p.from)} to ${n(p.to)}${
    p.raises === null ? '' : ` (${p.raises} single ${p.raises === 1 ? 'answer' : 'answers'} one level up)`
  }`;

/** An answers plan's step for one dimension: how many one-level raises, and the dimension's score before and after. */
export const dimensionRaises = (p: {
  readonly dimension: Text;
  readonly count: number;
  readonly from: string;
  readonly to: string;
}): string =>
  `${p.dimension.en}: ${p.count} single-level answer ${p.count === 1 ? 'raise' : 'raises'}, dimension score from ${n(
    p.from,
  )} to ${n(p.to)}`;

/** Who gives the answers of a dimension (RULEBOOK §4.1): by dimension id, `other` for a custom dimension. */
export const respondents = (p: { readonly dimension: string }): string =>
  ({
    competency: 'service officers',
    standards: 'observed service products',
    opinion: 'service users',
    complaints: 'complaint officers',
  }[p.dimension] ?? 'respondents');

/** An answers plan's step for one indicator: which answers to raise, from which level to which. */
export const raiseAnswers = (p: {
  readonly indicator: Text;
  readonly dimension: Text;
  /** The dimension's id, which says who answered (`respondents`). */
  readonly dimensionId: string;
  /** How many answers change. */
  readonly answers: number;
  /** How many levels they rise in all (equal to `answers` when each rises one level). */
  readonly levels: number;
  readonly moves: readonly { readonly count: number; readonly from: number; readonly to: number }[];
}): string => {
  const list = p.moves.map((m) => `${m.count} from ${m.from} to ${m.to}`).join(', ');
  const noun = (count: number) => (count === 1 ? 'answer' : 'answers');
  return p.levels === p.answers
    ? `Raise ${p.answers} ${noun(p.answers)} of ${respondents({ dimension: p.dimensionId })} on indicator “${
        p.indicator.en
      }” (${p.dimension.en}) one level: ${list}`
    : `Raise ${p.answers} ${noun(p.answers)} of ${respondents({ dimension: p.dimensionId })} on indicator “${
        p.indicator.en
      }” (${p.dimension.en}), ${p.levels} levels in all: ${list}`;
};

/** A target that raising answers cannot reach. */
export const unreachableByAnswers = (p: {
  readonly target: string;
  /** Whether some answers may not change (`fixed`) or may not pass a maximum (`max`). */
  readonly limited: boolean;
  readonly deductions: boolean;
}): string =>
  `Target ${p.target} cannot be reached by raising answers${
    p.limited ? ' that may change (not fixed, below their maximum)' : ''
  }: even all of them at the top level are not enough${p.deductions ? ' because of the deductions' : ''}.`;

/** A target that raising dimension scores cannot reach: `best` is the highest total they can give. */
export const unreachableByPoints = (p: {
  readonly target: string;
  readonly best: string;
  /** Whether some dimensions may not change (`fixed`) or may not pass a maximum (`max`). */
  readonly limited: boolean;
  readonly deductions: boolean;
}): string =>
  `Target ${p.target} cannot be reached: with ${
    p.limited ? 'the dimensions that may change at their highest (100 or their maximum)' : 'every dimension at 100'
  } the total is only ${n(p.best)}${p.deductions ? ' because of the deductions' : ''}.`;
