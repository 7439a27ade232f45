/**
 * What every test of the workbench page needs: the page built into a directory of its own (so that test files
 * running side by side never write the same files), served on 127.0.0.1, and Debian's headless Chromium.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_LAUNCH } from '../support/chromium.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** A built, served page and a browser to open it in. */
export interface Workbench {
  /** `http://127.0.0.1:<port>/index.html` */
  readonly base: string;
  /** `file:///…/index.html` of the same build. */
  readonly file: string;
  readonly browser: Browser;
  /** Messages of uncaught errors in any page opened through `newPage`. */
  readonly pageErrors: string[];
  newPage(options?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

function serve(root: string): Promise<Server> {
  // Share links are long: accept request lines far beyond Node's default 16 KB of headers.
  const http = createServer({ maxHeaderSize: 1_000_000 }, (request, response) => {
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
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

/** Builds the page into a fresh temporary directory, serves it and starts Chromium. */
export async function startWorkbench(): Promise<Workbench> {
  // @ts-expect-error: a plain ES module without type declarations.
  const { build } = (await import('../../examples/calculator/build.mjs')) as {
    build: (options: { outdir: string }) => Promise<string>;
  };
  const outdir = await mkdtemp(join(tmpdir(), 'workbench-'));
  const root = await build({ outdir });
  const server = await serve(root);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const pageErrors: string[] = [];
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`,
    file: pathToFileURL(join(root, 'index.html')).href,
    browser,
    pageErrors,
    async newPage(viewport = { width: 1100, height: 900 }) {
      const page = await browser.newPage({ viewport });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(outdir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` and waits until the page has drawn itself. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}
