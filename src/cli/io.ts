/**
 * What the CLI needs from the outside world, as an interface, so that tests run it in-process.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WriteError } from './errors.js';

/** Standard streams and file access of one CLI run. */
export interface CliIo {
  /** Reads a whole file as bytes. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a whole file (`--output`). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>;
  /**
   * Writes to standard output; the promise settles when the text is written (so that a large output waits for
   * a slow reader), and rejects with a {@link WriteError} when it cannot be.
   */
  stdout(text: string): void | Promise<void>;
  /** Writes to standard error. */
  stderr(text: string): void;
  /**
   * Called once the input is read, before `rank` sorts or `summary` tallies: a chance to give the memory of
   * the reading back (see {@link processIo}). Optional.
   */
  afterReading?(): void;
}

/**
 * The real process streams and file system. Write errors of stdout (EPIPE when the reader is gone, ENOSPC
 * on a full disk) reject the write instead of ending the process with a stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  // The error also reaches the write's callback, which reports it; without a listener Node would crash.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  return {
    readFile: (path) => readFile(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdout: (text) =>
      new Promise<void>((resolve, reject) => {
        if (process.stdout.destroyed || process.stdout.writableEnded) {
          reject(new WriteError('EPIPE', 'standard output is closed'));
          return;
        }
        process.stdout.write(text, (error) => {
          if (!error) resolve();
          else reject(new WriteError((error as NodeJS.ErrnoException).code ?? 'EIO', error.message));
        });
      }),
    stderr: (text) => void process.stderr.write(text),
    afterReading: collectGarbage,
  };
}

/**
 * A full garbage collection. Reading a million lines leaves a heap of garbage and of ids no longer needed;
 * V8 would otherwise grow the heap for the sort or the tally on top of it instead of collecting first, and
 * `summary` of 1,000,000 lines would peak above 600 MB (issue 12). `gc` is taken from a fresh context with
 * `--expose-gc` set only for that moment.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  gc();
}
