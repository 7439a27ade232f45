/**
 * One run of `ombuds-score`: command line → input → library → output, and the exit code.
 *
 * @module
 */
import { parseArguments, type CliOptions } from './args.js';
import { evaluate } from './commands/evaluate.js';
import { rankOutput } from './commands/rank.js';
import { scoreOutput } from './commands/score.js';
import { summaryOutput } from './commands/summary.js';
import { DataError, EXIT, UsageError } from './errors.js';
import { render, type CommandOutput } from './format/output.js';
import { HELP } from './help.js';
import { loadBodies } from './input/load.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';

/**
 * Runs the CLI with `argv` (without the node and script paths) against `io`, and returns the exit code:
 * 0 on success, 1 for bad data (each problem printed as `file:line:column: message`), 2 for bad usage.
 * Nothing is written to stdout when the run fails.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await run(['rank', 'sumut.csv', '--year', '2022'], { ...processIo(), stdout: (t) => out.push(t) });
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArguments(argv);
    if (parsed.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    io.stdout(render(await execute(parsed.options, io), parsed.options.format));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ombuds-score: ${error.message}\nRun "ombuds-score --help" for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof DataError) {
      io.stderr(`${error.message}\n`);
      return EXIT.data;
    }
    throw error;
  }
}

async function execute(options: CliOptions, io: CliIo): Promise<CommandOutput> {
  const bodies = await loadBodies(options.files, io, options);
  const evaluated = evaluate(bodies, options);
  switch (options.command) {
    case 'score':
      return scoreOutput(evaluated, options.lang);
    case 'rank':
      return rankOutput(evaluated, options.method, options.lang);
    case 'summary':
      return summaryOutput(evaluated, options.lang);
  }
}
