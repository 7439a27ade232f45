/**
 * The `--help` text of `ombuds-score`.
 *
 * @module
 */

/**
 * Printed for `--help`, `-h` and `help`.
 *
 * @example
 * ```ts
 * io.stdout(HELP);
 * ```
 */
export const HELP = `Usage: ombuds-score <command> [files...] [options]

Scores the Ombudsman Republik Indonesia public-service assessment with @ombuds/scoring.
Reads CSV or JSON files, or standard input when no file (or "-") is given.

Commands:
  score     total, grade, zone, label and opinion of each body (input order)
  rank      bodies in rank order (the ruleset's method unless --method is given)
  summary   count per zone and grade, mean, median, highest and lowest

Options:
  -y, --year <year>        assessment year (2015-2019, 2021-2025); wins over a year in the data
  -f, --format <format>    table (default), json or csv
      --decimal-comma      read "90,02" as 90.02 (Indonesian spreadsheets); never guessed
      --id-column <name>   column (CSV) or key (JSON) holding the body id (default: id)
  -d, --delimiter <d>      CSV delimiter: "," ";" or tab (default: from the header line)
      --input <format>     csv or json (default: from the file extension or the first character)
      --method <method>    rank: ordinal, competition, modified-competition, dense or fractional
      --lang <lang>        language of labels and opinions: id (default) or en
  -h, --help               show this help

CSV columns: the id column; dimension scores named competency, standards, opinion, complaints,
trust (the dimensions of the year), or a total column; optional year, unit (several lines with the
same id are the units of one body) and followedUpOmbudsman (2025: true/false, ya/tidak).
JSON: an array of bodies or { "year": 2023, "bodies": [...] }; a body is { "id", "total" } or
{ "id", "dimensions": {...} } or { "id", "units": [...] }.

Exit codes: 0 success, 1 bad data (file:line:column: message), 2 bad usage.

Examples:
  ombuds-score rank sumut-2022.csv --year 2022
  ombuds-score score bodies.csv --year 2023 --decimal-comma --delimiter ";" --format json
  cat bodies.json | ombuds-score summary --year 2023
`;
