import { JOBS } from './jobs.js';
const gc = (globalThis as any).gc as () => void;
const names = ['rank/exact', 'rank/float', 'rank/minimal-float'];
const data = JOBS['rank/exact']!.prepare(100_000);
for (let i = 0; i < 15; i++) for (const n of names) { gc(); JOBS[n]!.run(data); }
