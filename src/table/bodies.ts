/**
 * From CSV records to bodies, one at a time. Columns are found by name (see `columns.ts`: English field names
 * and Indonesian aliases, or `--column`): the id; dimension scores (`competency`… or `input`, `proses`…) or a
 * `total` (`nilai`); optionally `year` (`tahun`), `unit` (several lines of one id are then the units of that
 * body) and `followedUpOmbudsman` (2025; `true`/`false`, `ya`/`tidak`, `yes`/`no`, `1`/`0`). Other columns are
 * ignored. Cells are trimmed; ids and unit names are NFC-normalised too.
 *
 * @module
 */
import { DIMENSION_IDS, type DimensionId, type Path, type UnitInput } from '../index.js';
import type { CsvField, CsvRecord } from './csv.js';
import { DataError, formatLocation, NoYearError, type DataProblem, type SourceLocation } from './problems.js';
import { T } from './texts.js';
import { readYear, type BodyRecord, type ReadContext } from './body.js';
import { matchColumns, type ColumnMap } from './header.js';
import { normaliseId } from './ids.js';

interface Columns {
  readonly id: number;
  readonly dimensions: ReadonlyMap<DimensionId, number>;
  readonly total: number | null;
  readonly year: number | null;
  readonly unit: number | null;
  readonly followedUp: number | null;
  /** The header names, for messages. */
  readonly names: readonly string[];
}

/** One data line, read. */
interface Row {
  readonly record: CsvRecord;
  readonly id: string;
  readonly idField: CsvField;
  readonly year: number | null;
  readonly yearAt: SourceLocation;
  readonly followedUp: boolean | undefined;
  /** The unit as the library takes it (without id), or the given total. */
  readonly value: { readonly dimensions: Record<string, string> } | { readonly total: string };
  readonly unit: string | undefined;
}

type At = (field: { line: number; column: number }) => SourceLocation;

/**
 * Reads the bodies of a CSV file, one by one. Header problems end the reading (thrown); a bad line goes to
 * the run's problems and the reading goes on, so that one run reports every bad line.
 *
 * @throws {@link DataError} for an empty file or an unusable header; {@link NoYearError} when neither the
 *   command line nor the header gives a year.
 *
 * @example
 * ```ts
 * const context = { options: { year: 2022, columns: {}, decimalComma: false }, sink: new ProblemSink(50), ids: new IdRegistry(false) };
 * [...readCsvBodies(parseCsv('Nama,Nilai\nMedan,81.43\n'), 'kota.csv', context)][0]!.request;
 * // { kind: 'classify', total: '81.43' }
 * ```
 */
export function* readCsvBodies(records: Iterable<CsvRecord>, file: string, context: ReadContext): Generator<BodyRecord> {
  const { options, sink, ids } = context;
  const at: At = (field) => ({ file, line: field.line, column: field.column });
  const iterator = records[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) throw DataError.at({ file, line: 1, column: 1 }, T.emptyCsv);
  const header = first.value;
  const columns = readHeader(header, at, options.columns);
  if (options.year === null && columns.year === null) throw new NoYearError(T.noYear);
  const groups = columns.unit === null ? null : new Map<string, Row[]>();
  let lines = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const record = next.value;
    if (record.every((field) => field.value.trim() === '')) continue;
    lines++;
    let row: Row;
    try {
      row = readRow(record, columns, at, context);
    } catch (error) {
      sink.catch(error);
      continue;
    }
    if (groups) {
      const group = groups.get(row.id);
      if (group) group.push(row);
      else groups.set(row.id, [row]);
      continue;
    }
    const problem = ids.add(row.id, row.year, at(row.idField));
    if (problem) sink.add(problem);
    else yield single(row, columns, at);
  }
  if (lines === 0) throw DataError.at(at(header[0]!), T.noDataLines);
  if (groups) {
    for (const group of groups.values()) {
      const body = grouped(group, columns, at);
      if (!Array.isArray(body)) {
        const problem = ids.add(body.id, body.year, body.at, true);
        if (problem) sink.add(problem);
        else yield body;
      } else for (const problem of body) sink.add(problem);
    }
  }
}

function readHeader(header: CsvRecord, at: At, mapping: ReadContext['options']['columns']): Columns {
  const names = header.map((field) => field.value.trim());
  const { columns, problems } = matchColumns(header, mapping);
  if (problems.length > 0) {
    throw new DataError(
      problems.map((problem) =>
        problem.kind === 'twice'
          ? {
              at: at(header[problem.second]!),
              text: T.headerTwice(problem.field, names[problem.first]!, names[problem.second]!),
            }
          : { at: at(header[0]!), text: T.mappedColumnMissing(problem.field, problem.header, names) },
      ),
    );
  }
  if (columns.id === undefined) throw DataError.at(at(header[0]!), T.noIdColumn(names));
  const dimensions = new Map<DimensionId, number>();
  for (const dimension of DIMENSION_IDS) {
    const index = (columns as ColumnMap)[dimension];
    if (index !== undefined) dimensions.set(dimension, index);
  }
  if (dimensions.size === 0 && columns.total === undefined) throw DataError.at(at(header[0]!), T.noScoreColumn(names));
  return {
    id: columns.id,
    dimensions,
    total: columns.total ?? null,
    year: columns.year ?? null,
    unit: columns.unit ?? null,
    followedUp: columns.followedUpOmbudsman ?? null,
    names,
  };
}

function readRow(record: CsvRecord, columns: Columns, at: At, context: ReadContext): Row {
  const { options } = context;
  const first = record[0]!;
  if (record.length !== columns.names.length) {
    throw DataError.at(at(first), T.fieldCount(record.length, columns.names.length, record.length === 1 && columns.names.length > 1));
  }
  const cell = (index: number | null): CsvField | undefined => (index === null ? undefined : record[index]);
  const idField = record[columns.id]!;
  const id = normaliseId(idField.value);
  const problems: DataProblem[] = [];
  if (id === '') problems.push({ at: at(idField), text: T.emptyId(columns.names[columns.id]!) });

  let year = options.year;
  let yearAt = at(idField);
  const yearCell = cell(columns.year);
  if (options.year === null && yearCell) {
    yearAt = at(yearCell);
    year = readYear(yearCell.value);
    if (yearCell.value.trim() === '') problems.push({ at: yearAt, text: T.emptyYearCell(columns.names[columns.year!]!) });
    else if (year === null) problems.push({ at: yearAt, text: T.badYearCell(yearCell.value) });
  }

  const dimensions: Record<string, string> = {};
  for (const [dimension, index] of columns.dimensions) {
    const value = record[index]!.value.trim();
    if (value !== '') dimensions[dimension] = value;
  }
  const total = cell(columns.total);
  const totalText = total?.value.trim() ?? '';
  let value: Row['value'] = { dimensions };
  if (total && totalText !== '') {
    if (Object.keys(dimensions).length > 0) problems.push({ at: at(total), text: T.totalAndDimensions });
    value = { total: totalText };
  } else if (total && Object.keys(dimensions).length === 0) {
    // Without this, the library would report the first dimension as missing, in a file that has no such column.
    problems.push(
      columns.dimensions.size === 0
        ? { at: at(total), text: T.emptyTotal(columns.names[columns.total!]!) }
        : { at: at(idField), text: T.noScore([...columns.dimensions.keys()]) },
    );
  }
  let followedUp: boolean | undefined;
  try {
    followedUp = readFlag(cell(columns.followedUp), at);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) throw new DataError(problems);
  const unit = cell(columns.unit);
  const unitName = unit === undefined ? '' : normaliseId(unit.value);
  return {
    record,
    id,
    idField,
    year,
    yearAt,
    followedUp,
    value,
    unit: unitName === '' ? undefined : unitName,
  };
}

const TRUE = new Set(['true', 'ya', 'yes', '1']);
const FALSE = new Set(['false', 'tidak', 'no', '0']);

function readFlag(field: CsvField | undefined, at: At): boolean | undefined {
  const text = field?.value.trim().toLowerCase() ?? '';
  if (field === undefined || text === '') return undefined;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw DataError.at(at(field), T.badFlag(field.value));
}

/** A body on one line: dimensions are scored, a total is classified. */
function single(row: Row, columns: Columns, at: At): BodyRecord {
  const facts = row.followedUp === undefined ? {} : { followedUpOmbudsman: row.followedUp };
  return {
    id: row.id,
    year: row.year,
    yearAt: row.yearAt,
    at: at(row.idField),
    request:
      'total' in row.value
        ? { kind: 'classify', total: row.value.total, ...facts }
        : { kind: 'score', input: { dimensions: row.value.dimensions, ...facts } },
    locate: (path) => locateInRow(row, columns, path, at),
  };
}

/**
 * Lines with the same id are the units of one body, in the order of the file. A line without a unit name is
 * named after its line (`#12`), with as many `#` as it takes not to meet a given name.
 */
function grouped(group: readonly Row[], columns: Columns, at: At): BodyRecord | DataProblem[] {
  const first = group[0]!;
  const problems: DataProblem[] = [];
  const given = new Map<string, Row>();
  for (const row of group) {
    if (row.year !== first.year) {
      problems.push({ at: row.yearAt, text: T.unitYears(first.id, first.year, first.idField.line) });
    }
    if (row.followedUp !== undefined && first.followedUp !== undefined && row.followedUp !== first.followedUp) {
      problems.push({ at: at(row.idField), text: T.unitFlags(first.id) });
    }
    if (row.unit === undefined) continue;
    const earlier = given.get(row.unit);
    const unitField = row.record[columns.unit!]!;
    if (earlier) {
      const earlierAt = at(earlier.record[columns.unit!]!);
      problems.push({ at: at(unitField), text: T.unitTwice(row.unit, first.id, formatLocation(earlierAt)) });
    } else given.set(row.unit, row);
  }
  if (problems.length > 0) return problems;
  const followedUp = group.find((row) => row.followedUp !== undefined)?.followedUp;
  const units: UnitInput[] = group.map((row) => ({ id: row.unit ?? blankUnitName(row.idField.line, given), ...row.value }));
  return {
    id: first.id,
    year: first.year,
    yearAt: first.yearAt,
    at: at(first.idField),
    request: { kind: 'score', input: { units, ...(followedUp === undefined ? {} : { followedUpOmbudsman: followedUp }) } },
    locate: (path: Path) => {
      const [head, index, ...rest] = path;
      const row = head === 'units' && typeof index === 'number' ? group[index] : undefined;
      return row ? locateInRow(row, columns, rest, at) : locateInRow(first, columns, path, at);
    },
  };
}

function blankUnitName(line: number, given: ReadonlyMap<string, unknown>): string {
  let name = `#${line}`;
  while (given.has(name)) name = `#${name}`;
  return name;
}

function locateInRow(row: Row, columns: Columns, path: Path, at: At): SourceLocation {
  const [head, name] = path;
  let index: number | null | undefined;
  if (head === 'dimensions' && typeof name === 'string') index = columns.dimensions.get(name as DimensionId) ?? null;
  else if (head === 'total') index = columns.total;
  else if (head === 'followedUpOmbudsman') index = columns.followedUp;
  else if (head === 'id') index = columns.unit;
  const field = index === null || index === undefined ? undefined : row.record[index];
  return at(field ?? row.idField);
}
