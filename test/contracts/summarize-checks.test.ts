/**
 * Summarize sums at the precision of the totals as they are (numbers in exponent form
 * included), checks each result against its own revision, and refuses a revision that does not exist.
 * Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, safeSummarize, summarize } from '@ombuds/scoring';

const ref = (year: number, revision: number) => ({ id: `ori-${year}`, year, revision, derivedFrom: null });

describe('summarize: the precision of number totals', () => {
  it('80 + 1.5e-7 is 80.00000015, not 80.0000', () => {
    const tally = summarize([
      { total: 80, zone: 'hijau', category: null },
      { total: 1.5e-7, zone: 'hitam', category: null },
    ] as never);
    expect(tally.sum).toBe('80.00000015');
    expect(tally.mean).toBe('40.00000008'); // 40.000000075 rounded half up at 8 decimals
  });

  it('a number keeps its own decimals, a text its written ones', () => {
    const tally = summarize([
      { total: 81.5, zone: 'hijau', category: null },
      { total: 80, zone: 'hijau', category: null },
    ] as never);
    expect(tally.sum).toBe('161.5');
    expect(summarize([{ total: '80.00', zone: 'hijau', category: null }, { total: 81.5, zone: 'hijau', category: null }] as never).sum).toBe('161.50');
    expect(summarize([{ total: 1e-7, zone: 'hitam', category: null }] as never).sum).toBe('0.0000001');
  });
});

describe('summarize: each result against its own revision', () => {
  it('a revision-1 result of 2019 whose zone contradicts its total under revision 1 is refused', () => {
    // 2019 revision 1: 50.01 is merah (revision 2 says kuning).
    expect(getRuleset(2019, { revision: 1 }).revision).toBe(1);
    const result = safeSummarize([{ total: '50.01', zone: 'kuning', category: null, ruleset: ref(2019, 1) }] as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.reason).toBe('conflict');
      expect(result.error.path).toEqual([0, 'zone']);
    }
    const right = summarize([{ total: '50.01', zone: 'merah', category: null, ruleset: ref(2019, 1) }] as never);
    expect(right.zones.merah).toBe(1);
  });

  it('a revision that does not exist is refused', () => {
    for (const bad of [ref(2019, 7), { ...ref(2019, 2), year: 2023 }]) {
      const result = safeSummarize([{ total: '90.00', zone: 'hijau', category: null, ruleset: bad }] as never);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.reason).toBe('no-ruleset');
        expect(result.error.path).toEqual([0, 'ruleset']);
        expect(result.error.text.en).toMatch(/2019 revision 1, 2019 revision 2/);
        expect(result.error.text.id).toMatch(/2019 revisi 1, 2019 revisi 2/);
      }
    }
  });

  it('a ruleset the registry does not hold (custom or derived) is counted as it says', () => {
    const custom = { id: 'kantor-2023', year: 2023, revision: 1, derivedFrom: null };
    expect(summarize([{ total: '50.00', zone: 'hijau', category: 'A', ruleset: custom }] as never).count).toBe(1);
  });
});
