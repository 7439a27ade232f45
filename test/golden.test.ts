/**
 * Every published result in test/vectors reproduced exactly: classify, score, rank and errors, each against the
 * ruleset revision its case or file names (RULEBOOK §7a), else the latest revision of its year.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, rank, score, ScoringError, type Classification, type ScoreResult } from '@ombuds/scoring';
import { rulesFor as vectorRules, vectorFiles, type Expect, type VectorFile } from './vectors.js';
import { Decimal } from 'decimal.js';

function check(actual: Classification | ScoreResult, expected: Expect): void {
  if (expected.total !== undefined) expect(actual.total).toBe(expected.total);
  if (expected.category !== undefined) expect(actual.category).toBe(expected.category);
  if (expected.zone !== undefined) expect(actual.zone).toBe(expected.zone);
  if (expected.label !== undefined) expect(actual.label.id).toBe(expected.label);
  if (expected.quality !== undefined) expect(actual.quality?.id).toBe(expected.quality);
  if (expected.opinion !== undefined) expect(actual.opinion?.id).toBe(expected.opinion);
  if (expected.exact !== undefined) {
    expect('exact' in actual).toBe(true);
    expect(new Decimal((actual as ScoreResult).exact).eq(expected.exact)).toBe(true);
  }
}

it('has vector files to run, the ones of revision 2 among them', () => {
  const files = vectorFiles.map((f) => f.file);
  for (const name of ['2023-weights.json', '2017-gorontalo.json', '2023-madiun-units.json', '2025-lampung-points.json']) {
    expect(files).toContain(name);
  }
});

const rulesFor = (file: VectorFile, year: number, c: { readonly revision?: number }) => vectorRules(getRuleset, file, year, c);

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
    it(`error #${i} ${c.call} → ${c.code}`, () => {
      const call = (): unknown => {
        switch (c.call) {
          case 'getRuleset':
            return getRuleset(c.args[0] as number);
          case 'score':
            return score(getRuleset(c.year!), c.args[0] as never);
          case 'classify':
            return classify(getRuleset(c.year!), c.args[0] as never);
          case 'rank':
            return rank(c.args[0] as never);
          default:
            throw new Error(`unknown call ${c.call}`);
        }
      };
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ScoringError);
      expect((caught as ScoringError).code).toBe(c.code);
      if (c.path) expect((caught as ScoringError).path).toEqual(c.path);
    });
  }
});
