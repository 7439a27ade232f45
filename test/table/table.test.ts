/**
 * `readTable`: the reader in one call, as the page uses it (one reader for the CLI and the page).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/table/table.js';
import { NO_CHOICES } from '../../src/table/texts.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

describe('readTable', () => {
  it("reads the officer's workbook: eight bodies, the dimensions and the printed Nilai, No and Keterangan carried", async () => {
    const read = await readTable([{ name: 'rekap.xlsx', bytes: fixture('workbooks/rekap-2023-sumsel.xlsx') }], {
      year: 2023,
    });
    expect(read.problems).toEqual([]);
    expect(read.bodies).toHaveLength(8);
    const prabumulih = read.bodies.find((body) => body.id === 'Kota Prabumulih')!;
    expect(prabumulih.request).toEqual({
      kind: 'score',
      input: { dimensions: { competency: '80', standards: '80.22', opinion: '81.9', complaints: '79.69' } },
    });
    expect(prabumulih.printed).toMatchObject({ kind: 'parts', total: '80.46', category: 'B' });
    expect(prabumulih.extra).toEqual({ headers: ['No', 'Keterangan'], values: ['4', 'Nilai dicetak ulang – periksa'] });
    expect(read.notices.map((notice) => notice.at?.line)).toEqual([4, 13]);
  });

  it('the Windows-1252 CSV: refused without an encoding, with the option named; read with it', async () => {
    const bytes = fixture('sheets/excel-windows-1252.csv');
    const choices = { ...NO_CHOICES, windows1252: { en: '--encoding windows-1252', id: '--encoding windows-1252' } };
    const refused = await readTable([{ name: 'rekap.csv', bytes }], { year: 2023, decimalComma: true, choices });
    expect(refused.bodies).toEqual([]);
    expect(refused.problems[0]!.text.en).toContain('use --encoding windows-1252');
    const read = await readTable([{ name: 'rekap.csv', bytes }], {
      year: 2023,
      decimalComma: true,
      encoding: 'windows-1252',
    });
    expect(read.problems).toEqual([]);
    expect(read.bodies.map((body) => body.id)).toEqual([
      'RSUD Dr. Soetomo – Surabaya',
      'Kota Malang',
      'Kabupaten Sidoarjo',
      'Kabupaten “Gresik”',
      'Kota Kediri',
    ]);
  });
});
