/**
 * The page's text of each issue (examples/calculator/messages.ts `issueText`), without a browser: a problem inside
 * a unit says which unit and which dimension, in the page's language, once (the library's text says it; the page
 * adds nothing). Expected texts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, safeScore } from '../../src/index.js';
import { issueText } from '../../examples/calculator/messages.js';

const r2023 = getRuleset(2023);
const dims = { competency: '90', standards: '80', opinion: '70', complaints: '60' };

describe('the page says where a problem inside a unit is', () => {
  const result = safeScore(r2023, {
    units: [
      { id: 'Dinas A', dimensions: { ...dims, opinion: 'abc' } },
      { id: 'Dinas B', total: '101' },
      { id: 'Dinas C', dimensions: { competency: '90', standards: '80', complaints: '60' } },
    ],
  });
  if (result.success) throw new Error('expected a refusal');
  const { issues } = result.error;

  it('in Indonesian: the unit from 1, the dimension by its label unless the text names it', () => {
    expect(issues.map((issue) => issueText(issue, 'id'))).toEqual([
      'Unit ke-1, Dimensi Output: "abc" bukan angka; tulis angkanya saja, misalnya "87.44".',
      'Unit ke-2: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
      'Unit ke-3: Dimensi Output belum diisi; isi nilai 0 sampai 100.',
    ]);
  });

  it('in English', () => {
    expect(issueText(issues[0]!, 'en')).toBe(
      'Unit 1, Output dimension: "abc" is not a plain decimal number; write e.g. "87.44".',
    );
  });

  it('a problem outside units is the library’s text as it is, its dimension named', () => {
    const outside = safeScore(r2023, { dimensions: { ...dims, opinion: '' } });
    if (outside.success) throw new Error('expected a refusal');
    expect(issueText(outside.error.issues[0]!, 'id')).toBe('Dimensi Output: Isian ini masih kosong; tulis angkanya.');
  });
});
