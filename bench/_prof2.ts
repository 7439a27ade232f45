import { JOBS } from './jobs.js';
const job = JOBS['rank/exact']!;
const data = job.prepare(100_000);
for (let i = 0; i < 60; i++) job.run(data);
