#!/usr/bin/env node
/**
 * The package as a user gets it: lint the package (publint, attw), `npm pack` it, install the tarball into a
 * scratch app in a temporary folder, and use it from ESM, from CommonJS and from TypeScript (moduleResolution
 * node16 and bundler, type-checked with this repository's tsc).
 *
 * Every `examples/<name>/` with an `expected-output.txt` and a `main.mjs`, `main.cjs` or `main.ts` is run
 * against the installed tarball and its stdout compared with that file. `examples/typescript` is also
 * type-checked under both resolutions.
 *
 * The package as a fresh clone makes it: HEAD is cloned into the temporary folder and packed there by plain
 * `npm pack` (its `prepack` builds dist/), and that tarball, installed into a second scratch app, must import
 * (ESM and CommonJS) and run `npx ombuds-score --version`. Uncommitted changes are not in that clone.
 *
 * Run `npm run build` first (the working tree's tarball is packed with --ignore-scripts, from that build).
 * Usage: node scripts/pack-smoke.mjs [--keep]
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const keep = process.argv.includes('--keep');
let failures = 0;

/** Runs a command, streaming nothing; returns stdout or throws with stdout and stderr attached. */
function run(command, args, cwd, quiet = false, env = process.env) {
  if (!quiet) console.log(`$ ${[command, ...args].join(' ')}   (in ${cwd})`);
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const detail = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`${command} ${args.join(' ')} failed (exit ${error.status}):\n${detail}`);
  }
}

function check(name, fn) {
  try {
    fn();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n${String(error.message ?? error).replace(/^/gm, '     ')}`);
  }
}

if (!existsSync(join(repo, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// 1. Lint the package as packed.
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const years = Object.keys(manifest.exports)
  .filter((key) => /^\.\/rulesets\/\d{4}$/.test(key))
  .map((key) => key.slice(-4));
check('every built year has a subpath in package.json exports', () => {
  const built = readdirSync(join(repo, 'dist', 'rulesets')).filter((f) => /^\d{4}\.js$/.test(f)).map((f) => f.slice(0, 4));
  const missing = built.filter((year) => !years.includes(year));
  if (missing.length > 0) throw new Error(`add "./rulesets/<year>" exports for ${missing.join(', ')}`);
  if (built.length === 0) throw new Error('no dist/rulesets/<year>.js built');
});
check('publint --strict', () => console.log(run('npx', ['--no-install', 'publint', '--strict'], repo)));
// attw packs the package itself: without scripts, so that `prepack` does not build dist/ a second time.
const withoutScripts = { ...process.env, npm_config_ignore_scripts: 'true' };
check(`attw --pack (., rulesets/${years.join(', ')}, package.json)`, () =>
  console.log(
    run('npx', ['--no-install', 'attw', '--pack', '.', '--format', 'table-flipped', '--no-emoji', '--no-color'], repo, false, withoutScripts),
  ),
);

// 2. Pack and install into a scratch app.
const work = mkdtempSync(join(tmpdir(), 'ombuds-pack-smoke-'));
const app = join(work, 'app');
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo));
const tarball = join(work, packed.filename);
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KiB`);
const shipped = packed.files.map((f) => f.path);
check('tarball ships dist, README, LICENSE and package.json only', () => {
  const stray = shipped.filter((p) => !/^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(p));
  if (stray.length > 0) throw new Error(`unexpected files in the tarball: ${stray.join(', ')}`);
  for (const year of years) {
    for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) {
      if (!shipped.includes(`dist/rulesets/${year}.${ext}`)) throw new Error(`missing dist/rulesets/${year}.${ext}`);
    }
  }
});

cpSync(join(repo, 'examples'), app, {
  recursive: true,
  filter: (src) => !src.includes('node_modules'),
});
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'ombuds-scoring-smoke-app', private: true, type: 'module' }, null, 2),
);
run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);

// 3. Run every example that states its expected output.
for (const name of readdirSync(app, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const dir = join(app, name);
  const expectedFile = join(dir, 'expected-output.txt');
  if (name === 'node_modules' || !existsSync(expectedFile)) continue;
  const main = ['main.mjs', 'main.cjs', 'main.ts'].find((f) => existsSync(join(dir, f)));
  if (!main) continue;
  check(`examples/${name}/${main} prints expected-output.txt`, () => {
    let actual;
    if (main.endsWith('.ts')) {
      // Compile with node16 resolution and run the emitted ESM: proves types and runtime together.
      writeTsconfig(dir, 'tsconfig.node16.json', { module: 'node16', moduleResolution: 'node16', outDir: 'build' });
      run('node', [tsc, '-p', 'tsconfig.node16.json'], dir, true);
      actual = run('node', [join('build', main.replace(/\.ts$/, '.js'))], dir, true);
    } else {
      actual = run('node', [main], dir, true);
    }
    const expected = readFileSync(expectedFile, 'utf8');
    if (actual !== expected) throw new Error(`stdout differs.\n--- expected\n${expected}--- actual\n${actual}`);
  });
}

// 4. Type-check the TypeScript example under the other resolution modes too.
const tsExample = join(app, 'typescript');
for (const [label, options] of [
  ['node16', { module: 'node16', moduleResolution: 'node16', noEmit: true }],
  ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }],
  ['bundler', { module: 'esnext', moduleResolution: 'bundler', noEmit: true }],
]) {
  check(`examples/typescript type-checks with moduleResolution ${label}`, () => {
    writeTsconfig(tsExample, `tsconfig.${label}.check.json`, options);
    run('node', [tsc, '-p', `tsconfig.${label}.check.json`], tsExample, true);
  });
}
// CommonJS consumers of the types: a .cts file under node16 must see the .d.cts declarations.
check('a .cts file type-checks with moduleResolution node16 (require types)', () => {
  writeFileSync(
    join(tsExample, 'require-check.cts'),
    [
      "import scoring = require('@ombuds/scoring');",
      "import year2023 = require('@ombuds/scoring/rulesets/2023');",
      'const result: scoring.ScoreResult = scoring.score(year2023.ruleset, { dimensions: { competency: 1, standards: 2, opinion: 3, complaints: 4 } });',
      'export const total: string = result.total;',
      '',
    ].join('\n'),
  );
  writeTsconfig(tsExample, 'tsconfig.cts.check.json', { module: 'node16', moduleResolution: 'node16', noEmit: true }, [
    'require-check.cts',
  ]);
  run('node', [tsc, '-p', 'tsconfig.cts.check.json'], tsExample, true);
});

// 4b. One app, both builds: an ES module that loads the CommonJS build too (as a dependency that `require`s
// the package would). Rulesets made by one build are scored by the other, and `instanceof ScoringError` holds
// across them; a copy made by structuredClone still needs parseRuleset.
check('mixed ESM + CJS app: rulesets and ScoringError cross the two builds', () => {
  const dir = join(app, 'mixed-builds');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.mjs'),
    [
      "import assert from 'node:assert/strict';",
      "import { createRequire } from 'node:module';",
      "import * as esm from '@ombuds/scoring';",
      "import { ruleset as esm2023 } from '@ombuds/scoring/rulesets/2023';",
      'const cjs = createRequire(import.meta.url)(\'@ombuds/scoring\');',
      "assert.notEqual(cjs.score, esm.score, 'two distinct builds are loaded');",
      "const dims = { dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' } };",
      "assert.equal(esm.score(cjs.getRuleset(2023), dims).total, '87.44');",
      "assert.equal(cjs.score(esm2023, dims).total, '87.44');",
      'const parsed = cjs.parseRuleset(JSON.parse(JSON.stringify(cjs.getRuleset(2023))));',
      "assert.equal(esm.score(parsed, dims).total, '87.44');",
      "const derived = esm.deriveRuleset(esm.getRuleset(2023), { id: 'x-2023' });",
      "assert.equal(cjs.classify(derived, '87.995').total, '88.00');",
      'let thrown;',
      'try { cjs.score(cjs.getRuleset(2023), { dimensions: {} }); } catch (error) { thrown = error; }',
      "assert.ok(thrown instanceof esm.ScoringError, 'a CJS ScoringError is an ESM ScoringError');",
      "assert.ok(thrown instanceof cjs.ScoringError, 'and a CJS one');",
      'const safe = esm.safeScore(cjs.getRuleset(2023), { dimensions: {} });',
      "assert.equal(safe.success, false);",
      'const cloned = esm.safeScore(structuredClone(cjs.getRuleset(2023)), dims);',
      "assert.equal(cloned.success, false);",
      "assert.equal(cloned.error.code, 'INVALID_RULESET');",
      "assert.match(cloned.error.message, /parseRuleset/);",
      "console.log('mixed builds ok');",
      '',
    ].join('\n'),
  );
  const out = run('node', ['main.mjs'], dir, true);
  if (out.trim() !== 'mixed builds ok') throw new Error(`unexpected output: ${out}`);
});

// 5. The bundle-budget apps, bundled from the installed tarball as an app would (exports map, ESM build).
const esbuild = createRequire(join(repo, 'package.json'))('esbuild');
const budgets = JSON.parse(readFileSync(join(repo, 'test/package/bundle-budget.json'), 'utf8'));
const budgetApps = [
  ['score + rulesets/2023', "import { score } from '@ombuds/scoring';\nimport { ruleset } from '@ombuds/scoring/rulesets/2023';\ndocument.body.textContent = score(ruleset, JSON.parse(document.body.dataset.input)).total;", budgets.scoreWithSubpath],
  ['score + getRuleset', "import { getRuleset, score } from '@ombuds/scoring';\ndocument.body.textContent = score(getRuleset(2023), JSON.parse(document.body.dataset.input)).total;", budgets.scoreWithRegistry],
];
for (const [name, contents, budget] of budgetApps) {
  check(`bundle from the tarball: ${name} (at most ${budget} KiB gzip, test/package/bundle-budget.json)`, () => {
    const result = esbuild.buildSync({
      stdin: { contents, resolveDir: app, sourcefile: 'app.js' },
      bundle: true, minify: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, metafile: true, logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, v]) => v.bytesInOutput > 0).map(([p]) => p);
    const gzip = gzipSync(code).length;
    console.log(`     ${(gzip / 1024).toFixed(2)} KiB gzip, ${(code.length / 1024).toFixed(2)} KiB minified`);
    if (gzip > budget * 1024) throw new Error(`over the budget of ${budget} KiB gzip`);
    if (inputs.some((p) => p.includes('node_modules/zod/'))) throw new Error('zod is in the bundle');
    const years = inputs.filter((p) => /dist\/rulesets\/\d{4}\.js$/.test(p));
    if (name.includes('2023') && (years.length !== 1 || !years[0].endsWith('2023.js'))) {
      throw new Error(`the 2023 subpath pulled in: ${years.join(', ')}`);
    }
  });
}

// 6. A fresh clone: `npm pack` there builds dist/ by itself (prepack), and its tarball works once installed.
const fresh = join(work, 'fresh');
const freshApp = join(work, 'fresh-app');
let freshTarball = null;
check('a fresh clone of HEAD packs with dist/ built by prepack (npm pack, no build before it)', () => {
  const head = run('git', ['rev-parse', 'HEAD'], repo, true).trim();
  if (run('git', ['status', '--porcelain', '--untracked-files=no'], repo, true).trim() !== '') {
    console.log(`     note: uncommitted changes are not in the clone; it tests HEAD ${head.slice(0, 12)}`);
  }
  run('git', ['clone', '--quiet', '--no-checkout', repo, fresh], work);
  run('git', ['checkout', '--quiet', head], fresh, true);
  // The clone has no node_modules; the build tools are this checkout's (as `npm ci` would install them).
  symlinkSync(realpathSync(join(repo, 'node_modules')), join(fresh, 'node_modules'), 'dir');
  const packs = join(work, 'fresh-pack');
  mkdirSync(packs);
  run('npm', ['pack', '--pack-destination', packs], fresh);
  const made = readdirSync(packs).filter((f) => f.endsWith('.tgz'));
  if (made.length !== 1) throw new Error(`expected one tarball, found: ${made.join(', ') || 'none'}`);
  freshTarball = join(packs, made[0]);
  const files = run('tar', ['-tzf', freshTarball], work, true).split('\n');
  for (const needed of ['package/dist/index.js', 'package/dist/index.cjs', 'package/dist/cli.js', 'package/dist/rulesets/2023.js', 'package/LICENSE', 'package/README.md']) {
    if (!files.includes(needed)) throw new Error(`the fresh clone's tarball lacks ${needed.slice('package/'.length)}`);
  }
});
if (freshTarball !== null) {
  mkdirSync(freshApp, { recursive: true });
  writeFileSync(join(freshApp, 'package.json'), JSON.stringify({ name: 'ombuds-fresh-app', private: true, type: 'module' }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', freshTarball], freshApp);
  const dims = "{ dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' } }";
  check('fresh tarball: import (ESM) scores', () => {
    const code = `import { score } from '@ombuds/scoring'; import { ruleset } from '@ombuds/scoring/rulesets/2023'; console.log(score(ruleset, ${dims}).total);`;
    const out = run('node', ['--input-type=module', '-e', code], freshApp, true).trim();
    if (out !== '87.44') throw new Error(`printed ${JSON.stringify(out)}, expected "87.44"`);
  });
  check('fresh tarball: require (CommonJS) scores', () => {
    const code = `const { score, getRuleset } = require('@ombuds/scoring'); console.log(score(getRuleset(2023), ${dims}).total);`;
    const out = run('node', ['--input-type=commonjs', '-e', code], freshApp, true).trim();
    if (out !== '87.44') throw new Error(`printed ${JSON.stringify(out)}, expected "87.44"`);
  });
  check(`fresh tarball: npx ombuds-score --version prints ${manifest.version}`, () => {
    const out = run('npx', ['--no-install', 'ombuds-score', '--version'], freshApp, true).trim();
    if (!out.includes(manifest.version)) throw new Error(`printed ${JSON.stringify(out)}`);
  });
}

function writeTsconfig(dir, file, options, include = ['*.ts']) {
  const compilerOptions = {
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    ...options,
  };
  writeFileSync(join(dir, file), JSON.stringify({ compilerOptions, include }, null, 2));
}

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? 'package smoke test: all checks passed' : `package smoke test: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
