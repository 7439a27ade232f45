/**
 * Answer plans (`minimize: 'answers'`): the interview sheet of examples/ planned to grade A in the fewest raises,
 * with a proof of minimality that does not use the planner; options `fixed` and `max`; answer options whose
 * points rise unevenly; refusals.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  deriveRuleset,
  getRuleset,
  planToReach,
  safePlanToReach,
  score,
  type InstrumentAnswers,
  type Plan,
  type Ruleset,
} from '@ombuds/scoring';
import { fill } from '../support/answers.js';

const r1 = getRuleset(2023, { revision: 1 }); // answers on 0..3
const sheet = JSON.parse(readFileSync(new URL('../../examples/interview-sheet/sheet.json', import.meta.url), 'utf8')) as {
  answers: InstrumentAnswers;
};

/** Exact fractions of BigInts, written here so that the proof below shares no code with the library. */
class Q {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {
    if (d < 0n) [this.n, this.d] = [-n, -d];
  }
  static of(text: string): Q {
    const [whole, fraction = ''] = text.split('.');
    return new Q(BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length));
  }
  plus(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  minus(o: Q): Q {
    return this.plus(new Q(-o.n, o.d));
  }
  times(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  cmp(o: Q): number {
    const a = this.n * o.d;
    const b = o.n * this.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  /** Truncated to 20 decimals. */
  text20(): string {
    const q = (this.n * 10n ** 20n) / this.d;
    const s = q.toString().padStart(21, '0');
    return `${s.slice(0, -20)}.${s.slice(-20)}`.replace(/\.?0+$/, '');
  }
  /** Truncated to 20 decimals (all 20) and marked, as `score(...).exact` shows a fraction that does not terminate. */
  cut20(): string {
    const q = (this.n * 10n ** 20n) / this.d;
    const s = q.toString().padStart(21, '0');
    return `${s.slice(0, -20)}.${s.slice(-20)}\u2026`;
  }
}

/**
 * Per indicator of every answered dimension, from the ruleset's published data and RULEBOOK §4.3 only: its share
 * of the total per answer point (`weight × share / 100² / count × 100 / 3`), its current points, and how many
 * single raises it has room for (`Σ (3 − answer)`).
 */
function indicatorsOf(ruleset: Ruleset, answers: InstrumentAnswers) {
  const rows: { id: string; gain: Q; current: Q; room: number }[] = [];
  for (const dimension of ruleset.dimensions) {
    const weight = Q.of(dimension.weight.value);
    const variables = dimension.variables!;
    const weighted = variables.filter((v) => v.weight);
    const left = weighted.reduce((a, v) => a.minus(Q.of(v.weight!.value)), new Q(100n));
    for (const v of variables) {
      const vShare = v.weight ? Q.of(v.weight.value) : left.div(new Q(BigInt(variables.length - weighted.length)));
      const iWeighted = v.indicators.filter((i) => i.weight);
      const iLeft = iWeighted.reduce((a, i) => a.minus(Q.of(i.weight!.value)), vShare);
      for (const i of v.indicators) {
        const share = i.weight ? Q.of(i.weight.value) : iLeft.div(new Q(BigInt(v.indicators.length - iWeighted.length)));
        const list = answers[dimension.id]![i.id]!.map(Number);
        const perPoint = weight.times(share).div(new Q(10_000n)).div(new Q(BigInt(list.length))).times(new Q(100n, 3n));
        const sum = list.reduce((a, b) => a + b, 0);
        rows.push({ id: i.id, gain: perPoint, current: perPoint.times(new Q(BigInt(sum))), room: list.reduce((a, b) => a + 3 - b, 0) });
      }
    }
  }
  return rows;
}

/** Applies a plan's answer moves to a copy of the answers: `count` answers equal to `from` become `to`. */
function apply(answers: InstrumentAnswers, plan: Plan): { answers: InstrumentAnswers; raises: number } {
  const copy = JSON.parse(JSON.stringify(answers)) as Record<string, Record<string, number[]>>;
  let raises = 0;
  for (const step of plan.steps) {
    for (const i of step.indicators!) {
      const list = copy[step.dimension]![i.indicator]!;
      for (const move of i.answers!) {
        for (let k = 0; k < move.count; k++) {
          const at = list.indexOf(move.from);
          expect(at, `${i.indicator}: an answer ${move.from} to raise`).toBeGreaterThanOrEqual(0);
          list[at] = move.to;
          raises += move.to - move.from;
        }
      }
    }
  }
  return { answers: copy, raises };
}

describe('answers plan of the interview sheet (2023 revision 1), target A', () => {
  const input = { answers: sheet.answers };
  const plan = planToReach(r1, input, 'A');

  it('needs 46 single raises, and the raised answers score A', () => {
    expect(score(r1, input)).toMatchObject({ total: '66.79', category: 'C' });
    expect(plan).toMatchObject({ minimize: 'answers', reachable: true, raises: 46, category: 'A', threshold: '88.00' });
    const applied = apply(sheet.answers, plan);
    expect(applied.raises).toBe(46);
    const after = score(r1, { answers: applied.answers });
    expect(after.category).toBe('A');
    expect(after.total).toBe(plan.total);
    expect(after.exact).toBe(plan.exact);
    expect(plan.steps.reduce((a, s) => a + s.raises!, 0)).toBe(46);
  });

  it('is the minimum: no 45 raises reach A (the 45 largest single gains there are fall short)', () => {
    // On a linear 0..3 scale every raise of indicator i adds the same `gain_i` to the total, as long as the
    // answer is below 3; so the most any 45 raises can add is the sum of the 45 largest gains, each indicator
    // counted at most `room_i` times. Half-up: A needs an exact total ≥ 87.995.
    const rows = indicatorsOf(r1, sheet.answers);
    const current = rows.reduce((a, r) => a.plus(r.current), new Q(0n));
    expect(current.cut20()).toBe(score(r1, { answers: sheet.answers }).exact);
    const gains = rows.flatMap((r) => Array.from({ length: r.room }, () => r.gain)).sort((a, b) => b.cmp(a));
    const best = (k: number) => gains.slice(0, k).reduce((a, g) => a.plus(g), current);
    const needed = Q.of('87.995');
    expect(best(45).cmp(needed)).toBeLessThan(0);
    expect(best(46).cmp(needed)).toBeGreaterThanOrEqual(0);
    // By hand: 26 raises of Process (0.4904… each), 18 of Complaints (0.4487…), then Officers' knowledge of the
    // standard (0.2225… each): 66.79… + 12.75… + 8.07… = 87.61… after 44, 87.83… after 45, 88.06… after 46.
    expect(new Decimal(best(45).text20()).toFixed(2, Decimal.ROUND_DOWN)).toBe('87.83');
    expect(new Decimal(best(46).text20()).toFixed(2, Decimal.ROUND_DOWN)).toBe('88.06');
  });

  it('names each indicator in a sentence, with the confidence of the parameters it rests on', () => {
    const knowledge = plan.steps[0]!.indicators![0]!;
    expect(knowledge).toMatchObject({ indicator: 'pengetahuan-standar', raises: 2, answers: [{ from: 2, to: 3, count: 2 }] });
    expect(knowledge.text).toEqual({
      id: 'Naikkan 2 jawaban petugas pelayanan pada indikator “Pengetahuan pelaksana tentang komponen standar pelayanan” (Dimensi Input) satu tingkat: 2 dari 2 ke 3',
      en: "Raise 2 answers of service officers on indicator “Officers' knowledge of the service-standard components” (Input dimension) one level: 2 from 2 to 3",
    });
    // its 12.22 % weight is single-source (S03), the Input weight confirmed, but revision 1 leaves the 0..3
    // answer scale implicit, which counts as assumed (as in score's assumptions)
    expect(knowledge.confidence).toBe('assumed');
    // the complaints indicators are composed from Perpres 76/2013: assumed
    expect(plan.steps.find((s) => s.dimension === 'complaints')!.confidence).toBe('assumed');
  });

  it('aims at any grade or zone, not only the next one', () => {
    const b = planToReach(r1, input, 'B');
    const hijau = planToReach(r1, input, 'hijau');
    expect(b.raises).toBe(hijau.raises);
    expect(b.raises!).toBeLessThan(46);
    expect(score(r1, { answers: apply(sheet.answers, b).answers }).category).toBe('B');
    expect(planToReach(r1, input, 'C')).toMatchObject({ raises: 0, steps: [] });
  });

  it('fixed: public opinion cannot change, so the others carry the plan', () => {
    const fixedPlan = planToReach(r1, input, 'A', { fixed: ['opinion'] });
    expect(fixedPlan.steps.map((s) => s.dimension)).not.toContain('opinion');
    expect(fixedPlan.raises!).toBeGreaterThanOrEqual(46);
    expect(score(r1, { answers: apply(sheet.answers, fixedPlan).answers }).category).toBe('A');
    const noProcess = planToReach(r1, input, 'A', { fixed: ['standards', 'complaints', 'pengetahuan-standar'] });
    expect(noProcess.steps.map((s) => s.dimension)).toEqual(expect.not.arrayContaining(['standards', 'complaints']));
    expect(noProcess.steps.flatMap((s) => s.indicators!.map((i) => i.indicator))).not.toContain('pengetahuan-standar');
  });

  it('max: a capped dimension stays at or below its cap', () => {
    const capped = planToReach(r1, input, 'B', { max: { standards: 80 } });
    expect(capped.reachable).toBe(true);
    const after = score(r1, { answers: apply(sheet.answers, capped).answers });
    expect(after.category).toBe('B');
    expect(new Decimal(after.dimensions!.find((d) => d.id === 'standards')!.score).lte(80)).toBe(true);
  });
});

describe('answers plans', () => {
  it('raise the answers of revision 2 on 0..5 (answer × 20)', () => {
    const r2 = getRuleset(2023, { revision: 2 });
    const answers = fill(r2, () => [3, 4]);
    const plan = planToReach(r2, { answers }, 'A');
    expect(plan.reachable).toBe(true);
    const after = score(r2, { answers: apply(answers, plan).answers });
    expect(after.category).toBe('A');
    expect(after.total).toBe(plan.total);
  });

  it('with answer options whose points rise unevenly, take the big step where it pays', () => {
    // One indicator of the Process dimension answered by options worth 0, 10 and 100: raising a 1 to 2 adds 90,
    // raising a 0 to 1 adds only 10. The lowest answer first would be wrong here.
    const options = {
      value: [
        { value: 0, points: '0', label: { id: 'Tidak ada', en: 'None' } },
        { value: 1, points: '10', label: { id: 'Sebagian', en: 'Partly' } },
        { value: 2, points: '100', label: { id: 'Lengkap', en: 'Complete' } },
      ],
      source: ['test'],
      confidence: 'assumed' as const,
      note: 'Uneven options for this test.',
    };
    const rules = deriveRuleset(r1, {
      id: 'uneven',
      dimensions: { standards: { variables: { 'standar-pelayanan': { indicators: { persyaratan: { options } } } } } },
    });
    const standards = Object.fromEntries(
      rules.dimensions[1]!.variables![0]!.indicators.map((i) => [i.id, i.id === 'persyaratan' ? [0, 1] : [3, 3]]),
    );
    const base = { answers: { standards }, dimensions: { competency: 85, opinion: 85, complaints: 85 } };
    // Now persyaratan has 5 of 100 points → standards (10 × 100 + 5) / 11 = 91.3636…; total 18.5725 + 29.5744… +
    // 20.604 + 18.309 = 87.06 (B). Raising the 1 to 2 adds 45 indicator points → 32.37 × 45 / 11 / 100 = 1.3242… →
    // 88.38 (A); raising the 0 to 1 adds only 0.1471…, so lowest-first would spend 2 raises.
    expect(score(rules, base).category).toBe('B');
    const plan = planToReach(rules, base, 'A', { fixed: ['competency', 'opinion', 'complaints'] });
    const raised = plan.steps[0]!.indicators![0]!;
    expect(raised).toMatchObject({ indicator: 'persyaratan', raises: 1, answers: [{ from: 1, to: 2, count: 1 }] });
    expect(raised.text.en).toMatch(/one level: 1 from 1 to 2$/);
    expect(score(rules, { ...base, answers: { standards: { ...standards, persyaratan: [0, 2] } } }).total).toBe(plan.total);
  });

  it('refuse answers between levels, units, and work that cannot be searched exactly', () => {
    const answers = fill(r1, () => [2, 2.5]);
    const between = safePlanToReach(r1, { answers }, 'A');
    expect(between.success).toBe(false);
    if (!between.success) {
      expect(between.error.code).toBe('INVALID_INPUT');
      expect(between.error.reason).toBe('not-allowed');
      expect(between.error.path).toEqual(['answers', 'competency', 'pengetahuan-standar', 1]);
    }
    // An answer is a level (RULEBOOK §7a): the points measure refuses it the same way, as score does.
    const points = safePlanToReach(r1, { answers }, 'A', { minimize: 'points' });
    expect(points.success ? null : points.error.path).toEqual(['answers', 'competency', 'pengetahuan-standar', 1]);
    const units = safePlanToReach(r1, { units: [{ answers: fill(r1, () => [1]) }] }, 'A');
    expect(units.success ? null : units.error.path).toEqual(['units']);
    // Uneven options over 10 000 answers: an exact search would take too long, so it is refused, never guessed.
    const options = {
      value: [
        { value: 0, points: '0', label: { id: 'a', en: 'a' } },
        { value: 1, points: '10', label: { id: 'b', en: 'b' } },
        { value: 2, points: '100', label: { id: 'c', en: 'c' } },
      ],
      source: ['test'],
      confidence: 'assumed' as const,
      note: 'Uneven options for this test.',
    };
    const uneven = deriveRuleset(r1, {
      id: 'uneven-many',
      dimensions: { opinion: { variables: { 'persepsi-maladministrasi': { indicators: { 'tanpa-penundaan': { options } } } } } },
    });
    const many = fill(uneven, (dimension, id) =>
      dimension === 'opinion' && id === 'tanpa-penundaan' ? Array.from({ length: 10_000 }, (_, k) => k % 3) : [1, 2],
    );
    const large = safePlanToReach(uneven, { answers: many }, 'A');
    expect(large.success ? null : [large.error.code, large.error.path]).toEqual(['INVALID_OPTIONS', ['minimize']]);
    expect(planToReach(uneven, { answers: many }, 'A', { minimize: 'points' }).reachable).toBe(true);
  });

  it('say why a target cannot be reached by raising answers', () => {
    const answers = fill(r1, () => [0]);
    const plan = planToReach(r1, { answers }, 'A', { fixed: ['standards', 'opinion'] });
    expect(plan).toMatchObject({ reachable: false, steps: [], raises: null });
    expect(plan.reason!.en).toMatch(/^Target A cannot be reached by raising answers that may change \(not fixed, below their maximum\)/);
    expect(plan.reason!.id).toMatch(
      /^Target A tidak tercapai dengan menaikkan jawaban yang boleh diubah \(tidak dikunci, di bawah batas tertingginya\)/,
    );
  });
});
