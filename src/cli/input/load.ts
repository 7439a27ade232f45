/**
 * Reads the input files (or standard input) of a CLI run as bytes and hands them to the table reader
 * (`src/table/read.ts`), which decodes them and reads their bodies.
 *
 * @module
 */
import { sourceOf, type LoadOptions, type Source } from '../../table/read.js';
import { InputGuard } from '../../table/input-limits.js';
import { DataError } from '../errors.js';
import type { CliIo } from '../io.js';
import { CHOICES, M } from '../messages.js';

export { loadBodies, type InputFormat, type LoadOptions, type Source } from '../../table/read.js';

/**
 * The name standard input has in messages.
 *
 * @example
 * ```ts
 * // <stdin>:2:12: "600" is outside 0–100; give a value in that range.
 * ```
 */
export const STDIN_NAME = '<stdin>';

/**
 * Reads and decodes every input (`-` or none at all is standard input), in order.
 *
 * @throws {@link DataError} for an unreadable file or bytes that do not decode.
 *
 * @example
 * ```ts
 * const sources = await readSources(['kota.csv'], processIo(), { input: null, delimiter: null, encoding: null });
 * ```
 */
export async function readSources(files: readonly string[], io: CliIo, options: LoadOptions): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files.length === 0 ? ['-'] : files) {
    const name = file === '-' ? STDIN_NAME : file;
    let bytes: Uint8Array;
    const guard = new InputGuard(name);
    let streamed = false;
    const take = (chunk: Uint8Array) => {
      streamed = true;
      guard.take(chunk);
    };
    try {
      bytes = file === '-' ? await io.readStdin(take) : await io.readFile(file, take);
      // An io that reads at once (tests, a page) is checked after the reading.
      if (!streamed) guard.take(bytes);
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw DataError.at(
        null,
        M.cannotRead({ file: name, reason: error instanceof Error ? error.message : String(error) }),
      );
    }
    sources.push(await sourceOf(name, bytes, options, CHOICES));
  }
  return sources;
}
