// Completes package-lock.json after `npm install`: the registry these machines reach serves only the platform
// binaries of this platform (rollup's @rollup/rollup-<os>-<cpu>), so npm leaves the other platforms' optional
// entries out of the lockfile and `npm ci` then refuses it as out of sync. This adds those entries with their
// os/cpu/libc, which npm ci skips on every other platform. Run: node scripts/complete-lockfile.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[at] || packages[hoisted]) continue;
    const m = name.match(/-(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|netbsd|aix)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x|mips64el|wasm32)/);
    if (!m) { console.error('cannot infer platform of', name); continue; }
    const libc = /musl/.test(name) ? ['musl'] : /-gnu/.test(name) ? ['glibc'] : undefined;
    packages[hoisted] = { version: range.replace(/^[\^~]/, ''), cpu: [m[2]], dev: entry.dev, license: entry.license, optional: true, os: [m[1]], ...(libc ? { libc } : {}) };
    added++;
  }
}
// npm re-sorts the entries on its next install; appended entries are valid as they are.
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
