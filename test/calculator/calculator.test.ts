/**
 * The assessment workbench page (examples/calculator) in Debian's headless Chromium: build it, serve it on
 * 127.0.0.1, and use it as a regional office would. Expected values by hand from the rulebook:
 *
 * - 2023 weights 21.85 / 32.37 / 24.24 / 21.54: 72, 70, 81.5, 64 → 15.732 + 22.659 + 19.7556 + 13.7856 =
 *   71.9322 → 71.93, grade C (54.00–77.99), kuning; 2023 weights are published, so no estimate.
 * - 2025 revision 1 (assumed weights 15.295 / 22.659 / 16.968 / 15.078, trust 30): with trust 80,
 *   11.0124 + 15.8613 + 13.82892 + 9.64992 + 24 = 74.35254 → 74.35, C; the weights are assumed, so an estimate.
 * - 2023 revision 1 answers on 0..3: every answer 2 → every indicator 2/3 × 100, so every dimension and the
 *   total are 66.666… → 66.67, C; the next grade is B (78.00).
 * - The 17-row table: totals typed below, grades by the 2023 bands (A ≥ 88, B ≥ 78, C ≥ 54, D ≥ 32), zones
 *   A/B hijau, C kuning, D/E merah; ranks by total, the tie 77.99 broken by name in code-point order.
 *
 * Screenshots of each view go to test/__screenshots__/workbench/ (gitignored: regenerated on every run).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startWorkbench, type Workbench } from './harness.js';

const shots = fileURLToPath(new URL('../__screenshots__/workbench/', import.meta.url));

let bench: Workbench;
let page: Page;
let base: string;

beforeAll(async () => {
  bench = await startWorkbench();
  base = bench.base;
  await mkdir(shots, { recursive: true });
  page = await bench.newPage();
}, 120_000);

afterAll(async () => {
  await bench?.close();
});

/** Opens the page with a query string and waits until it has drawn itself. */
async function open(query: string, target: Page = page): Promise<void> {
  await openPage(target, `${base}${query}`);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const text = async (selector: string, target: Page = page) => (await target.locator(selector).first().textContent())?.trim();

/** Hand-made: 17 bodies of one province, in a shuffled order, with a `No` column the page must ignore. */
const PROVINCE = [
  'No;Nama;Nilai Akhir',
  '1;Kab. Empat Lawang;76,21',
  '2;Kab. OKI;31,99',
  '3;Kota Palembang;90,02',
  '4;Kab. Ogan Ilir;77,99',
  '5;Kab. Lahat;78,00',
  '6;Kab. OKU Selatan;74,88',
  '7;Kab. Musi Rawas;53,99',
  '8;Kab. OKU Timur;88,00',
  '9;Kab. PALI;72,63',
  '10;Kota Prabumulih;87,99',
  '11;Kab. Muara Enim;77,99',
  '12;Kab. Musi Banyuasin;85,50',
  '13;Kota Lubuklinggau;65,40',
  '14;Kab. Banyuasin;82,10',
  '15;Kab. OKU;54,00',
  '16;Kota Pagar Alam;80,03',
  '17;Kab. Musi Rawas Utara;40,12',
].join('\n');

/** Rank, name, total, grade, zone, worked out by hand from the bands. */
const RANKED = [
  ['1', 'Kota Palembang', '90,02', 'A', 'Hijau'],
  ['2', 'Kab. OKU Timur', '88,00', 'A', 'Hijau'],
  ['3', 'Kota Prabumulih', '87,99', 'B', 'Hijau'],
  ['4', 'Kab. Musi Banyuasin', '85,50', 'B', 'Hijau'],
  ['5', 'Kab. Banyuasin', '82,10', 'B', 'Hijau'],
  ['6', 'Kota Pagar Alam', '80,03', 'B', 'Hijau'],
  ['7', 'Kab. Lahat', '78,00', 'B', 'Hijau'],
  ['8', 'Kab. Muara Enim', '77,99', 'C', 'Kuning'],
  ['9', 'Kab. Ogan Ilir', '77,99', 'C', 'Kuning'],
  ['10', 'Kab. Empat Lawang', '76,21', 'C', 'Kuning'],
  ['11', 'Kab. OKU Selatan', '74,88', 'C', 'Kuning'],
  ['12', 'Kab. PALI', '72,63', 'C', 'Kuning'],
  ['13', 'Kota Lubuklinggau', '65,40', 'C', 'Kuning'],
  ['14', 'Kab. OKU', '54,00', 'C', 'Kuning'],
  ['15', 'Kab. Musi Rawas', '53,99', 'D', 'Merah'],
  ['16', 'Kab. Musi Rawas Utara', '40,12', 'D', 'Merah'],
  ['17', 'Kab. OKI', '31,99', 'E', 'Merah'],
];

/** Words a developer would write, which an Indonesian official must never see. */
const ENGLISH = /\b(the|The|is|are|of|must|Expected|expected|value|outside|points|Invalid|invalid|undefined|NaN|null|Error)\b/;

// Generous per-test budget: Chromium on a loaded 2-core machine can be slow; no assertion depends on speed.
describe('assessment workbench page', { timeout: 120_000 }, () => {
  it('restores a 2023 dimension score from the URL: 71,93, C, kuning, no estimate', async () => {
    await open('?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await text('[data-testid="total"]')).toBe('71,93');
    expect(await text('[data-testid="category"]')).toBe('C');
    expect(await page.getAttribute('[data-testid="zone"]', 'data-zone')).toBe('kuning');
    expect(await text('[data-testid="zone"]')).toBe('Kuning');
    expect(await page.locator('[data-testid="estimate"]').isVisible()).toBe(false);
    expect(await page.inputValue('#dim-opinion')).toBe('81,5');
    expect(await text('#exact')).toBe('71,9322');
    // Same body, other years' rules: each year once; 2022–2024 fit four dimensions, 2024's weights are assumed.
    const years = await page.locator('#across tbody th').allTextContents();
    expect(years).toEqual([...new Set(years)]);
    expect(years.slice(0, 4)).toEqual(['2025', '2024', '2023', '2022']);
    const row = (year: string) => page.locator('#across tbody tr', { has: page.locator(`th:text-is("${year}")`) });
    expect(await row('2023').locator('td').allTextContents()).toEqual(['71,93', 'C', 'Kuning']);
    expect(await row('2024').locator('.badge').textContent()).toBe('perkiraan');
    expect(await row('2023').locator('.badge').count()).toBe(0);
    expect(await row('2025').textContent()).toContain('tidak sesuai');
    await page.screenshot({ path: `${shots}body-dimensions-id.png`, fullPage: true });
  });

  it('plans around what the body cannot change: standards fixed, B from opinion then input', async () => {
    // Hand-computed: B needs 77.995 − 71.9322 = 6.0628 points of total. Without standards, the heaviest is
    // opinion (24.24 %): 81.5 → 100 gives 4.4844; the rest, 1.5784, from input (21.85 %): 1.5784 / 0.2185 =
    // 7.2238… → 7.23 more, 72 → 79.23. Total 71.9322 + 4.4844 + 1.579755 = 77.996355 → 78.00, B.
    await open('?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64');
    expect(await page.locator('#plan .plan-steps > li').allTextContents()).toEqual([
      'Naikkan nilai Dimensi Proses dari 70,00 ke 88,73',
    ]);
    await page.check('#fixed-standards');
    expect(await page.locator('#plan .plan-steps > li').allTextContents()).toEqual([
      'Naikkan nilai Dimensi Output dari 81,50 ke 100,00',
      'Naikkan nilai Dimensi Input dari 72,00 ke 79,23',
    ]);
    expect(await text('#plan')).toContain('Nilai menjadi 78,00, kategori B, zona Hijau.');
    expect(page.url()).toContain('fixed=standards');
    await page.uncheck('#fixed-standards');
  });

  it('works opened as a file, with no server at all', async () => {
    const file = bench.file;
    const local = await bench.newPage();
    await local.goto(`${file}?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64`);
    await local.waitForSelector('body[data-ready="true"]');
    expect(await text('[data-testid="total"]', local)).toBe('71,93');
    expect(await text('[data-testid="category"]', local)).toBe('C');
    expect(await local.getAttribute('[data-testid="zone"]', 'data-zone')).toBe('kuning');
    expect(await local.locator('[data-testid="estimate"]').isVisible()).toBe(false);
    await local.close();
  });

  it('marks a 2025 result as an estimate and names the assumed weights', async () => {
    await open('?year=2025&lang=id&competency=72&standards=70&opinion=81.5&complaints=64&trust=80');
    expect(await page.locator('[data-testid="estimate"]').isVisible()).toBe(true);
    expect(await text('[data-testid="estimate"]')).toMatch(/^Perkiraan/);
    expect(await text('#estimate-list')).toContain('bobot Dimensi Input');
    // Pinned to revision 1, the total is fixed: 74,35 (hand-computed above).
    await open('?year=2025&rev=1&lang=id&competency=72&standards=70&opinion=81.5&complaints=64&trust=80');
    expect(await text('[data-testid="total"]')).toBe('74,35');
    expect(await text('[data-testid="category"]')).toBe('C');
    expect(await page.locator('[data-testid="estimate"]').isVisible()).toBe(true);
  });

  it('adds up 2025 points as printed (Dinas Sosial Lampung: 23,32 + 19,76 + 9,38 + 10,97 + 25,82 = 89,25, A)', async () => {
    await open('?year=2025&lang=id&mode=points');
    expect(await page.isChecked('#mode-points')).toBe(true);
    expect(await text('label[for="dim-competency"] .weight')).toBe('Poin 0–25');
    for (const [id, value] of [['competency', '23,32'], ['standards', '19,76'], ['opinion', '9,38'], ['complaints', '10,97'], ['trust', '25,82']]) {
      await page.fill(`#dim-${id}`, value!);
    }
    expect(await text('[data-testid="total"]')).toBe('89,25');
    expect(await text('[data-testid="category"]')).toBe('A');
    // Points need no weight; only the 2025 grade edges are assumed.
    expect(await page.locator('[data-testid="estimate"]').isVisible()).toBe(true);
    expect(await page.locator('#estimate-list li').allTextContents()).toEqual(['batas bawah kategori A']);
    await page.fill('#dim-opinion', '11');
    expect(await text('#error')).toMatch(/^Nilai tidak valid: /);
    expect(await text('#error')).not.toMatch(ENGLISH);
    expect(await page.getAttribute('#dim-opinion', 'aria-invalid')).toBe('true');
  });

  it('keeps the state in localStorage and the URL; Enter never reloads', async () => {
    await open('?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64');
    await page.fill('#body-name', 'Pemkab Mukomuko');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.press('#dim-standards', 'Enter');
    await page.press('#body-name', 'Enter');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await expect.poll(() => page.url()).toContain('name=Pemkab+Mukomuko');
    // A year with a single dimension has one text field: the browser's implicit submission must not reload either.
    await page.selectOption('#year', '2019');
    await page.fill('#dim-standards', '80,03');
    await page.press('#dim-standards', 'Enter');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await text('[data-testid="zone"]')).toBe('Kuning');
    await page.selectOption('#year', '2023');
    await page.fill('#dim-standards', '70');
    await open('');
    expect(await page.inputValue('#body-name')).toBe('Pemkab Mukomuko');
    expect(await text('[data-testid="total"]')).toBe('71,93');
    expect(page.url()).toContain('standards=70');
  });

  it('says in Indonesian what is wrong with a value, and marks the field', async () => {
    await page.fill('#dim-standards', '101');
    expect(await page.locator('#error').isVisible()).toBe(true);
    const message = (await text('#error')) ?? '';
    expect(message).toMatch(/^Nilai tidak valid: /);
    expect(message).not.toMatch(ENGLISH);
    expect(await page.getAttribute('#dim-standards', 'aria-invalid')).toBe('true');
    await page.fill('#dim-standards', '70');
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await text('[data-testid="total"]')).toBe('71,93');
  });

  it('shows every problem of the form at once, and marks every field with one', async () => {
    await page.fill('#dim-standards', '101');
    await page.fill('#dim-complaints', '-5');
    const lines = await page.locator('#error span').allTextContents();
    expect(lines).toEqual([
      'Nilai tidak valid: Dimensi Proses: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
      'Dimensi Pengaduan: "-5" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
    ]);
    expect(await page.getAttribute('#dim-standards', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#dim-complaints', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#dim-opinion', 'aria-invalid')).toBeNull();
    await page.fill('#dim-standards', '70');
    await page.fill('#dim-complaints', '64');
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await page.getAttribute('#dim-complaints', 'aria-invalid')).toBeNull();
    expect(await text('[data-testid="total"]')).toBe('71,93');
  });

  it('scores named unit totals (2025 Palembang: 91,99; 86,77; 85,94 → 88,23, A) and a 2023 deduction', async () => {
    await open('?year=2025&lang=id&mode=units');
    await page.fill('#units', 'Dinas Kesehatan; 91,99\nDinas Pendidikan\t86,77\n85,94');
    expect(await text('[data-testid="total"]')).toBe('88,23');
    expect(await text('[data-testid="category"]')).toBe('A');
    expect(await page.locator('#unit-scores tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent))).toEqual([
      'Dinas Kesehatan91,99',
      'Dinas Pendidikan86,77',
      'Unit 385,94',
    ]);
    expect(await text('#plan')).toBe('Sudah di tingkat tertinggi.');
    // 2023, 71.9322 minus a deduction of 5 points = 66.9322 → 66,93, still C.
    await open('?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64');
    expect(await page.locator('#deduction-field').isVisible()).toBe(true);
    await page.fill('#deduction-points', '5');
    expect(await text('[data-testid="total"]')).toBe('66,93');
    expect(page.url()).toContain('ded=5');
    await page.fill('#deduction-points', '');
    expect(await text('[data-testid="total"]')).toBe('71,93');
  });

  it('answers the 2023 instrument for a unit and shows its score, explanation and plan', async () => {
    await open('?year=2023&rev=1&lang=id&mode=answers');
    expect(await page.isChecked('#mode-answers')).toBe(true);
    expect(await text('#message')).toBe('Isi jawaban instrumen untuk melihat hasilnya.');
    // Every indicator has its Indonesian label, a field per answer, and assumed ones carry a badge.
    expect(await page.locator('.indicator-name', { hasText: 'Pengetahuan pelaksana tentang tugas dan kewenangannya' }).count()).toBe(1);
    expect(await page.locator('.indicator .badge', { hasText: 'asumsi' }).count()).toBeGreaterThan(0);
    const unlabelled = await page.$$eval('input, select, textarea', (fields) =>
      fields.filter((f) => !(f as HTMLInputElement).labels?.length && !f.getAttribute('aria-label') && !(f as HTMLInputElement).hidden && (f as HTMLInputElement).type !== 'hidden').map((f) => f.id),
    );
    expect(unlabelled).toEqual([]);
    await page.fill('#unit-name-0', 'Dinas Kesehatan');
    await page.selectOption('#fill-0', '2');
    await page.click('#fill-button-0');
    expect(await text('#progress-0')).toMatch(/^(\d+) dari \1 indikator terjawab$/);
    expect(await text('[data-testid="total"]')).toBe('66,67');
    expect(await text('[data-testid="category"]')).toBe('C');
    expect(await page.locator('#explanation li[data-kind="indicator"]').count()).toBeGreaterThan(20);
    expect(await page.getAttribute('#plan', 'data-target')).toBe('B');
    expect(await page.locator('#plan .plan-steps li').count()).toBeGreaterThan(0);
    expect(await text('#plan .plan-steps li')).toMatch(/^Dimensi /);
    expect(await text('#plan .plan-steps')).toMatch(/(naikkan|Naikkan) \d+ jawaban|\d+ kenaikan jawaban/);
    // The plan counts what the office changes: the single raises of each dimension add up to the total shown.
    const raises = Number((await text('#plan .plan-raises'))?.match(/^Paling sedikit (\d+) kenaikan jawaban satu tingkat seluruhnya:$/)?.[1]);
    const perDimension = (await page.locator('#plan .plan-steps > li').allTextContents()).map((line) => Number(line.match(/: (\d+) kenaikan jawaban/)?.[1]));
    expect(raises).toBeGreaterThan(0);
    expect(perDimension.reduce((a, b) => a + b, 0)).toBe(raises);
    expect(await text('#plan')).toMatch(/Nilai menjadi (7[89]|8\d),\d\d, kategori [AB], zona Hijau\./);
    // Any grade can be the target, not only the next one.
    await page.selectOption('#target', 'A');
    expect(await page.getAttribute('#plan', 'data-target')).toBe('A');
    expect(await text('#plan')).toMatch(/Nilai menjadi (8[89]|9\d),\d\d, kategori A, zona Hijau\./);
    expect(await text('#plan')).not.toMatch(ENGLISH);
    // The answers travel in the URL: a fresh tab restores them.
    const link = page.url();
    expect(link).toMatch(/[?&]a=z/);
    const second = await bench.newPage();
    await second.goto(link);
    await second.waitForSelector('body[data-ready="true"]');
    expect(await text('[data-testid="total"]', second)).toBe('66,67');
    expect(await second.inputValue('#unit-name-0')).toBe('Dinas Kesehatan');
    await second.close();
    await page.locator('details.answer-dimension').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.screenshot({ path: `${shots}body-answers-plan-id.png`, fullPage: true });
  });

  it('answers on the 0..5 scale of the latest 2023 rules (answer × 20): every answer 4 → 80,00, B, hijau', async () => {
    await open('?year=2023&lang=id&mode=answers');
    expect(await page.locator('#revision-field').isVisible()).toBe(true);
    expect(await page.locator('#fill-0 option').allTextContents()).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(await page.locator('.indicator').first().locator('input[type="number"]').count()).toBe(6);
    await page.selectOption('#fill-0', '4');
    await page.click('#fill-button-0');
    expect(await text('[data-testid="total"]')).toBe('80,00');
    expect(await text('[data-testid="category"]')).toBe('B');
    expect(await page.getAttribute('[data-testid="zone"]', 'data-zone')).toBe('hijau');
    // Revision 1 answers on 0..3: four fields per indicator, and answers 4 kept from above do not count there.
    await page.selectOption('#revision', '1');
    expect(await page.locator('.indicator').first().locator('input[type="number"]').count()).toBe(4);
    expect(await text('#message')).toBe('Isi jawaban instrumen untuk melihat hasilnya.');
    expect(await page.locator('#outcome').isHidden()).toBe(true);
  });

  it('ranks a pasted 17-row Indonesian table, counts zones and grades, and draws one bar per row', async () => {
    await open('?year=2023&lang=id&view=table&dec=comma');
    await page.fill('[data-testid="table-input"]', PROVINCE);
    const rows = page.locator('[data-testid="ranked-table"] tbody tr');
    expect(await rows.count()).toBe(17);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).slice(0, 5).map((c) => c.textContent?.trim())));
    expect(cells).toEqual(RANKED);
    const counts = (await text('[data-testid="zone-counts"]'))?.replace(/\s+/g, ' ');
    expect(counts).toContain('Hijau 7');
    expect(counts).toContain('Kuning 7');
    expect(counts).toContain('Merah 3');
    expect(counts).toContain('Kategori A 2');
    expect(counts).toContain('Kategori B 5');
    expect(counts).toContain('Kategori C 7');
    expect(counts).toContain('Kategori D 2');
    expect(counts).toContain('Kategori E 1');
    expect(await page.locator('[data-testid="chart"] rect.bar').count()).toBe(17);
    expect(await page.locator('[data-testid="chart"] line.edge').count()).toBe(4);
    expect(await page.locator('[data-testid="chart"] .value').first().textContent()).toBe('90,02');
    expect(await page.locator('#table-problems').isHidden()).toBe(true);
    await page.screenshot({ path: `${shots}table-id.png`, fullPage: true });
    // The table travels in the URL too.
    await open(new URL(page.url()).search);
    expect(await page.locator('[data-testid="ranked-table"] tbody tr').count()).toBe(17);
  });

  it('reads a TSV with dimension columns and names a bad line in Indonesian', async () => {
    await open('?year=2023&lang=id&view=table&dec=comma');
    await page.fill('[data-testid="table-input"]', 'Instansi\tInput\tProses\tOutput\tPengaduan\nKota A\t72\t70\t81,5\t64\nKota B\t90\tabc\t80\t70\n');
    expect(await text('[data-testid="ranked-table"] tbody tr td:nth-child(3)')).toBe('71,93');
    expect(await page.locator('#table-problems').isVisible()).toBe(true);
    const problem = (await text('#table-problems')) ?? '';
    expect(problem).toMatch(/^Baris 3: Kota B/);
    expect(problem).not.toMatch(ENGLISH);
  });

  it('switches to English and back, keeping the values, with numbers in each language', async () => {
    await open('?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64');
    await page.click('#lang-en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('#lang-en', 'aria-pressed')).toBe('true');
    expect(await text('h1')).toBe('Ombudsman RI assessment workbench');
    expect(await text('[data-testid="total"]')).toBe('71.93');
    expect(await text('[data-testid="zone"]')).toBe('Yellow (kuning)');
    expect(await text('#plan')).toMatch(/^To reach grade B \(score ≥ 78\.00\):/);
    expect(page.url()).toContain('lang=en');
    await page.screenshot({ path: `${shots}body-dimensions-en.png`, fullPage: true });
    await page.click('#lang-id');
    expect(await text('h1')).toBe('Meja Kerja Penilaian Ombudsman RI');
    expect(await text('[data-testid="total"]')).toBe('71,93');
  });

  it('works from the keyboard alone', async () => {
    await open('?year=2023&lang=id');
    await page.focus('#mode-dimensions');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dim-competency');
    for (const value of ['72', '70', '81,5', '64']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    expect(await text('[data-testid="total"]')).toBe('71,93');
    await page.focus('#lang-en');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.focus('#lang-id');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
  });

  it('exports JSON and CSV in the page language and shares a link that restores the page', async () => {
    await open('?year=2023&lang=id&name=Pemkab%20Mukomuko&competency=72&standards=70&opinion=81.5&complaints=64');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(json.suggestedFilename()).toBe('pemkab-mukomuko-2023.json');
    const data = JSON.parse(await streamText(await json.createReadStream())) as {
      name: string;
      ruleset: { year: number };
      result: { total: string; category: string };
      plans: unknown[];
    };
    expect(data.name).toBe('Pemkab Mukomuko');
    expect(data.ruleset.year).toBe(2023);
    expect(data.result.total).toBe('71.93');
    expect(data.result.category).toBe('C');
    expect(data.plans).toHaveLength(1);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const content = await streamText(await csv.createReadStream());
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content).toContain('Nilai;71,93\r\n');
    expect(content).toContain('Dimensi Proses;32,37;70;22,659\r\n');
    await page.click('#share');
    const link = (await page.locator('#share-link').isVisible()) ? await page.inputValue('#share-link') : page.url();
    expect(await text('#share-status')).toMatch(/^(Tautan disalin\.|Salin tautan dari kolom ini:)$/);
    expect(link).toContain('competency=72');
    expect(link).toContain('name=Pemkab+Mukomuko');
  });

  it('prints the body, date, rules, result, explanation and plan, without controls', async () => {
    await open('?year=2023&lang=id&name=Pemkab%20Mukomuko&competency=72&standards=70&opinion=81.5&complaints=64');
    await page.emulateMedia({ media: 'print' });
    for (const control of ['#share', '#lang-id', '#year', '#dim-standards', '#target', '#print']) {
      expect(await page.locator(control).isVisible(), control).toBe(false);
    }
    expect(await page.locator('button:visible, input:visible, select:visible').count()).toBe(0);
    expect(await text('#print-name')).toBe('Pemkab Mukomuko');
    expect(await text('#print-meta')).toMatch(/^Dicetak \d{1,2} \w+ \d{4} · Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023 \(ori-2023, revisi \d\)$/);
    expect(await page.locator('[data-testid="total"]').isVisible()).toBe(true);
    expect(await page.locator('#explanation').isVisible()).toBe(true);
    expect(await page.locator('#plan .plan-steps').isVisible()).toBe(true);
    await page.screenshot({ path: `${shots}print-id.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 375 px phone: nothing wider than the screen', async () => {
    const phone = await bench.newPage({ width: 375, height: 800 });
    const views: [string, string][] = [
      ['?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64', 'phone-body-id.png'],
      ['?year=2023&rev=1&lang=id&mode=answers', 'phone-answers-id.png'],
      [`?year=2023&lang=id&view=table&dec=comma`, 'phone-table-id.png'],
    ];
    for (const [query, file] of views) {
      await open(query, phone);
      if (file === 'phone-answers-id.png') {
        await phone.click('#fill-button-0');
        await phone.locator('details.answer-dimension').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      }
      if (file === 'phone-table-id.png') await phone.fill('[data-testid="table-input"]', PROVINCE);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width, file).toBeLessThanOrEqual(375);
      await phone.screenshot({ path: `${shots}${file}`, fullPage: true });
    }
    await phone.close();
    expect(bench.pageErrors).toEqual([]);
  });
});
