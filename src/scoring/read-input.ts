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
import { all, ended, note } from '../errors/issues.js';
import { inPlace } from '../texts/en.js';
import { inPlace as inPlaceId } from '../texts/id.js';
import {
  CONFLICT,
  DUPLICATE_ID,
  MISSING_ANSWERS,
  MISSING_DIMENSION,
  MISSING_REASON,
  MISSING_UNITS,
  NO_ANSWERS,
  NO_SCORES,
  NOT_A_LEVEL,
  NOT_ALLOWED,
  NOT_APPLICABLE,
  NOT_BOOLEAN,
  OUT_OF_RANGE,
  UNIT_EMPTY,
} from '../errors/templates.js';
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
type Seen = Map<unknown, IndicatorAnswers>;

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
/**
 * The keys that give the scores of a body (its units) or of a unit (its total); exactly one of them (answers may
 * come with dimensions). A conflict is reported at the later of the two, in this order.
 */
const SHAPES = ['total', 'dimensions', 'points', 'answers', 'units'] as const;
type Shape = (typeof SHAPES)[number];

/**
 * Reads a body, noting the problem of each independent field (a dimension, a unit and each value in it, a
 * deduction, the follow-up flag, each indicator's answers) and reading on; at the end the first problem is thrown
 * with all of them as its `issues` (src/errors/issues.ts); each error inside a unit with its place in words.
 *
 * @internal
 */
export function readInput(compiled: CompiledRuleset, input: unknown, options: ReadOptions): ReadBody {
  const issues: ScoringError[] = [];
  let body: ReadBody;
  try {
    body = readBody(compiled, input, options, issues);
  } catch (error) {
    ended(issues, error);
  }
  if (issues[0]) throw allInPlace(compiled, issues);
  return body!;
}

function readBody(compiled: CompiledRuleset, input: unknown, options: ReadOptions, issues: ScoringError[]): ReadBody {
  const missing = readChoice(options.missingIndicators, MISSING_INDICATOR_RULES, 'missingIndicators') ?? 'refuse';
  const seen: Seen = new Map();
  const body = readObject(input, []);
  rejectUnknownKeys(body, BODY_KEYS, [], issues);
  const given = readShapes(body, SHAPES.slice(1), []);
  let deductions: ReadDeduction[] = [];
  let followedUpOmbudsman: boolean | null = null;
  try {
    deductions = readDeductions(compiled, field(body, 'deductions', []), options, issues);
  } catch (error) {
    note(issues, error);
  }
  try {
    followedUpOmbudsman = readFollowUp(compiled, field(body, 'followedUpOmbudsman', []));
  } catch (error) {
    note(issues, error);
  }
  const facts = { deductions, followedUpOmbudsman };
  const values = readValues(compiled, given, [], options, missing, seen, issues);
  if (values) return { kind: 'values', values, ...facts };
  if (given.units !== undefined)
    return { kind: 'units', units: readUnits(compiled, given.units, options, missing, seen, issues), ...facts };
  throw fail('INVALID_INPUT', [], NO_SCORES);
}

/** The fields of `object` that may give its scores (`keys`, a part of {@link SHAPES}), each read once, in order. */
function readShapes(object: object, keys: readonly Shape[], path: Path): Partial<Record<Shape, unknown>> {
  return Object.fromEntries(keys.map((key) => [key, field(object, key, path)]));
}

/**
 * The dimension values of a body or unit, given by dimension scores, points or answers (mixable with dimension
 * scores), or `null` where it is given otherwise (by its units, or a unit by its total). Two shapes given together
 * are refused (dimensions and points, points and answers, units or a total and anything); only dimensions with
 * answers mix, one dimension each.
 */
function readValues(
  compiled: CompiledRuleset,
  given: Partial<Record<Shape, unknown>>,
  path: Path,
  options: ParseOptions,
  missing: MissingIndicators,
  seen: Seen,
  issues: ScoringError[],
): ReadValue[] | null {
  // Own keys only: a key put on Object.prototype by the host is no shape given.
  const present = SHAPES.filter((key) => own(given, key) !== undefined);
  if (present.length > 1 && present.join() !== 'dimensions,answers') {
    const second = present[1]!;
    throw fail('INVALID_INPUT', [...path, second], CONFLICT, { first: present[0]!, second });
  }
  const { dimensions, answers } = given;
  if (answers !== undefined) return readMixed(compiled, dimensions, answers, path, options, missing, seen, issues);
  // Else one shape at most: a map of dimension scores or of points, or the units or total read by the caller.
  const shape = present[0];
  return shape === 'dimensions' || shape === 'points'
    ? readDimensionScores(compiled, given[shape], [...path, shape], options, shape === 'points', issues)
    : null;
}

/**
 * Every problem noted, each with its place in words before its texts, thrown as one error (the first, with all as
 * its issues): inside a unit, the unit and the dimension its path goes through (`Unit ke-2, Dimensi Output: …`); in
 * a dimension of the body, the dimension (`Dimensi Output: …`); the dimension only where the text does not name it.
 * A problem of the body itself (a key, a deduction, the follow-up) as it is.
 */
function allInPlace(compiled: CompiledRuleset, issues: readonly ScoringError[]): ScoringError {
  return all(
    issues.map((error) => {
      const { path, text } = error;
      const unit = path[0] === 'units' ? (path[1] as number | undefined) : undefined;
      const label = compiled.dimensions.find((d) => d.id === path[unit === undefined ? 1 : 3])?.label;
      const dimension = label && !text.id.includes(label.id) ? label : null;
      return unit === undefined && !dimension
        ? error
        : fail(
            error.code,
            path,
            { reason: error.reason as 'missing', en: inPlace, id: inPlaceId },
            { unit, dimension, text },
          );
    }),
  );
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
  points?: boolean,
  issues?: ScoringError[],
): ReadValue[] {
  return readDimensionsFrom(compiled, readObject(value, path), path, options, points, [], undefined, issues);
}

/**
 * The values of the dimensions of a map: those before `done.length` as `done` holds them, the rest read. Each
 * problem is noted in `issues`; without `issues`, those noted are thrown at the end. `first`, when given, holds the
 * value of the first one read, already read by the compiled plan (which has checked the map's keys); without it,
 * the map's unknown keys are refused first.
 *
 * @internal
 */
export function readDimensionsFrom(
  compiled: CompiledRuleset,
  scores: object,
  path: Path,
  options: ParseOptions,
  points: boolean | undefined,
  done: readonly ReadValue[],
  first?: { readonly raw: unknown },
  issues?: ScoringError[],
): ReadValue[] {
  const noted = issues ?? [];
  const start = done.length;
  if (!first) rejectUnknownKeys(scores, compiled.ids, path, noted, undefined, compiled.dimensions);
  const values = compiled.dimensions.map((d, i) => {
    if (i < start) return done[i]!;
    try {
      return readDimensionValue(d, first && i === start ? first.raw : field(scores, d.id, path), path, options, points);
    } catch (error) {
      return note(noted, error)!;
    }
  });
  if (!issues && noted[0]) throw allInPlace(compiled, noted);
  return values;
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
  points: boolean | undefined,
): ReadValue {
  const at = [...path, id];
  if (raw === undefined) throw fail('INVALID_INPUT', at, MISSING_DIMENSION, { dimension: label, id });
  if (!points) return { kind: 'score', score: parseScore(raw, at, options) };
  const parsed = parseDecimal(raw, at, options);
  if (parsed.n < 0 || cmp(parsed, weight) > 0)
    throw fail('INVALID_INPUT', at, OUT_OF_RANGE, { value: raw, min: '0', max: weightText });
  return { kind: 'points', points: parsed };
}

function readUnits(
  compiled: CompiledRuleset,
  value: unknown,
  options: ParseOptions,
  missing: MissingIndicators,
  seen: Seen,
  issues: ScoringError[],
): ReadUnit[] {
  const list = readArray(value, ['units'], 'units', LIMITS.unitsPerBody);
  if (list.length === 0) throw fail('INVALID_INPUT', ['units'], MISSING_UNITS);
  // First every unit and its id, each read once; then the ids of units without one, which never equal a given id.
  // A unit that is no object is noted and left out of both.
  const read = list.map((raw, i) => {
    const path = ['units', i];
    let unit: object | undefined;
    let given: string | null = null;
    try {
      unit = readObject(raw, path);
      rejectUnknownKeys(unit, ['id', 'total', 'dimensions', 'points', 'answers'], path, issues);
      const idRaw = field(unit, 'id', path);
      if (idRaw !== undefined) given = readText(idRaw, [...path, 'id']);
    } catch (error) {
      note(issues, error);
    }
    return unit && { unit, path, given };
  });
  const given = new Set<string>();
  for (const unit of read) {
    const id = unit?.given;
    if (id == null) continue;
    if (given.has(id)) note(issues, fail('INVALID_INPUT', [...unit!.path, 'id'], DUPLICATE_ID, { id }));
    given.add(id);
  }
  // Then each unit by its total, its dimensions, its points or its answers (each value's problem noted).
  return read.map((entry, i): ReadUnit => {
    try {
      if (entry) {
        const { path } = entry;
        const id = entry.given ?? unitIdFor(i, given);
        const shapes = readShapes(entry.unit, SHAPES.slice(0, 4), path);
        const values = readValues(compiled, shapes, path, options, missing, seen, issues);
        if (values) return { id, total: null, values };
        if (shapes.total === undefined) throw fail('INVALID_INPUT', path, UNIT_EMPTY);
        return { id, total: parseScore(shapes.total, [...path, 'total'], options), values: null };
      }
    } catch (error) {
      note(issues, error);
    }
    return undefined!; // a unit with a problem: noted, and thrown at the end
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
  let id = String(index + 1);
  for (let n = 2; given.has(id); n++) id = `${index + 1}#${n}`;
  return id;
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
  issues: ScoringError[],
): ReadValue[] {
  const dimensionsPath = [...path, 'dimensions'];
  const answersPath = [...path, 'answers'];
  const scores = dimensionsRaw === undefined ? {} : readObject(dimensionsRaw, dimensionsPath);
  rejectUnknownKeys(scores, compiled.ids, dimensionsPath, issues, undefined, compiled.dimensions);
  const answers = readObject(answersRaw, answersPath);
  const answered = compiled.ruleset.dimensions.filter((d) => own(d, 'variables'));
  rejectUnknownKeys(
    answers,
    answered.map((d) => d.id),
    answersPath,
    issues,
    undefined,
    answered.length > 0 ? answered : undefined,
  );
  return compiled.dimensions.map((dimension, i): ReadValue => {
    try {
      const score = field(scores, dimension.id, dimensionsPath);
      const given = field(answers, dimension.id, answersPath);
      if (score !== undefined && given !== undefined) {
        throw fail('INVALID_INPUT', [...answersPath, dimension.id], CONFLICT, {
          first: 'dimensions',
          second: 'answers',
        });
      }
      // A score, or neither (missing), is read as in a map of dimension scores.
      if (given === undefined) return readDimensionValue(dimension, score, dimensionsPath, options, false);
      const instrument = instrumentOf(compiled.ruleset.dimensions[i]!);
      // A dimension without an instrument was refused among the unknown keys of the answers.
      return instrument
        ? {
            kind: 'answers',
            answers: readAnswers(instrument, given, [...answersPath, dimension.id], options, missing, seen, issues),
          }
        : (undefined as never);
    } catch (error) {
      return note(issues, error)!;
    }
  });
}

/**
 * Reads `{ <indicatorId>: number[] }` for one dimension. Unknown ids, answers off the scale, and (under
 * `refuse`) indicators without answers are `INVALID_INPUT` at their path, noted in `issues` one per indicator (its
 * first bad answer).
 *
 * @internal
 */
export function readAnswers(
  instrument: CompiledInstrument,
  value: unknown,
  path: Path,
  options: ParseOptions,
  missing: MissingIndicators,
  seen: Seen,
  issues: ScoringError[],
): ReadAnswers {
  const object = readObject(value, path);
  rejectUnknownKeys(object, instrument.ids, path, issues, instrument.idSet);
  // The path of each indicator in turn: one array for the dimension (an error copies its path when it is made).
  const at = [...path, ''];
  const answers = instrument.indicators.map((indicator): IndicatorAnswers | null => {
    try {
      at[path.length] = indicator.id;
      const raw = field(object, indicator.id, path);
      // A list met before in this input (units sharing one answers object) was read once: its counts are reused.
      const met = seen.get(raw);
      if (met?.indicator === indicator) return met!;
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
      seen.set(raw, read);
      return read;
    } catch (error) {
      // Noted: neither read nor left unanswered (not null), and thrown at the end.
      return note(issues, error) ?? (error as never);
    }
  });
  if (answers.every((a) => a === null)) throw fail('INVALID_INPUT', path, MISSING_ANSWERS);
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
    // Levels are whole numbers, lowest first, nearly always consecutive: the answer's own place first, else its value.
    let level = typeof answer === 'number' ? answer - min : -1;
    if (levels[level]?.value !== answer) {
      const parsed = parseDecimal(answer, [...at, i], options);
      level = levels.findIndex((l) => cmp(parsed, int(l.value)) === 0);
      if (level < 0) throw refusedAnswer(indicator, answer, parsed, [...at, i]);
    }
    counts[level]!++;
  }
  return { count: length, counts, indicator };
}

/** Why an answer that is not one of the indicator's levels is refused: not an option, off the scale, or a fraction. */
function refusedAnswer(indicator: CompiledIndicator, answer: unknown, parsed: Rational, at: Path): ScoringError {
  if (indicator.options)
    return fail('INVALID_INPUT', at, NOT_ALLOWED, {
      value: answer,
      allowed: indicator.levels.map((l) => l.value),
    });
  if (cmp(parsed, int(indicator.min)) < 0 || cmp(parsed, int(indicator.max)) > 0) {
    return fail('INVALID_INPUT', at, OUT_OF_RANGE, {
      value: answer,
      min: String(indicator.min),
      max: String(indicator.max),
    });
  }
  return fail('INVALID_INPUT', at, NOT_A_LEVEL, { value: answer, min: indicator.min, max: indicator.max });
}

function readDeductions(
  compiled: CompiledRuleset,
  value: unknown,
  options: ParseOptions,
  issues: ScoringError[],
): ReadDeduction[] {
  if (value === undefined) return [];
  const path = ['deductions'];
  if (!compiled.ruleset.deductions.value) {
    throw fail('INVALID_INPUT', path, NOT_APPLICABLE, {
      field: 'deductions',
      years: [2023, 2024],
    });
  }
  return readArray(value, path, 'deductions', LIMITS.deductionsPerBody).map((raw, i) => {
    try {
      const at = [...path, i];
      const deduction = readObject(raw, at);
      rejectUnknownKeys(deduction, ['points', 'reason'], at, issues);
      const points = parseScore(field(deduction, 'points', at), [...at, 'points'], options);
      const reason = readText(field(deduction, 'reason', at), [...at, 'reason']);
      if (reason.trim() === '') throw fail('INVALID_INPUT', [...at, 'reason'], MISSING_REASON);
      return { points, reason };
    } catch (error) {
      return note(issues, error)!;
    }
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
