/**
 * `summary` (and `rank`) of more bodies than the library takes is bad data (exit 1) named at
 * the file and line of the first body beyond the limit, never an internal error with a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, LIMITS } from '../../src/index.js';
import { rankOutput } from '../../src/cli/commands/rank.js';
import { summaryOutput } from '../../src/cli/commands/summary.js';
import type { Evaluated } from '../../src/cli/commands/evaluate.js';
import { DataError, ProblemSink } from '../../src/cli/errors.js';

const ruleset = getRuleset(2023);
const result = classify(ruleset, '80.00');

function* bodies(count: number): Generator<Evaluated> {
  for (let i = 0; i < count; i++) {
    const at = { file: 'semua.csv', line: i + 2, column: 1 };
    yield { body: { id: `B${i}`, year: 2023, request: { kind: 'classify', total: '80' }, at, yearAt: at, locate: () => at }, year: 2023, ruleset, result };
  }
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('more bodies than the limit', () => {
  it('summary: a data error at the first body beyond the limit', () => {
    const error = thrown(() => summaryOutput(bodies(LIMITS.rankItems + 1), 'en', new ProblemSink(50)));
    expect(error).toBeInstanceOf(DataError);
    const [problem] = (error as DataError).problems;
    expect(problem!.at).toEqual({ file: 'semua.csv', line: LIMITS.rankItems + 2, column: 1 });
    expect(problem!.text.en).toMatch(/limit is 1000000/);
  }, 300_000);

  it('rank: the same, with the file named', () => {
    const error = thrown(() => rankOutput(bodies(LIMITS.rankItems + 1), null, 'en', new ProblemSink(50)));
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems[0]!.at).toEqual({ file: 'semua.csv', line: LIMITS.rankItems + 2, column: 1 });
  }, 300_000);
});
