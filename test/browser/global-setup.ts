/**
 * Runs in Node before the browser project: turns the golden vectors and a seeded batch of generated inputs into
 * parity cases, computes Node's output for each, and provides both to the browser test (`inject('parity')`).
 */
import type { TestProject } from 'vitest/node';
import { vectorFiles, type VectorFile } from '../vectors.js';
import { decodeCases, encodeCases, runCase, type ParityCase, type ParityGroup } from './cases.js';
import { generateGroups } from './generate.js';

/** Fixed seed: the batch is the same on every run and machine. */
export const SEED = 20_230_101;

function vectorCases(file: VectorFile): ParityCase[] {
  const year = file.year ?? 0;
  const cases: ParityCase[] = [];
  for (const c of file.classify ?? []) cases.push({ call: 'classify', year, total: c.total });
  for (const c of file.classify_by_year ?? []) cases.push({ call: 'classify', year: c.year, total: c.total });
  for (const c of file.score ?? []) cases.push({ call: 'score', year, input: c.input });
  for (const c of file.rank ?? []) cases.push({ call: 'rank', items: c.items, options: { method: c.method } });
  for (const c of file.errors ?? []) {
    const [first] = c.args;
    if (c.call === 'getRuleset') cases.push({ call: 'getRuleset', year: first });
    else if (c.call === 'score') cases.push({ call: 'score', year: c.year ?? 0, input: first });
    else if (c.call === 'classify') cases.push({ call: 'classify', year: c.year ?? 0, total: first });
    else if (c.call === 'rank') cases.push({ call: 'rank', items: first });
  }
  return cases;
}

export default function setup(project: TestProject): void {
  const groups = [
    ...vectorFiles.map((file) => ({ name: `vectors/${file.file}`, cases: vectorCases(file) })),
    ...generateGroups(SEED, { scorePerYear: 300, classifyPerYear: 60, answersPerYear: 100, rankLists: 150 }),
  ];
  const parity: ParityGroup[] = groups.map(({ name, cases }) => {
    const encoded = encodeCases(cases);
    return { name, cases: encoded, nodeOutputs: decodeCases(encoded).map(runCase) };
  });
  project.provide('parity', parity);
}
