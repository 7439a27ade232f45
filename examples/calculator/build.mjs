/**
 * Builds the workbench page into examples/calculator/dist/: main.ts bundled as a classic script (so that the page
 * also works opened as a file, where browsers refuse module scripts) (with @ombuds/scoring resolved to
 * the sources in src/), index.html and styles.css copied beside it. The table worker (table-worker.ts), the only
 * part that carries the workbook libraries (reading and writing .xlsx), is bundled on its own and written to
 * table-worker.js as a classic script that leaves the worker's source in `OMBUDS_TABLE_WORKER`: worker-start.ts
 * loads it when a worker is first needed and starts the worker from a Blob URL of that source (a page opened from
 * file:// may load a script beside it, but may not start a worker from a file URL). main.js carries no workbook
 * library. Run: node examples/calculator/build.mjs
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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
  await writeFile(join(outdir, 'table-worker.js'), `OMBUDS_TABLE_WORKER=${JSON.stringify(worker.outputFiles[0].text)};\n`);
  await esbuild.build({
    ...common,
    entryPoints: [here('./main.ts')],
    outfile: join(outdir, 'main.js'),
    sourcemap: true,
  });
  await copyFile(here('./index.html'), join(outdir, 'index.html'));
  await copyFile(here('./styles.css'), join(outdir, 'styles.css'));
  return outdir.endsWith('/') ? outdir : `${outdir}/`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = await build();
  console.log(`Built ${outdir}index.html`);
}
