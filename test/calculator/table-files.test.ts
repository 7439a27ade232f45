/**
 * The workbench page with the files officers keep: a workbook with a title block, a footer, extra
 * columns and the four dimensions printed beside `Nilai`; an Excel CSV in Windows-1252; the ranked table exported
 * as .xlsx and opened again. The page has no reader of its own: the library's table module reads every file.
 *
 * Expected values by hand, from test/fixtures/workbooks/README.md (2023 weights 21.85 / 32.37 / 24.24 / 21.54)
 * and test/fixtures/sheets/README.md: the workbook's eight bodies rank Musi Rawas 95.00 A, Palembang 93.59 A,
 * Lubuklinggau 86.34 B, Prabumulih 80.47 B (printed 80.46: its exact 80.465 rounds half-up to 80.47; 80.46 is the
 * half-even reading, and cutting the digits), OKU Selatan 76.51 C (exact 76.513616) before Ogan Ilir 76.51 C
 * (exact 76.505), Empat Lawang 56.15 C, PALI 46.60 D; the "Rata-rata" footer is not a body.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/table/xlsx-read.js';
import { openPage, startWorkbench, type Workbench } from './harness.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const shots = fileURLToPath(new URL('../__screenshots__/workbench/', import.meta.url));

let bench: Workbench;
let scratch: string;

beforeAll(async () => {
  bench = await startWorkbench();
  scratch = await mkdtemp(join(tmpdir(), 'workbench-files-'));
}, 120_000);

afterAll(async () => {
  await bench?.close();
  await rm(scratch, { recursive: true, force: true });
});

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim() ?? '';

/** Rank, name, total, grade of each ranked row. */
const ranking = (page: Page) =>
  page.locator('[data-testid="ranked-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.children)
        .slice(0, 4)
        .map((c) => c.textContent?.trim()),
    ),
  );

/** Opens a file in the table view and waits for its outcome (ranking or refusal). */
async function openFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('#table-file', path);
  await page.waitForFunction(
    () => {
      const outcome = document.getElementById('table-outcome')!;
      const problems = document.getElementById('table-problems')!;
      return !outcome.hidden || !problems.hidden;
    },
    undefined,
    { timeout: 60_000 },
  );
}

const WORKBOOK_RANKING = [
  ['1', 'Kabupaten Musi Rawas', '95,00', 'A'],
  ['2', 'Kota Palembang', '93,59', 'A'],
  ['3', 'Kota Lubuklinggau', '86,34', 'B'],
  ['4', 'Kota Prabumulih', '80,47', 'B'],
  ['5', 'Kabupaten Ogan Komering Ulu Selatan', '76,51', 'C'],
  ['6', 'Kabupaten Ogan Ilir', '76,51', 'C'],
  ['7', 'Kabupaten Empat Lawang', '56,15', 'C'],
  ['8', 'Kabupaten Penukal Abab Lematang Ilir', '46,60', 'D'],
];

describe("workbench page: officers' files", { timeout: 180_000 }, () => {
  it("opens an officer's workbook: title rows and footer left out once, ranked by the parts, the misprinted total audited", async () => {
    const page = await bench.newPage();
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table`);
    await openFile(page, fixture('workbooks/rekap-2023-sumsel.xlsx'));
    expect(await ranking(page)).toEqual(WORKBOOK_RANKING);
    expect(await page.locator('#table-problems').isHidden()).toBe(true);
    const notices = await page.locator('#table-notices p').allTextContents();
    expect(notices).toHaveLength(2);
    expect(notices.join(' ')).toMatch(/baris judul/);
    expect(notices.join(' ')).toMatch(/Rata-rata/);
    expect(notices.join(' ')).not.toContain('�');
    // The audit: only Prabumulih, printed 80,46, computed 80,47, and the readings that give 80,46.
    expect(await page.locator('#table-audit').isVisible()).toBe(true);
    expect(await text(page, '#audit-intro')).toMatch(/^1 dari 8 baris/);
    const audit = await page
      .locator('[data-testid="audit-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim())));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.slice(0, 5)).toEqual(['8', 'Kota Prabumulih', '80,46 · B', '80,47 · B · Hijau', '-0,01']);
    expect(audit[0]![5]).toContain('pembulatan setengah ke genap');
    await page.screenshot({ path: `${shots}table-workbook-id.png`, fullPage: true });
    const phone = await bench.newPage({ width: 375, height: 800 });
    await openPage(phone, `${bench.base}?year=2023&lang=id&view=table`);
    await openFile(phone, fixture('workbooks/rekap-2023-sumsel.xlsx'));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: `${shots}phone-table-workbook-id.png`, fullPage: true });
    await phone.close();
    await page.close();
  });

  it('exports the ranking as .xlsx that opens again to the same ranking, ties included', async () => {
    const page = await bench.newPage();
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table`);
    await openFile(page, fixture('workbooks/rekap-2023-sumsel.xlsx'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
    expect(download.suggestedFilename()).toBe('peringkat-2023.xlsx');
    const path = join(scratch, 'peringkat-2023.xlsx');
    await download.saveAs(path);
    const sheet = await readXlsx(new Uint8Array(await readFile(path)));
    expect(sheet.sheet).toBe('Peringkat');
    // The results, then the workbook's other columns (No, Keterangan) as they were.
    expect(sheet.rows[0]!.cells).toEqual([
      'Peringkat',
      'Instansi',
      'Nilai',
      'Nilai eksak',
      'Kategori',
      'Zona',
      'Predikat',
      'No',
      'Keterangan',
    ]);
    expect(sheet.rows[4]!.cells.slice(0, 5)).toEqual(['4', 'Kota Prabumulih', '80.47', '80.465', 'B']);
    expect(sheet.rows[4]!.cells[7]).toBe('4');
    expect(sheet.rows[5]!.cells.slice(0, 4)).toEqual([
      '5',
      'Kabupaten Ogan Komering Ulu Selatan',
      '76.51',
      '76.513616',
    ]);
    // Opened again in a fresh page: the same ranking, the tie at 76,51 kept by the exact column.
    const again = await bench.newPage();
    await openPage(again, `${bench.base}?year=2023&lang=id&view=table`);
    await openFile(again, path);
    expect(await ranking(again)).toEqual(WORKBOOK_RANKING);
    expect(await again.locator('#table-problems').isHidden()).toBe(true);
    await again.close();
    await page.close();
  });

  it('carries no workbook library in main.js: the worker bundle, loaded when a table needs it, holds the one copy', async () => {
    const dist = dirname(fileURLToPath(bench.file));
    const main = await readFile(join(dist, 'main.js'), 'utf8');
    const worker = await readFile(join(dist, 'table-worker.js'), 'utf8');
    // What read-excel-file and write-excel-file look for and write inside the zip; fflate's inflate table.
    for (const mark of ['xl/workbook.xml', 'sharedStrings', 'xl/worksheets/']) {
      expect(main).not.toContain(mark);
      expect(worker).toContain(mark);
    }
    // Far below the 366 KB (gzip) of the main.js that held both libraries and the worker (measured before the split).
    expect(gzipSync(main).length).toBeLessThan(200_000);
  });

  it("without Web Workers, refuses a workbook in the page's language asking for CSV, and still reads a CSV", async () => {
    const page = await bench.newPage({ width: 390, height: 844 });
    await page.addInitScript(() => {
      delete (window as { Worker?: unknown }).Worker;
    });
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table`);
    await openFile(page, fixture('workbooks/rekap-2023-sumsel.xlsx'));
    const refusal = await text(page, '#table-problems');
    expect(refusal).toContain('simpan sebagai CSV');
    expect(await page.locator('#table-outcome').isHidden()).toBe(true);
    await page.screenshot({ path: `${shots}phone-table-workbook-no-worker-id.png`, fullPage: true });
    // Export as Excel needs the worker too: said where the buttons are, no download.
    await page.click('#lang-en');
    await openFile(page, fixture('sheets/excel-windows-1252.csv'));
    await page.selectOption('#table-encoding', 'windows-1252');
    await page.selectOption('#table-decimal', 'comma');
    await page.waitForSelector('#table-outcome:not([hidden])', { timeout: 60_000 });
    expect(await page.getAttribute('#table-outcome', 'data-runner')).toBe('main');
    await page.click('#export-xlsx');
    expect(await text(page, '#share-status')).toContain('Download CSV');
    await page.close();
  });

  it('reads the first sheet of a workbook, and the sheet chosen among its sheets', async () => {
    const page = await bench.newPage();
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table`);
    await openFile(page, fixture('workbooks/two-sheets-2023.xlsx'));
    // The first sheet holds instructions, no table: said, and the sheets offered.
    expect(await page.locator('#table-problems').isVisible()).toBe(true);
    const problem = await text(page, '#table-problems');
    expect(problem).toMatch(
      /^Baris 1: Tidak ada kolom nama instansi .*; beri kolom nama instansi judul "Nama Instansi", atau pakai daftar Lembar kerja untuk membaca lembar lain\.$/,
    );
    expect(problem).not.toContain('--');
    expect(await page.locator('#sheet-field').isVisible()).toBe(true);
    expect(await page.locator('#table-sheet option').allTextContents()).toEqual(['Petunjuk', 'Rekap 2023']);
    await page.selectOption('#table-sheet', 'Rekap 2023');
    await page.waitForSelector('#table-outcome:not([hidden])', { timeout: 60_000 });
    expect(await ranking(page)).toEqual(WORKBOOK_RANKING);
    expect(await page.locator('#table-problems').isHidden()).toBe(true);
    await page.close();
  });

  it('refuses a Windows-1252 Excel CSV naming the encoding choice, never showing �; chosen, reads it right (its decimal commas chosen too)', async () => {
    const page = await bench.newPage();
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table&dec=comma`);
    await openFile(page, fixture('sheets/excel-windows-1252.csv'));
    const refusal = await text(page, '#table-problems');
    expect(refusal).toContain('bukan UTF-8');
    expect(refusal).toContain('pakai “Windows-1252” di Pengodean berkas');
    expect(refusal).not.toContain('--encoding');
    expect(await page.locator('#table-outcome').isHidden()).toBe(true);
    expect(await page.content()).not.toContain('�');
    await page.selectOption('#table-encoding', 'windows-1252');
    await page.waitForSelector('#table-outcome:not([hidden])', { timeout: 60_000 });
    const names = await page.locator('[data-testid="ranked-table"] tbody th').allTextContents();
    expect(names).toContain('RSUD Dr. Soetomo – Surabaya');
    expect(names.join(' ')).not.toContain('�');
    expect(names).not.toContain('Rata-rata');
    // Two rows print a total their parts do not give: 77,25 for 77,24 (a typing error), 92,14 for 92,15 (cut).
    const audit = await page
      .locator('[data-testid="audit-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim())));
    expect(audit.map((row) => [row[2]!.split(' · ')[0], row[3]!.split(' · ')[0], row[4]])).toEqual([
      ['77,25', '77,24', '0,01'],
      ['92,14', '92,15', '-0,01'],
    ]);
    expect(audit[1]![5]).toContain('dipotong');
    await page.screenshot({ path: `${shots}table-windows-1252-id.png`, fullPage: true });
    await page.close();
    expect(bench.pageErrors).toEqual([]);
  });
});
