/**
 * The command line of `ombuds-score`, read into options. Every mistake is a {@link UsageError} (exit code 2):
 * an unknown option, an option given twice, a bad value, or options that contradict each other.
 *
 * @module
 */
import { RANK_METHODS, safeGetRuleset, type RankMethod } from '../index.js';
import type { CsvDelimiter } from '../table/csv.js';
import { UsageError } from './errors.js';
import { FIELDS, fieldOfHeader, headerKey, type Field } from '../table/header.js';
import { ENCODINGS, type Encoding } from '../table/decode.js';
import type { InputFormat } from './input/load.js';
import { M, type Language } from './messages.js';

export type { Language } from './messages.js';

/**
 * The commands.
 *
 * @example
 * ```ts
 * COMMANDS.includes('rank'); // true
 * ```
 */
export const COMMANDS = ['score', 'rank', 'summary', 'audit'] as const;
/** A command. */
export type Command = (typeof COMMANDS)[number];
/**
 * Output formats.
 *
 * @example
 * ```ts
 * FORMATS; // ['table', 'json', 'csv']
 * ```
 */
export const FORMATS = ['table', 'json', 'csv'] as const;
/** An output format. */
export type OutputFormat = (typeof FORMATS)[number];

/** Everything a run needs to know from its command line. */
export interface CliOptions {
  readonly command: Command;
  /** Input files; empty or `-` for standard input. */
  readonly files: readonly string[];
  readonly year: number | null;
  /** `--revision`: the ruleset revision of every year; `null` takes each year's latest (RULEBOOK §7a). */
  readonly revision: number | null;
  readonly format: OutputFormat;
  readonly decimalComma: boolean;
  /** `--points`: the dimension columns hold weighted points as printed, not 0–100 scores. */
  readonly points: boolean;
  /** `--column <field>=<header>` and `--id-column <header>`: the header of a field, by name. */
  readonly columns: Readonly<Partial<Record<Field, string>>>;
  readonly delimiter: CsvDelimiter | null;
  readonly input: InputFormat | null;
  /** `--encoding`; `null` is UTF-8 unless a byte-order mark says otherwise. */
  readonly encoding: Encoding | null;
  /** `rank`: the ranking method; `null` takes the ruleset's. */
  readonly method: RankMethod | null;
  readonly lang: Language;
  /** Problems printed before "… and N more". */
  readonly maxErrors: number;
  /** `--keep-similar-ids`: ids that meet under the id rule (`idKey`) but are not equal are different bodies. */
  readonly keepSimilarIds: boolean;
  /** `--sheet`: the sheet of a workbook to read; `null` reads the first. */
  readonly sheet: string | null;
  /** `--output`: the file to write (its format from its extension: .xlsx, .csv, .json); `null` is stdout. */
  readonly output: string | null;
}

/** The command line read: a request for help or the version, or the options of a run. */
export type ParsedArgs =
  | { readonly help: true }
  | { readonly version: true }
  | { readonly help?: false; readonly version?: false; readonly options: CliOptions };

interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly flag?: true;
  readonly repeatable?: true;
}

const OPTIONS: readonly OptionSpec[] = [
  { name: 'year', short: 'y' },
  { name: 'format', short: 'f' },
  { name: 'decimal-comma', flag: true },
  { name: 'points', flag: true },
  { name: 'id-column' },
  { name: 'column', short: 'c', repeatable: true },
  { name: 'delimiter', short: 'd' },
  { name: 'input' },
  { name: 'encoding', short: 'e' },
  { name: 'method' },
  { name: 'lang' },
  { name: 'max-errors' },
  { name: 'revision' },
  { name: 'keep-similar-ids', flag: true },
  { name: 'sheet' },
  { name: 'output', short: 'o' },
  { name: 'help', short: 'h', flag: true },
  { name: 'version', flag: true },
];

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
};

/** What the tokens gave: each option's values in order, and the positionals. */
interface Tokens {
  readonly values: Map<string, string[]>;
  readonly positionals: string[];
}

function tokenize(argv: readonly string[]): Tokens {
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const put = (spec: OptionSpec, value: string) => {
    const list = values.get(spec.name) ?? [];
    if (list.length > 0 && !spec.repeatable) throw new UsageError(M.optionTwice({ option: spec.name }));
    list.push(value);
    values.set(spec.name, list);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      spec = OPTIONS.find((o) => o.name === name);
    } else {
      spec = OPTIONS.find((o) => o.short === arg[1]);
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
      if (spec?.flag && inline !== undefined) spec = undefined; // -hx: not a bundle we read
    }
    if (spec === undefined) throw new UsageError(M.unknownOption({ option: arg.replace(/=.*$/s, '') }));
    if (spec.flag) {
      if (inline !== undefined) throw new UsageError(M.flagTakesNoValue({ option: spec.name }));
      put(spec, 'true');
      continue;
    }
    if (inline === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-' && next.length > 1 && !/^-\d/.test(next))) {
        throw new UsageError(M.optionNeedsValue({ option: spec.name }));
      }
      inline = next;
      i++;
    }
    put(spec, inline);
  }
  return { values, positionals };
}

/**
 * The `--lang` of a command line, read before anything else so that even a usage error speaks it.
 *
 * @example
 * ```ts
 * languageOf(['rank', '--lang', 'id']); // 'id'
 * languageOf(['rank', '--nope']); // 'en'
 * ```
 */
export function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang=id' || (arg === '--lang' && argv[i + 1] === 'id')) return 'id';
    if (arg === '--') break;
  }
  return 'en';
}

/**
 * Reads `argv` (without the node and script paths).
 *
 * @throws {@link UsageError} for an unknown command or option, an option given twice, a bad option value or
 *   contradicting options.
 *
 * @example
 * ```ts
 * const parsed = parseArguments(['rank', 'sumut.csv', '--year', '2022']);
 * if ('options' in parsed) parsed.options.year; // 2022
 * ```
 */
export function parseArguments(argv: readonly string[]): ParsedArgs {
  const { values, positionals } = tokenize(argv);
  const one = (name: string): string | undefined => values.get(name)?.[0];
  if (one('help') !== undefined || positionals[0] === 'help') return { help: true };
  if (one('version') !== undefined) return { version: true };
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(M.nameCommand({ commands: COMMANDS }));
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(M.unknownCommand({ command, commands: COMMANDS }));
  const input = oneOf(one('input'), ['csv', 'json', 'xlsx'] as const, 'input');
  const delimiter = readDelimiter(one('delimiter'));
  if (delimiter !== null && input === 'json') throw new UsageError(M.delimiterWithJson);
  const method = oneOf(one('method'), RANK_METHODS, 'method');
  if (method !== null && command !== 'rank') throw new UsageError(M.methodRankOnly);
  const revision = readRevision(one('revision'));
  return {
    options: {
      command: command as Command,
      files,
      year: readYearOption(one('year'), revision),
      revision,
      format: oneOf(one('format'), FORMATS, 'format') ?? 'table',
      decimalComma: one('decimal-comma') !== undefined,
      points: one('points') !== undefined,
      columns: readColumns(values.get('column') ?? [], one('id-column')),
      delimiter,
      input,
      encoding: oneOf(one('encoding')?.toLowerCase(), ENCODINGS, 'encoding'),
      method,
      lang: oneOf(one('lang'), ['en', 'id'] as const, 'lang') ?? 'en',
      maxErrors: readMaxErrors(one('max-errors')),
      keepSimilarIds: one('keep-similar-ids') !== undefined,
      sheet: one('sheet') ?? null,
      output: one('output') ?? null,
    },
  };
}

function readRevision(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^[1-9]\d{0,2}$/.test(text)) throw new UsageError(M.badRevision({ got: text }));
  return Number(text);
}

function readYearOption(text: string | undefined, revision: number | null): number | null {
  if (text === undefined) return null;
  if (!/^\d{4}$/.test(text)) throw new UsageError(M.badYear({ got: text }));
  const year = Number(text);
  // A year without rules (2020, 1999), or without the revision asked for, is a bad option value: said once,
  // exit 2, not once per line of data.
  const found = safeGetRuleset(year, revision === null ? undefined : { revision });
  if (!found.success) {
    throw new UsageError(M.yearWithoutRules({ year, reason: found.error.text }));
  }
  return year;
}

function readMaxErrors(text: string | undefined): number {
  if (text === undefined) return 50;
  if (!/^[1-9]\d{0,8}$/.test(text)) throw new UsageError(M.badMaxErrors({ got: text }));
  return Number(text);
}

/** `--column field=header` (repeatable) and `--id-column header`, checked against each other. */
function readColumns(given: readonly string[], idColumn: string | undefined): Partial<Record<Field, string>> {
  const pairs: [string, string][] = given.map((text) => {
    const eq = text.indexOf('=');
    if (eq < 0) throw new UsageError(M.badColumnOption({ got: text, fields: FIELDS }));
    return [text.slice(0, eq).trim(), text.slice(eq + 1).trim()];
  });
  if (idColumn !== undefined) pairs.push(['id', idColumn.trim()]);
  const columns: Partial<Record<Field, string>> = {};
  const byHeader = new Map<string, Field>();
  for (const [name, header] of pairs) {
    const field = FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
    if (field === undefined) throw new UsageError(M.badColumnOption({ got: `${name}=${header}`, fields: FIELDS }));
    if (header === '') throw new UsageError(M.emptyColumnName({ field }));
    if (columns[field] !== undefined) throw new UsageError(M.columnTwice({ field }));
    const other = fieldOfHeader(header);
    if (other !== null && other !== field) throw new UsageError(M.headerNamesOtherField({ field, header, other }));
    const key = headerKey(header);
    const clash = byHeader.get(key);
    if (clash !== undefined) throw new UsageError(M.headerMappedTwice({ header, first: clash, second: field }));
    byHeader.set(key, field);
    columns[field] = header;
  }
  return columns;
}

function readDelimiter(text: string | undefined): CsvDelimiter | null {
  if (text === undefined) return null;
  const delimiter = DELIMITERS[text];
  if (delimiter === undefined)
    throw new UsageError(M.oneOf({ option: 'delimiter', allowed: ['","', '";"', 'tab'], got: text }));
  return delimiter;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | null {
  if (value === undefined) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(M.oneOf({ option: name, allowed, got: value }));
}
