/**
 * The id rule. Ids that differ by a zero-width space, a soft hyphen, full-width letters, case or
 * spacing, and numbers written two ways, meet under one key; `rank` refuses them as a probable duplicate naming
 * both items, unless `keepSimilarIds`; an ill-formed id (a lone surrogate) is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, safeRank } from '@ombuds/scoring';
import { idKey } from '../../src/ranking/id-key.js';
import { thrown } from '../support/thrown.js';

const same: [string, string, string][] = [
  ['a zero-width space', 'Kota\u200bMadiun', 'KotaMadiun'],
  ['a soft hyphen', 'Ma\u00addiun', 'Madiun'],
  ['a word joiner and a BOM', '\ufeffMadiun\u2060', 'Madiun'],
  ['full-width letters', '\uff2d\uff41\uff44\uff49\uff55\uff4e', 'Madiun'],
  ['case', 'KOTA MADIUN', 'kota madiun'],
  ['spacing and a no-break space', 'Kota\u00a0 Madiun', 'Kota Madiun'],
  ['decomposed accents (NFD)', 'Bone\u0301', 'Bon\u00e9'],
  ['1101.0', '1101.0', '1101'],
  ['1.101e3', '1.101e3', '1101'],
  ['1101E+0', '1101E+0', '1101'],
  ['0.50', '0.50', '5e-1'],
];

const apart: [string, string][] = [
  ['Madiun', 'Madiun 2'],
  ['0005', '5'],
  ['1101', '1102'],
  ['Kota A', 'Kota \u00c4'],
  ['\u{1F600}', '\u{1F601}'],
];

describe('idKey', () => {
  it.each(same)('meets across %s', (_, a, b) => {
    expect(idKey(a)).not.toBeNull();
    expect(idKey(a)).toBe(idKey(b));
  });

  it.each(apart)('keeps %s and %s apart', (a, b) => {
    expect(idKey(a)).not.toBe(idKey(b));
  });

  it('has no key for an ill-formed string', () => {
    for (const id of ['a\ud800', '\udc00', 'x\ud83d', '\ude00\ud83d']) expect(idKey(id)).toBeNull();
    expect(idKey('\ud83d\ude00')).toBe('\u{1F600}');
  });

  it('ignores inserted invisible characters and ASCII case, for any id', () => {
    const invisible = fc.constantFrom('\u200b', '\u00ad', '\u200d', '\ufeff', '\u2060', ' ', '\t');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }),
        invisible,
        fc.nat(12),
        (id, mark, at) => {
          const k = Math.min(at, id.length);
          const marked = id.slice(0, k) + mark + id.slice(k);
          // A number keeps its key only unchanged: a space makes it text.
          if (/^[-\d.eE+]+$/.test(id)) return;
          expect(idKey(marked)).toBe(idKey(id));
          expect(idKey(id.toUpperCase())).toBe(idKey(id.toLowerCase()));
        },
      ),
      { seed: 21, numRuns: 500 },
    );
  });
});

describe('rank and similar ids', () => {
  it.each(same)('refuses ids that differ by %s, naming both items', (_, a, b) => {
    const error = thrown(() =>
      rank([
        { id: a, total: '80.00' },
        { id: 'other', total: '70.00' },
        { id: b, total: '75.00' },
      ]),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.reason).toBe('duplicate-id');
    expect(error.path).toEqual([2, 'id']);
    expect(error.text.en).toContain('(item 1)');
    expect(error.text.en).toContain('(item 3)');
    expect(error.text.id).toContain('butir ke-1');
    expect(error.text.id).toContain('butir ke-3');
  });

  it.each(same)('keeps ids that differ by %s with keepSimilarIds', (_, a, b) => {
    const ranked = rank(
      [
        { id: a, total: '80.00' },
        { id: b, total: '75.00' },
      ],
      { keepSimilarIds: true },
    );
    expect(ranked.map((r) => r.id)).toEqual([a, b]);
  });

  it('refuses the same id twice even with keepSimilarIds, naming both items', () => {
    const error = thrown(() =>
      rank(
        [
          { id: 'Madiun', total: '80.00' },
          { id: 'Madiun', total: '75.00' },
        ],
        { keepSimilarIds: true },
      ),
    );
    expect(error.reason).toBe('duplicate-id');
    expect(error.text.en).toBe('"Madiun" is given twice, at items 1 and 2; ids must be unique.');
  });

  it('refuses an ill-formed id, with and without keepSimilarIds, with dots or decimal commas', () => {
    for (const options of [{}, { keepSimilarIds: true }, { decimalComma: true }]) {
      const result = safeRank([{ id: 'Madiun\ud800', total: '80' }], options);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.reason).toBe('not-allowed');
        expect(result.error.path).toEqual([0, 'id']);
      }
    }
  });

  it('refuses a non-boolean keepSimilarIds', () => {
    expect(thrown(() => rank([], { keepSimilarIds: 'yes' as never })).code).toBe('INVALID_OPTIONS');
  });
});
