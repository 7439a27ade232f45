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
  score     total, exact total, grade, zone, label and opinion of each body (input order)
  rank      bodies in rank order (the ruleset's method unless --method is given)
  summary   count per zone and grade, mean, median, highest and lowest

Options:
  -y, --year <year>          assessment year (2015-2019, 2021-2025); wins over a year in the data
  -f, --format <format>      table (default), json or csv
      --decimal-comma        read "90,02" as 90.02, and write decimal commas (csv: ";" and a UTF-8 BOM,
                             as Indonesian Excel reads); never guessed
  -c, --column <f>=<header>  read field <f> from column <header> (repeatable), e.g. --column total=Skor;
                             fields: id, unit, total, competency, standards, opinion, complaints, trust,
                             year, followedUpOmbudsman
      --id-column <header>   the same as --column id=<header>
  -d, --delimiter <d>        CSV delimiter: "," ";" or tab (default: from the header line)
      --input <format>       csv or json (default: from the file extension or the first character)
  -e, --encoding <enc>       input without a byte-order mark: utf-8 (default), windows-1252 (= cp1252,
                             latin1), utf-16le or utf-16be; a BOM (UTF-8, UTF-16) always decides
      --method <method>      rank: ordinal, competition, modified-competition, dense or fractional
      --lang <lang>          language of headers, labels and messages: en (default) or id
      --max-errors <n>       problems printed before "... and N more" (default 50)
      --keep-similar-ids     ids that differ only in case or spacing are different bodies
  -h, --help                 show this help
      --version              print the version

CSV columns are found by name, ignoring case, spaces and punctuation:
  id      id, nama, instansi, penyelenggara      unit    unit, unit layanan, opd
  total   total, nilai, nilai akhir              year    year, tahun
  competency  input, dimensi input               standards   proses, dimensi proses
  opinion     output, dimensi output             complaints  pengaduan, dimensi pengaduan
  trust       kepercayaan, kepercayaan masyarakat
Give dimension scores (the body is scored) or a total (classified; more than two decimals are kept
as the exact total for ranking). Lines with the same id and a unit column are the units of one body.
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
  cat bodies.json | ombuds-score summary --year 2023
`;
