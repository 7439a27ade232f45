/**
 * Every sentence a person reads, in English: the same keys as `id.ts`, each a string or a function of named
 * parameters. Numbers come in as canonical decimal strings (`'76.51'`) and are printed as they are; labels come
 * in as `{ id, en }` pairs, of which this module prints `en`. Each text is its own export, so a bundle keeps only
 * the texts it can print. `test/texts/` checks that both languages have the same keys and fill every parameter;
 * `src/texts/snapshot.md` shows every text for review.
 *
 * @module
 */
import type { Text } from './text.js';
import { clip, describe, listed } from './value.js';

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

/** How many indicators of a dimension were answered, and what the rule did with the others. */
export const answeredIndicators = (p: {
  readonly answered: number;
  readonly count: number;
  readonly rule: 'refuse' | 'exclude' | 'zero';
}): string => {
  const left = p.count - p.answered;
  const head = `${p.answered} of ${p.count} indicators answered`;
  if (left === 0) return head;
  return p.rule === 'zero'
    ? `${head}; the ${left} unanswered count as 0 (missingIndicators: "zero")`
    : `${head}; the ${left} unanswered are left out, their weight shared by their variable's other indicators (missingIndicators: "exclude")`;
};

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

// ---------------------------------------------------------------------------------------------------------
// errors: what is wrong with a value, the value as written, and what to write instead. A value given by the
// caller (`value`) is any value at all and is written by `describe`; the place is the error's `path`.
// ---------------------------------------------------------------------------------------------------------

/** The shapes a body or unit is given in, and a unit's total, as a sentence names them. */
export type Shape = 'dimensions' | 'points' | 'answers' | 'units' | 'total';

/** The inputs that apply in some years only. */
export type YearBound = 'deductions' | 'followedUpOmbudsman';

/** The kinds of value a ruleset's schema expects (zod's names); another kind is named as it is. */
const KIND: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

/** A number written with a decimal comma without `{ decimalComma: true }`. */
export const decimalComma = (p: { readonly value: unknown; readonly fixed: string }): string =>
  `${describe(p.value)} uses a decimal comma; write ${describe(p.fixed)} or pass { decimalComma: true }.`;

/** A number written with a decimal point under `{ decimalComma: true }`. */
export const decimalPoint = (p: { readonly value: unknown; readonly fixed: string }): string =>
  `${describe(p.value)} uses a point with { decimalComma: true }; write ${describe(p.fixed)}.`;

/** A text or number that is no plain decimal number (`"abc"`, `"1e2"`, `NaN`). */
export const notANumber = (p: { readonly value: unknown; readonly example: string }): string =>
  `${describe(p.value)} is not a plain decimal number; write e.g. ${describe(p.example)}.`;

/** A value that ends in `…` where only an exact total as `score` prints it (20 decimals, cut) may. */
export const cutValue = (p: { readonly value: unknown; readonly example: string }): string =>
  `${describe(
    p.value,
  )} ends in …, which only an exact total cut at 20 decimals may (classify, rank); write e.g. ${describe(p.example)}.`;

/** An empty text, or one of spaces only, where a number belongs. */
export const emptyValue: string = 'The value is empty; write a number.';

/** More decimals than the library reads. */
export const tooManyDecimals = (p: { readonly value: unknown; readonly max: number }): string =>
  `${describe(p.value)} has more than ${p.max} decimals; round it.`;

/** A number outside its range (a score outside 0–100, points above a weight, an answer off its scale). */
export const outOfRange = (p: { readonly value: unknown; readonly min: string; readonly max: string }): string =>
  `${describe(p.value)} is outside ${p.min}–${p.max}; give a value in that range.`;

/** Something else where a number belongs. */
export const notNumber = (p: { readonly value: unknown }): string =>
  `Expected a number or a decimal string like "87.44", got ${describe(p.value)}.`;

/** Something else where an object belongs. */
export const notObject = (p: { readonly value: unknown }): string => `Expected an object, got ${describe(p.value)}.`;

/** Something else where a list belongs. */
export const notList = (p: { readonly value: unknown }): string => `Expected an array, got ${describe(p.value)}.`;

/** Something else where a text belongs. */
export const notText = (p: { readonly value: unknown }): string => `Expected a string, got ${describe(p.value)}.`;

/** Something else where true or false belongs. */
export const notBoolean = (p: { readonly value: unknown }): string =>
  `Expected true or false, got ${describe(p.value)}.`;

/** Something else where a whole number belongs (a year, a revision); `example` one that fits. */
export const notWhole = (p: { readonly value: unknown; readonly example: number }): string =>
  `Expected a whole number such as ${p.example}, got ${describe(p.value)}.`;

/** Something else where a ruleset belongs. */
export const notRuleset = (p: { readonly value: unknown }): string =>
  `Expected a ruleset from getRuleset(year), a rulesets/<year> module, parseRuleset() or deriveRuleset(), got ${describe(
    p.value,
  )}.`;

/** Something else where the ruleset reference of a result belongs. */
export const notResultRuleset = (p: { readonly value: unknown }): string =>
  `Expected the ruleset of a score() result, { id, year, revision }, got ${describe(p.value)}.`;

/** Something else where a list of dimension or indicator ids belongs (the option `fixed`). */
export const notIds = (p: { readonly value: unknown }): string =>
  `Expected a list of dimension or indicator ids, got ${describe(p.value)}.`;

/** A dimension of a body or unit that has no score (the unit is said by {@link inPlace}). */
export const missingDimension = (p: { readonly dimension: Text; readonly id: string }): string =>
  `${p.dimension.en} (${p.id}) is missing.`;

/**
 * The place of a problem, before its text: the unit (its index in the list, said from 1) when it is inside one, and
 * the dimension its path goes through, unless the text names it already.
 */
export const inPlace = (p: {
  readonly unit: number | undefined;
  readonly dimension: Text | null;
  readonly text: Text;
}): string =>
  `${p.unit === undefined ? '' : `Unit ${p.unit + 1}${p.dimension ? ', ' : ''}`}${p.dimension?.en ?? ''}: ${p.text.en}`;

/** The place of a problem inside an item of a list (`rank`), before its text: its position from 1. */
export const inItem = (p: { readonly item: number; readonly text: Text }): string => `Item ${p.item + 1}: ${p.text.en}`;

/** A body of units with an empty `units` list. */
export const missingUnits: string = 'The list of units is empty.';

/** A dimension given by answers with no answer at all. */
export const missingAnswers: string = 'No indicator has answers; answer one.';

/** A deduction without a reason. */
export const missingReason: string = 'The deduction has no reason; say why.';

/** scoreAcrossYears with no year. */
export const missingYears: string = 'The list of years is empty; give at least one year.';

/** A field of a ruleset that is not there. */
export const missingField = (p: { readonly field: string }): string =>
  `The ruleset has no ${clip(p.field, 100)}; add it.`;

/** A unit given by neither its total nor its dimensions. */
export const unitEmpty: string = 'The unit has neither a total nor dimensions.';

/** A body given by none of the shapes. */
export const noScores: string = 'No scores: pass dimensions, points, answers or units.';

/** An indicator without answers (under `missingIndicators: 'refuse'`, the default). */
export const noAnswers = (p: { readonly indicator: string; readonly label: Text }): string =>
  `Indicator ${p.indicator} has no answers; answer it or pass missingIndicators: "exclude" or "zero".`;

/** A key that names nothing here; `known` the keys that do. */
export const unknownKey = (p: { readonly key: unknown; readonly known: readonly string[] }): string =>
  `Unknown key ${describe(p.key)}; known: ${listed(p.known, 'none')}.`;

/** A key of a map of dimensions that names no dimension of the ruleset. */
export const unknownDimension = (p: {
  readonly key: string;
  readonly known: readonly { readonly id: string; readonly label: Text }[];
}): string => unknownKey({ key: p.key, known: p.known.map((d) => d.id) });

/** An id given twice. */
export const duplicateId = (p: { readonly id: unknown }): string =>
  `${describe(p.id)} is given twice; ids must be unique.`;

/** An id given twice in a list of items; `first` and `second` their indexes. */
export const duplicateItemId = (p: { readonly id: string; readonly first: number; readonly second: number }): string =>
  `${describe(p.id)} is given twice, at items ${p.first + 1} and ${p.second + 1}; ids must be unique.`;

/** Two ids that look like one. */
export const similarId = (p: {
  readonly id: string;
  readonly earlier: string;
  readonly first: number;
  readonly second: number;
}): string =>
  `${describe(p.id)} (item ${p.second + 1}) and ${describe(p.earlier)} (item ${
    p.first + 1
  }) differ only in case, spacing, invisible characters or width, so they look like one body; give each body one id, or pass keepSimilarIds: true.`;

/** An id with a lone surrogate. */
export const illFormedId = (p: { readonly id: string }): string =>
  `The id ${describe(p.id)} has a broken character (a lone surrogate: half of a character cut off); write it again.`;

/** A list with more entries than its limit; `list` names it. */
export const tooMany = (p: { readonly list: string; readonly count: number; readonly max: number }): string =>
  `${clip(p.list, 100)} has ${p.count} entries; the limit is ${p.max}.`;

/** A text longer than its limit. */
export const tooLong = (p: { readonly value: unknown; readonly count: number; readonly max: number }): string =>
  `${describe(p.value)} has ${p.count} characters; the limit is ${p.max}.`;

/** A list longer than the limit of plain data. */
export const listTooLong = (p: { readonly count: number; readonly max: number }): string =>
  `The list has ${p.count} entries; the limit is ${p.max}.`;

/** Data nested too deep. */
export const tooDeep = (p: { readonly max: number }): string =>
  `The data is nested more than ${p.max} levels deep; pass plain data.`;

/** A ruleset too large to list its parameters. */
export const tooManySteps = (p: { readonly max: number }): string =>
  `The ruleset is too large: listing its parameters takes more than ${p.max} steps (a shared part counts at each place); pass a ruleset from getRuleset(), parseRuleset() or deriveRuleset().`;

/** An answers plan too large to search exactly. */
export const tooComplex: string =
  'This answers plan has too many combinations to search exactly (uneven gains over many answers); plan with minimize: "points", or without max.';

/** A value whose reading threw. */
export const unreadable: string = 'Reading this value threw (a getter or Proxy); pass plain data.';

/** Data that contains itself. */
export const cyclic: string = 'The data contains itself (a cycle); pass plain data.';

/** Two shapes of one body or unit given together. */
export const conflict = (p: { readonly first: Shape; readonly second: Shape }): string =>
  `Give ${p.first} or ${p.second}, not both.`;

/** An exact total that does not round to the total beside it. */
export const exactNotTotal = (p: { readonly exact: string; readonly total: unknown }): string =>
  `The exact total ${describe(p.exact)} does not round to the total ${describe(
    p.total,
  )}; give the total and the exact total of one result.`;

/** `derivedFrom` in the overrides of deriveRuleset. */
export const derivedFrom: string = 'derivedFrom is set by deriveRuleset to the id of the base; remove it.';

/** `minimize: 'answers'` for an input without answers. */
export const minimizeAnswers: string =
  'minimize: "answers" needs answers in the input, which has dimension scores only; give answers or minimize: "points".';

/** A result that names a revision of an official ruleset that does not exist. */
export const resultRevision = (p: {
  readonly index: number;
  readonly ruleset: string;
  readonly year: number;
  readonly revision: number;
  readonly known: readonly { readonly year: number; readonly revision: number }[];
}): string =>
  `Result ${p.index} names the ruleset ${clip(p.ruleset, 100)} of ${p.year}, revision ${
    p.revision
  }, which does not exist (there are ${listed(
    p.known.map((k) => `${k.year} revision ${k.revision}`),
    'none',
  )}); pass results of score() unchanged.`;

/** A zone or category of a result that its total does not have under its ruleset. */
export const classChanged = (p: {
  readonly index: number;
  readonly total: string;
  readonly key: 'zone' | 'category';
  readonly given: string | null;
  readonly ruleset: string;
  readonly expected: string | null;
}): string =>
  `Result ${p.index} has the total ${p.total} with ${p.key} ${p.given}, but under ${clip(
    p.ruleset,
    100,
  )} that total has ${p.key} ${p.expected}; pass results of score() unchanged.`;

/** Two results whose totals and classes contradict each other. */
export const classesCrossed = (p: {
  readonly first: number;
  readonly second: number;
  readonly key: 'zone' | 'category';
  readonly higher: string;
  readonly higherClass: string | null;
  readonly equal: boolean;
  readonly lower: string;
  readonly lowerClass: string | null;
}): string =>
  `Results ${p.first} and ${p.second} contradict each other: the total ${p.higher} has ${p.key} ${
    p.higherClass
  } while the ${p.equal ? 'same' : 'lower'} total ${p.lower} has ${p.key} ${
    p.lowerClass
  }; pass results of score() or classify() of one ruleset unchanged.`;

/** Results of different rulesets summarized together. */
export const rulesetsDiffer = (p: {
  readonly first: number;
  readonly firstRuleset: string;
  readonly firstRevision: number;
  readonly second: number;
  readonly secondRuleset: string;
  readonly secondRevision: number;
}): string =>
  `Result ${p.first} is of ${clip(p.firstRuleset, 100)} (revision ${p.firstRevision}) and result ${p.second} of ${clip(
    p.secondRuleset,
    100,
  )} (revision ${p.secondRevision}); summarize one year at a time (group by result.ruleset.year).`;

/** Results of a three-zone year and of a graded year summarized together. */
export const gradedAndNot = (p: { readonly index: number }): string =>
  `Result 0 and result ${p.index} mix a three-zone year (no category) and a graded year (A–E); summarize one year at a time.`;

/** An input that applies in other years only. */
export const notApplicable = (p: { readonly field: YearBound; readonly years: readonly number[] }): string =>
  `${p.field} applies only in ${listed(p.years, '')}; remove it.`;

/** A value that is none of those allowed (an answer option, a target, a zone). */
export const notAllowed = (p: { readonly value: unknown; readonly allowed: readonly unknown[] }): string =>
  `${describe(p.value)} is not allowed; use one of ${listed(p.allowed, 'none')}.`;

/** A category of a result that is none of the grades (a three-zone year's result has none: `null`). */
export const notACategory = (p: { readonly value: unknown; readonly allowed: readonly string[] }): string =>
  `${describe(p.value)} is not a category; use one of ${listed(p.allowed, 'none')} or null.`;

/** An answer between two levels of a scale: a fraction or a mean (RULEBOOK §7a). */
export const notALevel = (p: { readonly value: unknown; readonly min: number; readonly max: number }): string =>
  `${describe(p.value)} is not an answer level; give each respondent's answer as a whole number from ${p.min} to ${
    p.max
  }, not their mean.`;

/** planToReach given a body of several units. */
export const oneUnit: string =
  'planToReach plans one body or one unit; pass one unit at a time (a body of units rounds each unit before the mean, so plan each unit toward its own total).';

/** A ruleset that did not go through parseRuleset. */
export const notValidated: string =
  'Not a validated ruleset; pass it, or its JSON or structuredClone copy, to parseRuleset() first.';

/** A field of a ruleset of the wrong kind; `expected` a kind of zod's (`string`, `number`, `array` …). */
export const rulesetType = (p: { readonly value: unknown; readonly expected: string }): string =>
  `Expected ${KIND[p.expected] ?? clip(p.expected, 100)}, got ${describe(p.value)}.`;

/** A number of a ruleset written with an exponent. */
export const rulesetExponent = (p: { readonly value: unknown; readonly written: string }): string =>
  `${describe(p.value)} uses an exponent; write it out in full, e.g. ${describe(p.written)}.`;

/** Any other rule of the ruleset schema broken: `issue` in zod's words, `more` the other problems. */
export const invalidRuleset = (p: { readonly issue: string; readonly more: number }): string =>
  `The ruleset breaks its schema: ${clip(p.issue)}${p.more > 0 ? ` (and ${p.more} more problems)` : ''}.`;

/** A year without a ruleset. */
export const noRuleset = (p: { readonly year: number; readonly known: readonly number[] }): string =>
  `No ruleset for ${p.year}; there are ${listed(p.known, '')}.`;

/** A revision a year does not have. */
export const noRevision = (p: {
  readonly year: number;
  readonly revision: number;
  readonly known: readonly number[];
}): string => `${p.year} has no revision ${p.revision}; there are ${listed(p.known, '')}.`;

/** 2020. */
export const noAssessment: string = 'No assessment was held in 2020 (COVID-19); use 2019 or 2021.';
