/**
 * Ids as the readers of tables compare them: trimmed and NFC-normalised, so that "Kota B " and "Kota B", or an id
 * typed on a Mac (NFD) and one typed on Windows (NFC), are one body; ids that meet under the library's id rule
 * (`idKey`: case, spacing, invisible characters, full-width letters, numbers written two ways) refused as a
 * probable duplicate, unless `--keep-similar-ids`; an ill-formed id (a lone surrogate) refused.
 *
 * @module
 */
import { idKey } from '../ranking/id-key.js';
import { formatLocation, type DataProblem, type SourceLocation } from './problems.js';
import { T, type Text } from './texts.js';

/**
 * An id or unit name as it is compared and shown: trimmed (spaces, tabs, no-break spaces) and NFC.
 *
 * @example
 * ```ts
 * normaliseId(' Kota B\u00a0'); // 'Kota B'
 * normaliseId('Bone\u0301') === normaliseId('Bon\u00e9'); // true
 * ```
 */
export function normaliseId(id: string): string {
  return id.trim().normalize('NFC');
}

/**
 * The ids seen so far in a run (per year: the same body may be scored in two years), which reports a second
 * body with the same id, or with an id that differs only in case or spacing.
 *
 * A million ids must fit in little memory (issue 12: `summary` of 1,000,000 lines under 600 MB), so this is an
 * open-addressing hash table over plain arrays of small integers instead of a `Map` of location objects: per
 * id, the id string and five small integers.
 *
 * @example
 * ```ts
 * const ids = new IdRegistry(false);
 * ids.add('Kota B', 2023, { file: 'a.csv', line: 3, column: 1 }); // null
 * ids.add('kota b', 2023, { file: 'a.csv', line: 4, column: 1 })?.text.en.startsWith('The id "kota b" differs from "Kota B"'); // true
 * ```
 */
export class IdRegistry {
  /** Slot → entry index + 1; 0 is an empty slot. */
  #table = new Int32Array(1 << 10);
  readonly #ids: string[] = [];
  readonly #hashes: number[] = [];
  readonly #years: number[] = [];
  readonly #files: number[] = [];
  readonly #lines: number[] = [];
  readonly #columns: number[] = [];
  readonly #fileNames: string[] = [];

  /**
   * @param keepSimilar ids that differ only in case, spacing or width are different bodies.
   * @param keepApart the front end's words for that choice (`--keep-similar-ids`), named when similar ids are
   *   refused; `null` where it has none.
   */
  constructor(readonly keepSimilar: boolean, readonly keepApart: Text | null = null) {}

  /**
   * Records a normalised `id` of `year` at `at`; returns the problem when it repeats or resembles an earlier
   * one. `units`: the file has a unit column, so the hint does not suggest one.
   */
  add(id: string, year: number | null, at: SourceLocation, units = false): DataProblem | null {
    const key = idKey(id);
    if (key === null) return { at, text: T.illFormedId({ id }) };
    const y = year ?? 0;
    const hash = hashOf(key, y);
    const mask = this.#table.length - 1;
    let similar = -1;
    let slot = hash & mask;
    for (let entry = this.#table[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = this.#table[slot]!) {
      const e = entry - 1;
      if (this.#hashes[e] !== hash || this.#years[e] !== y || idKey(this.#ids[e]!) !== key) continue;
      if (this.#ids[e] === id) return { at, text: T.duplicateId({ id, first: formatLocation(this.#at(e)), units }) };
      if (similar < 0) similar = e;
    }
    if (similar >= 0 && !this.keepSimilar) {
      return {
        at,
        text: T.similarId({
          id,
          other: this.#ids[similar]!,
          first: formatLocation(this.#at(similar)),
          keepSimilarIds: this.keepApart,
        }),
      };
    }
    let file = this.#fileNames.lastIndexOf(at.file);
    if (file < 0) file = this.#fileNames.push(at.file) - 1;
    const index = this.#ids.push(id) - 1;
    this.#hashes.push(hash);
    this.#years.push(y);
    this.#files.push(file);
    this.#lines.push(at.line);
    this.#columns.push(at.column);
    this.#table[slot] = index + 1;
    if (this.#ids.length * 2 > this.#table.length) this.#grow();
    return null;
  }

  /** Forgets every id, once the reading is over, so that the memory serves what comes next (a sort, a tally). */
  clear(): void {
    this.#table = new Int32Array(1 << 10);
    for (const list of [this.#ids, this.#hashes, this.#years, this.#files, this.#lines, this.#columns]) list.length = 0;
  }

  #at(e: number): SourceLocation {
    return { file: this.#fileNames[this.#files[e]!]!, line: this.#lines[e]!, column: this.#columns[e]! };
  }

  #grow(): void {
    const table = new Int32Array(this.#table.length * 2);
    const mask = table.length - 1;
    for (let e = 0; e < this.#ids.length; e++) {
      let slot = this.#hashes[e]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
    this.#table = table;
  }
}

/** FNV-1a over the key's code units and the year, kept to 30 bits (a small integer for V8). */
function hashOf(key: string, year: number): number {
  let hash = 0x811c9dc5 ^ year;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}
