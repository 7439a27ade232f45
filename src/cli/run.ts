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
import {
  DataError,
  EXIT,
  formatDataError,
  formatProblem,
  ProblemSink,
  UsageError,
  WriteError,
  type DataProblem,
} from './errors.js';
import { auditOutput } from './commands/audit.js';
import { ExtraHeaders } from './format/extra.js';
import { writeOutputFile } from './format/file.js';
import { TableError } from '../table/errors.js';
import { render, Writer, type CommandOutput } from './format/output.js';
import { HELP } from './help.js';
import type { ReadContext } from '../table/body.js';
import { IdRegistry } from '../table/ids.js';
import { NoYearError } from '../table/problems.js';
import { loadBodies, readSources, type Source } from './input/load.js';
import type { CliIo } from './io.js';
import { CHOICES, M } from './messages.js';
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
      const code = await execute(parsed.options, io, out);
      await out.flush();
      return code;
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
      io.stderr(`ombuds-score: ${M.writeFailed({ reason })[lang]}\n`);
      return EXIT.write;
    }
    throw error;
  }
}

async function execute(options: CliOptions, io: CliIo, out: Writer): Promise<number> {
  const sources = await readSources(options.files, io, options);
  let last: ReadContext | null = null;
  const context = (): ReadContext =>
    (last = {
      options,
      sink: new ProblemSink(options.maxErrors),
      ids: new IdRegistry(options.keepSimilarIds, CHOICES.keepSimilarIds),
      notices: [],
      choices: CHOICES,
    });
  try {
    return await output(options, sources, context, out, io, () => io.afterReading?.());
  } catch (error) {
    // The notices of the reading (rows left out) come first: they may explain the problems.
    if (error instanceof DataError) {
      for (const notice of (last as ReadContext | null)?.notices ?? [])
        io.stderr(`${formatProblem(notice, options.lang)}\n`);
    }
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
  io: CliIo,
  afterReading: () => void,
): Promise<number> {
  const { lang } = options;
  const remarks: DataProblem[] = [];
  const extra = new ExtraHeaders();
  // Warnings of rows whose printed total differs from their parts, and the other columns, from one pass only.
  const pass = (ctx: ReadContext, watch = false): Iterable<Evaluated> => {
    const evaluated = evaluate(
      loadBodies(sources, options, ctx),
      { decimalComma: options.decimalComma, revision: options.revision },
      ctx.sink,
    );
    return watch ? watched(evaluated, remarks, extra, options.decimalComma) : evaluated;
  };
  const say = (ctx: ReadContext) => {
    for (const notice of ctx.notices) io.stderr(`${formatProblem(notice, lang)}\n`);
    for (const remark of remarks) io.stderr(`${formatProblem(remark, lang)}\n`);
  };
  let output: CommandOutput;
  if (options.command === 'audit') {
    const ctx = context();
    const found = auditOutput(pass(ctx), lang);
    ctx.sink.check();
    for (const notice of ctx.notices) io.stderr(`${formatProblem(notice, lang)}\n`);
    if (found.compared === 0) {
      io.stderr(`${M.auditNothing[lang]}\n`);
      return EXIT.ok;
    }
    if (found.disagreeing === 0) {
      io.stderr(`${M.auditAgrees({ compared: found.compared })[lang]}\n`);
      return EXIT.ok;
    }
    await emit(found.output, options, out, io);
    io.stderr(`${M.auditDisagree({ count: found.disagreeing, compared: found.compared })[lang]}\n`);
    return EXIT.data;
  }
  if (options.command === 'score') {
    // First pass: every problem, nothing kept. Then each pass over the rows reads the input again.
    const check = context();
    for (const _ of pass(check, true)) void _;
    check.sink.check();
    say(check);
    output = scoreOutput(() => pass(context()), lang, extra);
  } else {
    const ctx = context();
    output =
      options.command === 'rank'
        ? rankOutput(pass(ctx, true), options.method, lang, ctx.sink, afterReading)
        : summaryOutput(pass(ctx, true), lang, ctx.sink);
    ctx.sink.check();
    say(ctx);
  }
  await emit(output, options, out, io);
  return EXIT.ok;
}

/** Writes the output to `--output` (format from its extension), else to standard output. */
async function emit(output: CommandOutput, options: CliOptions, out: Writer, io: CliIo): Promise<void> {
  if (options.output === null) {
    await render(output, options, out);
    return;
  }
  try {
    await writeOutputFile(output, options.output, options, io);
  } catch (error) {
    if (error instanceof TableError) throw DataError.at(null, error.text);
    const reason = error instanceof Error ? error.message : String(error);
    throw new WriteError('EIO', `${options.output}: ${reason}`);
  }
}

/** Passes the bodies on, noting each row whose printed total differs from its parts, and the other columns. */
function* watched(
  evaluated: Iterable<Evaluated>,
  remarks: DataProblem[],
  extra: ExtraHeaders,
  decimalComma: boolean,
): Generator<Evaluated> {
  for (const e of evaluated) {
    extra.add(e.body.extra);
    const f = e.finding;
    if (f !== undefined) {
      const printed = f.printed.total ?? f.printed.category ?? f.printed.zone ?? '';
      const computed = f.fields.includes('total') ? f.computed.total : f.computed.category ?? f.computed.zone;
      remarks.push({
        at: e.body.printed?.at ?? e.body.at,
        text: M.printedDiffers({ id: e.body.id, printed, computed, difference: f.difference ?? '—', decimalComma }),
      });
    }
    yield e;
  }
}
