/**
 * Bounds on what a reader takes in, checked as the bytes arrive, so that `/dev/zero` or a runaway pipe is refused
 * at once with its place instead of filling the memory: the size of one input and the length of one line.
 *
 * @module
 */
import { DataError } from './problems.js';
import { T } from './texts.js';

/**
 * The bounds: an input of at most 512 MiB (a million-line province file is about 40 MiB) and a line of at most
 * 1 MiB (an officer's row is well under 1 KiB).
 *
 * @example
 * ```ts
 * INPUT_LIMITS.lineBytes; // 1048576
 * ```
 */
export const INPUT_LIMITS = Object.freeze({ inputBytes: 512 * 1024 * 1024, lineBytes: 1024 * 1024 });

/**
 * Follows the bytes of one input as they arrive, and refuses it at the first bound it passes. A workbook (a zip,
 * which has no lines) is bounded by size only.
 *
 * @example
 * ```ts
 * const guard = new InputGuard('a.csv');
 * guard.take(new TextEncoder().encode('Nama,Nilai\n')); // no error
 * ```
 */
export class InputGuard {
  #size = 0;
  #line = 1;
  #lineBytes = 0;
  #binary: boolean | null = null;

  constructor(
    readonly file: string,
    readonly limits: { readonly inputBytes: number; readonly lineBytes: number } = INPUT_LIMITS,
  ) {}

  /**
   * Takes the next chunk.
   *
   * @throws {@link DataError} at the line that passes a bound.
   */
  take(chunk: Uint8Array): void {
    if (this.#binary === null && chunk.length > 0) {
      this.#binary = chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04;
    }
    this.#size += chunk.length;
    if (this.#size > this.limits.inputBytes) {
      throw DataError.at(
        { file: this.file, line: this.#line, column: 1 },
        T.inputTooLarge({ bytes: this.limits.inputBytes }),
      );
    }
    if (this.#binary) return;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      this.#lineBytes += nl - start;
      this.#check();
      this.#line++;
      this.#lineBytes = 0;
      start = nl + 1;
    }
    this.#lineBytes += chunk.length - start;
    this.#check();
  }

  #check(): void {
    if (this.#lineBytes > this.limits.lineBytes) {
      throw DataError.at(
        { file: this.file, line: this.#line, column: 1 },
        T.lineTooLong({ bytes: this.limits.lineBytes }),
      );
    }
  }
}
