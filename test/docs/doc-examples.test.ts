/**
 * The reader of claimed values in doc comments: what it takes as a claim decides what the docs test checks.
 */
import { describe, expect, it } from 'vitest';
import { readClaim, toRunnable } from './doc-examples.js';

describe('readClaim', () => {
  it.each([
    ["'87.44'", '87.44', false],
    ["'76.51'  (half-up, RULEBOOK §6)", '76.51', false],
    ["'70.58' → category C, zone kuning", '70.58', false],
    ['true: B is the better grade', true, false],
    ["false: INVALID_INPUT at ['units']", false, false],
    ["['dimensions', 'standards']", ['dimensions', 'standards'], false],
    ['[1, 2, 2]', [1, 2, 2], false],
    ["{ total: '88.00', category: 'A', zone: 'hijau', … }", { total: '88.00', category: 'A', zone: 'hijau' }, true],
    ["{ year: 2022, zones: { hijau: 16, … }, … }", { year: 2022, zones: { hijau: 16 } }, true],
    ["'…'", '…', false],
    ['null', null, false],
    ['-1', -1, false],
  ])('%s', (comment, expected, partial) => {
    expect(readClaim(comment)).toEqual({ expected, partial });
  });

  it.each([
    'the unrounded total, = score(...).exact',
    "or a zone: 'hijau'",
    'same input and options as score',
    "[{ dimension: 'standards', to: '…', indicators?: [...] }]",
    'main.ts',
    'process.exit(1)',
  ])('takes prose as no claim: %s', (comment) => {
    expect(readClaim(comment)).toBeNull();
  });
});

describe('toRunnable', () => {
  it('turns imports into reads of __modules and claims into __claim calls, block by block', () => {
    const runnable = toRunnable([
      "import { score as s } from '@ombuds/scoring';\nconst x = 1;\nx + 1; // 2",
      "import type { Ruleset } from '@ombuds/scoring';\nconst x: number = 5;\nx; // 5",
    ]);
    expect(runnable.imports).toEqual(['@ombuds/scoring']);
    expect(runnable.javascript).toContain('const { score: s } = __modules["@ombuds/scoring"];');
    expect(runnable.javascript).not.toContain('import');
    expect(runnable.claims).toEqual([
      { block: 0, line: 3, expected: 2, partial: false },
      { block: 1, line: 3, expected: 5, partial: false },
    ]);
  });

  it('refuses an example that is not valid TypeScript', () => {
    expect(() => toRunnable(['const = 5;'])).toThrow();
  });
});
