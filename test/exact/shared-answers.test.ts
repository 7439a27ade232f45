/**
 * Units that share one answers object: the shared lists are read once per input, not once per
 * unit, so the work is bounded by the answers given, not by how often they are referenced. Counted, not timed.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, score, type ScoreInput } from '@ombuds/scoring';
import { fill } from '../support/answers.js';

const rules = getRuleset(2023);

describe('1,000 units sharing one answers object', () => {
  it('reads each shared answer list once and scores every unit alike', () => {
    let reads = 0;
    const answers = fill(rules, () => {
      const list = [3, 2, 1, 3];
      return new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    });
    const lists = Object.values(answers).reduce((n, d) => n + Object.keys(d!).length, 0);
    const units = Array.from({ length: 1_000 }, (_, i) => ({ id: `u${i}`, answers }));
    const result = score(rules, { units } as ScoreInput);
    expect(reads).toBe(lists * 4);
    const one = score(rules, { units: [{ id: 'u0', answers }] } as ScoreInput);
    expect(result.units).toHaveLength(1_000);
    expect(result.total).toBe(one.total);
    expect(new Set(result.units!.map((u) => u.exact))).toEqual(new Set([one.units![0]!.exact]));
  }, 120_000);
});
