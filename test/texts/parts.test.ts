/**
 * The table reader's and the CLI's texts (src/texts/table.*.ts, cli.*.ts) pass the checks of the library's: both
 * languages have the same keys and kinds, every sample renders with every parameter filled, and an Indonesian
 * text holds no word of the code and writes numbers with a comma. What a person typed, or is to type, is exempt:
 * text in quotes ("Nilai", “Windows-1252”), JSON to write (`{ "id": "Medan", "total": 81.43 }`) and the CLI's options with their values (`--column total=<judul>`).
 * The `--help` text is exempt from the words of the code: it lists the field names `--column` accepts.
 */
import { describe, expect, it } from 'vitest';
import { CODE_WORDS } from './code-words.js';
import { keysOf, PARTS, renderPart } from './parts.js';

/** A line without what the user typed or is to type: quoted text and command-line options. */
const ownWords = (line: string): string =>
  line
    .replace(/"[^"\n]*"/g, '""')
    .replace(/“[^”\n]*”/g, '“”')
    .replace(/\{[^{}\n]*\}/g, '{}')
    .replace(/--[a-z][a-z0-9-]*(=\S*|\s+[a-z]+=\S*)?/g, '--');

describe.each(PARTS)('$title', (part) => {
  const keys = keysOf(part);

  it('has the same keys in both languages, and a sample for each', () => {
    expect(Object.keys(part.id).sort()).toEqual(Object.keys(part.en).sort());
    expect(Object.keys(part.en).sort()).toEqual(keys);
  });

  it.each(keys)('%s: the same kind in both languages, every sample rendered', (key) => {
    expect(typeof part.id[key]).toBe(typeof part.en[key]);
    const english = renderPart(part, part.en, key);
    const indonesian = renderPart(part, part.id, key);
    expect(english.length).toBeGreaterThan(0);
    expect(indonesian.length).toBe(english.length);
    for (const line of [...english, ...indonesian]) {
      expect(line.trim()).not.toBe('');
      expect(line).not.toMatch(/\[object|\$\{|undefined|\bnull\b|NaN/);
    }
  });

  it.each(keys)('%s: the Indonesian text has no word of the code and writes numbers with a comma', (key) => {
    for (const line of renderPart(part, part.id, key).map(ownWords)) {
      if (key !== 'usage') for (const word of CODE_WORDS) expect(line).not.toContain(word);
      expect(line).not.toMatch(/\d\.\d/);
    }
  });
});
