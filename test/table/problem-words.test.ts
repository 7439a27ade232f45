/**
 * What the table reader's problems name: the front end's words for each choice (the CLI's options, the page's
 * controls), or, where it has none, what to change in the table; and what was given (a file, or a pasted table).
 */
import { describe, expect, it } from 'vitest';
import type { ReadContext } from '../../src/table/body.js';
import { IdRegistry } from '../../src/table/ids.js';
import { ProblemSink } from '../../src/table/problems.js';
import { loadBodies, type Source } from '../../src/table/read.js';
import { NO_CHOICES, type Choices } from '../../src/table/texts.js';

const PAGE: Choices = {
  ...NO_CHOICES,
  decimalComma: { id: 'koma (90,02) di Pemisah desimal', en: 'comma (90,02) in Decimal separator' },
};

function problems(source: Source, choices: Choices, keepApart: Choices['keepSimilarIds'] = null) {
  const context: ReadContext = {
    options: { year: 2023, columns: {}, decimalComma: false },
    sink: new ProblemSink(50),
    ids: new IdRegistry(false, keepApart),
    notices: [],
    choices,
  };
  try {
    [...loadBodies([source], { input: null, delimiter: null, encoding: null }, context)];
  } catch (error) {
    context.sink.catch(error); // a problem of the header ends the reading
  }
  return context.sink.kept.map((problem) => problem.text);
}

const COMMAS = 'Nama;Nilai\nKota A;90,02\nKota B;81,50\n';

describe('the words of a problem', () => {
  it('a pasted table is called the pasted table, not a file, in both languages', () => {
    const [text] = problems({ name: 'tabel', text: COMMAS, pasted: true }, PAGE);
    expect(text).toEqual({
      en: 'The pasted table writes decimals with a comma ("90,02" here, and 1 more line like it): use comma (90,02) in Decimal separator.',
      id: 'Tabel yang ditempel ini menulis desimal dengan koma ("90,02" di sini, dan 1 baris lain seperti itu): pakai koma (90,02) di Pemisah desimal.',
    });
  });

  it('a file is called the file', () => {
    const [text] = problems({ name: 'rekap.csv', text: COMMAS }, PAGE);
    expect(text!.en).toMatch(/^This file writes decimals with a comma/);
    expect(text!.id).toMatch(/^Berkas ini menulis desimal dengan koma/);
  });

  it('without a control for a choice, says what to change in the table, and names no option', () => {
    const [commas] = problems({ name: 'tabel', text: COMMAS, pasted: true }, NO_CHOICES);
    expect(commas!.en).toMatch(/: write the numbers with a point\.$/);
    expect(commas!.id).toMatch(/: tulis angkanya dengan titik\.$/);
    const [similar] = problems({ name: 'tabel', text: 'Nama,Nilai\nKota Medan,80\nkota medan,81\n' }, NO_CHOICES);
    expect(similar!.en).toMatch(/probably the same body\. Correct one\.$/);
    expect(similar!.id).toMatch(/kemungkinan instansi yang sama\. Perbaiki salah satunya\.$/);
    const [twice] = problems({ name: 'tabel', text: 'Nama,Nilai,Total\nKota A,80,81\n' }, NO_CHOICES);
    expect(twice!.en).toMatch(/; remove one of them or rename its heading\.$/);
    expect(twice!.id).toMatch(
      /^Dua kolom berisi nilai total: "Nilai" dan "Total"; hapus salah satunya atau ganti judulnya\.$/,
    );
    for (const text of [commas!, similar!, twice!]) expect(text.en + text.id).not.toContain('--');
  });

  it('with the front end’s words, names them in each language', () => {
    const keep = { en: '--keep-similar-ids', id: '--keep-similar-ids' };
    const [similar] = problems({ name: 'a.csv', text: 'Nama,Nilai\nKota Medan,80\nkota medan,81\n' }, NO_CHOICES, keep);
    expect(similar!.en).toMatch(/Correct one, or use --keep-similar-ids to keep them apart\.$/);
    expect(similar!.id).toMatch(/Perbaiki salah satunya, atau pakai --keep-similar-ids untuk memisahkannya\.$/);
    const column: Choices['column'] = ({ field }) => ({
      en: `--column ${field}=<header>`,
      id: `--column ${field}=<judul>`,
    });
    const [twice] = problems({ name: 'a.csv', text: 'Nama,Nilai,Total\nKota A,80,81\n' }, { ...NO_CHOICES, column });
    expect(twice!.en).toMatch(/; name the one to use with --column total=<header>\.$/);
    expect(twice!.id).toMatch(/; sebutkan yang dipakai dengan --column total=<judul>\.$/);
  });
});
