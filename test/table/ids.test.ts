/**
 * The readers of tables use the library's one id rule (src/ranking/id-key.ts): ids that meet under it are a
 * probable duplicate, named with both places, unless similar ids are kept apart; an ill-formed id is refused.
 */
import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../../src/table/ids.js';

const at = (line: number) => ({ file: 'rekap.csv', line, column: 1 });

describe('IdRegistry', () => {
  it.each([
    ['zero-width space', 'Kota B', 'Kota\u200bB'],
    ['soft hyphen', 'Pemalang', 'Pema\u00adlang'],
    ['full-width letters', 'Kota B', 'Ｋｏｔａ B'],
    ['case and spacing', 'Kota  B', 'kota b'],
    ['a number written two ways', '1101', '1.101e3'],
  ])('refuses ids that differ by %s, naming the first place', (_, first, second) => {
    const ids = new IdRegistry(false);
    expect(ids.add(first, 2023, at(2))).toBeNull();
    const problem = ids.add(second, 2023, at(3));
    expect(problem?.at).toEqual(at(3));
    expect(problem?.text.en).toContain('rekap.csv:2');
    expect(problem?.text.id).toContain('kemungkinan instansi yang sama');
  });

  it('keeps them apart when told to, but never the same id twice', () => {
    const ids = new IdRegistry(true);
    expect(ids.add('Kota B', 2023, at(2))).toBeNull();
    expect(ids.add('Kota\u200bB', 2023, at(3))).toBeNull();
    expect(ids.add('Kota B', 2023, at(4))?.text.en).toMatch(/^The id "Kota B" is also at rekap.csv:2/);
  });

  it('refuses an id with a lone surrogate, which no file can hold', () => {
    const ids = new IdRegistry(false);
    const problem = ids.add('Kota \ud800', 2023, at(2));
    expect(problem?.text.en).toMatch(/broken character/);
    expect(problem?.text.id).toMatch(/karakter rusak/);
  });
});
