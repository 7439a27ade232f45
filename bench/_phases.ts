import { JOBS } from './jobs.js';
import { centsOfText, createKeys, writeExactKey, isShortestForm } from '../src/ranking/keys.js';
import { rankOrder } from '../src/ranking/order.js';
import { addId, createIdSet } from '../src/ranking/id-set.js';
import { rank } from '../src/ranking/rank.js';
import { minimalRank } from './baselines/minimal.js';
import { centsText } from '../src/exact/cent-texts.js';
const gc = (globalThis as any).gc as () => void;
const data = JOBS['rank/exact']!.prepare(100_000) as { id: string; total: string; exact: string }[];
const n = data.length;
const k = createKeys(n);
for (let i = 0; i < n; i++) { k.cents[i] = centsOfText(data[i]!.total, 20); writeExactKey(k, i, data[i]!.exact, 20); k.ids[i] = data[i]!.id; k.exactTexts[i] = data[i]!.exact; }
const o = rankOrder(k, true);
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const phases: Record<string, () => unknown> = {
  rank: () => rank(data),
  minimal: () => minimalRank(data),
  copy: () => { const c: unknown[] = []; for (let i = 0; i < n; i++) { try { c.push(data[i]); } catch { } } return c; },
  create: () => createKeys(n),
  shape: () => { let t = 0; for (const raw of data) { for (const key in raw) if (key !== 'id' && key !== 'total' && key !== 'exact') return -1; if (!hasOwn(raw, 'id') || !hasOwn(raw, 'total')) return -1; if (hasOwn(raw, 'exact')) t++; } return t; },
  idset: () => { const s = createIdSet(k.ids, n); for (let i = 0; i < n; i++) addId(s, i); return s; },
  parse: () => { for (let i = 0; i < n; i++) { k.cents[i] = centsOfText(data[i]!.total, 20); writeExactKey(k, i, data[i]!.exact, 20); k.exactTexts[i] = isShortestForm(data[i]!.exact) ? data[i]!.exact : null; } return k; },
  order: () => rankOrder(k, true),
  output: () => { const r = new Array(n); let s = 0; for (let c = 10000; c >= 0; c--) { const e = o.ends[c]!; const total = centsText(c); for (let i = s; i < e; i++) { const it = o.order[i]!; r[i] = Object.freeze({ id: k.ids[it]!, rank: i + 1, total, exact: k.exactTexts[it]! }); } s = e; } return r; },
};
for (const [name, f] of Object.entries(phases)) {
  f(); f(); const ts: number[] = [];
  for (let i = 0; i < 15; i++) { gc(); const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); ts.push((d.user + d.system) / 1000); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(10), 'cpu min', ts[0]!.toFixed(1), 'q1', ts[3]!.toFixed(1), 'med', ts[7]!.toFixed(1));
}
