/**
 * A sheet that prints weighted points beside its total (RULEBOOK §5: Dinas Sosial Prov. Lampung 2025, input
 * 23.32 + proses 19.76 + output 9.38 + pengaduan 10.97 + kepercayaan 25.82 = 89.25, S103), read with `--points`:
 * scored from its points, compared with its printed total. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './memory-io.js';

const sheet = [
  'Nama Instansi;Dimensi Input;Dimensi Proses;Dimensi Output;Dimensi Pengaduan;Kepercayaan Masyarakat;Nilai',
  'Dinas Sosial Prov. Lampung;23,32;19,76;9,38;10,97;25,82;89,25',
  // 20 + 15 + 8 + 10 + 25 = 78.00, printed 78.01.
  'Dinas Contoh;20,00;15,00;8,00;10,00;25,00;78,01',
  '',
].join('\r\n');

describe('--points: the dimension columns hold weighted points as printed', () => {
  it('ranks by the sum of the points, warning for the row whose printed total differs', async () => {
    const { code, stdout, stderr } = await runCli(
      ['rank', 'poin.csv', '-y', '2025', '--decimal-comma', '--points', '-f', 'csv'],
      { 'poin.csv': sheet },
    );
    expect(code).toBe(0);
    const lines = stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toMatch(/^1;Dinas Sosial Prov\. Lampung;89,25;89,25;A;hijau;/);
    expect(lines[2]).toMatch(/^2;Dinas Contoh;78,00;78;B;hijau;/);
    expect(stderr).toContain('poin.csv:3:');
    expect(stderr).toContain('"Dinas Contoh" prints 78,01, but its parts give 78,00 (difference 0,01)');
    expect(stderr).not.toContain('Lampung');
  });

  it('audit lists only the row whose printed total does not follow from its points, and exits 1', async () => {
    const { code, stdout } = await runCli(
      ['audit', 'poin.csv', '-y', '2025', '--decimal-comma', '--points', '-f', 'csv'],
      { 'poin.csv': sheet },
    );
    expect(code).toBe(1);
    expect(stdout).toContain('Dinas Contoh');
    expect(stdout).not.toContain('Lampung');
  });

  it('without --points the same columns are scores, never guessed: every row is far from its total', async () => {
    const { stderr } = await runCli(['rank', 'poin.csv', '-y', '2025', '--decimal-comma', '-f', 'csv'], {
      'poin.csv': sheet,
    });
    expect(stderr).toContain('"Dinas Sosial Prov. Lampung" prints 89,25, but its parts give 20,11');
  });
});
