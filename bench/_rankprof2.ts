import { performance } from 'node:perf_hooks';
import { JOBS } from './jobs.js';
const gc = (globalThis as any).gc as () => void;
const args = process.argv.slice(2);
const names = args.length ? args : ['rank/exact', 'rank/minimal-float'];
const data = JOBS[names[0]!]!.prepare(100_000) as unknown;
const res: Record<string, number[]> = {}; const cpu: Record<string, number[]> = {};
for (const n of names) { JOBS[n]!.run(data); res[n] = []; cpu[n] = []; }
for (let i = 0; i < 21; i++) for (const n of names) { if (process.env.NOGC !== "1") gc(); const c = process.cpuUsage(); const t = performance.now(); JOBS[n]!.run(data); res[n]!.push(performance.now() - t); const d = process.cpuUsage(c); cpu[n]!.push((d.user + d.system) / 1000); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const min = (a: number[]) => Math.min(...a);
for (const n of names) console.log(n.padEnd(20), 'wall med', med(res[n]!).toFixed(1), 'min', min(res[n]!).toFixed(1), ' cpu med', med(cpu[n]!).toFixed(1), 'min', min(cpu[n]!).toFixed(1));
const [a, b] = names as [string, string];
console.log('ratio wall med', (med(res[a]!) / med(res[b]!)).toFixed(2), 'min', (min(res[a]!) / min(res[b]!)).toFixed(2), ' cpu med', (med(cpu[a]!) / med(cpu[b]!)).toFixed(2));
console.log(names.map((n) => n + ': ' + cpu[n]!.map((x) => x.toFixed(0)).join(' ')).join('\n'));
