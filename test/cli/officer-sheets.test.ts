/**
 * Real sheets as an officer meets them: the Windows-1252 Excel CSV of a province
 * (test/fixtures/sheets/excel-windows-1252.csv) and the officer's workbook (test/fixtures/workbooks/), with their
 * title blocks, footers, other columns and the dimensions printed beside the total. Expected values by hand, in
 * the fixtures' READMEs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './memory-io.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const excelCsv = fixture('sheets/excel-windows-1252.csv');
const workbook = fixture('workbooks/rekap-2023-sumsel.xlsx');
const files = { 'rekap.csv': excelCsv, 'rekap.xlsx': workbook };

describe('the Windows-1252 Excel CSV', () => {
  it('is refused without --encoding, naming the option, never shown with U+FFFD', async () => {
    const { code, stdout, stderr } = await runCli(['rank', 'rekap.csv', '-y', '2023'], files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'rekap.csv:2:21: Byte 0x96 is not valid UTF-8. If the file was saved by Excel as "CSV" (Windows-1252), use --encoding windows-1252.\n',
    );
  });

  it('says a forgotten --decimal-comma once for the file, not once per line', async () => {
    const { code, stderr } = await runCli(['rank', 'rekap.csv', '-y', '2023', '-e', 'windows-1252'], files);
    expect(code).toBe(1);
    const problems = stderr.split('\n').filter((line) => line !== '' && !line.includes(': note: '));
    expect(problems).toEqual([
      'rekap.csv:5:31: This file writes decimals with a comma ("92,50" here, and 4 more lines like it): use --decimal-comma.',
    ]);
  });

  it('is ranked: title rows skipped and the footer left out (each said once), the en dash and curly quotes kept, No and Keterangan carried', async () => {
    const { code, stdout, stderr } = await runCli(
      ['rank', 'rekap.csv', '-y', '2023', '-e', 'windows-1252', '--decimal-comma', '-f', 'csv', '--lang', 'id'],
      files,
    );
    expect(code, stderr).toBe(0);
    expect(stdout.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'peringkat;id;nilai;nilai eksak;kategori;zona;predikat;No;Keterangan',
      '1;Kabupaten Sidoarjo;92,15;92,146055;A;hijau;Kualitas Tertinggi;3;',
      '2;RSUD Dr. Soetomo – Surabaya;88,85;88,85422;A;hijau;Kualitas Tertinggi;1;“Zona Hijau”',
      '3;Kota Kediri;88,00;88;A;hijau;Kualitas Tertinggi;5;',
      '4;Kota Malang;77,24;77,244345;C;kuning;Kualitas Sedang;2;perlu verifikasi ulang',
      '5;Kabupaten “Gresik”;60,09;60,091555;C;kuning;Kualitas Sedang;4;‘Zona Kuning’ – dibina',
      '',
    ]);
    expect(stderr.split('\n')).toEqual([
      'rekap.csv:4:1: catatan: 2 baris judul di atas baris kepala kolom dilewati (baris 1–2).',
      'rekap.csv:10:1: catatan: 1 baris tanpa instansi tidak dihitung (baris penutup seperti "Rata-rata" atau baris tanpa nama instansi; baris 10).',
      'rekap.csv:6:39: peringatan: "Kota Malang" mencetak 77,25, tetapi bagian-bagiannya menghasilkan 77,24 (selisih 0,01); diperingkat dengan 77,24. Lihat "ombuds-score audit".',
      'rekap.csv:7:46: peringatan: "Kabupaten Sidoarjo" mencetak 92,14, tetapi bagian-bagiannya menghasilkan 92,15 (selisih -0,01); diperingkat dengan 92,15. Lihat "ombuds-score audit".',
      '',
    ]);
  });

  it('audit lists only the two rows that disagree, with the reading that explains one, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(
      ['audit', 'rekap.csv', '-y', '2023', '-e', 'windows-1252', '--decimal-comma', '-f', 'csv'],
      files,
    );
    expect(code).toBe(1);
    expect(stdout.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'place;id;printed total;computed total;difference;printed grade;computed grade;printed zone;computed zone;explained by',
      'rekap.csv:6:3;Kota Malang;77,25;77,24;0,01;;C;;kuning;',
      'rekap.csv:7:3;Kabupaten Sidoarjo;92,14;92,15;-0,01;;A;;hijau;truncation (rounding down)',
      '',
    ]);
    expect(stderr).toContain('2 of 5 rows print a total, grade or zone that does not follow from their parts.\n');
  });
});

describe("the officer's workbook", () => {
  it('audit lists Kota Prabumulih only (80.46 printed, 80.47 computed: the half-even reading)', async () => {
    const { code, stdout } = await runCli(['audit', 'rekap.xlsx', '-y', '2023', '-f', 'csv'], files);
    expect(code).toBe(1);
    expect(stdout.split('\r\n')).toEqual([
      'place,id,printed total,computed total,difference,printed grade,computed grade,printed zone,computed zone,explained by',
      'rekap.xlsx:8:2,Kota Prabumulih,80.46,80.47,-0.01,B,B,,hijau,rounding half to even; truncation (rounding down)',
      '',
    ]);
  });

  it("audit compares units' scores with the body's total printed beside them (on every row, or on the first)", async () => {
    // By hand, 2019 (one dimension, units rounded before the mean): A 80.00 and 80.01 → 80.005 → 80.01;
    // B 70.00 and 70.01 → 70.005 → 70.01, printed 70.00 (the half-even reading, or truncation).
    const csv =
      'Nama,Unit Layanan,Dimensi Proses,Nilai\nKota A,Dukcapil,80,80.01\nKota A,RSUD,80.01,80.01\nKota B,Dukcapil,70,70.00\nKota B,RSUD,70.01,\n';
    const { code, stdout } = await runCli(['audit', 'u.csv', '-y', '2019', '-f', 'csv'], { 'u.csv': csv });
    expect(code).toBe(1);
    expect(stdout.split('\r\n').slice(1)).toEqual([
      'u.csv:4:1,Kota B,70.00,70.01,-0.01,,,,kuning,rounding half to even; truncation (rounding down)',
      '',
    ]);
  });

  it('audit exits 0 with one line when every printed value follows', async () => {
    const csv = 'Nama,Dimensi Proses,Nilai\nA,80,80.00\nB,70.5,70.50\n';
    const { code, stdout, stderr } = await runCli(['audit', 'a.csv', '-y', '2019'], { 'a.csv': csv });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('Every printed total, grade and zone follows from its parts (2 rows compared).\n');
  });

  it('ranks by the computed total and warns once for the row whose printed total differs', async () => {
    const { code, stdout, stderr } = await runCli(['rank', 'rekap.xlsx', '-y', '2023', '-f', 'csv'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('4,Kota Prabumulih,80.47,80.465,B,hijau,High quality,4,Nilai dicetak ulang – periksa\r\n');
    expect(stderr.split('\n').filter((line) => line.includes('warning'))).toEqual([
      'rekap.xlsx:8:7: warning: "Kota Prabumulih" prints 80.46, but its parts give 80.47 (difference -0.01); ranked by 80.47. See "ombuds-score audit".',
    ]);
  });

  it('says the warning in Indonesian with Indonesian numbers, whatever the file wrote', async () => {
    const { stderr } = await runCli(['rank', 'rekap.xlsx', '-y', '2023', '--lang', 'id'], files);
    expect(stderr.split('\n').filter((line) => line.includes('peringatan'))).toEqual([
      'rekap.xlsx:8:7: peringatan: "Kota Prabumulih" mencetak 80,46, tetapi bagian-bagiannya menghasilkan 80,47 (selisih -0,01); diperingkat dengan 80,47. Lihat "ombuds-score audit".',
    ]);
  });

  it('names the sheets when --sheet names none of them', async () => {
    const { code, stderr } = await runCli(['rank', 'rekap.xlsx', '-y', '2023', '--sheet', 'Rekap 2024'], files);
    expect(code).toBe(1);
    expect(stderr).toBe('rekap.xlsx:1:1: The workbook has no sheet "Rekap 2024"; its sheets are "Rekap 2023".\n');
  });
});
