/**
 * Ranking a whole province from a CSV file: the 2022 results of Sumatera Utara (published totals, sources S07–S10
 * of the rulebook), classified and ranked under the 2022 rules, with the tally per zone and grade.
 *
 *   npx tsx examples/province-csv/main.ts [file.csv]
 *
 * The CSV has a header `id,year,total`. This example reads it with a few lines of code because the file is
 * plain (no quoted fields); for spreadsheets with quotes, ";" delimiters or decimal commas, use the
 * `ombuds-score` CLI (docs/guides/cli.md) or a CSV parser of your choice.
 */
import { readFileSync } from 'node:fs';
import { classify, getRuleset, rank, summarize } from '@ombuds/scoring';

const file = process.argv[2] ?? new URL('./sumut-2022.csv', import.meta.url);
const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
const columns = header!.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));

const year = Number(rows[0]!['year']);
const ruleset = getRuleset(year);
const bodies = rows.map((row) => ({ id: row['id']!, total: row['total']! }));
const classified = new Map(bodies.map((body) => [body.id, classify(ruleset, body.total)]));
const ranked = rank(bodies, { method: ruleset.ranking.value.method, tieBreak: ruleset.ranking.value.tieBreak });

const table = ranked.map((r) => {
  const c = classified.get(r.id)!;
  return [String(r.rank), r.id, r.total, c.category ?? '-', c.zone, c.label.id];
});
const titles = ['Rank', 'Body', 'Total', 'Grade', 'Zone', 'Opinion'];
const widths = titles.map((t, i) => Math.max(t.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();

console.log(`${ruleset.name.id} ${ruleset.year}: Sumatera Utara (${ranked.length} bodies)\n`);
console.log(line(titles));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

const tally = summarize([...classified.values()]);
const zones = Object.entries(tally.zones).filter(([, n]) => n > 0);
console.log(`\nZones:  ${zones.map(([zone, n]) => `${zone} ${n}`).join(', ')}`);
if (tally.categories) {
  console.log(`Grades: ${Object.entries(tally.categories).map(([grade, n]) => `${grade} ${n}`).join(', ')}`);
}
console.log(`Mean ${tally.mean}, median ${tally.median}`);
