/**
 * From a JSON document to bodies. The document is an array of bodies or `{ "year"?, "bodies": [...] }`; a body
 * is `{ "id", "year"?, "total" }` (classified) or `{ "id", "year"?, "dimensions" | "units", "deductions"?,
 * "followedUpOmbudsman"? }` (scored: everything but `id` and `year` goes to `score` as it is). Number literals
 * reach the library as their exact source text (see `parsePositionedJson`).
 *
 * @module
 */
import type { ScoreInput } from '../index.js';
import { DataError, NoYearError, type SourceLocation } from './problems.js';
import { T } from './texts.js';
import { readYear, type BodyRecord, type Extra, type Printed, type ReadContext } from './body.js';
import { normaliseId } from './ids.js';
import type { JsonPath, PositionedJson } from './json.js';

/**
 * Reads the bodies of a parsed JSON document, one by one; a bad body goes to the run's problems. Ids (and the
 * ids of units) are trimmed and NFC-normalised, and checked against the ids seen so far.
 *
 * @throws {@link DataError} for a document that is not a list of bodies; {@link NoYearError} for a body without
 *   a year when no year is given anywhere.
 *
 * @example
 * ```ts
 * const context = { options: { year: 2022, columns: {}, decimalComma: false }, sink: { add() {}, catch() {} }, ids: { add: () => null, clear() {} }, notices: [] } as never;
 * const json = { value: [{ id: 'Medan', total: '81.43' }], locate: () => ({ line: 1, column: 1 }) };
 * [...readJsonBodies(json, 'kota.json', context)][0]!.request;
 * // { kind: 'classify', total: '81.43' }
 * ```
 */
export function* readJsonBodies(json: PositionedJson, file: string, context: ReadContext): Generator<BodyRecord> {
  const { options, sink, ids } = context;
  const at = (path: JsonPath): SourceLocation => ({ file, ...json.locate(path) });
  const root = json.value;
  let list: unknown;
  let listPath: JsonPath;
  let year = options.year;
  let yearPath: JsonPath | null = null;
  if (Array.isArray(root)) {
    list = root;
    listPath = [];
  } else if (isObject(root)) {
    for (const key of Object.keys(root)) {
      if (key !== 'bodies' && key !== 'year' && key !== 'title' && key !== 'sources') {
        throw DataError.at(at([key]), T.jsonUnknownTopKey({ key }));
      }
    }
    list = root['bodies'];
    listPath = ['bodies'];
    if (!Array.isArray(list)) throw DataError.at(at(['bodies']), T.jsonBodiesNotArray);
    if (year === null && root['year'] !== undefined) {
      year = readYearValue(root['year'], at(['year']));
      yearPath = ['year'];
    }
  } else {
    throw DataError.at(at([]), T.jsonNotDocument);
  }

  const bodies = list as unknown[];
  if (bodies.length === 0) throw DataError.at(at(listPath), T.jsonNoBodies);
  for (let i = 0; i < bodies.length; i++) {
    let body: BodyRecord;
    try {
      body = readBody(bodies[i], [...listPath, i], year, yearPath, at, context.options.columns.id ?? 'id');
    } catch (error) {
      sink.catch(error);
      continue;
    }
    if (body.year === null) throw new NoYearError(T.noYear({ year: context.choices.year }));
    const problem = ids.add(body.id, body.year, body.at);
    if (problem) sink.add(problem);
    else yield body;
  }
}

function readBody(
  raw: unknown,
  path: JsonPath,
  fileYear: number | null,
  fileYearPath: JsonPath | null,
  at: (path: JsonPath) => SourceLocation,
  idKey: string,
): BodyRecord {
  if (!isObject(raw)) throw DataError.at(at(path), T.jsonNotBody);
  const given = raw[idKey];
  if (typeof given !== 'string' || given.trim() === '')
    throw DataError.at(at([...path, idKey]), T.jsonBadId({ key: idKey }));
  const id = normaliseId(given);
  let year = fileYear;
  let yearAt = fileYearPath ? at(fileYearPath) : at([...path, idKey]);
  const fromOption = fileYearPath === null && year !== null; // --year wins over the data
  if (!fromOption && raw['year'] !== undefined) {
    year = readYearValue(raw['year'], at([...path, 'year']));
    yearAt = at([...path, 'year']);
  }
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== idKey && key !== 'year') rest[key] = value;
  }
  // A library problem's path: `total` is the classified value (the `exact` key where given), `printed` the total
  // printed beside the parts (`auditRow`).
  let classified = 'total';
  const locate = (inner: readonly (string | number)[]) => {
    const [head, ...tail] = inner;
    return at(
      head === 'printed' ? [...path, ...tail] : head === 'total' ? [...path, classified, ...tail] : [...path, ...inner],
    );
  };
  let request: BodyRecord['request'];
  let printed: Printed | undefined;
  if ('total' in rest) {
    const { total, followedUpOmbudsman, exact, dimensions, ...others } = rest;
    // What the CLI writes beside a total (rank, grade, zone, label, the breakdown) is computed again: ignored.
    const extra = Object.keys(others).find((key) => !RESULT_KEYS.has(key) || (key === 'units' && others[key] !== null));
    if (extra !== undefined) {
      throw DataError.at(at([...path, extra]), T.jsonBesideTotal({ key: extra }));
    }
    if (typeof total !== 'string') throw DataError.at(at([...path, 'total']), T.jsonBadTotal);
    if (followedUpOmbudsman !== undefined && followedUpOmbudsman !== null && typeof followedUpOmbudsman !== 'boolean') {
      throw DataError.at(at([...path, 'followedUpOmbudsman']), T.jsonBadFlag({ key: 'followedUpOmbudsman' }));
    }
    const facts = typeof followedUpOmbudsman === 'boolean' ? { followedUpOmbudsman } : {};
    if (isObject(dimensions)) {
      // Dimension scores beside a printed total: scored from the parts, compared with the total.
      request = { kind: 'score', input: { dimensions, ...facts } as unknown as ScoreInput };
      printed = { kind: 'parts', total, at: at([...path, 'total']) };
    } else if (dimensions !== undefined && !Array.isArray(dimensions)) {
      throw DataError.at(at([...path, 'dimensions']), T.jsonBesideTotal({ key: 'dimensions' }));
    } else if (typeof exact === 'string') {
      request = { kind: 'classify', total: exact, ...facts };
      classified = 'exact';
      printed = { kind: 'exact', total, at: at([...path, 'exact']) };
    } else {
      if (exact !== undefined) throw DataError.at(at([...path, 'exact']), T.jsonBadTotal);
      request = { kind: 'classify', total, ...facts };
    }
  } else {
    if (Array.isArray(rest['units'])) rest['units'] = rest['units'].map(normaliseUnitId);
    request = { kind: 'score', input: rest as unknown as ScoreInput };
  }
  const carried = isObject(rest['extra']) ? extraOf(rest['extra']) : undefined;
  if (printed || carried) {
    return {
      id,
      year,
      yearAt,
      at: at([...path, idKey]),
      request,
      locate,
      ...(printed ? { printed } : {}),
      ...(carried ? { extra: carried } : {}),
    };
  }
  return { id, year, yearAt, at: at([...path, idKey]), request, locate };
}

/** Keys the CLI writes beside a total, read back and computed again. */
const RESULT_KEYS: ReadonlySet<string> = new Set([
  'rank',
  'category',
  'zone',
  'label',
  'opinion',
  'quality',
  'ruleset',
  'units',
  'deductions',
  'assumptions',
  'extra',
]);

/** The other columns a written file carries (`"extra": { "No": "1", … }`), carried again. */
function extraOf(object: Record<string, unknown>): Extra | undefined {
  const headers = Object.keys(object).filter((key) => typeof object[key] === 'string');
  return headers.length === 0 ? undefined : { headers, values: headers.map((key) => object[key] as string) };
}

function readYearValue(value: unknown, where: SourceLocation): number {
  const year = typeof value === 'string' ? readYear(value) : null;
  if (year === null)
    throw DataError.at(where, T.badYearCell({ value: typeof value === 'string' ? value : JSON.stringify(value) }));
  return year;
}

/** A unit with a string id gets it trimmed and NFC-normalised (a copy: the parsed document is not changed). */
function normaliseUnitId(unit: unknown): unknown {
  return isObject(unit) && typeof unit['id'] === 'string' ? { ...unit, id: normaliseId(unit['id']) } : unit;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
