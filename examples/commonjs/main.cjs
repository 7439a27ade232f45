// CommonJS: require the package and one year's ruleset subpath; handle bad input with safeScore.
// Run: npm install @ombuds/scoring && node main.cjs
const { safeScore, score, ScoringError } = require('@ombuds/scoring');
const { ruleset } = require('@ombuds/scoring/rulesets/2025');

// A body given by its service units: the body total is the mean of the unit totals, rounded once more.
const result = score(ruleset, {
  units: [
    { id: 'Dinas Kesehatan', total: '91.99' },
    { id: 'Dinas Pendidikan', total: '86.77' },
    { id: 'DPMPTSP', total: '85.94' },
  ],
  followedUpOmbudsman: true,
});
console.log(`${ruleset.id}: ${result.total} grade ${result.category} (${result.quality.en})`);
console.log(result.opinion.id);

// Indonesian spreadsheets write decimals with a comma.
const comma = score(ruleset, { units: [{ total: '90,02' }, { total: '80,5' }] }, { decimalComma: true });
console.log(`with decimal commas: ${comma.total}`);

// Bad input never throws a TypeError: it is a ScoringError with a code and a path.
const bad = safeScore(ruleset, { units: [{ total: '101' }] });
if (!bad.success) {
  console.log(`${bad.error instanceof ScoringError} ${bad.error.code} at ${JSON.stringify(bad.error.path)}`);
}
