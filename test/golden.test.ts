/**
 * Every published result in test/vectors reproduced exactly: classify, score, rank and errors, each against the
 * ruleset revision its case or file names (RULEBOOK §7a), else the latest revision of its year.
 */
import { describe, expect, it } from 'vitest';
import * as api from '@ombuds/scoring';
import { classify, getRuleset, rank, score } from '@ombuds/scoring';
import { check as checkAs, checkError } from './support/vectors-run.js';
import { rulesFor as vectorRules, vectorFiles, type Expect, type VectorFile } from './vectors.js';

const check = (actual: api.Classification | api.ScoreResult, expected: Expect): void => checkAs(actual, expected, '');

it('has vector files to run, the ones of revision 2 among them', () => {
  const files = vectorFiles.map((f) => f.file);
  for (const name of [
    '2023-weights.json',
    '2017-gorontalo.json',
    '2023-madiun-units.json',
    '2025-lampung-points.json',
  ]) {
    expect(files).toContain(name);
  }
});

const rulesFor = (file: VectorFile, year: number, c: { readonly revision?: number }) =>
  vectorRules(getRuleset, file, year, c);

it('runs a case against the revision it names, and the latest otherwise', () => {
  const file = { file: 'x', title: 'x', year: 2017 } as VectorFile;
  expect(rulesFor(file, 2017, {}).revision).toBe(2);
  expect(rulesFor(file, 2017, { revision: 1 }).revision).toBe(1);
  expect(rulesFor({ ...file, revision: 1 }, 2017, {}).revision).toBe(1);
});

describe.each(vectorFiles)('$file', (file) => {
  for (const c of file.classify ?? []) {
    it(`classify ${c.id} ${c.total}`, () => check(classify(rulesFor(file, file.year!, c), c.total), c.expect));
  }
  for (const c of file.classify_by_year ?? []) {
    it(`classify ${c.year} ${c.id} ${c.total}`, () => check(classify(rulesFor(file, c.year, c), c.total), c.expect));
  }
  for (const c of file.score ?? []) {
    it(`score ${c.id}`, () => check(score(rulesFor(file, file.year!, c), c.input as never), c.expect));
  }
  for (const [i, c] of (file.rank ?? []).entries()) {
    it(`rank #${i} ${c.method}`, () => {
      const ranked = rank(c.items, { method: c.method as never });
      expect(ranked.map(({ id, rank }) => ({ id, rank }))).toEqual(c.expect);
    });
  }
  for (const [i, c] of (file.errors ?? []).entries()) {
    it(`error #${i} ${c.call} → ${c.code}`, () => checkError(api, c, c.call));
  }
});
