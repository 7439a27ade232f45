/**
 * The main job (`npm start`): the 2023 Sumatera Selatan results, classified and ranked under the 2023 rules,
 * with the count per zone. Built-in data: examples/sumsel-2023/bodies.json (published totals, S48).
 */
import { readFileSync } from 'node:fs';
import { classify, getRuleset, rank } from '@ombuds/scoring';

interface Body {
  readonly id: string;
  readonly total: string;
}

const data = JSON.parse(readFileSync(new URL('./bodies.json', import.meta.url), 'utf8')) as {
  title: string;
  year: number;
  bodies: Body[];
};
const ruleset = getRuleset(data.year);
const classified = new Map(data.bodies.map((body) => [body.id, classify(ruleset, body.total)]));
const ranked = rank(data.bodies, { method: ruleset.ranking.value.method });

const rows = ranked.map((r) => {
  const c = classified.get(r.id)!;
  return [String(r.rank), r.id, c.total, c.category ?? '-', c.zone];
});
const header = ['Rank', 'Body', 'Total', 'Category', 'Zone'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');

console.log(`${ruleset.name.id} ${ruleset.year} — ${data.title}`);
console.log(`Ruleset ${ruleset.id} rev. ${ruleset.revision}; ranking: ${ruleset.ranking.value.method}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const perZone = new Map<string, number>();
for (const c of classified.values()) perZone.set(c.zone, (perZone.get(c.zone) ?? 0) + 1);
console.log(`\nBodies per zone (${classified.size} in all):`);
for (const band of ruleset.bands) {
  const zone = band.zone.value;
  if (perZone.has(zone)) {
    console.log(`  ${zone.padEnd(7)} ${String(perZone.get(zone)).padStart(3)}`);
    perZone.delete(zone);
  }
}
