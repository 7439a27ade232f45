/**
 * The workbench page under hostile links and large tables: a share link may unpack only so
 * much, refused before the work with a sentence in the page's language, and a large table is read, scored and
 * ranked off the main thread (a Web Worker started from a Blob URL; chunked work on the main thread where there is
 * no Worker), with progress, while the page keeps answering.
 *
 * Responsiveness is asserted by behaviour, never by a duration: the test's own probes (waitForFunction runs in
 * the page) must see the progress part-way, and a click made then must be handled before the ranking is shown.
 *
 * The 50,000-row table, by hand: row i (0 ≤ i < 50,000) is "Instansi <i, 5 digits>" with total (i mod 10,000) / 100,
 * so each total 0,00 … 99,99 appears five times. By the 2023 bands (A ≥ 88, B ≥ 78, C ≥ 54, D ≥ 32): A holds
 * 88,00–99,99 (1,200 totals × 5 = 6,000), B 78,00–87,99 (5,000), C 54,00–77,99 (12,000), D 32,00–53,99 (11,000),
 * E 0,00–31,99 (16,000); hijau = A + B = 11,000, kuning = C = 12,000, merah = D + E = 27,000. Rank 1–5 hold 99,99,
 * ties broken by name: Instansi 09999, 19999, 29999, 39999, 49999; the last five hold 0,00: Instansi 00000 … 40000.
 */
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startWorkbench, type Workbench } from './harness.js';

let bench: Workbench;

beforeAll(async () => {
  bench = await startWorkbench();
}, 120_000);

afterAll(async () => {
  await bench?.close();
});

/** A share-link parameter as the page writes one: deflate-raw, base64url, a leading `z`. */
const pack = (text: string) => `z${deflateRawSync(Buffer.from(text), { level: 9 }).toString('base64url')}`;

/** Words a developer would write, which an Indonesian official must never see. */
const ENGLISH = /\b(the|The|is|are|of|must|Expected|expected|value|outside|Invalid|invalid|undefined|NaN|null|Error)\b/;

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim() ?? '';

function bigTable(rows: number): string {
  const lines = ['Nama;Nilai'];
  for (let i = 0; i < rows; i++) {
    const total = i % 10_000;
    lines.push(`Instansi ${String(i).padStart(5, '0')};${Math.floor(total / 100)},${String(total % 100).padStart(2, '0')}`);
  }
  return lines.join('\n');
}

/**
 * Pastes a table into the textarea as the browser does on Ctrl+V: the value changes and one input event fires.
 * (Playwright's fill types multi-line text line by line, far too slowly for 50,000 rows.)
 */
async function paste(page: Page, table: string): Promise<void> {
  await page.evaluate((value) => {
    const area = document.querySelector<HTMLTextAreaElement>('[data-testid="table-input"]')!;
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, table);
}

/** Pastes the 50,000-row table and checks that the page answered while the work ran, then the ranking. */
async function pasteLargeTable(page: Page, runner: 'worker' | 'main'): Promise<void> {
  await openPage(page, `${bench.base}?year=2023&lang=id&view=table&dec=comma`);
  await paste(page, bigTable(50_000));
  // The page's own script runs part-way through the work: progress is shown with a count between 0 and the end.
  await page.waitForFunction(() => {
    const box = document.getElementById('table-progress');
    const bar = document.getElementById('table-progress-bar') as HTMLProgressElement | null;
    return box !== null && !box.hidden && bar !== null && bar.value > 0 && bar.value < bar.max;
  }, undefined, { polling: 'raf', timeout: 60_000 });
  expect(await page.locator('#table-outcome').isHidden()).toBe(true);
  // A click made now is handled at once: the language changes while the ranking is still being made.
  await page.click('#lang-en');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.waitForSelector('#table-outcome:not([hidden])', { timeout: 120_000 });
  expect(await page.getAttribute('#table-outcome', 'data-runner')).toBe(runner);
  expect(await page.locator('#table-progress').isHidden()).toBe(true);
  expect(await text(page, '#table-count')).toBe('50,000 bodies ranked; the first 1,000 are shown.');
  const rows = page.locator('[data-testid="ranked-table"] tbody tr');
  expect(await rows.count()).toBe(1000);
  const first = await rows.evaluateAll((trs) => trs.slice(0, 6).map((tr) => Array.from(tr.children).slice(0, 4).map((c) => c.textContent?.trim())));
  expect(first).toEqual([
    ['1', 'Instansi 09999', '99.99', 'A'],
    ['2', 'Instansi 19999', '99.99', 'A'],
    ['3', 'Instansi 29999', '99.99', 'A'],
    ['4', 'Instansi 39999', '99.99', 'A'],
    ['5', 'Instansi 49999', '99.99', 'A'],
    ['6', 'Instansi 09998', '99.98', 'A'],
  ]);
  const counts = (await text(page, '[data-testid="zone-counts"]')).replace(/\s+/g, ' ');
  for (const part of ['Green (hijau) 11000', 'Yellow (kuning) 12000', 'Red (merah) 27000', 'Grade A 6000', 'Grade B 5000', 'Grade C 12000', 'Grade D 11000', 'Grade E 16000']) {
    expect(counts).toContain(part);
  }
  // The chart draws the first 100; the rest are in the table, a page at a time.
  expect(await page.locator('[data-testid="chart"] rect.bar').count()).toBe(100);
  await page.click('#ranked-more');
  expect(await rows.count()).toBe(2000);
  expect(await rows.nth(1999).locator('td').first().textContent()).toBe('2000');
  // Such a table is too large for a link: the link leaves it out and says so.
  expect(new URL(page.url()).searchParams.has('t')).toBe(false);
  await page.click('#share');
  expect(await text(page, '#share-status')).toContain('The table is too large for a link');
}

// Generous per-test budget: Chromium on a loaded 2-core machine can be slow; no assertion depends on speed.
describe('workbench page: hostile links and large tables', { timeout: 300_000 }, () => {
  it('refuses an 11 KB link of 3,000 units of answers before drawing them, in Indonesian, and stays usable', async () => {
    const units = JSON.stringify(Array.from({ length: 3_000 }, (_, i) => [`Unit ${i}`, { competency: { 'pengetahuan-tugas': [0, 1] } }]));
    const link = `?year=2023&rev=1&lang=id&mode=answers&a=${pack(units)}`;
    expect(link.length).toBeGreaterThan(10_000);
    const page = await bench.newPage();
    await openPage(page, `${bench.base}${link}`);
    expect(await page.locator('#link-problem').isVisible()).toBe(true);
    const problem = await text(page, '#link-problem');
    expect(problem).toBe('Tautan ini memuat jawaban 3.000 unit; halaman membuka paling banyak 100 unit dari tautan. Jawaban dalam tautan tidak dibuka.');
    expect(problem).not.toMatch(ENGLISH);
    expect(await page.locator('.answer-unit').count()).toBe(1);
    // The page works: a unit answered by hand scores (every answer 2 on 0..3 → 66,67, as in calculator.test.ts).
    await page.selectOption('#fill-0', '2');
    await page.click('#fill-button-0');
    expect(await text(page, '[data-testid="total"]')).toBe('66,67');
    // In English, the same refusal in English.
    await page.click('#lang-en');
    expect(await text(page, '#link-problem')).toBe('This link holds answers of 3,000 units; the page opens at most 100 units from a link. The answers in the link were not opened.');
    await page.close();
  });

  it('refuses answers with more respondents than the library allows, from a link and typed, without expanding them', async () => {
    // One indicator answered by a billion respondents: expanding it would fill memory.
    const answers = JSON.stringify([['Dinas Kesehatan', { competency: { 'pengetahuan-tugas': [0, 1_000_000_000] } }]]);
    const page = await bench.newPage();
    await openPage(page, `${bench.base}?year=2023&rev=1&lang=id&mode=answers&a=${pack(answers)}`);
    expect(await text(page, '#link-problem')).toBe('Tautan ini memuat lebih dari 10.000 jawaban untuk satu indikator; batasnya 10.000. Jawaban dalam tautan tidak dibuka.');
    expect(await page.inputValue('#unit-name-0')).toBe('');
    // Typed by hand: the form says what is wrong instead of building a billion answers.
    await page.locator('details.answer-dimension').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('.indicator').first().locator('input[type="number"]').nth(1).fill('1000000000');
    expect(await text(page, '#message')).toBe('Jumlah jawaban untuk satu indikator paling banyak 10.000; periksa isian unit 1.');
    expect(await page.locator('#outcome').isHidden()).toBe(true);
    await page.close();
  });

  it('refuses an 11 KB link whose table unpacks past the bound, stopping the unpacking there', async () => {
    // 280,000 identical lines (4.2 MB) compress some four hundred to one: an 11 KB link.
    const table = `Nama;Nilai\n${'Kab. Contoh;80\n'.repeat(280_000)}`;
    const link = `?year=2023&lang=id&view=table&t=${pack(table)}`;
    expect(link.length).toBeGreaterThan(10_000);
    expect(link.length).toBeLessThan(12_000);
    const page = await bench.newPage();
    await openPage(page, `${bench.base}${link}`);
    expect(await text(page, '#link-problem')).toBe('Tabel dalam tautan ini lebih besar dari 1.000.000 byte setelah dibuka. Tabel dalam tautan tidak dibuka: buka tabelnya sebagai berkas.');
    expect(await page.inputValue('[data-testid="table-input"]')).toBe('');
    expect(await page.locator('[data-testid="ranked-table"] tbody tr').count()).toBe(0);
    await page.close();
  });

  it('refuses a 170 KB link by its length, before unpacking anything', async () => {
    // Random names compress badly, so 170 KB of link is a real table; its length alone is refused.
    let seed = 1;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const lines = ['Nama;Nilai'];
    for (let length = 0; length < 300_000; ) {
      lines.push(`Kab. ${random().toString(36)}${random().toString(36)};${random() % 100},${random() % 10}`);
      length += lines.at(-1)!.length + 1;
    }
    const link = `?year=2023&lang=en&view=table&t=${pack(lines.join('\n'))}`;
    expect(link.length).toBeGreaterThan(170_000);
    const page = await bench.newPage();
    await openPage(page, `${bench.base}${link}`);
    expect(await text(page, '#link-problem')).toMatch(/^This link is too long: its table part has [\d,]+ characters; at most 100,000 are opened\. The table in the link was not opened: open the table as a file\.$/);
    expect(await page.locator('[data-testid="ranked-table"] tbody tr').count()).toBe(0);
    await page.close();
  });

  it('ranks a pasted 50,000-row table in a Web Worker with progress while the page answers', async () => {
    const page = await bench.newPage();
    await pasteLargeTable(page, 'worker');
    await page.close();
  });

  it('without Web Workers, ranks the same table in chunks on the main thread, still answering', async () => {
    const page = await bench.newPage();
    await page.addInitScript(() => {
      delete (window as { Worker?: unknown }).Worker;
    });
    await pasteLargeTable(page, 'main');
    await page.close();
  });

  it('opened as a file, starts its worker from a Blob URL', async () => {
    const page = await bench.newPage();
    await openPage(page, `${bench.file}?year=2023&lang=id&view=table&dec=comma`);
    await paste(page, bigTable(5_000));
    await page.waitForSelector('#table-outcome:not([hidden])', { timeout: 120_000 });
    expect(await page.getAttribute('#table-outcome', 'data-runner')).toBe('worker');
    expect(await text(page, '#table-count')).toBe('5.000 instansi diperingkat; 1.000 pertama ditampilkan.');
    expect(await text(page, '[data-testid="ranked-table"] tbody tr th')).toBe('Instansi 04999');
    await page.close();
    expect(bench.pageErrors).toEqual([]);
  });
});
