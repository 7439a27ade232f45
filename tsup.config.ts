import { defineConfig } from 'tsup';

/** Years with a ruleset: each gets its own entry, `@ombuds/scoring/rulesets/<year>`. */
export const RULESET_YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(RULESET_YEARS.map((year) => [`rulesets/${year}`, `src/rulesets/${year}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
