/**
 * The calculator page in headless Chromium: build it, serve it on 127.0.0.1, type values, check what the page
 * shows. Expected values by hand from the rulebook: 2023 weights 21.85 / 32.37 / 24.24 / 21.54, so
 * 80, 90, 70, 60 → 17.48 + 29.133 + 16.968 + 12.924 = 76.505 → 76.51, grade C (54.00–77.99), zone kuning;
 * 2025 Palembang units 91.99, 86.77, 85.94 → 264.70 / 3 = 88.2333… → 88.23, grade A, hijau (published, S28).
 * Plan to B from 76.505: the lowest total that rounds to 78.00 is 77.995, so 1.49 points are missing; the
 * heaviest dimension, standards (32.37 %), needs 1.49 × 100 / 32.37 = 4.603… → 4.61 more: 90 → 94.61, and the
 * total becomes 76.505 + 4.61 × 0.3237 = 77.997257 → 78.00, grade B, hijau.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH } from '../support/chromium.js';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const screenshot = fileURLToPath(new URL('../__screenshots__/calculator.png', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

async function serve(root: string): Promise<Server> {
  const http = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(root, path === '' ? 'index.html' : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return http;
}

beforeAll(async () => {
  // @ts-expect-error: a plain ES module without type declarations.
  const { build } = (await import('../../examples/calculator/build.mjs')) as { build: () => Promise<string> };
  const root = await build();
  server = await serve(root);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch(CHROMIUM_LAUNCH);
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(base);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const text = async (selector: string) => (await page.locator(selector).textContent())?.trim();

describe('calculator page', () => {
  it('opens in Indonesian with the latest year and asks for every score', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await text('h1')).toBe('Kalkulator Nilai Ombudsman RI');
    expect(await page.inputValue('#year')).toBe('2025');
    expect(await page.locator('#dimensions input').count()).toBe(5);
    expect(await text('#message')).toBe('Isi semua nilai untuk melihat hasilnya.');
    expect(await page.locator('#outcome').isHidden()).toBe(true);
  });

  it('scores 2023 dimension scores typed by hand: 76.51, C, kuning', async () => {
    await page.selectOption('#year', '2023');
    expect(await page.locator('#dimensions input').count()).toBe(4);
    await page.fill('#dim-competency', '80');
    await page.fill('#dim-standards', '90');
    await page.fill('#dim-opinion', '70');
    await page.fill('#dim-complaints', '60');
    expect(await text('#total')).toBe('76.51');
    expect(await text('#grade')).toBe('C');
    expect(await text('#zone-name')).toBe('Kuning');
    expect(await page.getAttribute('#zone', 'data-zone')).toBe('kuning');
    expect(await text('#opinion')).toBe('Opini Kualitas Sedang');
    expect(await text('#exact')).toBe('76.505');
  });

  it('explains the total dimension by dimension, in the library\'s words', async () => {
    expect(await page.locator('#explanation-section').isVisible()).toBe(true);
    const items = await page.locator('#explanation > ol > li').allTextContents();
    expect(items).toHaveLength(4);
    expect(items[1]).toMatch(/^Dimensi Proses 32,37 % × 90,00 = 29,13$/);
    expect(await text('#explanation > p')).toMatch(/^Nilai total 76,51 \(tepat 76,505\)/);
  });

  it('plans the way to the next grade: standards 90 → 94.61 for B', async () => {
    expect(await page.getAttribute('#plan', 'data-target')).toBe('B');
    const cells = await page.locator('#plan tbody tr').first().locator('td').allTextContents();
    expect(cells).toEqual(['Dimensi Proses', '32.37%', '90', '94.61']);
    expect(await page.locator('#plan tbody tr').count()).toBe(1);
    expect(await text('#plan p:last-child')).toBe('Nilai menjadi 78.00, kategori B, zona Hijau.');
  });

  it('shows the library message beside an out-of-range value and marks the field', async () => {
    await page.fill('#dim-standards', '101');
    expect(await page.locator('#error').isVisible()).toBe(true);
    expect(await text('#error')).toMatch(/^Nilai tidak valid: Expected a value from 0 to 100/);
    expect(await page.getAttribute('#dim-standards', 'aria-invalid')).toBe('true');
    await page.fill('#dim-standards', '90');
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await text('#total')).toBe('76.51');
  });

  it('switches to English, keeping the values', async () => {
    await page.click('#lang-en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('#lang-en', 'aria-pressed')).toBe('true');
    expect(await text('h1')).toBe('Ombudsman RI score calculator');
    expect(await text('label[for="dim-standards"]')).toMatch(/^Process dimension\s*weight 32\.37%$/);
    expect(await text('#total')).toBe('76.51');
    expect(await text('#zone-name')).toBe('Yellow (kuning)');
    expect(await text('#opinion')).toBe('Medium quality opinion');
    expect(await text('#plan p:first-child')).toBe('To reach grade B (score ≥ 78.00), raise:');
    expect(await page.locator('#plan td').first().textContent()).toBe('Process dimension');
  });

  it('scores a body from its units with a decimal comma (2025 Palembang: 88.23, A, hijau)', async () => {
    await page.selectOption('#year', '2025');
    await page.check('#mode-units');
    await page.check('#decimal-comma');
    await page.fill('#units', '91,99\n86,77\n85,94');
    await page.check('#followed-up');
    expect(await text('#total')).toBe('88.23');
    expect(await text('#grade')).toBe('A');
    expect(await page.getAttribute('#zone', 'data-zone')).toBe('hijau');
    expect(await text('#opinion')).toBe('Highest quality opinion without maladministration');
    expect(await page.locator('#explanation > ol > li').count()).toBe(3);
    expect(await text('#plan')).toMatch(/^Plans are made per unit/);
  });

  it('back in Indonesian, with 2023 scores for the screenshot', async () => {
    await page.click('#lang-id');
    await page.selectOption('#year', '2023');
    await page.check('#mode-dimensions');
    expect(await text('#total')).toBe('76.51');
    expect(await text('#opinion')).toBe('Opini Kualitas Sedang');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
