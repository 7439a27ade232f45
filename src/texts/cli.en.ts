/**
 * Every sentence of the command line (`ombuds-score`), in English: the same keys and named parameters as
 * `cli.id.ts`, in the form of `en.ts`. Kept apart from `en.ts`, so that the library's entry points never bundle
 * them: only `src/cli/` imports this file. The CLI prints the table reader's texts (`table.en.ts`) too, with its
 * options as the words for each choice (`choose…` below). A library error brings its own text, except where the
 * library names its own option: the CLI then says it in its own words (`decimalPointCell`, `src/cli/issue-text.ts`).
 *
 * @module
 */
import type { Text } from './text.js';
import { comma, describe } from './value.js';

const q = (value: string): string => JSON.stringify(value);

const s = (count: number): string => (count === 1 ? '' : 's');

/** A number as English writes it, or with a decimal comma under `--decimal-comma`. */
const n = (value: string, decimalComma: boolean): string => (decimalComma ? comma(value) : value);

// --- usage ------------------------------------------------------------------------------------------------

/** The pointer to `--help`. */
export const help: string = 'Run "ombuds-score --help" for usage.';

/** No command. */
export const nameCommand = (p: { readonly commands: readonly string[] }): string =>
  `Name a command: ${p.commands.join(', ')}.`;

/** An unknown command. */
export const unknownCommand = (p: { readonly command: string; readonly commands: readonly string[] }): string =>
  `Unknown command ${q(p.command)}; expected one of ${p.commands.join(', ')}.`;

/** An unknown option. */
export const unknownOption = (p: { readonly option: string }): string => `Unknown option ${q(p.option)}.`;

/** An option given twice. */
export const optionTwice = (p: { readonly option: string }): string => `--${p.option} is given twice; give it once.`;

/** An option without its value. */
export const optionNeedsValue = (p: { readonly option: string }): string => `--${p.option} expects a value.`;

/** A flag given a value. */
export const flagTakesNoValue = (p: { readonly option: string }): string => `--${p.option} takes no value.`;

/** A value outside the option's list. */
export const oneOf = (p: {
  readonly option: string;
  readonly allowed: readonly string[];
  readonly got: string;
}): string => `--${p.option} expects one of ${p.allowed.join(', ')}, got ${q(p.got)}.`;

/** A year that is not one. */
export const badYear = (p: { readonly got: string }): string => `--year expects a year such as 2023, got ${q(p.got)}.`;

/** A year without rules: the library's reason. */
export const yearWithoutRules = (p: { readonly year: number; readonly reason: Text }): string =>
  `--year ${p.year}: ${p.reason.en}`;

/** A revision that is not one. */
export const badRevision = (p: { readonly got: string }): string =>
  `--revision expects a revision number such as 1 or 2, got ${q(p.got)}.`;

/** A bad `--max-errors`. */
export const badMaxErrors = (p: { readonly got: string }): string =>
  `--max-errors expects a whole number from 1, got ${q(p.got)}.`;

/** A bad `--column`. */
export const badColumnOption = (p: { readonly got: string; readonly fields: readonly string[] }): string =>
  `--column expects <field>=<header>, such as total=Skor (fields: ${p.fields.map(q).join(', ')}), got ${q(p.got)}.`;

/** One field mapped twice. */
export const columnTwice = (p: { readonly field: string }): string =>
  `The ${p.field} column is mapped twice (--column ${p.field}=… or --id-column); map it once.`;

/** One header mapped to two fields. */
export const headerMappedTwice = (p: {
  readonly header: string;
  readonly first: string;
  readonly second: string;
}): string => `The header ${q(p.header)} is mapped to both ${p.first} and ${p.second}; a column holds one thing.`;

/** A header that names another field's column. */
export const headerNamesOtherField = (p: {
  readonly field: string;
  readonly header: string;
  readonly other: string;
}): string =>
  `--column ${p.field}=${p.header}: ${q(p.header)} is the name of the ${p.other} column; the ${
    p.field
  } cannot be read from it.`;

/** `--column field=` without a header. */
export const emptyColumnName = (p: { readonly field: string }): string =>
  `--column ${p.field}= expects a column name after "=".`;

/** `--method` outside `rank`. */
export const methodRankOnly: string = '--method applies to rank only.';

/** `--delimiter` with JSON. */
export const delimiterWithJson: string = '--delimiter applies to CSV input; it contradicts --input json.';

// --- the table reader's choices, as this front end names them ----------------------------------------------

/** Reading bytes as Windows-1252. */
export const chooseWindows1252: string = '--encoding windows-1252';

/** Reading UTF-16 without a byte-order mark. */
export const chooseUtf16: string = '--encoding utf-16le (or utf-16be)';

/** Reading decimal commas. */
export const chooseDecimalComma: string = '--decimal-comma';

/** Naming the delimiter. */
export const chooseDelimiter: string = '--delimiter ",", ";" or tab';

/** Giving the year. */
export const chooseYear: string = '--year';

/** Keeping similar ids apart. */
export const chooseKeepSimilarIds: string = '--keep-similar-ids';

/** Reading another sheet. */
export const chooseSheet: string = '--sheet <name>';

/** Naming the column of a field. */
export const chooseColumn = (p: { readonly field: string }): string => `--column ${p.field}=<header>`;

// --- the library's problems, in the CLI's words ------------------------------------------------------------

/**
 * A number written with a decimal point under `--decimal-comma` (the library's reason `decimal-point`): the text
 * as written, quoted as the library quotes a value, and the same number with a decimal comma.
 */
export const decimalPointCell = (p: { readonly value: string }): string =>
  `${describe(p.value)} has a decimal point, but --decimal-comma reads decimal commas; write ${describe(
    comma(p.value),
  )}, or run without --decimal-comma if the numbers are written with points.`;

// --- reading files ----------------------------------------------------------------------------------------

/** A file that cannot be read: the system's reason. */
export const cannotRead = (p: { readonly file: string; readonly reason: string }): string =>
  `${p.file}: cannot read the file (${p.reason}).`;

// --- comparing --------------------------------------------------------------------------------------------

/** Bodies of two years in one ranking or summary. */
export const oneYear = (p: {
  readonly command: string;
  readonly id: string;
  readonly year: number;
  readonly firstId: string;
  readonly firstYear: number;
}): string =>
  `${p.command} compares bodies of one year; ${q(p.id)} is ${p.year} but ${q(p.firstId)} is ${p.firstYear}.`;

// --- printed totals ---------------------------------------------------------------------------------------

/** A printed total that its parts do not give (numbers as canonical decimals). */
export const printedDiffers = (p: {
  readonly id: string;
  readonly printed: string;
  readonly computed: string;
  readonly difference: string;
  readonly decimalComma: boolean;
}): string =>
  `warning: ${q(p.id)} prints ${n(p.printed, p.decimalComma)}, but its parts give ${n(
    p.computed,
    p.decimalComma,
  )} (difference ${n(p.difference, p.decimalComma)}); ranked by ${n(
    p.computed,
    p.decimalComma,
  )}. See "ombuds-score audit".`;

const READINGS: Readonly<Record<string, string>> = {
  'units-before-mean': 'units rounded before the mean',
  'units-after-mean': 'units rounded after the mean',
  'half-even': 'rounding half to even',
  'half-up': 'rounding half up',
  down: 'truncation (rounding down)',
};

/** A reading of the rules that explains a printed value (`audit`). */
export const auditReading = (p: { readonly reading: string }): string => READINGS[p.reading] ?? p.reading;

/** Every printed value follows from its parts. */
export const auditAgrees = (p: { readonly compared: number }): string =>
  `Every printed total, grade and zone follows from its parts (${p.compared} row${s(p.compared)} compared).`;

/** Nothing to audit. */
export const auditNothing: string =
  'Nothing to audit: no row prints a total, grade or zone beside its dimension scores or units.';

/** Printed values that do not follow from their parts. */
export const auditDisagree = (p: { readonly count: number; readonly compared: number }): string =>
  `${p.count} of ${p.compared} rows print a total, grade or zone that does not follow from their parts.`;

// --- the end of a run -------------------------------------------------------------------------------------

/** Problems not printed. */
export const moreProblems = (p: { readonly count: number }): string =>
  `… and ${p.count} more problem${s(p.count)} (see --max-errors).`;

/** The output could not be written. */
export const writeFailed = (p: { readonly reason: string }): string => `cannot write the output (${p.reason}).`;

// --- the output's column titles and summary keys ----------------------------------------------------------

const COLUMNS = {
  rank: 'rank',
  id: 'id',
  year: 'year',
  total: 'total',
  exact: 'exact',
  category: 'category',
  zone: 'zone',
  label: 'label',
  opinion: 'opinion',
  group: 'group',
  key: 'key',
  value: 'value',
  bodies: 'bodies',
  count: 'count',
  mean: 'mean',
  median: 'median',
  highest: 'highest',
  lowest: 'lowest',
  ranking: 'ranking',
  place: 'place',
  printedTotal: 'printed total',
  computedTotal: 'computed total',
  difference: 'difference',
  printedCategory: 'printed grade',
  computedCategory: 'computed grade',
  printedZone: 'printed zone',
  computedZone: 'computed zone',
  explainedBy: 'explained by',
} as const;

/** The name of an output column or summary key. */
export type ColumnName = keyof typeof COLUMNS;

/** The title of an output column, or a key of the summary. */
export const column = (p: { readonly column: ColumnName }): string => COLUMNS[p.column];

// --- --help -----------------------------------------------------------------------------------------------

/** Printed for `--help`, `-h` and `help`. */
export const usage: string = `Usage: ombuds-score <command> [files...] [options]

Scores the Ombudsman Republik Indonesia public-service assessment with @ombuds/scoring.
Reads Excel workbooks (.xlsx), CSV or JSON files, or standard input when no file (or "-") is given.

Commands:
  score     total, exact total, grade, zone, label and opinion of each body (input order)
  rank      bodies in rank order (the ruleset's method unless --method is given)
  summary   count per zone and grade, mean, median, highest and lowest
  audit     rows whose printed total, grade or zone does not follow from the dimension scores or
            units printed beside it (exit 1 when any), with the reading that explains it

Options:
  -y, --year <year>          assessment year (2015-2019, 2021-2025); wins over a year in the data
  -f, --format <format>      table (default), json or csv
      --decimal-comma        read "90,02" as 90.02, and write decimal commas (csv: ";" and a UTF-8 BOM,
                             as Indonesian Excel reads); never guessed
      --points               the dimension columns hold weighted points as printed (their sum is the
                             total), not 0-100 scores; never guessed
  -c, --column <f>=<header>  read field <f> from column <header> (repeatable), e.g. --column total=Skor;
                             fields: id, unit, total, competency, standards, opinion, complaints, trust,
                             year, followedUpOmbudsman, exact, category, zone
      --id-column <header>   the same as --column id=<header>
  -d, --delimiter <d>        CSV delimiter: "," ";" or tab (default: from the header line)
      --input <format>       csv, json or xlsx (default: from the file extension or the first bytes)
      --sheet <name>         the sheet of a workbook to read (default: the first)
  -o, --output <file>        write the result to <file>, in the format of its extension (.xlsx, .csv,
                             .json); the notices and warnings stay on standard error
  -e, --encoding <enc>       input without a byte-order mark: utf-8 (default), windows-1252 (= cp1252,
                             latin1), utf-16le or utf-16be; a BOM (UTF-8, UTF-16) always decides
      --method <method>      rank: ordinal, competition, modified-competition, dense or fractional
      --lang <lang>          language of headers, labels and messages: en (default) or id
      --max-errors <n>       problems printed before "... and N more" (default 50)
      --revision <n>         ruleset revision, e.g. 1 to reproduce a result computed before revision 2
                             (default: each year's latest)
      --keep-similar-ids     ids that differ only in case, spacing, invisible characters or letter width are different bodies
  -h, --help                 show this help
      --version              print the version

Columns are found by name, ignoring case, spaces and punctuation; the header is the first row that
names an id and a score column (title rows above it are skipped):
  id      id, nama, nama instansi, instansi, penyelenggara   unit  unit, unit layanan, opd
  total   total, nilai, nilai akhir              year    year, tahun
  exact   exact, nilai eksak                     category, zone   kategori, zona (compared)
  competency  input, dimensi input               standards   proses, dimensi proses
  opinion     output, dimensi output             complaints  pengaduan, dimensi pengaduan
  trust       kepercayaan, kepercayaan masyarakat
Give dimension scores (the body is scored) or a total (classified; more than two decimals are kept
as the exact total for ranking). Dimension scores beside a printed total: scored from the scores, a
warning for each row whose printed total differs (see audit). Footer rows (Rata-rata, Jumlah, Total)
and rows without an id are left out with one note; other columns (No, Keterangan) are carried to the
output after the results. Lines with the same id and a unit column are the units of one body.
Ids are trimmed and NFC-normalised; the same id twice, or ids that differ only in case or spacing,
are refused with both lines.
JSON: an array of bodies or { "year": 2023, "bodies": [...] }; a body is { "id", "total" } or
{ "id", "dimensions": {...} } or { "id", "units": [...] }.

Exit codes:
  0   success, also when the reader of the output stops early (| head -1)
  1   bad data (every problem as file:line:column: message), or the output cannot be written
      (a full disk)
  2   bad usage: unknown or repeated option, bad value, contradicting options, no year
  70  internal error (a bug: please report it)

Examples:
  ombuds-score rank sumut-2022.csv --year 2022
  ombuds-score rank nilai.csv --year 2023 --decimal-comma --lang id --format csv > peringkat.csv
  ombuds-score score data.csv --year 2023 --column total=Skor --encoding windows-1252
  ombuds-score rank rekap.xlsx --year 2023 --sheet "Rekap 2023" --output peringkat.xlsx
  ombuds-score audit rekap.xlsx --year 2023
  cat bodies.json | ombuds-score summary --year 2023
`;
