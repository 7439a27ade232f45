/**
 * The parts of src/texts beside the library's own texts: the table reader's (`table.en.ts`, `table.id.ts`) and
 * the command line's (`cli.en.ts`, `cli.id.ts`), each with its samples, rendered for the checks of
 * `parts.test.ts` and for the reviewed snapshot (`src/texts/snapshot.md`, written by `texts.test.ts`).
 */
import * as cliEn from '../../src/texts/cli.en.js';
import * as cliId from '../../src/texts/cli.id.js';
import * as tableEn from '../../src/texts/table.en.js';
import * as tableId from '../../src/texts/table.id.js';
import { CLI_SAMPLES } from './cli-samples.js';
import { TABLE_SAMPLES } from './table-samples.js';

/** The texts of one language: each a string or a function of named parameters. */
export type Texts = Readonly<Record<string, string | ((params: never) => string)>>;

/** One part: its title, its two modules and a sample list per key (`null` for a fixed text). */
export interface Part {
  readonly title: string;
  readonly en: Texts;
  readonly id: Texts;
  readonly samples: Readonly<Record<string, readonly unknown[] | null>>;
}

export const PARTS: readonly Part[] = [
  {
    title: 'The table reader (src/texts/table.en.ts, table.id.ts)',
    en: tableEn as unknown as Texts,
    id: tableId as unknown as Texts,
    samples: TABLE_SAMPLES,
  },
  {
    title: 'The command line (src/texts/cli.en.ts, cli.id.ts)',
    en: cliEn as unknown as Texts,
    id: cliId as unknown as Texts,
    samples: CLI_SAMPLES,
  },
];

/** Every text of one key in one language, with each of its samples. */
export function renderPart(part: Part, texts: Texts, key: string): string[] {
  const text = texts[key];
  const samples = part.samples[key];
  if (typeof text === 'string') return [text];
  if (text === undefined || samples === null || samples === undefined) return [];
  return samples.map((sample) => (text as (params: unknown) => string)(sample));
}

/** The keys of a part, sorted. */
export const keysOf = (part: Part): string[] => Object.keys(part.samples).sort();

/** The snapshot's lines of every part: a heading per part, then every text in both languages. */
export const PART_LINES: readonly string[] = PARTS.flatMap((part) => [
  `# ${part.title}`,
  '',
  ...keysOf(part).flatMap((key) => {
    const english = renderPart(part, part.en, key);
    const indonesian = renderPart(part, part.id, key);
    return [`## ${key}`, '', ...english.flatMap((line, i) => [`- id: ${indonesian[i]}`, `- en: ${line}`]), ''];
  }),
]);
