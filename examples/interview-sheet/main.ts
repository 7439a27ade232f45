/**
 * From interview sheets to a score, end to end: one service unit's raw answers (4 officers, 2 observed
 * products, 30 service users, 2 complaint officers, each indicator on 0..3) are scored under the 2023 rules in
 * the revision the sheet was recorded for (revision 1, whose answers are on 0..3; revision 2 answers on 0..5),
 * explained line by line, and planned to the next grade and to A in the fewest raised answers.
 *
 * Run: npx tsx examples/interview-sheet/main.ts
 */
import { readFileSync } from 'node:fs';
import { CATEGORIES, explain, getRuleset, planToReach, score, type ExplanationNode, type InstrumentAnswers } from '@ombuds/scoring';

const sheet = JSON.parse(readFileSync(new URL('./sheet.json', import.meta.url), 'utf8')) as {
  unit: string;
  year: number;
  revision: number;
  answers: InstrumentAnswers;
};
const ruleset = getRuleset(sheet.year, { revision: sheet.revision });
const input = { answers: sheet.answers };

// 1. The score: lean, no explanation computed.
const result = score(ruleset, input);
console.log(`${sheet.unit} (${sheet.year}, revision ${ruleset.revision})`);
console.log(`Total ${result.total} — category ${result.category}, zone ${result.zone}, ${result.opinion?.id}`);
for (const d of result.dimensions ?? []) {
  console.log(`  ${d.id.padEnd(11)} ${shown(d.score).padStart(7)}  (${d.answers?.rule.en})`);
}

// 2. Why: the explanation tree, one readable line per node (Indonesian), indicators of the first variable only.
const tree = explain(ruleset, input);
const print = (node: ExplanationNode, depth: number): void => {
  console.log(`${'  '.repeat(depth)}${node.text.id}`);
  const shown = node.kind === 'variable' ? node.children.slice(0, 3) : node.children;
  shown.forEach((child) => print(child, depth + 1));
  if (shown.length < node.children.length) console.log(`${'  '.repeat(depth + 1)}… ${node.children.length - shown.length} more`);
};
console.log('\nPenjelasan (explain):');
print(tree, 0);

/** An exact decimal cut (not rounded) to two decimals for a short display: "60.6060…" → "60.60…". */
function shown(value: string): string {
  return value.replace(/^(\d+\.\d{2})\d+$/, '$1…');
}

// 3. The fewest answers to change, one respondent's answer up one level each, to reach the next grade and A.
const next = CATEGORIES[CATEGORIES.indexOf(result.category!) - 1];
for (const target of next && next !== 'A' ? [next, 'A' as const] : next ? [next] : []) {
  const plan = planToReach(ruleset, input, target);
  console.log(
    `\nPlan to reach ${target} (from ${plan.threshold}): ${plan.reachable ? `${plan.raises} single raises` : plan.reason?.en}`,
  );
  for (const step of plan.steps) {
    console.log(`  ${step.text.en}`);
    for (const i of step.indicators ?? []) console.log(`    ${i.text.id}`);
  }
  console.log(`  → total ${plan.total}, category ${plan.category}, zone ${plan.zone}`);
}
