import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** Years with a ruleset: each gets its own entry, `@ombuds/scoring/rulesets/<year>`. */
export const RULESET_YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025] as const;

/** The library's public entry points: `.` and one subpath per year (see `exports` in package.json). */
const library = {
  index: 'src/index.ts',
  ...Object.fromEntries(RULESET_YEARS.map((year) => [`rulesets/${year}`, `src/rulesets/${year}.ts`])),
};

const common: Options = { sourcemap: true, target: 'es2022', clean: false };

// The configs below build in parallel into one folder, so it is cleaned once, here, instead of by each of them.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  // ESM: one output file per source file, as date-fns and zod ship. A bundler then drops every module an app
  // does not reach (zod with parseRuleset, the other years with the registry); merged chunks would keep them,
  // because module-level calls such as z.object() or defineBuiltIn() count as side effects inside a chunk.
  { ...common, entry: ['src/**/*.ts', '!src/cli/**'], format: ['esm'], bundle: false },
  // CommonJS for require(): bundled per entry, with shared chunks, so that a year is one object everywhere.
  { ...common, entry: library, format: ['cjs'], splitting: true },
  // Declarations of each public entry: .d.ts (ESM) and .d.cts (CommonJS).
  { entry: library, format: ['esm', 'cjs'], dts: { only: true } },
  // The `ombuds-score` executable (package.json `bin`): one self-contained ESM file.
  { ...common, entry: { cli: 'src/cli/main.ts' }, format: ['esm'], splitting: false },
]);
