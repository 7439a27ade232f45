import { JOBS } from './jobs.js';
const data = JOBS['rank/exact']!.prepare(100_000);
for (let i = 0; i < 40; i++) { JOBS['rank/exact']!.run(data); JOBS['rank/minimal-float']!.run(data); }
