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
import { readYear, type BodyRecord, type ReadContext } from './body.js';
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
 * const json = parsePositionedJson('[{ "id": "Medan", "total": 81.43 }]');
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
        throw DataError.at(at([key]), T.jsonUnknownTopKey(key));
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
    if (body.year === null) throw new NoYearError(T.noYear);
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
  if (typeof given !== 'string' || given.trim() === '') throw DataError.at(at([...path, idKey]), T.jsonBadId(idKey));
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
  const locate = (inner: readonly (string | number)[]) => at([...path, ...inner]);
  let request: BodyRecord['request'];
  if ('total' in rest) {
    const { total, followedUpOmbudsman, ...others } = rest;
    const extra = Object.keys(others)[0];
    if (extra !== undefined) {
      throw DataError.at(at([...path, extra]), T.jsonBesideTotal(extra));
    }
    if (typeof total !== 'string') throw DataError.at(at([...path, 'total']), T.jsonBadTotal);
    if (followedUpOmbudsman !== undefined && typeof followedUpOmbudsman !== 'boolean') {
      throw DataError.at(at([...path, 'followedUpOmbudsman']), T.jsonBadFlag);
    }
    request = { kind: 'classify', total, ...(followedUpOmbudsman === undefined ? {} : { followedUpOmbudsman }) };
  } else {
    if (Array.isArray(rest['units'])) rest['units'] = rest['units'].map(normaliseUnitId);
    request = { kind: 'score', input: rest as unknown as ScoreInput };
  }
  return { id, year, yearAt, at: at([...path, idKey]), request, locate };
}

function readYearValue(value: unknown, where: SourceLocation): number {
  const year = typeof value === 'string' ? readYear(value) : null;
  if (year === null) throw DataError.at(where, T.badYearCell(typeof value === 'string' ? value : JSON.stringify(value)));
  return year;
}

/** A unit with a string id gets it trimmed and NFC-normalised (a copy: the parsed document is not changed). */
function normaliseUnitId(unit: unknown): unknown {
  return isObject(unit) && typeof unit['id'] === 'string' ? { ...unit, id: normaliseId(unit['id']) } : unit;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
