/**
 * From a JSON document to bodies. The document is an array of bodies or `{ "year"?, "bodies": [...] }`; a body
 * is `{ "id", "year"?, "total" }` (classified) or `{ "id", "year"?, "dimensions" | "units", "deductions"?,
 * "followedUpOmbudsman"? }` (scored: everything but `id` and `year` goes to `score` as it is). Number literals
 * reach the library as their exact source text (see `parsePositionedJson`).
 *
 * @module
 */
import type { ScoreInput } from '../../index.js';
import { DataError, type DataProblem, type SourceLocation } from '../errors.js';
import { readYear, type BodyRecord, type ReadOptions } from './body.js';
import type { JsonPath, PositionedJson } from './json.js';

const HINT = 'Expected an array of bodies or { "year": 2023, "bodies": [...] }.';

/**
 * Reads the bodies of a parsed JSON document. Problems are collected and thrown together.
 *
 * @throws {@link DataError} naming the file, line and column of each problem.
 *
 * @example
 * ```ts
 * const json = parsePositionedJson('[{ "id": "Medan", "total": 81.43 }]');
 * readJsonBodies(json, 'kota.json', { year: 2022, idColumn: 'id', decimalComma: false })[0]!.request;
 * // { kind: 'classify', total: '81.43' }
 * ```
 */
export function readJsonBodies(json: PositionedJson, file: string, options: ReadOptions): BodyRecord[] {
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
        throw DataError.at(at([key]), `Unknown key "${key}" at the top level. ${HINT}`);
      }
    }
    list = root['bodies'];
    listPath = ['bodies'];
    if (!Array.isArray(list)) throw DataError.at(at(['bodies']), `"bodies" must be an array. ${HINT}`);
    if (year === null && root['year'] !== undefined) {
      year = readYearValue(root['year'], at(['year']));
      yearPath = ['year'];
    }
  } else {
    throw DataError.at(at([]), `The document is not an array or object. ${HINT}`);
  }

  const problems: DataProblem[] = [];
  const bodies: BodyRecord[] = [];
  (list as unknown[]).forEach((raw, i) => {
    const path = [...listPath, i];
    try {
      bodies.push(readBody(raw, path, year, yearPath, at, options));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  });
  if (problems.length > 0) throw new DataError(problems);
  if (bodies.length === 0) throw DataError.at(at(listPath), 'The document has no bodies.');
  return bodies;
}

function readBody(
  raw: unknown,
  path: JsonPath,
  fileYear: number | null,
  fileYearPath: JsonPath | null,
  at: (path: JsonPath) => SourceLocation,
  options: ReadOptions,
): BodyRecord {
  if (!isObject(raw)) throw DataError.at(at(path), 'Expected a body object such as { "id": "Medan", "total": 81.43 }.');
  const idKey = options.idColumn;
  const id = raw[idKey];
  if (typeof id !== 'string' || id.trim() === '') {
    throw DataError.at(at([...path, idKey]), `Expected "${idKey}" to be a non-empty string or number.`);
  }
  let year = fileYear;
  let yearAt = fileYearPath ? at(fileYearPath) : at([...path, idKey]);
  if (options.year === null && raw['year'] !== undefined) {
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
      throw DataError.at(at([...path, extra]), `A body with a "total" is classified; "${extra}" is not allowed beside it.`);
    }
    if (typeof total !== 'string') throw DataError.at(at([...path, 'total']), 'Expected "total" to be a number or a decimal string.');
    if (followedUpOmbudsman !== undefined && typeof followedUpOmbudsman !== 'boolean') {
      throw DataError.at(at([...path, 'followedUpOmbudsman']), 'Expected "followedUpOmbudsman" to be true or false.');
    }
    request = { kind: 'classify', total, ...(followedUpOmbudsman === undefined ? {} : { followedUpOmbudsman }) };
  } else {
    request = { kind: 'score', input: rest as unknown as ScoreInput };
  }
  return { id, year, yearAt, at: at([...path, idKey]), request, locate };
}

function readYearValue(value: unknown, where: SourceLocation): number {
  const year = typeof value === 'string' ? readYear(value) : null;
  if (year === null) throw DataError.at(where, `Expected a year such as 2023, got ${JSON.stringify(value)}.`);
  return year;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
