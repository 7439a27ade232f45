/**
 * Smoke test of bench/: on a small seeded batch, the exact jobs and the decimal.js baseline give the same
 * results, and the float baselines (same-work and minimal) differ only where a total sits exactly on a half cent
 * (where floats may round the wrong way). The benchmark itself does not run in CI.
 */
import { describe, expect, it } from 'vitest';
import { JOBS } from '../../bench/jobs.js';

const run = (name: string, size: number): unknown => {
  const job = JOBS[name]!;
  return job.run(job.prepare(size));
};

/** The exact value ends in a third decimal 5 with nothing after it: a half-cent tie. */
const halfCent = (exact: string): boolean => /\.\d\d5$/.test(exact);

type Minimal = { total: number; category: string | null; zone: string };

type Scored = { total: string; exact: string; category: string | null; zone: string; units?: { total: string; exact: string }[] | null };

describe('bench jobs agree on a small batch', () => {
  it('score: exact = naive decimal = decimal.js once = big.js; float only off at half-cent ties', () => {
    const exact = run('score/exact', 300) as Scored[];
    const naive = run('score/naive-decimal', 300) as Scored[];
    const float = run('score/float', 300) as Scored[];
    const minimal = run('score/minimal-float', 300) as Minimal[];
    expect(exact).toHaveLength(300);
    expect(minimal).toHaveLength(300);
    expect(JSON.parse(JSON.stringify(exact))).toEqual(naive);
    expect(run('score/decimal-once', 300)).toEqual(naive);
    expect(run('score/big', 300)).toEqual(naive);
    exact.forEach((e, i) => {
      if (float[i]!.total !== e.total) expect(halfCent(e.exact)).toBe(true);
      const m = minimal[i]!;
      if (m.total.toFixed(2) !== e.total) expect(halfCent(e.exact)).toBe(true);
      else expect([m.category, m.zone]).toEqual([e.category, e.zone]);
    });
  });

  it('rank: exact = naive decimal = float on ids and ranks', () => {
    const exact = run('rank/exact', 300) as { id: string; rank: number }[];
    const naive = run('rank/naive-decimal', 300) as { id: string; rank: number }[];
    const float = run('rank/float', 300) as { id: string; rank: number }[];
    expect(exact).toHaveLength(300);
    expect(JSON.parse(JSON.stringify(exact))).toEqual(naive);
    expect(float.map((r) => [r.id, r.rank])).toEqual(exact.map((r) => [r.id, r.rank]));
  });

  it('rank: the minimal float sort orders the same totals (ties by id only, not by the unrounded total)', () => {
    const exact = run('rank/exact', 300) as { id: string; rank: number; total: string }[];
    const minimal = run('rank/minimal-float', 300) as { id: string; rank: number; total: number }[];
    expect(minimal.map((r) => r.rank)).toEqual(exact.map((r) => r.rank));
    expect(minimal.map((r) => r.total.toFixed(2))).toEqual(exact.map((r) => r.total));
    expect(new Set(minimal.map((r) => r.id))).toEqual(new Set(exact.map((r) => r.id)));
  });

  it('national answers: exact = naive decimal on totals; float only off at half-cent ties', () => {
    const exact = run('answers/exact', 4) as Scored[];
    const naive = run('answers/naive-decimal', 4) as Scored[];
    const float = run('answers/float', 4) as Scored[];
    const minimal = run('answers/minimal-float', 4) as Minimal[];
    expect(exact).toHaveLength(4);
    expect(minimal).toHaveLength(4);
    exact.forEach((e, i) => {
      expect([naive[i]!.total, naive[i]!.category, naive[i]!.zone]).toEqual([e.total, e.category, e.zone]);
      expect(naive[i]!.units!.map((u) => u.total)).toEqual(e.units!.map((u) => u.total));
      if (float[i]!.total !== e.total) expect(halfCent(e.exact)).toBe(true);
      // The minimal code keeps no unit results: a unit on a half cent may move its body's total by a cent.
      const m = minimal[i]!;
      if (m.total.toFixed(2) !== e.total) expect(halfCent(e.exact) || e.units!.some((u) => halfCent(u.exact))).toBe(true);
      else expect([m.category, m.zone]).toEqual([e.category, e.zone]);
    });
  });
});
