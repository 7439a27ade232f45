/**
 * Delimiter detection for the CLI's CSV input: only when the header line leaves no doubt.
 *
 * @module
 */
import type { CsvDelimiter } from './parse.js';

/**
 * Reads the header line (outside quotes) of a CSV text: `;` when it holds semicolons and no comma, `,` when it
 * holds commas and no semicolon (or neither: a one-column file), and `null` when it holds both, which is
 * ambiguous: the caller must then ask for an explicit delimiter. Data lines are never looked at: "90,02"
 * there is a decimal comma, not a delimiter.
 *
 * @example
 * ```ts
 * detectDelimiter('id;competency;standards\nx;90,02;80\n'); // ';'
 * detectDelimiter('id,total\n'); // ','
 * detectDelimiter('"a,b";c\n'); // ';'
 * detectDelimiter('a,b;c\n'); // null
 * ```
 */
export function detectDelimiter(text: string): CsvDelimiter | null {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  if (commas > 0 && semicolons > 0) return null;
  return semicolons > 0 ? ';' : ',';
}
