// TypeScript: typed inputs and results, one year's ruleset imported by subpath (only that year is bundled).
// Type-check: tsc --noEmit (moduleResolution node16 or bundler). Run: npx tsx main.ts
import { getRuleset, listRulesets, score, safeScore, type ScoreInput, type ScoreResult } from '@ombuds/scoring';
import { ruleset as rules2023 } from '@ombuds/scoring/rulesets/2023';

const input: ScoreInput = {
  dimensions: { competency: '80', standards: '90', opinion: '70', complaints: '60' },
  deductions: [{ points: '1.5', reason: 'Rekomendasi Ombudsman belum ditindaklanjuti' }],
};

const result: ScoreResult = score(rules2023, input);
console.log(`${result.ruleset.id}: exact ${result.exact}, total ${result.total}, grade ${result.category ?? '-'}`);
for (const d of result.dimensions ?? []) console.log(`  ${d.id.padEnd(10)} ${d.weight.padStart(5)} % × ${d.score} = ${d.contribution}`);

// Every year with a ruleset, and what one standards score of 80.5 means in each.
for (const summary of listRulesets().filter((r) => r.latest)) {
  const rules = getRuleset(summary.year);
  const dimensions = Object.fromEntries(summary.dimensions.map((id) => [id, '80.5']));
  const outcome = safeScore(rules, { dimensions });
  const text = outcome.success ? `${outcome.data.total} ${outcome.data.zone} ${outcome.data.label.en}` : outcome.error.code;
  console.log(`${summary.year}: ${text}`);
}
