/**
 * The compiled plan for the commonest input, `{ dimensions: {...} }` with scores of at most two decimals: the one
 * sanctioned second way to evaluate (docs/architecture.md, "One exact evaluator, one compiled plan"). It is exact
 * by construction: each score is an integer of hundredths, each weight an integer of hundredths, and the total
 * is their dot product, an integer of millionths below 2^53 (at most 100 dimensions × 10,000 × 10,000), rounded
 * by the library's one rule (`roundsUp`) on its integer quotient and remainder; `total`, `exact` and every row
 * are printed from those integers. Rows are frozen once per dimension and hundredth and shared by results; the
 * assumptions are listed once per band, off and on a half-way tie, by the general `resultAssumptions`.
 *
 * Anything else goes to the general evaluator, from the point the plan reached, so that no value is read twice
 * and every error is raised in the general order: other keys, decimal commas, more decimals, exponent forms,
 * values out of range, rulesets with weights of more than two decimals. `test/exact/two-decimal.test.ts` checks
 * the plan against the general evaluator bit for bit (results, errors, frozenness) on every ruleset and revision.
 *
 * @module
 */
import { centsText, millionthsText } from '../exact/cent-texts.js';
import { ceilTo, R0, scaledText, type Rational } from '../exact/fraction.js';
import { tenLog, tenTo } from '../exact/integer.js';
import { roundsUp } from '../exact/rounding.js';
import type { Classification, DimensionScore, ScoreResult } from '../model/result.js';
import { isArraySafe } from '../util/safe.js';
import { field } from '../read/fields.js';
import { NO_OPTIONS } from '../read/options.js';
import type { BodyEvaluation, DimensionEvaluation } from './aggregate.js';
import { resultAssumptions } from './assumptions.js';
import { classification } from './classify.js';
import type { CompiledRuleset } from './compile.js';
import {
  readDimensionScores,
  readDimensionsFrom,
  readInput,
  readFollowUp,
  type ReadBody,
  type ReadOptions,
  type ReadValue,
} from './read-input.js';

/** One band as the plan shows it. */
interface PlanBand extends Classification {
  /** The smallest rounded total (an integer of 10^-digits) in the band. */
  readonly from: number;
  /** The result's assumptions off a half-way tie and on one. */
  readonly assumptions: readonly [readonly string[], readonly string[]];
}

/**
 * A ruleset compiled for two-decimal dimension scores. Field names are short words the bundle already holds
 * (`ruleset`, `weight`, `unit`, `row`): bytes of the score bundle (test/package/bundle-size.test.ts).
 */
interface Plan {
  /** The compiled ruleset planned for. */
  readonly ruleset: CompiledRuleset;
  /** Each dimension's weight in hundredths, in ruleset order. */
  readonly weight: readonly number[];
  /** 10^(6 − digits): millionths per unit of the rounded total. */
  readonly unit: number;
  readonly digits: number;
  /** Highest band first. */
  readonly bands: readonly PlanBand[];
  readonly followedUpOmbudsman: boolean | null;
  /** The frozen row of each dimension by hundredth, made as it is first asked for. */
  readonly row: (DimensionScore | undefined)[][];
}

/** The path of the dimension scores, and the one key of a body the plan takes. */
const PATH: readonly string[] = Object.freeze(['dimensions']);
const NO_DEDUCTIONS: ScoreResult['deductions'] = Object.freeze([]);

/** The plan of a compiled ruleset, or `null` where its weights or digits do not fit one. */
function planOf(compiled: CompiledRuleset): Plan | null {
  let plan = compiled.plan as Plan | null | undefined;
  // Made once per compiled ruleset; a call made meanwhile (a getter of the input) makes the same plan.
  if (plan === undefined) compiled.plan = plan = makePlan(compiled);
  return plan;
}

function makePlan(compiled: CompiledRuleset): Plan | null {
  const { digits } = compiled.rounding;
  const weights = compiled.dimensions.map(({ weight }) => {
    const ten = tenLog(weight.d);
    return ten >= 0 && ten <= 2 && typeof weight.n === 'number' ? weight.n * 10 ** (2 - ten) : -1;
  });
  if (digits > 6 || weights.some((w) => w < 0)) return null;
  // Every dimension given as a score (the rows say so) and a total on or off a tie: what the assumptions read.
  const given = compiled.dimensions.map(
    (d) => ({ ...d, points: false, answers: null } as unknown as DimensionEvaluation),
  );
  const evaluation = (exact: Rational): BodyEvaluation =>
    ({
      dimensions: given,
      units: null,
      before: exact,
      deductions: [],
      exact,
      rounded: R0,
    } as BodyEvaluation);
  const followedUpOmbudsman = readFollowUp(compiled, undefined);
  const bands = compiled.bands.map((entry): PlanBand => {
    // The band's words as the general evaluator shows them (its total is the result's).
    const shown = classification(entry, '', followedUpOmbudsman === true);
    const list = (exact: Rational) =>
      resultAssumptions(compiled, evaluation(exact), entry, false, shown.opinion !== null);
    const from = ceilTo(entry.min, digits).n;
    return {
      ...shown,
      from: typeof from === 'number' ? from : Infinity,
      // 0 is on no tie; 5 / 10^(digits+1) is half a unit of the last place.
      assumptions: [list(R0), list({ n: 5, d: tenTo(digits + 1) })],
    };
  });
  return {
    ruleset: compiled,
    weight: weights,
    unit: 10 ** (6 - digits),
    digits,
    bands,
    followedUpOmbudsman,
    // 10,001 own entries each (Array.from writes own properties): an index setter put on Array.prototype by the
    // host never sees a write to them.
    row: compiled.dimensions.map(() =>
      Array.from(
        { __proto__: null, length: 10_001 } as ArrayLike<undefined>,
        (): DimensionScore | undefined => undefined,
      ),
    ),
  };
}

/**
 * Hundredths of a plan-shaped score: a string `d…d` or `d…d.d` / `d…d.dd` of at most 6 characters, or a number
 * that is exactly such a decimal, from 0 to 100; else −1 (the general reader decides).
 */
function hundredths(value: unknown): number {
  if (typeof value === 'number') {
    const h = Math.round(value * 100);
    // h / 100 is the double nearest to the decimal h / 100; when it is `value`, that decimal is what `value`
    // prints as (two decimals of at most 5 significant digits round-trip), as the general reader would read it.
    return h >= 0 && h <= 10_000 && h / 100 === value ? h | 0 : -1;
  }
  if (typeof value !== 'string') return -1;
  const length = value.length;
  if (length === 0 || length > 6) return -1;
  let n = 0;
  let dot = -1;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0) dot = i;
    else if (c >= 48 && c <= 57) n = n * 10 + c - 48;
    else return -1;
  }
  // Digits, or digits, a dot and one or two digits.
  const scale = dot < 0 ? 100 : length - dot === 2 ? 10 : length - dot === 3 ? 1 : 0;
  n *= scale;
  return scale > 0 && n <= 10_000 ? n : -1;
}

/**
 * Scores `input` by the plan when it is `{ dimensions }` with two-decimal scores. Otherwise, when the plan already
 * read part of it, the result of `general` (the general evaluator) for the body as the general reader reads it (so
 * that no value is read twice), or `undefined` when it read nothing (the caller reads the input). Errors are those
 * of the general reader, in its order. The caller never needs to look into the result to tell which it is, so
 * that its compiled code holds no shape of a result, which a collection of every result would void.
 *
 * @internal
 */
export function scorePlanned(
  compiled: CompiledRuleset,
  input: unknown,
  options: ReadOptions,
  general: (compiled: CompiledRuleset, body: ReadBody) => ScoreResult,
): ScoreResult | undefined {
  if (options !== NO_OPTIONS && (options.decimalComma === true || options.missingIndicators !== undefined)) {
    return undefined;
  }
  if (typeof input !== 'object' || input === null) return undefined;
  const plan = planOf(compiled);
  if (plan === null) return undefined;
  try {
    if (isArraySafe(input) || !keysAre(input, PATH)) return undefined;
    // The other keys of a body, own (enumerable or not) or inherited, send it to the general reader: written out,
    // so that the optimising compiler answers them from the body's shape.
    if ('points' in input || 'answers' in input || 'units' in input || 'deductions' in input) return undefined;
    if ('followedUpOmbudsman' in input) return undefined;
  } catch {
    return undefined;
  }
  // Read as the general reader reads it, and from here on never again.
  const dimensions = field(input, 'dimensions', []);
  // Every field absent, as in an empty body: the general reader's answer to that.
  if (dimensions === undefined) return general(compiled, readInput(compiled, {}, options));
  const { ids } = compiled;
  const n = ids.length;
  let fits: boolean;
  try {
    fits =
      typeof dimensions === 'object' && dimensions !== null && !isArraySafe(dimensions) && keysAre(dimensions, ids);
  } catch {
    fits = false;
  }
  if (!fits) return general(compiled, generalBody(plan, readDimensionScores(compiled, dimensions, PATH, options)));
  // A copy of a list with an own entry per dimension (its ids), each overwritten by the dimension's row: assignment
  // to own properties, never through a setter that the host may have put on Array.prototype.
  const rows = ids.slice() as unknown as DimensionScore[];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const raw = field(dimensions!, ids[i]!, PATH);
    const h = hundredths(raw);
    if (h < 0) return general(compiled, generalBody(plan, readRest(plan, dimensions!, rows.slice(0, i), raw, options)));
    sum += plan.weight[i]! * h;
    rows[i] = rowOf(plan, i, h);
  }
  return result(plan, sum, rows);
}

/**
 * Whether every enumerable key of `object`, own or inherited, is one of `keys`, and there are as many as `keys`:
 * then the general reader finds no unknown key, and reads each of `keys` as {@link field} does (a key given only
 * by a prototype reads `undefined`, missing). Keys in the order of `keys` are matched without a search.
 */
function keysAre(object: object, keys: readonly string[]): boolean {
  let count = 0;
  for (const key in object) {
    if (key !== keys[count] && !keys.includes(key)) return false;
    count++;
  }
  return count === keys.length;
}

/** The body for the general evaluator, of dimension values read. */
function generalBody(plan: Plan, values: ReadValue[]): ReadBody {
  return { kind: 'values', values, deductions: [], followedUpOmbudsman: plan.followedUpOmbudsman };
}

/**
 * The general reader from the first score the plan does not take (`raw`, already read): the scores before it
 * (the values of their rows), it, then the rest, each read once.
 */
function readRest(
  plan: Plan,
  dimensions: object,
  rows: readonly DimensionScore[],
  raw: unknown,
  options: ReadOptions,
): ReadValue[] {
  const values: ReadValue[] = rows.map((row, j) => ({
    kind: 'score',
    // The hundredths of a shared row are its index in the cache.
    score: { n: plan.row[j]!.indexOf(row), d: 100 },
  }));
  return readDimensionsFrom(plan.ruleset, dimensions, PATH, options, false, values, { raw });
}

/** The shared frozen row of dimension `i` at `h` hundredths. */
function rowOf(plan: Plan, i: number, h: number): DimensionScore {
  const cached = plan.row[i]!;
  let row = cached[h];
  if (row === undefined) {
    const d = plan.ruleset.dimensions[i]!;
    // The general rows show the exact score and contribution (weight × score / 100) in their shortest form.
    row = cached[h] = Object.freeze({
      id: d.id,
      score: scaledText(h, 2, true),
      weight: d.weightText,
      contribution: millionthsText(plan.weight[i]! * h),
    });
  }
  return row;
}

/** The result of a total of `sum` millionths. */
function result(plan: Plan, sum: number, rows: DimensionScore[]): ScoreResult {
  const { unit: divisor, digits, ruleset: compiled } = plan;
  const q = Math.floor(sum / divisor);
  const r = sum - q * divisor;
  const rest = r === 0 ? 0 : r * 2 < divisor ? 1 : r * 2 === divisor ? 2 : 3;
  const rounded = roundsUp(compiled.rounding.mode, rest, q % 2 === 1) ? q + 1 : q;
  const bands = plan.bands;
  let b = 0;
  while (b < bands.length - 1 && rounded < bands[b]!.from) b++;
  const band = bands[b]!;
  return Object.freeze({
    total: digits === 2 ? centsText(rounded) : scaledText(rounded, digits),
    category: band.category,
    zone: band.zone,
    label: band.label,
    opinion: band.opinion,
    quality: band.quality,
    exact: millionthsText(sum),
    ruleset: compiled.ref,
    dimensions: Object.freeze(rows),
    units: null,
    deductions: NO_DEDUCTIONS,
    followedUpOmbudsman: plan.followedUpOmbudsman,
    assumptions: band.assumptions[rest === 2 ? 1 : 0],
  });
}
