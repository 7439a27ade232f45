/**
 * A problem inside a unit says which unit, in words, in both languages: the unit from 1 and, where its path goes
 * through a dimension the text does not name yet, that dimension by its label. A problem in a dimension of the body
 * names the dimension alone; a problem of the body itself (a deduction, a key) has no place words. `path` stays the
 * machine-readable place. Every expected text is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, safeScore, score } from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const r2023 = getRuleset(2023);
const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };
const { opinion: _, ...withoutOpinion } = dims;

describe('the place of a problem, in words', () => {
  it("a unit's missing dimension: the unit, the dimension named once", () => {
    const error = thrown(() => score(r2023, { units: [{ total: '80' }, { dimensions: withoutOpinion }] }));
    expect(error.path).toEqual(['units', 1, 'dimensions', 'opinion']);
    expect(error.text.id).toBe('Unit ke-2: Dimensi Output belum diisi; isi nilai 0 sampai 100.');
    expect(error.text.en).toBe('Unit 2: Output dimension (opinion) is missing.');
  });

  it("a unit's bad dimension score: the unit and the dimension", () => {
    const error = thrown(() => score(r2023, { units: [{ total: '80' }, { dimensions: { ...dims, opinion: 'abc' } }] }));
    expect(error.path).toEqual(['units', 1, 'dimensions', 'opinion']);
    expect(error.text.id).toBe('Unit ke-2, Dimensi Output: "abc" bukan angka; tulis angkanya saja, misalnya "87.44".');
    expect(error.text.en).toBe('Unit 2, Output dimension: "abc" is not a plain decimal number; write e.g. "87.44".');
    expect(error.message).toBe(
      'Unit 2, Output dimension: "abc" is not a plain decimal number; write e.g. "87.44". (at units[1].dimensions.opinion)',
    );
  });

  it("a unit's bad total: the unit", () => {
    const error = thrown(() => score(r2023, { units: [{ total: '80' }, { total: '101' }] }));
    expect(error.path).toEqual(['units', 1, 'total']);
    expect(error.text.id).toBe('Unit ke-2: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.');
    expect(error.text.en).toBe('Unit 2: "101" is outside 0–100; give a value in that range.');
  });

  it('an answer inside a unit: the unit and the dimension of the answers', () => {
    const { competency: __, ...others } = dims;
    const error = thrown(() =>
      score(
        r2023,
        {
          units: [{ total: '80' }, { dimensions: others, answers: { competency: { 'pengetahuan-standar': [3, 7] } } }],
        },
        { missingIndicators: 'exclude' },
      ),
    );
    expect(error.path).toEqual(['units', 1, 'answers', 'competency', 'pengetahuan-standar', 1]);
    expect(error.text.id).toBe('Unit ke-2, Dimensi Input: 7 di luar rentang 0 sampai 5; isi angka dalam rentang itu.');
    expect(error.text.en).toBe('Unit 2, Input dimension: 7 is outside 0–5; give a value in that range.');
  });

  it("every issue of a unit has its unit's words; a body's own problem has none", () => {
    const result = safeScore(r2023, {
      units: [{ dimensions: { ...dims, standards: '' } }, { total: 'x' }],
      deductions: [{ points: '1', reason: ' ' }],
    });
    if (result.success) throw new Error('expected a refusal');
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.text.id])).toEqual([
      ['deductions.0.reason', 'Alasan pengurangan belum diisi; tuliskan alasannya.'],
      ['units.0.dimensions.standards', 'Unit ke-1, Dimensi Proses: Isian ini masih kosong; tulis angkanya.'],
      ['units.1.total', 'Unit ke-2: "x" bukan angka; tulis angkanya saja, misalnya "87.44".'],
    ]);
    expect(result.error.issues.map((issue) => issue.text.en)).toEqual([
      'The deduction has no reason; say why.',
      'Unit 1, Process dimension: The value is empty; write a number.',
      'Unit 2: "x" is not a plain decimal number; write e.g. "87.44".',
    ]);
  });

  it("a body's own dimension has no unit words", () => {
    const error = thrown(() => score(r2023, { dimensions: withoutOpinion }));
    expect(error.text.id).toBe('Dimensi Output belum diisi; isi nilai 0 sampai 100.');
    expect(error.text.en).toBe('Output dimension (opinion) is missing.');
  });

  it("a bad value in a body's dimension: the dimension, no unit", () => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, opinion: 'abc' } }));
    expect(error.path).toEqual(['dimensions', 'opinion']);
    expect(error.text.id).toBe('Dimensi Output: "abc" bukan angka; tulis angkanya saja, misalnya "87.44".');
    expect(error.text.en).toBe('Output dimension: "abc" is not a plain decimal number; write e.g. "87.44".');
  });

  it("an answer in a body's dimension: the dimension of the answers", () => {
    const { competency: __, ...others } = dims;
    const error = thrown(() =>
      score(
        r2023,
        { dimensions: others, answers: { competency: { 'pengetahuan-standar': [3, 7] } } },
        {
          missingIndicators: 'exclude',
        },
      ),
    );
    expect(error.path).toEqual(['answers', 'competency', 'pengetahuan-standar', 1]);
    expect(error.text.id).toBe('Dimensi Input: 7 di luar rentang 0 sampai 5; isi angka dalam rentang itu.');
    expect(error.text.en).toBe('Input dimension: 7 is outside 0–5; give a value in that range.');
  });

  it('a problem of the body itself: no place words', () => {
    const error = thrown(() => score(r2023, { dimensions: dims, deductions: [{ points: '1', reason: ' ' }] }));
    expect(error.text.id).toBe('Alasan pengurangan belum diisi; tuliskan alasannya.');
  });
});
