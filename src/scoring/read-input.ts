/**
 * Validates a `score` input against a ruleset and reads it into exact decimals. Every refusal is a
 * `ScoringError('INVALID_INPUT')` with the path of the offending value; the input is only read, never changed.
 *
 * @module
 */
import { parseDecimal, parseScore, type ParseOptions } from '../exact/read-number.js';
import { field, readArray, readAt, readLength, readObject, readText, rejectUnknownKeys } from '../read/fields.js';
import type { Path, ScoringError } from '../errors.js';
import { fail } from '../errors/fail.js';
import { CONFLICT, DUPLICATE_ID, MISSING_ANSWERS, MISSING_DIMENSION, MISSING_REASON, MISSING_UNITS, NO_ANSWERS, NO_SCORES, NOT_A_LEVEL, NOT_ALLOWED, NOT_APPLICABLE, NOT_BOOLEAN, OUT_OF_RANGE, UNIT_EMPTY } from '../texts/errors.js';
import { LIMITS } from '../limits.js';
import { MISSING_INDICATOR_RULES, type MissingIndicators } from '../model/instrument.js';
import {
  instrumentOf,
  type CompiledIndicator,
  type CompiledInstrument,
  type IndicatorAnswers,
  type ReadAnswers,
} from './answers.js';
import type { CompiledDimension, CompiledRuleset } from './compile.js';
import { readChoice } from '../read/options.js';
import { own } from '../util/own.js';
import { cmp, int, type Rational } from '../exact/fraction.js';

/** Most answers accepted for one indicator (respondents or observed products). @internal */
export const MAX_ANSWERS_PER_INDICATOR = LIMITS.answersPerIndicator;

/** What reading an input needs from the options of `score`. @internal */
export interface ReadOptions extends ParseOptions {
  /** How indicators without answers count (answer-level input only). */
  readonly missingIndicators?: MissingIndicators | undefined;
}

/** One dimension of a body or unit: its score as given, its answers, or its weighted points as printed. @internal */
export type ReadValue =
  | { readonly kind: 'score'; readonly score: Rational }
  | { readonly kind: 'answers'; readonly answers: ReadAnswers }
  | { readonly kind: 'points'; readonly points: Rational };

/**
 * The answer lists read so far in one input, by list object: a list shared by several units (or indicators of one
 * scale) is read once and its sum reused, so the work is bounded by the lists given, not by their references.
 */
type Seen = Map<unknown, { readonly indicator: CompiledIndicator; readonly answers: IndicatorAnswers }>;

/** @internal */
export interface ReadDeduction {
  readonly points: Rational;
  readonly reason: string;
}

/** @internal */
export interface ReadUnit {
  readonly id: string;
  /** Given total, or `null` when the unit was given by its dimensions. */
  readonly total: Rational | null;
  /** Else its dimensions (scores, points or answers): one value per dimension, in ruleset order. */
  readonly values: readonly ReadValue[] | null;
}

/** @internal */
export type ReadBody = {
  readonly deductions: readonly ReadDeduction[];
  readonly followedUpOmbudsman: boolean | null;
} & (
  | { readonly kind: 'units'; readonly units: readonly ReadUnit[] }
  /** Every dimension once, as its score, its printed points or its answers. */
  | { readonly kind: 'values'; readonly values: readonly ReadValue[] }
);

const BODY_KEYS = ['dimensions', 'points', 'answers', 'units', 'deductions', 'followedUpOmbudsman'];
/** The keys that give a body's scores; exactly one of them (answers may come with dimensions). */
const SHAPES = ['dimensions', 'points', 'answers', 'units'] as const;

/** @internal */
export function readInput(compiled: CompiledRuleset, input: unknown, options: ReadOptions): ReadBody {
  const missing = readMissingRule(options);
  const seen: Seen = new Map();
  const body = readObject(input, []);
  rejectUnknownKeys(body, BODY_KEYS, []);
  const dimensions = field(body, 'dimensions', []);
  const points = field(body, 'points', []);
  const answers = field(body, 'answers', []);
  const units = field(body, 'units', []);
  const facts = {
    deductions: readDeductions(compiled, field(body, 'deductions', []), options),
    followedUpOmbudsman: readFollowUp(compiled, field(body, 'followedUpOmbudsman', [])),
  };
  rejectTwoShapes({ dimensions, points, answers, units }, []);
  if (points !== undefined)
    return { kind: 'values', values: readDimensionScores(compiled, points, ['points'], options, true), ...facts };
  if (answers !== undefined) {
    return { kind: 'values', values: readMixed(compiled, dimensions, answers, [], options, missing, seen), ...facts };
  }
  if (dimensions !== undefined) {
    return { kind: 'values', values: readDimensionScores(compiled, dimensions, ['dimensions'], options), ...facts };
  }
  if (units !== undefined) return { kind: 'units', units: readUnits(compiled, units, options, missing, seen), ...facts };
  throw fail('INVALID_INPUT', [], NO_SCORES);
}

/**
 * Refuses a body or unit given in two shapes at once (dimensions and points, points and answers, units and
 * anything); only dimensions with answers mix, one dimension each.
 */
function rejectTwoShapes(given: Partial<Record<(typeof SHAPES)[number], unknown>>, path: Path): void {
  const present = SHAPES.filter((key) => given[key] !== undefined);
  if (present.length < 2 || (present.length === 2 && present[0] === 'dimensions' && present[1] === 'answers')) return;
  const second = present[1]!;
  throw fail('INVALID_INPUT', [...path, second], CONFLICT, { first: present[0]!, second });
}

/**
 * Reads a dimension-score map in ruleset order, every dimension required: scores on 0–100, or, with `points`,
 * weighted points as the Ombudsman prints them (RULEBOOK §5), each from 0 to its dimension's weight (their sum is
 * the total, which needs no weight).
 *
 * @internal
 */
export function readDimensionScores(
  compiled: CompiledRuleset,
  value: unknown,
  path: Path,
  options: ParseOptions,
  points = false,
): ReadValue[] {
  const scores = readObject(value, path);
  rejectUnknownKeys(scores, compiled.ids, path, undefined, compiled.ruleset.dimensions);
  return compiled.dimensions.map((d) => readDimensionValue(d, field(scores, d.id, path), path, options, points));
}

/**
 * One value of a dimension-score map, as read (`raw`) from the map at `path`: a score on 0–100, or with
 * `points` weighted points from 0 to the dimension's weight. `undefined` is missing.
 *
 * @internal
 */
export function readDimensionValue(
  { id, label, weight, weightText }: CompiledDimension,
  raw: unknown,
  path: Path,
  options: ParseOptions,
  points: boolean,
): ReadValue {
  const at = [...path, id];
  if (raw === undefined) throw fail('INVALID_INPUT', at, MISSING_DIMENSION, { dimension: label, id, unit: unitOf(path) });
  if (!points) return { kind: 'score', score: parseScore(raw, at, options) };
  const parsed = parseDecimal(raw, at, options);
  if (parsed.n < 0 || cmp(parsed, weight) > 0) throw fail('INVALID_INPUT', at, OUT_OF_RANGE, { value: raw, min: '0', max: weightText });
  return { kind: 'points', points: parsed };
}

function readUnits(
  compiled: CompiledRuleset,
  value: unknown,
  options: ParseOptions,
  missing: MissingIndicators,
  seen: Seen,
): ReadUnit[] {
  const list = readArray(value, ['units'], 'units', LIMITS.unitsPerBody);
  if (list.length === 0) throw fail('INVALID_INPUT', ['units'], MISSING_UNITS);
  // First every unit and its id, each read once; then the ids of units without one, which never equal a given id.
  const read = list.map((raw, i) => {
    const path = ['units', i];
    const unit = readObject(raw, path);
    rejectUnknownKeys(unit, ['id', 'total', 'dimensions', 'points', 'answers'], path);
    const idRaw = field(unit, 'id', path);
    return { unit, path, given: idRaw === undefined ? null : readText(idRaw, [...path, 'id']) };
  });
  const given = new Set<string>();
  for (const { given: id, path } of read) {
    if (id === null) continue;
    if (given.has(id)) throw fail('INVALID_INPUT', [...path, 'id'], DUPLICATE_ID, { id });
    given.add(id);
  }
  return read.map(({ unit, path, given: givenId }, i) => {
    const id = givenId ?? unitIdFor(i, given);
    const total = field(unit, 'total', path);
    const dimensions = field(unit, 'dimensions', path);
    const points = field(unit, 'points', path);
    const answers = field(unit, 'answers', path);
    if (points !== undefined) {
      if (total !== undefined || dimensions !== undefined || answers !== undefined) {
        throw fail(
          'INVALID_INPUT',
          [...path, 'points'],
          CONFLICT,
          { first: 'points', second: total !== undefined ? 'total' : dimensions !== undefined ? 'dimensions' : 'answers' },
        );
      }
      return { id, total: null, values: readDimensionScores(compiled, points, [...path, 'points'], options, true) };
    }
    if (answers !== undefined) {
      if (total !== undefined) throw fail('INVALID_INPUT', [...path, 'total'], CONFLICT, { first: 'total', second: 'answers' });
      return {
        id,
        total: null,
        values: readMixed(compiled, dimensions, answers, path, options, missing, seen),
      };
    }
    if ((total === undefined) === (dimensions === undefined)) {
      throw total === undefined
        ? fail('INVALID_INPUT', path, UNIT_EMPTY, { unit: i })
        : fail('INVALID_INPUT', path, CONFLICT, { first: 'total', second: 'dimensions' });
    }
    return total !== undefined
      ? { id, total: parseScore(total, [...path, 'total'], options), values: null }
      : { id, total: null, values: readDimensionScores(compiled, dimensions, [...path, 'dimensions'], options) };
  });
}

/**
 * The id of a unit given without one: its 1-based position (`"3"`), or, when a unit given by the caller
 * already has that id, the position followed by `#2` (then `#3`, …): the first of these that no given id
 * equals. Ids made from different positions never equal each other (the text before `#` differs).
 *
 * @internal
 */
export function unitIdFor(index: number, given: ReadonlySet<string>): string {
  const position = String(index + 1);
  if (!given.has(position)) return position;
  let n = 2;
  while (given.has(`${position}#${n}`)) n++;
  return `${position}#${n}`;
}

/**
 * Reads a body or unit given partly by dimension scores and partly by answers: every dimension of the
 * ruleset exactly once, in one of the two.
 */
function readMixed(
  compiled: CompiledRuleset,
  dimensionsRaw: unknown,
  answersRaw: unknown,
  path: Path,
  options: ParseOptions,
  missing: MissingIndicators,
  seen: Seen,
): ReadValue[] {
  const dimensionsPath = [...path, 'dimensions'];
  const answersPath = [...path, 'answers'];
  const scores = dimensionsRaw === undefined ? {} : readObject(dimensionsRaw, dimensionsPath);
  rejectUnknownKeys(scores, compiled.ids, dimensionsPath, undefined, compiled.ruleset.dimensions);
  const answers = readObject(answersRaw, answersPath);
  const answered = compiled.ruleset.dimensions.filter((d) => own(d, 'variables'));
  rejectUnknownKeys(
    answers,
    answered.map((d) => d.id),
    answersPath,
    undefined,
    answered.length > 0 ? answered : undefined,
  );
  return compiled.ruleset.dimensions.map((dimension): ReadValue => {
    const score = field(scores, dimension.id, dimensionsPath);
    const given = field(answers, dimension.id, answersPath);
    if (score !== undefined && given !== undefined) {
      throw fail('INVALID_INPUT', [...answersPath, dimension.id], CONFLICT, { first: 'dimensions', second: 'answers' });
    }
    if (score !== undefined)
      return { kind: 'score', score: parseScore(score, [...dimensionsPath, dimension.id], options) };
    if (given === undefined) {
      throw fail('INVALID_INPUT', [...dimensionsPath, dimension.id], MISSING_DIMENSION, {
        dimension: dimension.label,
        id: dimension.id,
        unit: unitOf(path),
      });
    }
    return {
      kind: 'answers',
      answers: readAnswers(instrumentOf(dimension)!, given, [...answersPath, dimension.id], options, missing, seen),
    };
  });
}

/** The index of the unit a path is in (`['units', 2, …]` → 2), or `null` for a body given whole. */
function unitOf(path: Path): number | null {
  return path[0] === 'units' && typeof path[1] === 'number' ? path[1] : null;
}

function readMissingRule(options: ReadOptions): MissingIndicators {
  return readChoice(options.missingIndicators, MISSING_INDICATOR_RULES, 'missingIndicators') ?? 'refuse';
}

/**
 * Reads `{ <indicatorId>: number[] }` for one dimension. Unknown ids, answers off the scale, and (under
 * `refuse`) indicators without answers are `INVALID_INPUT` at their path.
 *
 * @internal
 */
export function readAnswers(
  instrument: CompiledInstrument,
  value: unknown,
  path: Path,
  options: ParseOptions,
  missing: MissingIndicators,
  seen: Seen = new Map(),
): ReadAnswers {
  const object = readObject(value, path);
  rejectUnknownKeys(object, instrument.ids, path, instrument.idSet);
  // One path for every indicator of this call, its last entry set per indicator: errors copy the path they get.
  const at: (string | number)[] = [...path, ''];
  const answers = instrument.indicators.map((indicator): IndicatorAnswers | null => {
    at[path.length] = indicator.id;
    const raw = field(object, indicator.id, path);
    // A list met before in this input (units sharing one answers object) was read once: its counts are reused.
    const met = seen.get(raw);
    if (met !== undefined && met.indicator === indicator) return met.answers;
    // Read in place, never copied: its length once, within the limit, then each answer once (a hole reads as
    // undefined and is refused below, a throwing getter is an INVALID_INPUT).
    const length = raw === undefined ? 0 : readLength(raw, at, indicator.id, MAX_ANSWERS_PER_INDICATOR);
    if (length === 0) {
      if (missing === 'refuse') {
        throw fail('INVALID_INPUT', at, NO_ANSWERS, { indicator: indicator.id, label: indicator.label });
      }
      return null;
    }
    const read = readIndicatorAnswers(indicator, raw as readonly unknown[], length, at, options);
    seen.set(raw, { indicator, answers: read });
    return read;
  });
  if (!answers.some(Boolean)) throw fail('INVALID_INPUT', path, MISSING_ANSWERS);
  return { instrument, answers, missing };
}

/**
 * The answers to one indicator, counted per level (a whole number is found without being parsed): an answer is
 * a level of the indicator's scale or one of its answer options (RULEBOOK §7a). A fraction (2.5, a mean of
 * several respondents) is refused, never rounded.
 */
function readIndicatorAnswers(
  indicator: CompiledIndicator,
  list: readonly unknown[],
  length: number,
  at: Path,
  options: ParseOptions,
): IndicatorAnswers {
  const { levels, min } = indicator;
  const counts = levels.map(() => 0);
  for (let i = 0; i < length; i++) {
    const answer = readAt(list, i, at);
    // Levels are whole numbers, lowest first, nearly always consecutive: try the answer's own place first.
    let level = typeof answer === 'number' ? answer - min : -1;
    if (levels[level]?.value !== answer)
      level = typeof answer === 'number' ? levels.findIndex((l) => l.value === answer) : -1;
    if (level < 0) {
      const parsed = parseDecimal(answer, [...at, i], options);
      level = levels.findIndex((l) => cmp(parsed, int(l.value)) === 0);
      if (level < 0) throw refusedAnswer(indicator, answer, parsed, [...at, i]);
    }
    counts[level]!++;
  }
  return { count: length, counts };
}

/** Why an answer that is not one of the indicator's levels is refused: not an option, off the scale, or a fraction. */
function refusedAnswer(indicator: CompiledIndicator, answer: unknown, parsed: Rational, at: Path): ScoringError {
  if (indicator.options) return fail('INVALID_INPUT', at, NOT_ALLOWED, {
      value: answer,
      allowed: indicator.levels.map((l) => l.value),
    });
  if (cmp(parsed, int(indicator.min)) < 0 || cmp(parsed, int(indicator.max)) > 0) {
    return fail('INVALID_INPUT', at, OUT_OF_RANGE, { value: answer, min: String(indicator.min), max: String(indicator.max) });
  }
  return fail('INVALID_INPUT', at, NOT_A_LEVEL, { value: answer, min: indicator.min, max: indicator.max });
}

function readDeductions(compiled: CompiledRuleset, value: unknown, options: ParseOptions): ReadDeduction[] {
  if (value === undefined) return [];
  const path = ['deductions'];
  if (!compiled.ruleset.deductions.value) {
    throw fail('INVALID_INPUT', path, NOT_APPLICABLE, {
      field: 'deductions',
      years: [2023, 2024],
    });
  }
  return readArray(value, path, 'deductions', LIMITS.deductionsPerBody).map((raw, i) => {
    const at = [...path, i];
    const deduction = readObject(raw, at);
    rejectUnknownKeys(deduction, ['points', 'reason'], at);
    const points = parseScore(field(deduction, 'points', at), [...at, 'points'], options);
    const reasonRaw = field(deduction, 'reason', at);
    const reason = readText(reasonRaw, [...at, 'reason']);
    if (reason.trim() === '') throw fail('INVALID_INPUT', [...at, 'reason'], MISSING_REASON);
    return { points, reason };
  });
}

/** The 2025 follow-up flag: `false` when absent where the ruleset has the qualifier, else `null`. @internal */
export function readFollowUp(compiled: CompiledRuleset, value: unknown): boolean | null {
  const hasQualifier = compiled.ruleset.opinion?.value.qualifier != null;
  if (value === undefined) return hasQualifier ? false : null;
  if (!hasQualifier) {
    throw fail('INVALID_INPUT', ['followedUpOmbudsman'], NOT_APPLICABLE, {
      field: 'followedUpOmbudsman',
      years: [2025],
    });
  }
  if (typeof value !== 'boolean') {
    throw fail('INVALID_INPUT', ['followedUpOmbudsman'], NOT_BOOLEAN, { value });
  }
  return value;
}
