/**
 * The page's table work without a browser (examples/calculator/table-job.ts is plain data in, plain data out):
 * what its problems say. They name the page's controls, never a command-line option; a pasted table is called so;
 * a value the library refused is quoted from the table, not from the library's sentence.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { prepare } from '../../examples/calculator/table-prepare.js';
import {
  prepareOnPage,
  prepareText,
  tableJob,
  type Prepared,
  type TableOutcome,
} from '../../examples/calculator/table-job.js';

function run(prepared: Prepared, decimalComma = false): TableOutcome {
  const job = tableJob(prepared, 2023, 2, decimalComma);
  for (let step = job.next(); ; step = job.next()) if (step.done) return step.value;
}

const said = (outcome: TableOutcome) => outcome.problems.map((problem) => problem.text);

describe('the page’s table problems', () => {
  it('a pasted table of decimal commas, read with points: one notice naming the pasted table and the page’s control', () => {
    const outcome = run(prepareText('Nama Instansi;Nilai\nKota Palembang;93,59\nKota Prabumulih;80,47\n'));
    expect(said(outcome)).toEqual([
      {
        id: 'Tabel yang ditempel ini menulis desimal dengan koma ("93,59" di sini, dan 1 baris lain seperti itu): pakai koma (90,02) di Pemisah desimal.',
        en: 'The pasted table writes decimals with a comma ("93,59" here, and 1 more line like it): use comma (90,02) in Decimal separator.',
      },
    ]);
    expect(outcome.ranked).toEqual([]);
  });

  it('a table of points, read with decimal commas: the value quoted as the table writes it', () => {
    const outcome = run(prepareText('Nama Instansi;Nilai\nKota Palembang;93.59\nKota Prabumulih;80.47\n'), true);
    expect(said(outcome)[0]!.id).toContain('("93.59" di sini, dan 1 baris lain seperti itu)');
    expect(said(outcome)[0]!.en).toContain('("93.59" here, and 1 more line like it)');
  });

  it('a row with two bad cells: both problems said on its line', () => {
    const outcome = run(
      prepareText('Nama,Dimensi Input,Dimensi Proses,Dimensi Output,Dimensi Pengaduan\nKota B,90,80,101,\n'),
    );
    expect(outcome.problems).toEqual([
      {
        line: 2,
        text: {
          id: 'Kota B: Dimensi Output: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu. Dimensi Pengaduan belum diisi; isi nilai 0 sampai 100.',
          en: 'Kota B: Output dimension: "101" is outside 0–100; give a value in that range. Complaints dimension (complaints) is missing.',
        },
      },
    ]);
  });

  it('a file in Windows-1252: the page’s encoding control named, no option', () => {
    const bytes = new Uint8Array(iconv.encode('Nama;Nilai\r\nRSUD – Surabaya;80\r\n', 'windows-1252'));
    const outcome = run(prepareOnPage({ kind: 'file', name: 'rekap.csv', bytes, encoding: null, sheet: null }));
    expect(said(outcome)[0]!.id).toBe(
      'Bita 0x96 bukan UTF-8 yang sah. Bila berkas disimpan Excel sebagai "CSV" (Windows-1252), pakai “Windows-1252” di Pengodean berkas.',
    );
    expect(said(outcome)[0]!.en).toContain('use “Windows-1252” in File encoding.');
  });

  it('similar names and an ambiguous delimiter: what to change in the table, never a command-line option', () => {
    const similar = said(run(prepareText('Nama,Nilai\nKota Medan,80\nkota medan,81\n')));
    expect(similar[0]!.id).toMatch(/kemungkinan instansi yang sama\. Perbaiki salah satunya\.$/);
    const ambiguous = said(run(prepareText('Nama;Nilai,Total\nKota A;80\n')));
    expect(ambiguous[0]!.en).toMatch(/so the delimiter is ambiguous; separate the columns with one of them only\.$/);
    for (const text of [...similar, ...ambiguous]) expect(text.en + text.id).not.toContain('--');
  });

  it('a workbook whose first sheet has no table: rename the column, or read another sheet with the Sheet list', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/workbooks/two-sheets-2023.xlsx', import.meta.url)));
    const outcome = run(await prepare({ kind: 'file', name: 'rekap.xlsx', bytes, encoding: null, sheet: null }));
    expect(outcome.problems[0]!.line).toBe(1);
    expect(said(outcome)[0]!.id).toMatch(
      /^Tidak ada kolom nama instansi .*; beri kolom nama instansi judul "Nama Instansi", atau pakai daftar Lembar kerja untuk membaca lembar lain\.$/,
    );
    expect(said(outcome)[0]!.en).toMatch(/, or use the Sheet list to read another sheet\.$/);
  });
});
