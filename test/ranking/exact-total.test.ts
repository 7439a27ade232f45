/**
 * An exact total must round to its total at the total's own decimals, and at least at cents
 * (ties are decided on the two-decimal total: a total of 80.1 is ranked as 80.10). Both readers (the fast one for
 * plain items, the general one with decimalComma) refuse the same items.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const refused: [string, string | number, string][] = [
  ['80.1 with 80.14', '80.1', '80.14'],
  ['80 with 80.9999', '80', '80.9999'],
  ['80.2 with 80.15', '80.2', '80.15'],
  ['the number 80.1 with 80.14', 80.1, '80.14'],
  ['80 with 79.99', '80', '79.99'],
  ['80.00 with 80.01', '80.00', '80.01'],
  ['80.123 with 80.124', '80.123', '80.124'],
];

const accepted: [string, string | number, string, string][] = [
  ['80.1 with 80.104', '80.1', '80.104', '80.10'],
  ['80 with 79.995', '80', '79.995', '80.00'],
  ['78.00 with 77.99 and more (rounded up)', '78.00', '77.99999999999999999999', '78.00'],
  ['80.00 with 80.009999', '80.00', '80.009999', '80.00'],
  ['80.123 with 80.1234', '80.123', '80.1234', '80.12'],
  ['the number 80.1 with 80.1', 80.1, '80.1', '80.10'],
];

describe('rank: exact total and total', () => {
  for (const decimalComma of [false, true]) {
    const comma = (text: string | number): string | number =>
      decimalComma && typeof text === 'string' ? text.replace('.', ',') : text;
    it.each(refused)(`refuses %s (decimalComma ${decimalComma})`, (_, total, exact) => {
      const error = thrown(() =>
        rank([{ id: 'A', total: comma(total), exact: comma(exact) }], { decimalComma }),
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.reason).toBe('conflict');
      expect(error.path).toEqual([0, 'exact']);
    });
    it.each(accepted)(`accepts %s (decimalComma ${decimalComma})`, (_, total, exact, cents) => {
      const [ranked] = rank([{ id: 'A', total: comma(total), exact: comma(exact) }], { decimalComma });
      expect(ranked!.total).toBe(cents);
      expect(ranked!.exact).toBe(exact);
    });
  }
});
