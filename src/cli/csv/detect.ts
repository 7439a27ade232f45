/**
 * Delimiter detection for the CLI's CSV input: only when the header line leaves no doubt.
 *
 * @module
 */
import type { CsvDelimiter } from './parse.js';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * Reads the header line (outside quotes) of a CSV text: the one of `,` `;` and tab that it holds, `,` when it
 * holds none (a one-column file), and `null` when it holds more than one, which is ambiguous: the caller must
 * then ask for an explicit delimiter. Data lines are never looked at: "90,02" there is a decimal comma, not a
 * delimiter.
 *
 * @example
 * ```ts
 * detectDelimiter('id;competency;standards\nx;90,02;80\n'); // ';'
 * detectDelimiter('id,total\n'); // ','
 * detectDelimiter('id\ttotal\n'); // '\t'
 * detectDelimiter('"a,b";c\n'); // ';'
 * detectDelimiter('a,b;c\n'); // null
 * ```
 */
export function detectDelimiter(text: string): CsvDelimiter | null {
  const seen = new Set<CsvDelimiter>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (CANDIDATES as readonly string[]).includes(c)) seen.add(c as CsvDelimiter);
  }
  if (seen.size > 1) return null;
  return seen.values().next().value ?? ',';
}
