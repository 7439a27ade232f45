/**
 * Builds the workbench page into examples/calculator/dist/: main.ts bundled as a classic script (so that the page
 * also works opened as a file, where browsers refuse module scripts) (with @ombuds/scoring resolved to
 * the sources in src/), index.html and styles.css copied beside it. The table worker (table-worker.ts) is bundled
 * first and embedded in main.js as a string: a page opened from file:// may not start a worker from a file URL,
 * so table-runner.ts starts it from a Blob URL of that string. Run: node examples/calculator/build.mjs
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Builds the page (into `outdir`, by default examples/calculator/dist/) and returns the output directory. */
export async function build({ minify = true, outdir = here('./dist/') } = {}) {
  await mkdir(outdir, { recursive: true });
  const common = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    logLevel: 'warning',
    alias: { '@ombuds/scoring': here('../../src/index.ts') },
  };
  const worker = await esbuild.build({ ...common, entryPoints: [here('./table-worker.ts')], write: false });
  await esbuild.build({
    ...common,
    entryPoints: [here('./main.ts')],
    outfile: join(outdir, 'main.js'),
    sourcemap: true,
    define: { TABLE_WORKER_SOURCE: JSON.stringify(worker.outputFiles[0].text) },
  });
  await copyFile(here('./index.html'), join(outdir, 'index.html'));
  await copyFile(here('./styles.css'), join(outdir, 'styles.css'));
  return outdir.endsWith('/') ? outdir : `${outdir}/`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = await build();
  console.log(`Built ${outdir}index.html`);
}
