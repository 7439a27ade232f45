/**
 * From the rows of a sheet or CSV file to bodies, one at a time, as officers' sheets are laid out. The header is
 * the first row that names an id column and a score column (see `header.ts`); title rows above it are skipped
 * with one notice. Columns: the id; dimension scores (`competency`… or `input`, `Dimensi Proses`…) and/or a
 * `total` (`nilai`); optionally `exact`, `category`, `zone` (printed beside the parts, compared), `year`
 * (`tahun`), `unit` (several lines of one id are then the units of that body) and `followedUpOmbudsman` (2025;
 * `true`/`false`, `ya`/`tidak`, `yes`/`no`, `1`/`0`). Other columns (No, Keterangan) are carried to the output.
 * Footer rows ("Rata-rata", "Jumlah", "Total") and rows without an id are left out with one notice; a row that
 * lacks its trailing empty cells is read; a file written with decimal commas, read without `--decimal-comma`,
 * is one problem, not one per line. Cells are trimmed; ids and unit names are NFC-normalised too.
 *
 * @module
 */
import { DIMENSION_IDS, type DimensionId, type Path, type UnitInput } from '../index.js';
import type { CsvField, CsvRecord } from './csv.js';
import { DataError, formatLocation, NoYearError, type DataProblem, type SourceLocation } from './problems.js';
import { T, type Choices, type Given } from './texts.js';
import { readYear, type BodyRecord, type Extra, type Printed, type ReadContext } from './body.js';
import { isResultColumn, matchColumns, type ColumnMap } from './header.js';
import { normaliseId } from './ids.js';

interface Columns {
  readonly id: number;
  readonly dimensions: ReadonlyMap<DimensionId, number>;
  readonly total: number | null;
  readonly exact: number | null;
  readonly category: number | null;
  readonly zone: number | null;
  /** The columns carried to the output, and their header names. */
  readonly extra: readonly number[];
  readonly extraHeaders: readonly string[];
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
  /** The unit as the library takes it (without id): its dimension scores or points, or the given total. */
  readonly value:
    | { readonly dimensions: Record<string, string> }
    | { readonly points: Record<string, string> }
    | { readonly total: string };
  readonly unit: string | undefined;
  readonly printed: Printed | undefined;
  readonly extra: Extra | undefined;
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
 * const context = { options: { year: 2022, columns: {}, decimalComma: false }, sink: { add() {}, catch() {} }, ids: { add: () => null, clear() {} }, notices: [], choices: {} } as never;
 * const rows = [
 *   [{ value: 'Nama', line: 1, column: 1 }, { value: 'Nilai', line: 1, column: 6 }],
 *   [{ value: 'Medan', line: 2, column: 1 }, { value: '81.43', line: 2, column: 7 }],
 * ];
 * [...readCsvBodies(rows, 'kota.csv', context)][0]!.request;
 * // { kind: 'classify', total: '81.43' }
 * ```
 */
export function* readCsvBodies(
  records: Iterable<CsvRecord>,
  file: string,
  context: ReadContext,
  given: Given = 'file',
): Generator<BodyRecord> {
  const { options, sink, ids, notices } = context;
  const at: At = (field) => ({ file, line: field.line, column: field.column });
  const iterator = records[Symbol.iterator]();
  const { header, skipped } = findHeader(iterator, at, options.columns, file);
  const columns = readHeader(header, at, options.columns, context.choices, given);
  if (skipped.length > 0) {
    notices.push({
      at: at(header[0]!),
      text: T.titleRowsSkipped({ count: skipped.length, first: skipped[0]!, last: skipped.at(-1)! }),
    });
  }
  if (options.year === null && columns.year === null) throw new NoYearError(T.noYear({ year: context.choices.year }));
  const groups = columns.unit === null ? null : new Map<string, Row[]>();
  const leftOut: { line: number; id: string }[] = [];
  let commas: { at: SourceLocation; value: string; count: number } | null = null;
  let lines = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const record = next.value;
    if (record.every((field) => field.value.trim() === '')) continue;
    lines++;
    const idText = record[columns.id]?.value.trim() ?? '';
    if (idText === '' || FOOTERS.has(footerKey(idText))) {
      leftOut.push({ line: record[0]!.line, id: idText });
      continue;
    }
    if (!options.decimalComma) {
      const comma = decimalCommaCell(record, columns);
      if (comma) {
        if (commas === null) commas = { at: at(comma), value: comma.value.trim(), count: 0 };
        commas.count++;
        continue;
      }
    }
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
  if (commas !== null)
    sink.add({
      at: commas.at,
      text: T.decimalCommaFile({
        value: commas.value,
        count: commas.count,
        given,
        decimalComma: context.choices.decimalComma,
      }),
    });
  if (leftOut.length > 0) {
    notices.push({
      at: { file, line: leftOut[0]!.line, column: 1 },
      text: T.rowsLeftOut({ rows: leftOut.map((row) => row.line), ids: leftOut.map((row) => row.id) }),
    });
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

/** Rows read before giving up on finding a header below title rows. */
const HEADER_SEARCH = 30;

/** Ids of footer rows, after {@link footerKey}: totals and means printed under the bodies. */
const FOOTERS: ReadonlySet<string> = new Set(
  ['rata-rata', 'rata rata', 'rerata', 'nilai rata-rata', 'jumlah', 'total', 'average', 'mean', 'sum', 'median'].map(
    (name) => footerKey(name),
  ),
);

function footerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The header: the first row that names an id column and a score column (or, with `--column`, every mapped
 * column); the rows above it are title rows. When no row within the first rows qualifies, the first non-empty
 * row is taken, and its problems are reported.
 */
function findHeader(
  iterator: Iterator<CsvRecord>,
  at: At,
  mapping: ReadContext['options']['columns'],
  file: string,
): { header: CsvRecord; skipped: number[] } {
  const seen: CsvRecord[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const record = next.value;
    if (record.every((field) => field.value.trim() === '')) continue;
    const { columns, problems } = matchColumns(record, mapping);
    const scored = columns.total !== undefined || DIMENSION_IDS.some((d) => (columns as ColumnMap)[d] !== undefined);
    if (columns.id !== undefined && scored && !problems.some((p) => p.kind === 'missing')) {
      return { header: record, skipped: seen.map((row) => row[0]!.line) };
    }
    seen.push(record);
    if (seen.length >= HEADER_SEARCH) break;
  }
  if (seen.length === 0) throw DataError.at({ file, line: 1, column: 1 }, T.emptyCsv);
  // No row qualifies: the first is taken as the header, so that its problems are named.
  void at;
  return { header: seen[0]!, skipped: [] };
}

/** A score cell written with a decimal comma (`90,02`), read without `--decimal-comma`. */
function decimalCommaCell(record: CsvRecord, columns: Columns): CsvField | undefined {
  const indexes = [...columns.dimensions.values(), columns.total, columns.exact];
  for (const index of indexes) {
    if (index === null) continue;
    const field = record[index];
    if (field && /^[+-]?\d+,\d+$/.test(field.value.trim())) return field;
  }
  return undefined;
}

function readHeader(
  header: CsvRecord,
  at: At,
  mapping: ReadContext['options']['columns'],
  choices: Choices,
  given: Given,
): Columns {
  const names = header.map((field) => field.value.trim());
  const { columns, problems } = matchColumns(header, mapping);
  if (problems.length > 0) {
    throw new DataError(
      problems.map((problem) =>
        problem.kind === 'twice'
          ? {
              at: at(header[problem.second]!),
              text: T.headerTwice({
                field: problem.field,
                first: names[problem.first]!,
                second: names[problem.second]!,
                column: choices.column?.({ field: problem.field }) ?? null,
              }),
            }
          : {
              at: at(header[0]!),
              text: T.mappedColumnMissing({ field: problem.field, header: problem.header, headers: names }),
            },
      ),
    );
  }
  if (columns.id === undefined) {
    const sheet = given === 'workbook' ? choices.sheet : null;
    const column = choices.column?.({ field: 'id' }) ?? null;
    throw DataError.at(at(header[0]!), T.noIdColumn({ headers: names, column, sheet }));
  }
  const dimensions = new Map<DimensionId, number>();
  for (const dimension of DIMENSION_IDS) {
    const index = (columns as ColumnMap)[dimension];
    if (index !== undefined) dimensions.set(dimension, index);
  }
  if (dimensions.size === 0 && columns.total === undefined) {
    const column = choices.column?.({ field: 'total' }) ?? null;
    throw DataError.at(at(header[0]!), T.noScoreColumn({ headers: names, column }));
  }
  const used = new Set(Object.values(columns));
  const extra = names.flatMap((name, index) => (used.has(index) || name === '' || isResultColumn(name) ? [] : [index]));
  return {
    id: columns.id,
    dimensions,
    total: columns.total ?? null,
    exact: columns.exact ?? null,
    category: columns.category ?? null,
    zone: columns.zone ?? null,
    extra,
    extraHeaders: extra.map((index) => names[index]!),
    year: columns.year ?? null,
    unit: columns.unit ?? null,
    followedUp: columns.followedUpOmbudsman ?? null,
    names,
  };
}

function readRow(given: CsvRecord, columns: Columns, at: At, context: ReadContext): Row {
  const { options } = context;
  const first = given[0]!;
  const width = columns.names.length;
  const tail = given.slice(width);
  if (given.length > width && tail.some((field) => field.value.trim() !== '')) {
    throw DataError.at(
      at(first),
      T.fieldCount({ got: given.length, expected: width, oneField: false, delimiter: context.choices.delimiter }),
    );
  }
  if (given.length === 1 && width > 1 && columns.id !== 0) {
    throw DataError.at(
      at(first),
      T.fieldCount({ got: given.length, expected: width, oneField: true, delimiter: context.choices.delimiter }),
    );
  }
  // A row that lacks its trailing empty cells (as spreadsheets write them) is read as if it had them.
  const record: CsvRecord =
    given.length === width
      ? given
      : [
          ...given.slice(0, width),
          ...Array.from({ length: Math.max(0, width - given.length) }, (_, k) => {
            const last = given[given.length - 1]!;
            return { value: '', line: last.line, column: last.column + 1 + k };
          }),
        ];
  const cell = (index: number | null): CsvField | undefined => (index === null ? undefined : record[index]);
  const idField = record[columns.id]!;
  const id = normaliseId(idField.value);
  const problems: DataProblem[] = [];
  if (id === '') problems.push({ at: at(idField), text: T.emptyId({ column: columns.names[columns.id]! }) });

  let year = options.year;
  let yearAt = at(idField);
  const yearCell = cell(columns.year);
  if (options.year === null && yearCell) {
    yearAt = at(yearCell);
    year = readYear(yearCell.value);
    if (yearCell.value.trim() === '')
      problems.push({
        at: yearAt,
        text: T.emptyYearCell({ column: columns.names[columns.year!]!, year: context.choices.year }),
      });
    else if (year === null) problems.push({ at: yearAt, text: T.badYearCell({ value: yearCell.value }) });
  }

  const dimensions: Record<string, string> = {};
  for (const [dimension, index] of columns.dimensions) {
    const value = record[index]!.value.trim();
    if (value !== '') dimensions[dimension] = value;
  }
  const total = cell(columns.total);
  const totalText = total?.value.trim() ?? '';
  const exactCell = cell(columns.exact);
  const exactText = exactCell?.value.trim() ?? '';
  const category = cell(columns.category)?.value.trim() ?? '';
  const zone = cell(columns.zone)?.value.trim() ?? '';
  const hasParts = Object.keys(dimensions).length > 0;
  let value: Row['value'] = options.points ? { points: dimensions } : { dimensions };
  let printed: Printed | undefined;
  const printedValues = {
    ...(category === '' ? {} : { category }),
    ...(zone === '' ? {} : { zone }),
  };
  if (hasParts) {
    // Parts beside a printed total, grade or zone: scored from the parts, compared with what is printed.
    if (totalText !== '' || category !== '' || zone !== '') {
      printed = {
        kind: 'parts',
        ...(totalText === '' ? {} : { total: totalText }),
        ...printedValues,
        at: at(total && totalText !== '' ? total : idField),
      };
    }
  } else if (total && totalText !== '') {
    if (exactText !== '') {
      // A file the CLI wrote: its exact value is classified, and must round to its total.
      value = { total: exactText };
      printed = { kind: 'exact', total: totalText, ...printedValues, at: at(exactCell!) };
    } else {
      value = { total: totalText };
      if (category !== '' || zone !== '')
        printed = { kind: 'exact', total: totalText, ...printedValues, at: at(total) };
    }
  } else if (total && !hasParts) {
    // Without this, the library would report the first dimension as missing, in a file that has no such column.
    problems.push(
      columns.dimensions.size === 0
        ? { at: at(total), text: T.emptyTotal({ column: columns.names[columns.total!]! }) }
        : {
            at: at(idField),
            text: T.noScore({ columns: [...columns.dimensions.values()].map((index) => columns.names[index]!) }),
          },
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
    printed,
    extra:
      columns.extra.length === 0
        ? undefined
        : { headers: columns.extraHeaders, values: columns.extra.map((index) => record[index]!.value) },
  };
}

const TRUE = new Set(['true', 'ya', 'yes', '1']);
const FALSE = new Set(['false', 'tidak', 'no', '0']);

function readFlag(field: CsvField | undefined, at: At): boolean | undefined {
  const text = field?.value.trim().toLowerCase() ?? '';
  if (field === undefined || text === '') return undefined;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw DataError.at(at(field), T.badFlag({ value: field.value }));
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
        : { kind: 'score', input: { ...row.value, ...facts } },
    locate: (path) => locateInRow(row, columns, path, at),
    ...(row.printed ? { printed: row.printed } : {}),
    ...(row.extra ? { extra: row.extra } : {}),
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
      problems.push({
        at: row.yearAt,
        text: T.unitYears({ id: first.id, year: first.year, line: first.idField.line }),
      });
    }
    if (row.followedUp !== undefined && first.followedUp !== undefined && row.followedUp !== first.followedUp) {
      problems.push({
        at: at(row.idField),
        text: T.unitFlags({ id: first.id, column: columns.names[columns.followedUp!]! }),
      });
    }
    if (row.unit === undefined) continue;
    const earlier = given.get(row.unit);
    const unitField = row.record[columns.unit!]!;
    if (earlier) {
      const earlierAt = at(earlier.record[columns.unit!]!);
      problems.push({
        at: at(unitField),
        text: T.unitTwice({ unit: row.unit, id: first.id, first: formatLocation(earlierAt) }),
      });
    } else given.set(row.unit, row);
  }
  if (problems.length > 0) return problems;
  const followedUp = group.find((row) => row.followedUp !== undefined)?.followedUp;
  const units: UnitInput[] = group.map((row) => ({
    id: row.unit ?? blankUnitName(row.idField.line, given),
    ...row.value,
  }));
  return {
    id: first.id,
    year: first.year,
    yearAt: first.yearAt,
    at: at(first.idField),
    request: {
      kind: 'score',
      input: { units, ...(followedUp === undefined ? {} : { followedUpOmbudsman: followedUp }) },
    },
    ...(first.extra ? { extra: first.extra } : {}),
    ...bodyPrinted(group),
    locate: (path: Path) => {
      const [head, index, ...rest] = path;
      const row = head === 'units' && typeof index === 'number' ? group[index] : undefined;
      return row ? locateInRow(row, columns, rest, at) : locateInRow(first, columns, path, at);
    },
  };
}

/**
 * Units with their dimension scores, and the body's total printed beside them: on every unit's row (the same
 * value) or on the first only. Anything else (a different value per row: each unit's own total) is not compared.
 */
function bodyPrinted(group: readonly Row[]): { printed?: Printed } {
  const printed = group.map((row) => (row.printed?.kind === 'parts' ? row.printed : undefined));
  const first = printed[0];
  if (first === undefined) return {};
  const same = (p: Printed | undefined) =>
    p !== undefined && p.total === first.total && p.category === first.category && p.zone === first.zone;
  const onFirstOnly = printed.slice(1).every((p) => p === undefined);
  return printed.every(same) || onFirstOnly ? { printed: first } : {};
}

function blankUnitName(line: number, given: ReadonlyMap<string, unknown>): string {
  let name = `#${line}`;
  while (given.has(name)) name = `#${name}`;
  return name;
}

/**
 * The cell of a library problem's path in a row. `total` is the classified value: the exact value where the row
 * gives one (a file the CLI wrote), else the total; `printed` is the total printed beside the parts (`auditRow`).
 */
function locateInRow(row: Row, columns: Columns, path: Path, at: At): SourceLocation {
  const [head, name] = path;
  let index: number | null | undefined;
  if ((head === 'dimensions' || head === 'points') && typeof name === 'string') {
    index = columns.dimensions.get(name as DimensionId) ?? null;
  } else if (head === 'total') {
    const exact = columns.exact === null ? '' : row.record[columns.exact]?.value.trim() ?? '';
    index = exact !== '' && 'total' in row.value && row.value.total === exact ? columns.exact : columns.total;
  } else if (head === 'printed') index = columns.total;
  else if (head === 'followedUpOmbudsman') index = columns.followedUp;
  else if (head === 'id') index = columns.unit;
  const field = index === null || index === undefined ? undefined : row.record[index];
  return at(field ?? row.idField);
}
