/**
 * The `--help` text of `ombuds-score`, in English and (with `--lang id`) Indonesian: `usage` of
 * `src/texts/cli.en.ts` and `cli.id.ts`.
 *
 * @module
 */
import { M, type Text } from './messages.js';

/**
 * Printed for `--help`, `-h` and `help`, in the `--lang` language.
 *
 * @example
 * ```ts
 * io.stdout(HELP.id);
 * ```
 */
export const HELP: Text = M.usage;
