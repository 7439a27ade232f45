/**
 * The sort keys of `rank`, on values written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@ombuds/scoring';
import { centsOfText, createKeys, exactText, KEY_DECIMALS, writeExactKey } from '../../src/ranking/keys.js';

describe('rank keys', () => {
  it('hold every decimal rank reads', () => {
    expect(LIMITS.decimals).toBeLessThanOrEqual(KEY_DECIMALS);
  });

  it.each([
    ['0', 0],
    ['100', 10_000],
    ['100.000', 10_000],
    ['87.44', 8_744],
    ['87.445', 8_745],
    ['87.4449999', 8_744],
    ['0.005', 1],
    ['0.00499999999999999999', 0],
    ['007.5', 750],
    ['99.995', 10_000],
  ])('cents of %s: %i', (text, cents) => {
    expect(centsOfText(text, 20)).toBe(cents);
  });

  it.each(['', '.5', '5.', '-1', '100.01', '101', '1e2', ' 1', '1.2.3', '8,5', '1.000000000000000000001'])(
    'no cents for %j',
    (text) => {
      expect(centsOfText(text, 20)).toBe(-1);
      expect(writeExactKey(createKeys(1), 0, text, 20)).toBe(false);
    },
  );

  it('orders by hi then lo and prints the shortest text back', () => {
    const texts = ['87.44', '87.44000000000000000001', '87.4400000001', '87.43999999999999999999', '0.00000000000000000001', '100'];
    const keys = createKeys(texts.length);
    texts.forEach((text, i) => expect(writeExactKey(keys, i, text, 20)).toBe(true));
    expect([...keys.hi]).toEqual([87_440_000_000, 87_440_000_000, 87_440_000_000, 87_439_999_999, 0, 100_000_000_000]);
    expect([...keys.lo]).toEqual([0, 1, 10_000_000_000, 99_999_999_999, 1, 0]);
    expect(texts.map((_, i) => exactText(keys, i))).toEqual(texts);
    expect(writeExactKey(keys, 0, '0087.4400', 20)).toBe(true);
    expect(exactText(keys, 0)).toBe('87.44');
  });
});
