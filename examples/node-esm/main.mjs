// Node ESM: score one body, classify a published total and rank a short list.
// Run: npm install @ombuds/scoring && node main.mjs
import { classify, getRuleset, rank, score } from '@ombuds/scoring';

const rules2023 = getRuleset(2023);

// One body given by its four dimension scores (decimal strings are read exactly).
const result = score(rules2023, {
  dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' },
});
console.log(`2023 score: ${result.total} (exact ${result.exact})`);
console.log(`grade ${result.category}, zone ${result.zone}, ${result.opinion?.id} / ${result.opinion?.en}`);

// A published total, classified under the rules of its year.
const maluku = classify(getRuleset(2024), '77.69');
console.log(`2024 total 77.69: grade ${maluku.category}, ${maluku.label.id}`);

// Ties: the published convention gives tied bodies distinct ranks (ordinal), ordered by id.
const list = [
  { id: 'Maluku Barat Daya', total: '77.69' },
  { id: 'Ambon', total: '90.10' },
  { id: 'Buru Selatan', total: '77.69' },
];
for (const row of rank(list)) console.log(`${row.rank}. ${row.id} ${row.total}`);
console.log(`competition ranks: ${rank(list, { method: 'competition' }).map((r) => r.rank).join(' ')}`);
