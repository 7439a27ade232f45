/**
 * Scoring from raw answers (RULEBOOK §4.3). Expected values are computed by hand (fractions noted beside them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, explain, getRuleset, score, type InstrumentAnswers } from '@ombuds/scoring';
import { fill, indicatorIds } from '../support/answers.js';
import { thrown } from '../support/thrown.js';

const r2023 = getRuleset(2023, { revision: 1 }); // answers on 0..3

describe('score from answers', () => {
  it.each([2022, 2023, 2024])(
    '%i revision 1: every answer at the scale maximum scores "100.00", at the minimum "0.00"',
    (year) => {
      const r = getRuleset(year, { revision: 1 });
      const top = score(r, { answers: fill(r, () => [3, 3, 3, 3]) });
      expect(top.total).toBe('100.00');
      expect(top.exact).toBe('100');
      expect(top.category).toBe('A');
      const bottom = score(r, { answers: fill(r, () => [0, 0]) });
      expect(bottom.total).toBe('0.00');
      expect(bottom.exact).toBe('0');
    },
  );

  it('maps a mean to answer / 3 × 100 and weighs 12.22 % against the rest, exactly (mixed with scores)', () => {
    const competency = Object.fromEntries(indicatorIds(r2023, 'competency').map((id) => [id, [2, 2, 2, 2]]));
    competency['pengetahuan-standar'] = [3, 3, 2, 1]; // mean 2.25 → 75
    const result = score(r2023, {
      answers: { competency },
      dimensions: { standards: 80, opinion: 70, complaints: 60 },
    });
    // competency = 12.22 × 75 / 100 + 87.78 × 200/3 / 100 = 9.165 + 58.52 = 67.685
    expect(result.dimensions![0]).toMatchObject({ id: 'competency', score: '67.685', contribution: '14.7891725' });
    // 21.85 × 67.685 + 32.37 × 80 + 24.24 × 70 + 21.54 × 60, / 100 = 70.5771725
    expect(result.exact).toBe('70.5771725');
    expect(result.total).toBe('70.58');
    expect(result.dimensions![0]!.answers).toEqual({
      indicators: 15,
      answered: 15,
      missingIndicators: 'refuse',
      rule: { id: '15 dari 15 indikator dijawab', en: '15 of 15 indicators answered' },
    });
    expect(result.dimensions![1]!.answers).toBeUndefined();
  });

  it('rounds a non-terminating total exactly: all answers 2 give 200/3 → "66.67"', () => {
    const result = score(r2023, { answers: fill(r2023, () => [2]) });
    expect(result.total).toBe('66.67');
    expect(result.exact).toBe('66.66666666666666666666…');
  });

  it('scores the realistic sheet of examples/interview-sheet: 440787227 / 6600000 → "66.79", C', () => {
    const sheet = JSON.parse(
      readFileSync(new URL('../../examples/interview-sheet/sheet.json', import.meta.url), 'utf8'),
    ) as { answers: InstrumentAnswers };
    const result = score(r2023, { answers: sheet.answers });
    expect(result.total).toBe('66.79');
    expect(result.exact).toBe('66.78594348484848484848…');
    expect(result.category).toBe('C');
    expect(result.dimensions!.map((d) => d.score.slice(0, 8))).toEqual(['71.94407', '60.60606', '74.19753', '62.5']);
  });

  it('lets units carry answers: a unit at every maximum is 100.00 next to a unit given by its total', () => {
    const result = score(r2023, {
      units: [
        { id: 'dinkes', answers: fill(r2023, () => [3]) },
        { id: 'disdik', total: '70.555' },
      ],
    });
    expect(result.units!.map((u) => u.total)).toEqual(['100.00', '70.56']);
    expect(result.total).toBe('85.28'); // (100 + 70.56) / 2
  });

  it('reads decimal-comma answers with decimalComma', () => {
    const answers = fill(r2023, () => ['1,0', '3']);
    expect(score(r2023, { answers }, { decimalComma: true }).total).toBe('66.67');
  });

  it('refuses an answer between two levels (a fraction, a mean), never rounds it (RULEBOOK §7a)', () => {
    for (const [fraction, options] of [
      [2.5, {}],
      ['2,5', { decimalComma: true }],
      ['0.00000000000000000001', {}],
    ] as const) {
      const answers = fill(r2023, () => [2, fraction]);
      const refused = thrown(() => score(r2023, { answers }, options));
      expect(refused.code).toBe('INVALID_INPUT');
      expect(refused.reason).toBe('not-allowed');
      expect(refused.path).toEqual(['answers', 'competency', indicatorIds(r2023, 'competency')[0], 1]);
      expect(refused.text.id).toMatch(
        /bukan tingkat jawaban; isi jawaban tiap responden \(bilangan bulat 0 sampai 3\)/,
      );
    }
  });

  it('refuses a dot in an answer under decimalComma, as for every other value ("1.000" may mean one thousand)', () => {
    for (const dotted of ['2.5', '1.000']) {
      const answers = fill(r2023, () => [dotted]);
      const refused = thrown(() => score(r2023, { answers }, { decimalComma: true }));
      expect(refused.code).toBe('INVALID_INPUT');
      expect(refused.path).toEqual(['answers', 'competency', indicatorIds(r2023, 'competency')[0], 0]);
      expect(refused.reason).toBe('decimal-point');
      expect(refused.text.en).toBe(
        `Input dimension: "${dotted}" uses a point with { decimalComma: true }; write "${dotted.replace('.', ',')}".`,
      );
    }
  });

  it('maps a scale with min ≠ 0 as (mean − min) / (max − min) × 100', () => {
    const custom = deriveRuleset(r2023, {
      dimensions: {
        complaints: {
          variables: [
            {
              id: 'satu',
              label: { id: 'Satu', en: 'One' },
              source: ['test'],
              confidence: 'assumed',
              note: 'test',
              indicators: [
                {
                  id: 'q',
                  label: { id: 'Q', en: 'Q' },
                  scale: { min: 1, max: 5 },
                  source: ['t'],
                  confidence: 'confirmed',
                },
              ],
            },
          ],
        },
      },
    });
    const result = score(custom, {
      answers: { complaints: { q: [1, 5, 4] } },
      dimensions: { competency: 0, standards: 0, opinion: 0 },
    });
    // mean 10/3 → (10/3 − 1) / 4 × 100 = 175/3 = 58.33…
    expect(result.dimensions![3]!.score).toBe('58.33333333333333333333');
  });
});

describe('missing indicators', () => {
  const partial = () => {
    const answers = fill(r2023, (d) => (d === 'competency' ? [2, 2, 2, 2] : [3]));
    const competency = { ...answers.competency! };
    delete (competency as Record<string, unknown>)['pengetahuan-standar'];
    for (const id of indicatorIds(r2023, 'competency').slice(6)) competency[id] = [3, 3];
    return { ...answers, competency };
  };

  it('refuses a missing indicator by default, at its path', () => {
    const e = thrown(() => score(r2023, { answers: partial() }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['answers', 'competency', 'pengetahuan-standar']);
    expect(e.message).toMatch(/missingIndicators/);
  });

  it('exclude: the missing weight goes to the answered indicators of the same variable, and the rule is stated', () => {
    const result = score(r2023, { answers: partial() }, { missingIndicators: 'exclude' });
    // kompetensi: 5 answered, all 200/3; sarana: all 100 → 50 × 200/3 / 100 + 50 = 250/3
    expect(result.dimensions![0]!.score).toBe('83.33333333333333333333');
    expect(result.dimensions![0]!.answers).toMatchObject({
      answered: 14,
      indicators: 15,
      missingIndicators: 'exclude',
    });
    expect(result.dimensions![0]!.answers!.rule.en).toMatch(
      /left out, their weight shared by their variable's other indicators/,
    );
  });

  it('zero: the missing indicator counts as 0', () => {
    const result = score(r2023, { answers: partial() }, { missingIndicators: 'zero' });
    // 37.78 × 200/3 / 100 + 50 = 5639/75 = 75.18666…
    expect(result.dimensions![0]!.score).toBe('75.18666666666666666666');
    expect(result.dimensions![0]!.answers!.rule.id).toMatch(/dihitung 0/);
  });

  it('refuses an unknown missingIndicators rule as INVALID_OPTIONS', () => {
    const e = thrown(() => score(r2023, { answers: partial() }, { missingIndicators: 'skip' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.path).toEqual(['missingIndicators']);
  });
});

describe('bad answers', () => {
  const answers = () =>
    JSON.parse(JSON.stringify(fill(r2023, () => [2, 3]))) as Record<string, Record<string, unknown>>;
  const at = (mutate: (a: Record<string, Record<string, unknown>>) => void, extra: object = {}) => {
    const a = answers();
    mutate(a);
    return thrown(() => score(r2023, { answers: a, ...extra } as never));
  };

  it.each([
    ['an answer above the scale', (a: any) => (a.standards.biaya = [2, 4]), ['answers', 'standards', 'biaya', 1]],
    ['a negative answer', (a: any) => (a.opinion.patut = [-1]), ['answers', 'opinion', 'patut', 0]],
    ['an unknown indicator id', (a: any) => (a.competency['tidak-ada'] = [1]), ['answers', 'competency', 'tidak-ada']],
    [
      'answers that are not an array',
      (a: any) => (a.complaints.pencatatan = 2),
      ['answers', 'complaints', 'pencatatan'],
    ],
    [
      'an answer that is not a number',
      (a: any) => (a.complaints.pencatatan = ['x']),
      ['answers', 'complaints', 'pencatatan', 0],
    ],
    ['an empty answer list', (a: any) => (a.complaints.pencatatan = []), ['answers', 'complaints', 'pencatatan']],
    ['an unknown dimension', (a: any) => (a.trust = {}), ['answers', 'trust']],
  ])('%s → INVALID_INPUT with its path', (_, mutate, path) => {
    const e = at(mutate as never);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(path);
  });

  it('refuses a dimension given both by answers and as a score, and one given by neither', () => {
    expect(at(() => undefined, { dimensions: { standards: 80 } }).path).toEqual(['answers', 'standards']);
    const e = at((a) => delete a.opinion);
    expect(e.path).toEqual(['dimensions', 'opinion']);
  });

  it('refuses answers for a year without a published instrument', () => {
    const e = thrown(() => score(getRuleset(2025), { answers: { competency: {} } } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['answers', 'competency']);
    // 2025 has no published instrument: no dimension takes answers.
    expect(e.reason).toBe('unknown-key');
    expect(e.text.en).toBe('Input dimension: Unknown key "competency"; known: none.');
  });

  it('never changes the input', () => {
    const a = answers();
    const copy = JSON.stringify(a);
    score(r2023, { answers: a } as never);
    expect(JSON.stringify(a)).toBe(copy);
  });
});

describe('revision 2: answers on 0..5, each worth answer × 20 (RULEBOOK §4.3)', () => {
  it.each([2022, 2023, 2024])('%i: 5 everywhere scores "100.00", 0 everywhere "0.00", and 3 is worth 60', (year) => {
    const r = getRuleset(year);
    expect(r.revision).toBe(2);
    expect(score(r, { answers: fill(r, () => [5, 5]) }).total).toBe('100.00');
    expect(score(r, { answers: fill(r, () => [0, 0]) }).total).toBe('0.00');
    // 3 of 5 = 60 points in every indicator: every dimension 60, the total 60.00.
    expect(score(r, { answers: fill(r, () => [3]) }).total).toBe('60.00');
  });

  it('an officer who knows only a little answers 1: "scored 20" (seed 001), and the indicator says so', () => {
    const r = getRuleset(2023);
    const answers = fill(r, () => [5]);
    const competency = { ...answers.competency!, 'pengetahuan-tugas': [1] };
    const tree = explain(r, { answers: { ...answers, competency } });
    const indicator = tree.children[0]!.children[0]!.children.find((n) => n.id === 'pengetahuan-tugas')!;
    expect(indicator.value).toBe('20');
  });

  it('refuses 6 with its path, and accepts 4 (refused on the 0..3 scale of revision 1)', () => {
    const r = getRuleset(2023);
    const over = fill(r, () => [4]);
    const e = thrown(() => score(r, { answers: { ...over, standards: { ...over.standards!, persyaratan: [4, 6] } } }));
    expect(e.path).toEqual(['answers', 'standards', 'persyaratan', 1]);
    expect(score(r, { answers: over }).total).toBe('80.00');
    expect(thrown(() => score(getRuleset(2023, { revision: 1 }), { answers: over })).code).toBe('INVALID_INPUT');
  });
});
