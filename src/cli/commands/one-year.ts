/**
 * `rank` and `summary` compare bodies, which only makes sense under one ruleset.
 *
 * @module
 */
import type { Ruleset } from '../../index.js';
import type { ProblemSink } from '../errors.js';
import { M } from '../messages.js';
import type { Evaluated } from './evaluate.js';

/**
 * Follows the bodies of a run: the first one's ruleset is the run's; a body of another year goes to the
 * problems, at its year.
 *
 * @example
 * ```ts
 * const year = new OneYear('rank', sink);
 * for (const e of evaluated) if (year.accepts(e)) entries.push(e);
 * year.ruleset?.year; // 2022
 * ```
 */
export class OneYear {
  #first: Evaluated | null = null;

  constructor(private readonly command: string, private readonly sink: ProblemSink) {}

  /** The ruleset of the first body, `null` before any. */
  get ruleset(): Ruleset | null {
    return this.#first?.ruleset ?? null;
  }

  /** Whether `e` is of the run's ruleset; when not, its problem is reported. */
  accepts(e: Evaluated): boolean {
    const first = this.#first;
    if (first === null) {
      this.#first = e;
      return true;
    }
    if (e.ruleset === first.ruleset) return true;
    this.sink.add({
      at: e.body.yearAt,
      text: M.oneYear({
        command: this.command,
        id: e.body.id,
        year: e.year,
        firstId: first.body.id,
        firstYear: first.year,
      }),
    });
    return false;
  }
}
