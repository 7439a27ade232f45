import { performance } from 'node:perf_hooks';
import { JOBS } from './jobs.js';
const gc = (globalThis as any).gc as () => void;
const names = process.argv.slice(2);
const data = JOBS['rank/exact']!.prepare(100_000) as unknown;
for (const n of names) JOBS[n]!.run(data);
for (let i = 0; i < 8; i++) for (const n of names) { gc(); console.log('--', n); const c = process.cpuUsage(); const t = performance.now(); JOBS[n]!.run(data); const d = process.cpuUsage(c); console.log(n, 'wall', (performance.now() - t).toFixed(1), 'cpu', ((d.user + d.system) / 1000).toFixed(1)); }
