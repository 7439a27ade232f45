/**
 * Every file the CLI writes reads back to the same results and the same ranking, its `exact`
 * column used (two bodies tied at 76.51 keep their order: 76.513616 above 76.505) and checked against `total`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './memory-io.js';

const workbook = new Uint8Array(readFileSync(new URL('../fixtures/workbooks/rekap-2023-sumsel.xlsx', import.meta.url)));

/** The ranking of a `rank --format csv` output: rank, id, total, exact, category, zone, label. */
const ranking = (stdout: string) => {
  const lines = stdout.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
  const delimiter = lines[0]!.includes(';') ? ';' : ',';
  return lines.slice(1).map((line) => line.split(delimiter).slice(0, 7).join('|').replaceAll(',', '.'));
};

async function rankCsv(files: Record<string, Uint8Array | string>, name: string, extra: string[] = []) {
  const result = await runCli(['rank', name, '--year', '2023', '--format', 'csv', ...extra], files);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

describe('round trips', () => {
  it('reads the officer workbook and keeps the tie at 76.51 in the order of the exact totals', async () => {
    const { stdout } = await rankCsv({ 'rekap.xlsx': workbook }, 'rekap.xlsx');
    const ids = ranking(stdout).map((row) => row.split('|')[1]);
    // By hand (test/fixtures/workbooks/README.md): 76.513616 (OKU Selatan) above 76.505 (Ogan Ilir).
    expect(ids.indexOf('Kabupaten Ogan Komering Ulu Selatan')).toBe(ids.indexOf('Kabupaten Ogan Ilir') - 1);
  });

  it.each([
    ['CSV', 'peringkat.csv', [] as string[]],
    ['--decimal-comma CSV', 'peringkat.csv', ['--decimal-comma']],
    ['JSON', 'peringkat.json', []],
    ['.xlsx', 'peringkat.xlsx', []],
    ['CSV in Indonesian', 'peringkat.csv', ['--lang', 'id']],
  ])('%s written by rank reads back to the same ranking', async (_, output, options) => {
    const first = await rankCsv({ 'rekap.xlsx': workbook }, 'rekap.xlsx');
    const written = await runCli(['rank', 'rekap.xlsx', '--year', '2023', '--output', output, ...options], {
      'rekap.xlsx': workbook,
    });
    expect(written.code, written.stderr).toBe(0);
    const bytes = written.written[output]!;
    expect(bytes).toBeDefined();
    const again = await rankCsv({ [output]: bytes }, output, options.includes('--decimal-comma') ? ['--decimal-comma'] : []);
    const labels = (rows: string[]) => rows.map((row) => row.split('|').slice(0, 6).join('|'));
    expect(labels(ranking(again.stdout))).toEqual(labels(ranking(first.stdout)));
    // The other columns (No, Keterangan) are carried once, not again on every reading.
    const header = again.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(header.split(/[;,]/).filter((title) => title === 'Keterangan')).toHaveLength(1);
  });

  it('score output read back gives the same totals', async () => {
    const first = await runCli(['score', 'rekap.xlsx', '--year', '2023', '--output', 'hasil.json'], { 'rekap.xlsx': workbook });
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(['score', 'hasil.json', '--year', '2023', '--format', 'csv'], first.written);
    const direct = await runCli(['score', 'rekap.xlsx', '--year', '2023', '--format', 'csv'], { 'rekap.xlsx': workbook });
    const totals = (stdout: string) => stdout.split('\r\n').slice(1).map((line) => line.split(',').slice(0, 6).join('|'));
    expect(again.code, again.stderr).toBe(0);
    expect(totals(again.stdout)).toEqual(totals(direct.stdout));
  });

  it('refuses an exact value that does not round to the total beside it (the file was changed)', async () => {
    const csv = 'id,total,exact\nA,80.1,80.14\nB,80,80.9999\nC,76.51,76.505\n';
    const { code, stderr } = await runCli(['rank', 'r.csv', '--year', '2023'], { 'r.csv': csv });
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'r.csv:2:8: The exact value "80.14" rounds to 80.14, not to the total "80.1" beside it: the file was changed.',
      'r.csv:3:6: The exact value "80.9999" rounds to 81.00, not to the total "80" beside it: the file was changed.',
    ]);
  });
});
