// Run by test/fuzz/frozen-host.test.ts in a child process: freezes every intrinsic reachable from the global
// object (as SES lockdown() does, without its override taming), then uses the package and prints what it saw as
// JSON lines. The package's dependencies are loaded first when the first argument is "preload" (decimal.js
// assigns over Object.prototype.constructor while it loads, which frozen built-ins refuse).
const [mode, entry] = process.argv.slice(2);
if (mode === 'preload') await import('decimal.js');
const seen = new Set();
function freeze(value) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d === undefined) continue;
    if ('value' in d) freeze(d.value);
    else {
      freeze(d.get);
      freeze(d.set);
    }
  }
  freeze(Object.getPrototypeOf(value));
}
for (const key of Reflect.ownKeys(globalThis)) {
  const d = Object.getOwnPropertyDescriptor(globalThis, key);
  if (d && 'value' in d && typeof key === 'string' && /^[A-Z]/.test(key)) freeze(d.value);
}
freeze(Object.getPrototypeOf(function* () {}));
freeze(Object.getPrototypeOf(async function () {}));
freeze(Object.getPrototypeOf(async function* () {}));
const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
let m;
try {
  m = await import(entry);
} catch (error) {
  out({ loaded: false, error: String(error) });
  process.exit(0);
}
out({ loaded: true, frozen: Object.isFrozen(Object.prototype) && Object.isFrozen(Error.prototype) });
const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };
const calls = {
  score: () => m.score(m.getRuleset(2023), { dimensions: dims }).total,
  badNumber: () => m.score(m.getRuleset(2023), { dimensions: { ...dims, competency: 'x' } }),
  badRuleset: () => m.score({}, { dimensions: dims }),
  parse: () => m.parseRuleset(JSON.parse(JSON.stringify(m.getRuleset(2023)))).id,
  parseBad: () => m.parseRuleset({ id: 1 }),
  derive: () => m.deriveRuleset(m.getRuleset(2023), { id: 'x-2023' }).id,
  deriveBad: () => m.deriveRuleset(m.getRuleset(2023), { toString: 1, constructor: 2 }),
  rank: () => m.rank([{ id: 'a', total: '1' }, { id: 'b', total: 2.5e-7 }]).map((r) => r.id).join(),
  rankBad: () => m.rank([{ id: 'a', total: '1' }, { id: 'a', total: '2' }]),
  classify: () => m.classify(m.getRuleset(2019), 1.5e-7).zone,
  explain: () => m.explain(m.getRuleset(2023), { dimensions: dims }).value,
};
for (const [name, call] of Object.entries(calls)) {
  try {
    out({ name, value: call() });
  } catch (error) {
    out({ name, scoringError: error instanceof m.ScoringError, error: String(error), code: error?.code });
  }
}
