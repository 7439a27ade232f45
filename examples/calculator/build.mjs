/**
 * Builds the workbench page into examples/calculator/dist/: main.ts bundled as a classic script (so that the page
 * also works opened as a file, where browsers refuse module scripts) (with @ombuds/scoring resolved to
 * the sources in src/), index.html and styles.css copied beside it. Run: node examples/calculator/build.mjs
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Builds the page and returns the output directory. */
export async function build({ minify = true } = {}) {
  const outdir = here('./dist/');
  await mkdir(outdir, { recursive: true });
  await esbuild.build({
    entryPoints: [here('./main.ts')],
    outfile: here('./dist/main.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: true,
    logLevel: 'warning',
    alias: { '@ombuds/scoring': here('../../src/index.ts') },
  });
  await copyFile(here('./index.html'), here('./dist/index.html'));
  await copyFile(here('./styles.css'), here('./dist/styles.css'));
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = await build();
  console.log(`Built ${outdir}index.html`);
}
