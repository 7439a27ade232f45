/**
 * The province table's decimal separator is chosen, never guessed (RULEBOOK §6: decimal commas only through an
 * explicit parse option). The choice ("Pemisah desimal: koma (90,02) / titik (90.02)") is kept in the page's state
 * and its share link; a table written with the other separator gets one notice for the whole table that names the
 * choice to make, as the CLI says a forgotten --decimal-comma once per file, and nothing is scored from a guess.
 *
 * Expected values by hand (2023 bands, RULEBOOK §2): 95,00 A, 93,59 A, 80,47 B, 46,60 D.
 */
import type { Page } from 'playwright';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startWorkbench, type Workbench } from './harness.js';

const shots = fileURLToPath(new URL('../__screenshots__/workbench/', import.meta.url));
const PHONE = { width: 390, height: 844 };

let bench: Workbench;
beforeAll(async () => {
  bench = await startWorkbench();
}, 120_000);
afterAll(async () => {
  await bench?.close();
});

/** An officer's table as Indonesian Excel copies it: `;` between cells, decimal commas. */
const COMMAS =
  'Nama Instansi;Nilai\nKota Palembang;93,59\nKabupaten Musi Rawas;95,00\nKota Prabumulih;80,47\nKabupaten PALI;46,60\n';
const POINTS = COMMAS.replace(/(\d),(\d)/g, '$1.$2');
const RANKING = [
  ['1', 'Kabupaten Musi Rawas', '95,00', 'A'],
  ['2', 'Kota Palembang', '93,59', 'A'],
  ['3', 'Kota Prabumulih', '80,47', 'B'],
  ['4', 'Kabupaten PALI', '46,60', 'D'],
];

const ranking = (page: Page) =>
  page.locator('[data-testid="ranked-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.children)
        .slice(0, 4)
        .map((c) => c.textContent?.trim()),
    ),
  );
const problems = (page: Page) => page.locator('#table-problems p').allTextContents();
const outcomeHidden = (page: Page) => page.locator('#table-outcome').isHidden();

describe('workbench page: the decimal separator is chosen, never guessed', { timeout: 180_000 }, () => {
  it('reads points by default; a table of decimal commas gets one notice naming the choice, and nothing scored', async () => {
    const page = await bench.newPage(PHONE);
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table`);
    expect(await page.locator('label[for="table-decimal"]').textContent()).toBe('Pemisah desimal');
    expect(await page.locator('#table-decimal option').allTextContents()).toEqual(['titik (90.02)', 'koma (90,02)']);
    expect(await page.inputValue('#table-decimal')).toBe('point');
    await page.fill('[data-testid="table-input"]', COMMAS);
    await page.waitForSelector('#table-problems:not([hidden])');
    const said = await problems(page);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('"93,59"');
    expect(said[0]).toContain('3 baris lain');
    expect(said[0]).toContain('Tabel yang ditempel ini menulis desimal dengan koma ');
    expect(said[0]).toContain('pakai koma (90,02) di Pemisah desimal');
    expect(said[0]).not.toContain('--');
    expect(await outcomeHidden(page)).toBe(true);
    await page.screenshot({ path: `${shots}phone-table-decimal-comma-unchosen-id.png`, fullPage: true });
    await page.close();
  });

  it('reads decimal commas once chosen, keeps the choice in the link, and says a table of points once', async () => {
    const page = await bench.newPage(PHONE);
    await openPage(page, `${bench.base}?year=2023&lang=id&view=table`);
    await page.fill('[data-testid="table-input"]', COMMAS);
    await page.selectOption('#table-decimal', 'comma');
    await page.waitForSelector('#table-outcome:not([hidden])');
    expect(await ranking(page)).toEqual(RANKING);
    expect(await page.locator('#table-problems').isHidden()).toBe(true);
    await page.screenshot({ path: `${shots}phone-table-decimal-comma-id.png`, fullPage: true });
    const link = page.url();
    expect(new URL(link).searchParams.get('dec')).toBe('comma');
    // The link opens the same choice and the same ranking elsewhere.
    const other = await bench.newPage(PHONE);
    await openPage(other, link);
    expect(await other.inputValue('#table-decimal')).toBe('comma');
    await other.waitForSelector('#table-outcome:not([hidden])');
    expect(await ranking(other)).toEqual(RANKING);
    await other.close();
    // Points while commas are chosen: one notice for the table (not one per row) naming the other choice.
    await page.fill('[data-testid="table-input"]', POINTS);
    await page.waitForFunction(() => document.querySelectorAll('#table-problems p').length > 0);
    const said = await problems(page);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('"93.59"');
    expect(said[0]).toContain('pilih titik (90.02) di Pemisah desimal');
    expect(await outcomeHidden(page)).toBe(true);
    await page.screenshot({ path: `${shots}phone-table-decimal-point-chosen-comma-id.png`, fullPage: true });
    await page.selectOption('#table-decimal', 'point');
    await page.waitForSelector('#table-outcome:not([hidden])');
    expect(await ranking(page)).toEqual(RANKING);
    expect(new URL(page.url()).searchParams.get('dec')).toBeNull();
    await page.close();
  });

  it('says the same in English', async () => {
    const page = await bench.newPage(PHONE);
    await openPage(page, `${bench.base}?year=2023&lang=en&view=table`);
    expect(await page.locator('label[for="table-decimal"]').textContent()).toBe('Decimal separator');
    expect(await page.locator('#table-decimal option').allTextContents()).toEqual(['point (90.02)', 'comma (90,02)']);
    await page.fill('[data-testid="table-input"]', COMMAS);
    await page.waitForSelector('#table-problems:not([hidden])');
    const said = await problems(page);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('The pasted table writes decimals with a comma ');
    expect(said[0]).toContain('use comma (90,02) in Decimal separator');
    await page.close();
    expect(bench.pageErrors).toEqual([]);
  });
});
