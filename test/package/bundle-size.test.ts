/**
 * Bundle budget: a one-call browser app, bundled by esbuild (minified, browser platform, ESM), stays under its
 * gzip budget, and importing one year's subpath pulls in that year only. zod and decimal.js (used only by
 * parseRuleset, deriveRuleset and planToReach) stay out of score, classify, rank and explain.
 *
 * The app is bundled from src/: the published ESM build (tsup `bundle: false`) is these same modules, one file
 * each, so a bundler tree-shakes it the same way; bundling src/ keeps this test independent of a build.
 * scripts/pack-smoke.mjs measures the same apps against the installed tarball.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import budgets from './bundle-budget.json';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KiB = 1024;
/** The budgets and why they are what they are: test/package/bundle-budget.json (shared with scripts/pack-smoke.mjs). */
const BUDGET = {
  scoreWithSubpath: budgets.scoreWithSubpath * KiB,
  scoreWithRegistry: budgets.scoreWithRegistry * KiB,
};
const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];
const YEAR_MODULE = /^src\/rulesets\/\d{4}\.ts$/;

/** The two apps of the budget. */
const APPS = {
  scoreWithSubpath: `
import { score } from '@ombuds/scoring';
import { ruleset } from '@ombuds/scoring/rulesets/2023';
document.body.textContent = score(ruleset, JSON.parse(document.body.dataset.input)).total;
`,
  scoreWithRegistry: `
import { getRuleset, score } from '@ombuds/scoring';
document.body.textContent = score(getRuleset(Number(document.body.dataset.year)), JSON.parse(document.body.dataset.input)).total;
`,
};

interface Bundle {
  readonly code: string;
  readonly gzip: number;
  /** Modules with at least one byte in the output (the metafile also lists modules parsed and shaken off). */
  readonly inputs: readonly string[];
}

/** Resolves the package's public names to its sources, as the tests do (vitest.config.ts `alias`). */
const sources: Plugin = {
  name: 'package-to-src',
  setup(b) {
    b.onResolve({ filter: /^@ombuds\/scoring(\/rulesets\/\d{4})?$/ }, ({ path }) => ({
      path: join(root, 'src', path === '@ombuds/scoring' ? 'index.ts' : `${path.slice('@ombuds/scoring/'.length)}.ts`),
    }));
  },
};

/** For the breakdown only: the 2022–2024 rulesets without their interview instruments. */
const withoutInstruments: Plugin = {
  name: 'without-instruments',
  setup(b) {
    b.onLoad({ filter: /instrument-years\.ts$/ }, () => ({
      contents: 'export const INSTRUMENT_2022 = {}; export const INSTRUMENT_2023 = {};',
      loader: 'ts',
    }));
  },
};

async function bundle(contents: string, extra: readonly Plugin[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sources, ...extra],
  });
  const code = result.outputFiles[0]!.text;
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => relative(root, join(root, path)));
  return { code, gzip: gzipSync(code).length, inputs };
}

const kib = (bytes: number): string => `${(bytes / KiB).toFixed(2)} KiB = ${bytes} B`;

let subpath: Bundle;
let registry: Bundle;

beforeAll(async () => {
  [subpath, registry] = await Promise.all([bundle(APPS.scoreWithSubpath), bundle(APPS.scoreWithRegistry)]);
  // Where the bytes go (gzip does not add up exactly; each part is bundled and compressed alone).
  const [rulesetAlone, subpathWithoutInstrument] = await Promise.all([
    bundle(`import { ruleset } from '@ombuds/scoring/rulesets/2023'; console.log(ruleset);`),
    bundle(APPS.scoreWithSubpath, [withoutInstruments]),
  ]);
  console.log(
    `bundle sizes (esbuild minified, gzip): score + rulesets/2023 = ${kib(subpath.gzip)} (${kib(subpath.code.length)} raw); ` +
      `score + getRuleset = ${kib(registry.gzip)} (${kib(registry.code.length)} raw). Parts: ` +
      `the 2023 ruleset alone ${kib(rulesetAlone.gzip)}, score + rulesets/2023 without the instrument ${kib(subpathWithoutInstrument.gzip)}`,
  );
}, 60_000);

describe('score + @ombuds/scoring/rulesets/2023', () => {
  it(`is at most ${BUDGET.scoreWithSubpath / KiB} KiB gzip`, () => {
    expect(subpath.gzip).toBeLessThanOrEqual(BUDGET.scoreWithSubpath);
  });

  it('contains the 2023 ruleset and no other year, and not the registry', () => {
    expect(subpath.inputs.filter((p) => YEAR_MODULE.test(p))).toEqual(['src/rulesets/2023.ts']);
    expect(subpath.inputs).not.toContain('src/rulesets/registry.ts');
  });

  it('has no third-party code: no zod, no decimal.js', () => {
    expect(subpath.inputs.filter((p) => p.includes('node_modules/'))).toEqual([]);
  });
});

describe('score + getRuleset', () => {
  it(`is at most ${BUDGET.scoreWithRegistry / KiB} KiB gzip`, () => {
    expect(registry.gzip).toBeLessThanOrEqual(BUDGET.scoreWithRegistry);
  });

  it('contains every year (the registry needs them all) and no third-party code', () => {
    expect(registry.inputs.filter((p) => YEAR_MODULE.test(p)).sort()).toEqual(YEARS.map((y) => `src/rulesets/${y}.ts`));
    expect(registry.inputs.filter((p) => p.includes('node_modules/'))).toEqual([]);
  });
});

describe('classify, rank and explain with a year', () => {
  it.each(['classify', 'rank', 'explain'])('%s bundles no decimal.js and no zod', async (name) => {
    const app = await bundle(`
import { ${name} } from '@ombuds/scoring';
import { ruleset } from '@ombuds/scoring/rulesets/2023';
console.log(${name}(ruleset, JSON.parse(document.body.dataset.input)));
`);
    // Reported for the README's table of entry points.
    console.log(`${name} + rulesets/2023 (esbuild minified, gzip): ${kib(app.gzip)}`);
    expect(app.inputs.filter((p) => p.includes('node_modules/'))).toEqual([]);
  }, 60_000);
});
