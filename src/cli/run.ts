/**
 * One run of `ombuds-score`: command line → input → library → output, and the exit code.
 *
 * @module
 */
import { languageOf, parseArguments, type CliOptions } from './args.js';
import { evaluate, type Evaluated } from './commands/evaluate.js';
import { rankOutput } from './commands/rank.js';
import { scoreOutput } from './commands/score.js';
import { summaryOutput } from './commands/summary.js';
import { DataError, EXIT, formatDataError, ProblemSink, UsageError, WriteError } from './errors.js';
import { render, Writer, type CommandOutput } from './format/output.js';
import { HELP } from './help.js';
import type { ReadContext } from '../table/body.js';
import { IdRegistry } from '../table/ids.js';
import { NoYearError } from '../table/problems.js';
import { loadBodies, readSources, type Source } from './input/load.js';
import type { CliIo } from './io.js';
import { M } from './messages.js';
import { VERSION } from './version.js';

export type { CliIo } from './io.js';

/**
 * Runs the CLI with `argv` (without the node and script paths) against `io`, and returns the exit code (see
 * {@link EXIT}): 0 on success (and when the reader of the output stopped early), 1 for bad data (every
 * problem printed as `file:line:column: message`, up to `--max-errors`) or output that cannot be written, 2 for
 * bad usage. Nothing is written to stdout when the data is bad: `score` reads the input twice (check, then
 * write) rather than hold its rows.
 *
 * @example
 * ```ts
 * const code = await run(['rank', 'sumut.csv', '--year', '2022'], processIo());
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang = languageOf(argv);
  const out = new Writer(io);
  try {
    const parsed = parseArguments(argv);
    if ('help' in parsed && parsed.help) {
      await out.write(HELP[lang]);
    } else if ('version' in parsed && parsed.version) {
      await out.write(`${VERSION}\n`);
    } else if ('options' in parsed) {
      lang = parsed.options.lang;
      await execute(parsed.options, io, out);
    }
    await out.flush();
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof NoYearError) {
      io.stderr(`ombuds-score: ${error.text[lang]}\n${M.help[lang]}\n`);
      return EXIT.usage;
    }
    if (error instanceof DataError) {
      io.stderr(formatDataError(error, lang));
      return EXIT.data;
    }
    if (error instanceof WriteError) {
      // The reader went away (`| head -1`): what it wanted it has; nothing to say.
      if (error.code === 'EPIPE') return EXIT.ok;
      const reason = error.message.startsWith(error.code) ? error.message : `${error.code}: ${error.message}`;
      io.stderr(`ombuds-score: ${M.writeFailed(reason)[lang]}\n`);
      return EXIT.write;
    }
    throw error;
  }
}

async function execute(options: CliOptions, io: CliIo, out: Writer): Promise<void> {
  const sources = await readSources(options.files, io, options);
  let last: ReadContext | null = null;
  const context = (): ReadContext =>
    (last = { options, sink: new ProblemSink(options.maxErrors), ids: new IdRegistry(options.keepSimilarIds) });
  try {
    await output(options, sources, context, out, () => io.afterReading?.());
  } catch (error) {
    // A problem that ends the reading (a syntax error) comes after the bad lines found before it.
    const sink = (last as ReadContext | null)?.sink;
    if (sink) sink.fail(error);
    throw error;
  }
}

async function output(
  options: CliOptions,
  sources: readonly Source[],
  context: () => ReadContext,
  out: Writer,
  afterReading: () => void,
): Promise<void> {
  const pass = (ctx: ReadContext): Iterable<Evaluated> =>
    evaluate(loadBodies(sources, options, ctx), { decimalComma: options.decimalComma, revision: options.revision }, ctx.sink);
  let output: CommandOutput;
  if (options.command === 'score') {
    // First pass: every problem, nothing kept. Then each pass over the rows reads the input again.
    const check = context();
    for (const _ of pass(check)) void _;
    check.sink.check();
    output = scoreOutput(() => pass(context()), options.lang);
  } else {
    const ctx = context();
    output =
      options.command === 'rank'
        ? rankOutput(pass(ctx), options.method, options.lang, ctx.sink, afterReading)
        : summaryOutput(pass(ctx), options.lang, ctx.sink, afterReading);
    ctx.sink.check();
  }
  await render(output, options, out);
}
