/**
 * docs/rules-by-year.md is generated from the rulesets; this fails when the committed page is out of date
 * (fix: `npm run docs:rules`).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { getRuleset, provenance } from '@ombuds/scoring';
import { renderRulesDoc, RULES_DOC_PATH } from '../../scripts/rules-doc.js';

const committed = readFileSync(new URL(`../../${RULES_DOC_PATH}`, import.meta.url), 'utf8');
const generated = renderRulesDoc();

it(`${RULES_DOC_PATH} is up to date (run npm run docs:rules)`, () => {
  expect(committed === generated, `${RULES_DOC_PATH} is out of date; run npm run docs:rules`).toBe(true);
});

it('has a section per year and revision, what each revision changed, and no 2020 ruleset', () => {
  for (const year of [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]) {
    expect(generated).toContain(`\n## ${year} (revision 1): `);
    if (year !== 2021) expect(generated).toContain(`\n## ${year} (revision 2): `);
  }
  expect(generated).not.toContain('\n## 2021 (revision 2)');
  expect(generated).toContain('| 2017: 1 → 2 | `bands.kuning.min` | 51.00 (assumed) | 50.01 (single-source) | RULEBOOK §3, S100 |');
  expect(generated).toContain('| 2025: 1 → 2 | `dimensions.competency.weight` | 15.295 (assumed) | 25 (assumed) |');
  expect(generated).toContain('| 2023: 1 → 2 | `dimensions.standards.scale` | min: 0; max: 3 (assumed) | min: 0; max: 5 (assumed) |');
  expect(generated).not.toContain('\n## 2020');
});

it('tabulates every parameter of every year with its confidence', () => {
  for (const year of [2019, 2024, 2025]) {
    for (const p of provenance(getRuleset(year))) {
      expect(generated).toContain(`| \`${p.path}\` |`);
    }
  }
  expect(generated).toContain(
    '| `dimensions.competency.weight` | 15.295 | assumed | RULEBOOK §5, S17, S18, S19 |',
  );
  expect(generated).toContain('| `bands.kuning.min` | 51.00 | assumed | RULEBOOK §3 |');
});
