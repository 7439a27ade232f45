/**
 * Every assessment year has its ruleset, by `getRuleset(year)` and by its own module; 2020 explains why it has
 * none; each per-year module bundles and runs on its own, without the other years.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { getRuleset, listRulesets, safeGetRuleset } from '@ombuds/scoring';
import { ruleset as r2015 } from '@ombuds/scoring/rulesets/2015';
import { ruleset as r2016 } from '@ombuds/scoring/rulesets/2016';
import { ruleset as r2017 } from '@ombuds/scoring/rulesets/2017';
import { ruleset as r2018 } from '@ombuds/scoring/rulesets/2018';
import { ruleset as r2019 } from '@ombuds/scoring/rulesets/2019';
import { ruleset as r2021 } from '@ombuds/scoring/rulesets/2021';
import { ruleset as r2022 } from '@ombuds/scoring/rulesets/2022';
import { ruleset as r2023 } from '@ombuds/scoring/rulesets/2023';
import { ruleset as r2024 } from '@ombuds/scoring/rulesets/2024';
import { ruleset as r2025 } from '@ombuds/scoring/rulesets/2025';
import { thrown } from '../support/thrown.js';

const MODULES = {
  2015: r2015,
  2016: r2016,
  2017: r2017,
  2018: r2018,
  2019: r2019,
  2021: r2021,
  2022: r2022,
  2023: r2023,
  2024: r2024,
  2025: r2025,
} as const;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025] as const;

describe('getRuleset', () => {
  it.each(YEARS)('%i returns the ruleset of its own module', (year) => {
    const rules = getRuleset(year);
    expect(rules.year).toBe(year);
    expect(rules.id).toBe(`ori-${year}`);
    expect(rules).toBe(MODULES[year]);
  });

  it('lists exactly the years 2015–2019 and 2021–2025, oldest first, each latest revision once', () => {
    expect(
      listRulesets()
        .filter((r) => r.latest)
        .map((r) => r.year),
    ).toEqual([...YEARS]);
    expect(new Set(listRulesets().map((r) => r.year))).toEqual(new Set(YEARS));
  });

  it.each([
    [2017, 1],
    [2017, 2],
    [2021, 1],
    [2023, 1],
    [2025, 2],
  ])('%i revision %i is returned as asked, and says so', (year, revision) => {
    const rules = getRuleset(year, { revision });
    expect([rules.year, rules.revision, rules.id]).toEqual([year, revision, `ori-${year}`]);
    expect(getRuleset(year, { revision })).toBe(rules);
  });

  it('an unknown revision is RULESET_NOT_FOUND naming the revisions that exist', () => {
    const error = thrown(() => getRuleset(2023, { revision: 3 }));
    expect(error.code).toBe('RULESET_NOT_FOUND');
    expect(error.path).toEqual(['revision']);
    expect(error.message).toBe('2023 has no revision 3; there are 1, 2. (at revision)');
    expect(thrown(() => getRuleset(2021, { revision: 2 })).message).toContain('there are 1.');
  });

  it.each([0, -1, 1.5, '2', null, Number.NaN])('revision %s is INVALID_OPTIONS at ["revision"]', (revision) => {
    const error = thrown(() => getRuleset(2023, { revision: revision as number }));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.path).toEqual(['revision']);
  });

  it('an unknown option is INVALID_OPTIONS', () => {
    expect(thrown(() => getRuleset(2023, { revison: 1 } as never)).code).toBe('INVALID_OPTIONS');
  });

  it('2020 → NO_ASSESSMENT_HELD, explaining that no assessment was held (COVID-19) and naming the nearest years', () => {
    const error = thrown(() => getRuleset(2020));
    expect(error.code).toBe('NO_ASSESSMENT_HELD');
    expect(error.message).toMatch(/no assessment/i);
    expect(error.message).toMatch(/2020/);
    expect(error.message).toMatch(/COVID-19/);
    expect(error.message).toMatch(/2019/);
    expect(error.message).toMatch(/2021/);
  });

  it.each([2013, 2014, 2026, 1999])('%i → RULESET_NOT_FOUND', (year) => {
    expect(thrown(() => getRuleset(year)).code).toBe('RULESET_NOT_FOUND');
  });

  it.each([2023.5, Number.NaN, '2023'])('%s → INVALID_INPUT', (year) => {
    expect(thrown(() => getRuleset(year as number)).code).toBe('INVALID_INPUT');
  });

  it.each([2020, 2014, 2031, -1, 2023.5, Number.NaN, '2023', null])(
    'every bad year (%s) is refused at the same path, ["year"], whatever its code',
    (year) => {
      expect(thrown(() => getRuleset(year as number)).path).toEqual(['year']);
    },
  );

  it('has a safe twin', () => {
    const result = safeGetRuleset(2020);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('NO_ASSESSMENT_HELD');
  });
});

describe('each per-year module on its own', () => {
  const entry = (year: number): string => fileURLToPath(new URL(`../../src/rulesets/${year}.ts`, import.meta.url));

  it.each(YEARS)('rulesets/%i bundles without the other years and runs', async (year) => {
    const bundle = await build({
      entryPoints: [entry(year)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).toContain(`${year}`);
    for (const other of YEARS) {
      if (other !== year) {
        expect(code).not.toContain(`year: ${other}`);
        expect(code).not.toContain(`ori-${other}`);
      }
    }
    const out = execFileSync(process.execPath, ['--input-type=module'], {
      input: `${code.replace(
        /export\s*\{[^}]*\};?\s*$/,
        '',
      )}\nconsole.log(JSON.stringify({ id: ruleset.id, year: ruleset.year, frozen: Object.isFrozen(ruleset) }));`,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ id: `ori-${year}`, year, frozen: true });
  });
});
