/**
 * What the CLI needs from the outside world, as an interface, so that tests run it in-process.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';

/** Standard streams and file access of one CLI run. */
export interface CliIo {
  /** Reads a whole file as UTF-8 text. */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 text. */
  readStdin(): Promise<string>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
}

/**
 * The real process streams and file system.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
