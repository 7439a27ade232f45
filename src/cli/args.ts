/**
 * The command line of `ombuds-score`, read into options. Every mistake is a {@link UsageError} (exit code 2).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { RANK_METHODS, safeGetRuleset, type RankMethod } from '../index.js';
import type { CsvDelimiter } from './csv/parse.js';
import { UsageError } from './errors.js';
import type { InputFormat } from './input/load.js';

/**
 * The commands.
 *
 * @example
 * ```ts
 * COMMANDS.includes('rank'); // true
 * ```
 */
export const COMMANDS = ['score', 'rank', 'summary'] as const;
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
/** Languages of labels and opinions. */
export type Language = 'id' | 'en';

/** Everything a run needs to know from its command line. */
export interface CliOptions {
  readonly command: Command;
  /** Input files; empty or `-` for standard input. */
  readonly files: readonly string[];
  readonly year: number | null;
  readonly format: OutputFormat;
  readonly decimalComma: boolean;
  readonly idColumn: string;
  readonly delimiter: CsvDelimiter | null;
  readonly input: InputFormat | null;
  /** `rank`: the ranking method; `null` takes the ruleset's. */
  readonly method: RankMethod | null;
  readonly lang: Language;
}

/** The command line read: a request for help, or the options of a run. */
export type ParsedArgs = { readonly help: true } | { readonly help: false; readonly options: CliOptions };

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
};

/**
 * Reads `argv` (without the node and script paths).
 *
 * @throws {@link UsageError} for an unknown command or option, or a bad option value.
 *
 * @example
 * ```ts
 * const parsed = parseArguments(['rank', 'sumut.csv', '--year', '2022']);
 * if (!parsed.help) parsed.options.year; // 2022
 * ```
 */
export function parseArguments(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        year: { type: 'string', short: 'y' },
        format: { type: 'string', short: 'f' },
        'decimal-comma': { type: 'boolean' },
        'id-column': { type: 'string' },
        delimiter: { type: 'string', short: 'd' },
        input: { type: 'string' },
        method: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { help: true };
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(`Name a command: ${COMMANDS.join(', ')}.`);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`Unknown command "${command}"; expected one of ${COMMANDS.join(', ')}.`);
  }
  return {
    help: false,
    options: {
      command: command as Command,
      files,
      year: values.year === undefined ? null : readYearOption(values.year),
      format: oneOf(values.format, FORMATS, 'format') ?? 'table',
      decimalComma: values['decimal-comma'] ?? false,
      idColumn: readIdColumn(values['id-column']),
      delimiter: readDelimiter(values.delimiter),
      input: oneOf(values.input, ['csv', 'json'] as const, 'input'),
      method: oneOf(values.method, RANK_METHODS, 'method'),
      lang: oneOf(values.lang, ['id', 'en'] as const, 'lang') ?? 'id',
    },
  };
}

function readYearOption(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year expects a year such as 2023, got ${JSON.stringify(text)}.`);
  const year = Number(text);
  // A year without rules (2020, 1999) is a bad option value: said once, exit 2, not once per line of data.
  const found = safeGetRuleset(year);
  if (!found.success) throw new UsageError(`--year ${year}: ${found.error.message}`);
  return year;
}

function readIdColumn(text: string | undefined): string {
  if (text === undefined) return 'id';
  if (text.trim() === '') throw new UsageError('--id-column expects a column name.');
  return text.trim();
}

function readDelimiter(text: string | undefined): CsvDelimiter | null {
  if (text === undefined) return null;
  const delimiter = DELIMITERS[text];
  if (delimiter === undefined) throw new UsageError(`--delimiter expects "," ";" or "tab", got ${JSON.stringify(text)}.`);
  return delimiter;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | null {
  if (value === undefined) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got ${JSON.stringify(value)}.`);
}
