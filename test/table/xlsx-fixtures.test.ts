/**
 * readXlsx on the officer's workbooks of test/fixtures/workbooks/ (made as Excel writes them: shared strings,
 * merged title cells, numbers stored with 17 significant digits, AVERAGE formulas with cached values). The
 * expected cells are the values typed into scripts/make-workbook-fixtures.mjs; the totals are the README's hand
 * arithmetic.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { score } from '@ombuds/scoring';
import { ruleset } from '@ombuds/scoring/rulesets/2023';
import { readXlsx } from '../../src/table/xlsx-read.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/workbooks/${name}`, import.meta.url)));

const TITLE = 'REKAPITULASI HASIL PENILAIAN KEPATUHAN PENYELENGGARAAN PELAYANAN PUBLIK TAHUN 2023';
const SUBTITLE = 'PEMERINTAH KABUPATEN/KOTA SE-PROVINSI SUMATERA SELATAN';
const blank = (n: number): string[] => Array.from({ length: n }, () => '');

/** The sheet as a person reads it, numbers without the trailing zeros of the 0.00 format. */
const REKAP = [
  { line: 1, cells: [TITLE, ...blank(8)] },
  { line: 2, cells: [SUBTITLE, ...blank(8)] },
  {
    line: 4,
    cells: ['No', 'Nama Instansi', 'Dimensi Input', 'Dimensi Proses', 'Dimensi Output', 'Dimensi Pengaduan', 'Nilai', 'Kategori', 'Keterangan'],
  },
  { line: 5, cells: ['1', 'Kabupaten Musi Rawas', '95.12', '96.4', '93.88', '94.05', '95', 'A', 'Pertahankan'] },
  { line: 6, cells: ['2', 'Kota Palembang', '92.5', '94.1', '91.75', '96', '93.59', 'A', ''] },
  { line: 7, cells: ['3', 'Kota Lubuklinggau', '85.3', '88.45', '84.1', '86.75', '86.34', 'B', 'Naik dari zona kuning (2022)'] },
  { line: 8, cells: ['4', 'Kota Prabumulih', '80', '80.22', '81.9', '79.69', '80.46', 'B', 'Nilai dicetak ulang – periksa'] },
  { line: 9, cells: ['5', 'Kabupaten Ogan Komering Ulu Selatan', '74.63', '78.15', '70.84', '82.35', '76.51', 'C', ''] },
  { line: 10, cells: ['6', 'Kabupaten Ogan Ilir', '72.89', '79.51', '70.85', '82.02', '76.51', 'C', 'Sama dengan OKU Selatan'] },
  { line: 11, cells: ['7', 'Kabupaten Empat Lawang', '60.4', '55.25', '58.9', '50.1', '56.15', 'C', ''] },
  { line: 12, cells: ['8', 'Kabupaten Penukal Abab Lematang Ilir', '48.2', '45.6', '52.35', '40', '46.6', 'D', 'Perlu pendampingan'] },
  // Excel's cached AVERAGE values: the doubles of float sums, as their shortest round-trip text.
  { line: 13, cells: ['', 'Rata-rata', '76.13000000000001', '77.21', '75.57125', '76.37', '76.395', '', ''] },
];

describe('the officer workbook rekap-2023-sumsel.xlsx', () => {
  it('is the shape Excel writes: shared strings, merged titles, 17-digit numbers, formulas, no row 3', () => {
    const parts = unzipSync(fixture('rekap-2023-sumsel.xlsx'));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(strFromU8(parts['xl/sharedStrings.xml']!)).toMatch(/<sst [^>]*count="\d+" uniqueCount="\d+"/);
    expect(sheet).toContain('<mergeCell ref="A1:I1"/><mergeCell ref="A2:I2"/>');
    expect(sheet).toContain('<v>74.629999999999995</v>');
    expect(sheet).toContain('<f>AVERAGE(C5:C12)</f>');
    expect(sheet).not.toContain('<row r="3"');
  });

  it('reads as the rows typed into it, with their sheet line numbers', async () => {
    const table = await readXlsx(fixture('rekap-2023-sumsel.xlsx'));
    expect(table.sheet).toBe('Rekap 2023');
    expect(table.sheets).toEqual(['Rekap 2023']);
    expect(table.rows).toEqual(REKAP);
  });

  it('prints a wrong Nilai on one row only (line 8: 80.46 where the ruleset gives 80.47), as its README says', async () => {
    const table = await readXlsx(fixture('rekap-2023-sumsel.xlsx'));
    const bodies = table.rows.filter((r) => r.line >= 5 && r.line <= 12);
    const mismatches = bodies.flatMap(({ line, cells }) => {
      const [competency, standards, opinion, complaints] = cells.slice(2, 6) as [string, string, string, string];
      const result = score(ruleset, { dimensions: { competency, standards, opinion, complaints } });
      return Number(result.total) === Number(cells[6]) && result.category === cells[7] ? [] : [{ line, total: result.total, exact: result.exact }];
    });
    expect(mismatches).toEqual([{ line: 8, total: '80.47', exact: '80.465' }]);
  });
});

describe('the workbook of two sheets', () => {
  it('reads its first sheet by default: the instructions, no table', async () => {
    const table = await readXlsx(fixture('two-sheets-2023.xlsx'));
    expect(table.sheet).toBe('Petunjuk');
    expect(table.sheets).toEqual(['Petunjuk', 'Rekap 2023']);
    expect(table.rows).toEqual([
      { line: 1, cells: ['PETUNJUK PENGISIAN'] },
      { line: 3, cells: ['Isi nilai setiap dimensi dengan dua angka desimal.'] },
      { line: 4, cells: ['Rekapitulasi ada di lembar "Rekap 2023".'] },
    ]);
  });

  it('reads the named sheet, the same recapitulation', async () => {
    const table = await readXlsx(fixture('two-sheets-2023.xlsx'), { sheet: 'Rekap 2023' });
    expect(table.sheet).toBe('Rekap 2023');
    expect(table.rows).toEqual(REKAP);
  });
});
