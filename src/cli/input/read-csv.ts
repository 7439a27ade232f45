/**
 * From CSV records to bodies. Columns: the id column (`id`, or `--id-column`), dimension scores named by
 * dimension id (`competency`, `standards`, `opinion`, `complaints`, `trust`) or a `total`, and optionally
 * `year`, `unit` (several lines of one id are then the units of that body) and `followedUpOmbudsman`
 * (2025; `true`/`false`, `ya`/`tidak`, `yes`/`no`, `1`/`0`). Other columns are ignored; names are matched
 * without regard to case or surrounding spaces.
 *
 * @module
 */
import { DIMENSION_IDS, type DimensionId, type Path, type UnitInput } from '../../index.js';
import type { CsvField, CsvRecord } from '../csv/parse.js';
import { DataError, type DataProblem, type SourceLocation } from '../errors.js';
import { readYear, type BodyRecord, type ReadOptions } from './body.js';

interface Columns {
  readonly id: number;
  readonly dimensions: ReadonlyMap<DimensionId, number>;
  readonly total: number | null;
  readonly year: number | null;
  readonly unit: number | null;
  readonly followedUp: number | null;
}

/** One data line, read. */
interface Row {
  readonly record: CsvRecord;
  readonly id: CsvField;
  readonly year: number | null;
  readonly yearAt: SourceLocation;
  readonly followedUp: boolean | undefined;
  /** The unit as the library takes it (without id), or the given total. */
  readonly value: { readonly dimensions: Record<string, string> } | { readonly total: string };
  readonly unitId: string | undefined;
}

/**
 * Reads the bodies of a CSV file. Problems are collected over the whole file and thrown together.
 *
 * @throws {@link DataError} naming the file, line and column of each problem.
 *
 * @example
 * ```ts
 * const records = parseCsv('id,total\nMedan,81.43\n');
 * readCsvBodies(records, 'kota.csv', { year: 2022, idColumn: 'id', decimalComma: false })[0]!.request;
 * // { kind: 'classify', total: '81.43' }
 * ```
 */
export function readCsvBodies(records: readonly CsvRecord[], file: string, options: ReadOptions): BodyRecord[] {
  const header = records[0];
  if (!header) throw DataError.at({ file, line: 1, column: 1 }, 'The CSV file is empty; expected a header line.');
  const at = (field: { line: number; column: number }): SourceLocation => ({ file, line: field.line, column: field.column });
  const columns = readHeader(header, at, options);
  const problems: DataProblem[] = [];
  const rows: Row[] = [];
  for (const record of records.slice(1)) {
    if (record.every((field) => field.value.trim() === '')) continue;
    try {
      rows.push(readRow(record, header, columns, at, options));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  const bodies = columns.unit === null ? rows.map((row) => single(row, columns, at)) : grouped(rows, columns, at);
  if (bodies.length === 0) throw DataError.at(at(header[0]!), 'The CSV file has a header but no data lines.');
  return bodies;
}

function readHeader(header: CsvRecord, at: (f: CsvField) => SourceLocation, options: ReadOptions): Columns {
  const names = header.map((field) => field.value.trim().toLowerCase());
  const find = (name: string): number | null => {
    const first = names.indexOf(name.toLowerCase());
    if (first < 0) return null;
    const again = names.indexOf(name.toLowerCase(), first + 1);
    if (again >= 0) throw DataError.at(at(header[again]!), `The column "${name}" appears twice in the header.`);
    return first;
  };
  const id = find(options.idColumn);
  if (id === null) {
    throw DataError.at(
      at(header[0]!),
      `No column "${options.idColumn}" in the header (${header.map((f) => f.value).join(', ')}); ` +
        'name the id column with --id-column <name>.',
    );
  }
  const dimensions = new Map<DimensionId, number>();
  for (const dimension of DIMENSION_IDS) {
    const index = find(dimension);
    if (index !== null) dimensions.set(dimension, index);
  }
  const total = find('total');
  if (dimensions.size === 0 && total === null) {
    throw DataError.at(
      at(header[0]!),
      `The header has no score column; add a "total" column or dimension columns (${DIMENSION_IDS.join(', ')}).`,
    );
  }
  return { id, dimensions, total, year: find('year'), unit: find('unit'), followedUp: find('followedUpOmbudsman') };
}

function readRow(
  record: CsvRecord,
  header: CsvRecord,
  columns: Columns,
  at: (f: CsvField) => SourceLocation,
  options: ReadOptions,
): Row {
  const first = record[0]!;
  if (record.length !== header.length) {
    throw DataError.at(
      at(first),
      `This line has ${record.length} fields but the header has ${header.length}` +
        (record.length === 1 && header.length > 1 ? '; is the delimiter right? (see --delimiter)' : '.'),
    );
  }
  const cell = (index: number | null): CsvField | undefined => (index === null ? undefined : record[index]);
  const id = record[columns.id]!;
  if (id.value.trim() === '') throw DataError.at(at(id), `The id (column "${options.idColumn}") is empty.`);

  let year = options.year;
  let yearAt = at(id);
  const yearCell = cell(columns.year);
  if (options.year === null && yearCell && yearCell.value.trim() !== '') {
    year = readYear(yearCell.value);
    yearAt = at(yearCell);
    if (year === null) throw DataError.at(at(yearCell), `Expected a year such as 2023, got ${JSON.stringify(yearCell.value)}.`);
  }

  const dimensions: Record<string, string> = {};
  for (const [dimension, index] of columns.dimensions) {
    const value = record[index]!.value;
    if (value !== '') dimensions[dimension] = value;
  }
  const total = cell(columns.total);
  let value: Row['value'];
  if (total && total.value !== '') {
    if (Object.keys(dimensions).length > 0) {
      throw DataError.at(at(total), 'This line gives both a total and dimension scores; give one or the other.');
    }
    value = { total: total.value };
  } else if (total && Object.keys(dimensions).length === 0) {
    // Without this, the library would report the first dimension as missing, in a file that has no such column.
    if (columns.dimensions.size === 0) {
      throw DataError.at(at(total), `The total (column "total") is empty; give a total or drop the line.`);
    }
    throw DataError.at(
      at(id),
      `This line has no score; give its total or its dimension scores (${[...columns.dimensions.keys()].join(', ')}).`,
    );
  } else {
    value = { dimensions };
  }
  const unit = cell(columns.unit);
  return {
    record,
    id,
    year,
    yearAt,
    followedUp: readFlag(cell(columns.followedUp), at),
    value,
    unitId: unit && unit.value !== '' ? unit.value : undefined,
  };
}

const TRUE = new Set(['true', 'ya', 'yes', '1']);
const FALSE = new Set(['false', 'tidak', 'no', '0']);

function readFlag(field: CsvField | undefined, at: (f: CsvField) => SourceLocation): boolean | undefined {
  const text = field?.value.trim().toLowerCase() ?? '';
  if (field === undefined || text === '') return undefined;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw DataError.at(at(field), `Expected true/false (or ya/tidak), got ${JSON.stringify(field.value)}.`);
}

/** A body on one line: dimensions are scored, a total is classified. */
function single(row: Row, columns: Columns, at: (f: CsvField) => SourceLocation): BodyRecord {
  const facts = row.followedUp === undefined ? {} : { followedUpOmbudsman: row.followedUp };
  return {
    id: row.id.value,
    year: row.year,
    yearAt: row.yearAt,
    at: at(row.id),
    request:
      'total' in row.value
        ? { kind: 'classify', total: row.value.total, ...facts }
        : { kind: 'score', input: { dimensions: row.value.dimensions, ...facts } },
    locate: (path) => locateInRow(row, columns, path, at),
  };
}

/** Lines with the same id are the units of one body, in the order of the file. */
function grouped(rows: readonly Row[], columns: Columns, at: (f: CsvField) => SourceLocation): BodyRecord[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.id.value);
    if (group) group.push(row);
    else groups.set(row.id.value, [row]);
  }
  const problems: DataProblem[] = [];
  const bodies: BodyRecord[] = [];
  for (const [id, group] of groups) {
    const first = group[0]!;
    for (const row of group) {
      if (row.year !== first.year) {
        problems.push({ at: row.yearAt, message: `Units of "${id}" have different years (${first.year} on line ${first.id.line}).` });
      }
      if (row.followedUp !== undefined && first.followedUp !== undefined && row.followedUp !== first.followedUp) {
        problems.push({ at: at(row.id), message: `Units of "${id}" disagree on followedUpOmbudsman.` });
      }
    }
    const followedUp = group.find((row) => row.followedUp !== undefined)?.followedUp;
    const units: UnitInput[] = group.map((row) => ({ ...(row.unitId === undefined ? {} : { id: row.unitId }), ...row.value }));
    bodies.push({
      id,
      year: first.year,
      yearAt: first.yearAt,
      at: at(first.id),
      request: { kind: 'score', input: { units, ...(followedUp === undefined ? {} : { followedUpOmbudsman: followedUp }) } },
      locate: (path) => {
        const [head, index, ...rest] = path;
        const row = head === 'units' && typeof index === 'number' ? group[index] : undefined;
        return row ? locateInRow(row, columns, rest, at) : locateInRow(first, columns, path, at);
      },
    });
  }
  if (problems.length > 0) throw new DataError(problems);
  return bodies;
}

function locateInRow(row: Row, columns: Columns, path: Path, at: (f: CsvField) => SourceLocation): SourceLocation {
  const [head, name] = path;
  let index: number | null | undefined;
  if (head === 'dimensions' && typeof name === 'string') index = columns.dimensions.get(name as DimensionId) ?? null;
  else if (head === 'total') index = columns.total;
  else if (head === 'followedUpOmbudsman') index = columns.followedUp;
  const field = index === null || index === undefined ? undefined : row.record[index];
  return at(field ?? row.id);
}
