/**
 * The Indonesian texts of errors speak the official's language (dimensions by their
 * labels, units by their place, numbers with a decimal comma, no word of the code), and an empty value is a
 * missing one. Every expected text is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, score, summarize } from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const r2023 = getRuleset(2023);
const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };

describe('an error names what the official sees', () => {
  it('names a missing dimension by its label, not its id ("competency belum diisi")', () => {
    const error = thrown(() => score(r2023, { dimensions: { standards: '90', opinion: '70', complaints: '60' } }));
    expect(error.reason).toBe('missing');
    expect(error.path).toEqual(['dimensions', 'competency']);
    expect(error.text.id).toBe('Dimensi Input belum diisi; isi nilai 0 sampai 100.');
  });

  it('names 2025 trust by its label', () => {
    const error = thrown(() => score(getRuleset(2025), { dimensions: dims }));
    expect(error.path).toEqual(['dimensions', 'trust']);
    expect(error.text.id).toBe('Kepercayaan Masyarakat belum diisi; isi nilai 0 sampai 100.');
  });

  it('says which unit a missing dimension belongs to, in words', () => {
    const { opinion: _, ...withoutOpinion } = dims;
    const error = thrown(() =>
      score(r2023, {
        units: [
          { id: 'a', dimensions: dims },
          { id: 'b', dimensions: withoutOpinion },
        ],
      }),
    );
    expect(error.path).toEqual(['units', 1, 'dimensions', 'opinion']);
    expect(error.text.id).toBe('Unit ke-2: Dimensi Output belum diisi; isi nilai 0 sampai 100.');
    expect(error.text.en).toBe('Unit 2: Output dimension (opinion) is missing.');
  });

  it('lists the known dimensions by their labels for an unknown one', () => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, kepuasan: '90' } } as never));
    expect(error.reason).toBe('unknown-key');
    expect(error.text.id).toBe(
      '"kepuasan" bukan dimensi; dimensinya: Dimensi Input, Dimensi Proses, Dimensi Output, Dimensi Pengaduan.',
    );
  });

  it('writes a weight as its limit with a decimal comma', () => {
    const error = thrown(() =>
      score(r2023, { points: { competency: '30', standards: '20', opinion: '10', complaints: '10' } }),
    );
    expect(error.reason).toBe('out-of-range');
    expect(error.text.id).toMatch(
      /^Dimensi Input: "30" di luar rentang 0 sampai \d+,\d+; isi angka dalam rentang itu\.$/,
    );
  });

  it('says in summarize texts neither "category" nor a decimal point ("76.51 dengan category A")', () => {
    const result = score(r2023, { dimensions: dims });
    const error = thrown(() => summarize([{ ...result, category: 'A' }] as never));
    expect(error.path).toEqual([0, 'category']);
    expect(error.text.id).toBe(
      `Hasil ke-1 bernilai ${result.total.replace(
        '.',
        ',',
      )} dengan kategori A, padahal menurut aturan ori-2023 nilai itu dengan kategori ${
        result.category
      }; pakai hasil score() apa adanya.`,
    );
    expect(error.text.id).not.toMatch(/category|zone|\d\.\d/);
  });

  it('names inputs of other years in words', () => {
    const error = thrown(() => score(r2023, { dimensions: dims, followedUpOmbudsman: true }));
    expect(error.text.id).toBe('Tindak lanjut saran Ombudsman hanya berlaku pada tahun 2025; hapus isian itu.');
  });
});

describe('an empty value is a missing one', () => {
  it.each(['', ' ', '   ', '\t', ' \n '])('%j is missing, not not-a-number', (value) => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, opinion: value } }));
    expect(error.reason).toBe('missing');
    expect(error.path).toEqual(['dimensions', 'opinion']);
    expect(error.text.id).toBe('Dimensi Output: Isian ini masih kosong; tulis angkanya.');
    expect(error.text.en).toBe('Output dimension: The value is empty; write a number.');
  });

  it('is missing under decimalComma too, with a comma example', () => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, opinion: '' } }, { decimalComma: true }));
    expect(error.reason).toBe('missing');
    expect(error.text.id).toBe('Dimensi Output: Isian ini masih kosong; tulis angkanya.');
  });

  it('refuses a number with spaces around it as not a number: the library reads a value as given', () => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, opinion: ' 90 ' } }));
    expect(error.reason).toBe('not-a-number');
  });
});
