/**
 * Ids as the CLI compares them: trimmed and NFC-normalised, so that "Kota B " and "Kota B", or an id typed on a
 * Mac (NFD) and one typed on Windows (NFC), are one body; and ids that differ only in case or inner spacing
 * refused as a probable duplicate, unless `--keep-similar-ids`.
 *
 * @module
 */
import { formatLocation, type DataProblem, type SourceLocation } from '../errors.js';
import { M } from '../messages.js';

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
 * The key under which similar ids meet: lower case, without any whitespace.
 *
 * @example
 * ```ts
 * similarityKey('Kota  B') === similarityKey('kota b'); // true
 * ```
 */
export function similarityKey(id: string): string {
  return id.toLowerCase().replace(/\s+/g, '');
}

interface Entry {
  readonly id: string;
  readonly at: SourceLocation;
}

/**
 * The ids seen so far in a run (per year: the same body may be scored in two years), which reports a second
 * body with the same id, or with an id that differs only in case or spacing.
 *
 * @example
 * ```ts
 * const ids = new IdRegistry(false);
 * ids.add('Kota B', 2023, { file: 'a.csv', line: 3, column: 1 }); // null
 * ids.add('kota b', 2023, { file: 'a.csv', line: 4, column: 1 })?.text.en; // 'The id "kota b" differs from …'
 * ```
 */
export class IdRegistry {
  readonly #seen = new Map<string, Entry | Entry[]>();

  constructor(readonly keepSimilar: boolean) {}

  /**
   * Records a normalised `id` of `year` at `at`; returns the problem when it repeats or resembles an earlier
   * one. `units`: the file has a unit column, so the hint does not suggest one.
   */
  add(id: string, year: number | null, at: SourceLocation, units = false): DataProblem | null {
    const key = `${year ?? ''}\u0000${similarityKey(id)}`;
    const found = this.#seen.get(key);
    const entry: Entry = { id, at };
    if (found === undefined) {
      this.#seen.set(key, entry);
      return null;
    }
    const list = Array.isArray(found) ? found : [found];
    const same = list.find((e) => e.id === id);
    if (same) return { at, text: M.duplicateId(id, formatLocation(same.at), units) };
    if (!this.keepSimilar) return { at, text: M.similarId(id, list[0]!.id, formatLocation(list[0]!.at)) };
    this.#seen.set(key, [...list, entry]);
    return null;
  }
}
