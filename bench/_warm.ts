import { performance } from 'node:perf_hooks';
import { JOBS } from './jobs.js';
const data = JOBS['rank/exact']!.prepare(100_000) as unknown;
const gc = (globalThis as any).gc as () => void;
for (let i = 0; i < 16; i++) { gc(); console.log('-- run', i); const t = performance.now(); JOBS['rank/exact']!.run(data); console.log('ms', (performance.now() - t).toFixed(0)); }
