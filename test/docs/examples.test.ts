/**
 * The docs are kept true: every code example in the TSDoc of src/ and in the README and guides runs against
 * the sources, and every value a comment claims (`score(r, input).total; // '87.44'`) is the value the code
 * gives. See test/docs/doc-examples.ts for the convention.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as scoring from '@ombuds/scoring';
import * as r2015 from '@ombuds/scoring/rulesets/2015';
import * as r2016 from '@ombuds/scoring/rulesets/2016';
import * as r2017 from '@ombuds/scoring/rulesets/2017';
import * as r2018 from '@ombuds/scoring/rulesets/2018';
import * as r2019 from '@ombuds/scoring/rulesets/2019';
import * as r2021 from '@ombuds/scoring/rulesets/2021';
import * as r2022 from '@ombuds/scoring/rulesets/2022';
import * as r2023 from '@ombuds/scoring/rulesets/2023';
import * as r2024 from '@ombuds/scoring/rulesets/2024';
import * as r2025 from '@ombuds/scoring/rulesets/2025';
import { markdownExamples, toRunnable, tsdocExamples, type DocExample } from './doc-examples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE: Record<string, object> = {
  '@ombuds/scoring': scoring,
  '@ombuds/scoring/rulesets/2015': r2015,
  '@ombuds/scoring/rulesets/2016': r2016,
  '@ombuds/scoring/rulesets/2017': r2017,
  '@ombuds/scoring/rulesets/2018': r2018,
  '@ombuds/scoring/rulesets/2019': r2019,
  '@ombuds/scoring/rulesets/2021': r2021,
  '@ombuds/scoring/rulesets/2022': r2022,
  '@ombuds/scoring/rulesets/2023': r2023,
  '@ombuds/scoring/rulesets/2024': r2024,
  '@ombuds/scoring/rulesets/2025': r2025,
};
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (
  ...values: unknown[]
) => Promise<void>;

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(extension))
    .map((f) => join(root, dir, f))
    .sort();
}

/** An example to run: its blocks (a guide's block may continue earlier ones) and the file it documents. */
interface Case {
  readonly example: DocExample;
  /** The blocks that run, in order: earlier ones of a guide that this block continues, then this one. */
  readonly chain: readonly DocExample[];
  /** The source file whose TSDoc holds the example, or `null` for Markdown. */
  readonly file: string | null;
}

/**
 * The blocks of one guide. Each block continues the ones before it, as a reader runs them from the top: a
 * section may use the `input` that an earlier one built.
 */
function guideCases(file: string): Case[] {
  const chain: DocExample[] = [];
  return markdownExamples(file, relative(root, file)).map((example) => {
    if (example.notRun !== null) return { example, chain: [example], file: null };
    chain.push(example);
    return { example, chain: [...chain], file: null };
  });
}

const cases: Case[] = [
  // The public API: the CLI's modules are internal to the `ombuds-score` bin (not in the API reference) and are
  // tested end to end by test/cli.
  ...filesUnder('src', '.ts')
    .filter((file) => !relative(root, file).startsWith(join('src', 'cli')))
    .flatMap((file) =>
      tsdocExamples(file, relative(root, file)).map((example) => ({ example, chain: [example], file })),
    ),
  ...[join(root, 'README.md'), ...filesUnder('docs/guides', '.md')].flatMap(guideCases),
];

/** Every name an entry point of the package exports. */
const PACKAGE_NAMES: ReadonlySet<string> = new Set(Object.values(PACKAGE).flatMap((entry) => Object.keys(entry)));

/** What an example sees: the package's entry points, and its own module. */
async function modulesFor(file: string | null): Promise<Record<string, object>> {
  if (file === null) return PACKAGE;
  return { ...PACKAGE, self: (await import(pathToFileURL(file).href)) as object };
}

async function run({ chain, file }: Case): Promise<void> {
  const runnable = toRunnable(chain.map((block) => block.source));
  const modules = await modulesFor(file);
  // An example documents its own module: its exports are in scope; beside imports of the package, those the
  // package does not export (a module of the CLI and the page, such as src/table) so that no name is bound twice.
  const own = file === null ? [] : Object.keys(modules['self']!);
  const inScope = runnable.imports.length === 0 ? own : own.filter((name) => !PACKAGE_NAMES.has(name));
  const self = inScope.length > 0 ? `const { ${inScope.join(', ')} } = __modules.self;\n` : '';
  const results: { value?: unknown; error?: unknown }[] = [];
  const claim = (index: number, thunk: () => unknown): void => {
    try {
      results[index] = { value: thunk() };
    } catch (error) {
      results[index] = { error };
    }
  };
  const quiet = { log() {}, info() {}, warn() {}, error() {}, table() {} };
  await new AsyncFunction('__modules', '__claim', 'console', self + runnable.javascript)(modules, claim, quiet);
  runnable.claims.forEach((c, i) => {
    const at = `${chain[c.block]!.where}, line ${c.line} of the block`;
    const result = results[i];
    expect(result, `${at}: the line did not run`).toBeDefined();
    expect(result!.error, `${at}: threw`).toBeUndefined();
    if (c.partial) expect(result!.value, at).toMatchObject(c.expected as object);
    else expect(result!.value, at).toEqual(c.expected);
  });
}

describe('code examples in the TSDoc and the guides', () => {
  it('are found: in the TSDoc of the API and in the guides', () => {
    expect(cases.filter((c) => c.file !== null).length).toBeGreaterThan(40);
    expect(cases.filter((c) => c.file === null).length).toBeGreaterThan(20);
    const claims = cases.reduce((n, c) => n + toRunnable([c.example.source]).claims.length, 0);
    console.log(`${cases.length} examples, ${claims} claimed values checked`);
    expect(claims).toBeGreaterThan(100);
    // Transpiles every example: seconds on a loaded 2-core machine, so no default 5 s timeout.
  }, 120_000);

  it.each(cases.map((c) => [c.example.where, c] as const))(
    '%s',
    async (_, c) => {
      if (c.example.notRun !== null) {
        // Not runnable here (a DOM, the network): it must still be valid TypeScript.
        expect(() => toRunnable([c.example.source])).not.toThrow();
        return;
      }
      await run(c);
    },
    120_000,
  );
});
