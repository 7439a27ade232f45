/**
 * Revision 1 of every year stays exactly as it was released (RULEBOOK §7a): the JSON of each revision-1 ruleset
 * is pinned by its SHA-256, taken from the release before revision 2 existed (commit dc3b538), and a sample of
 * revision-1 results computed then is pinned beside it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classify, getRuleset, score } from '@ombuds/scoring';
/** Scored with revision 1 before revision 2 existed: 66.79, C. */
import SHEET from '../../examples/interview-sheet/sheet.json';

const PINNED: Record<number, string> = {
  2015: '7eec9c611a299f9e66f163d071e98b8e',
  2016: '7cf2f45b7392aca9948c00ae18dc27ef',
  2017: 'd24b1daaf19540240fd687e8a2de434d',
  2018: '7ba99ee9256f47879c128670bba03423',
  2019: '2946710e81c53c20fbeb8ff551315b84',
  2021: 'dc8a7cfd908dff50a295dbb822b3d5bb',
  2022: '712b6e6c7c0ff19e099b8238c02db885',
  2023: '2513fad786456041e7d791ee9d4b41a4',
  2024: 'c9ef2f53c24abafcc334e1a760fc263e',
  2025: 'f5d38fac0fec92e1f15cb35f19bafc43',
};

describe('revision 1 is unchanged', () => {
  it.each(Object.entries(PINNED))('%s revision 1 has the JSON it was released with', (year, hash) => {
    const json = JSON.stringify(getRuleset(Number(year), { revision: 1 }));
    expect(createHash('sha256').update(json).digest('hex').slice(0, 32)).toBe(hash);
  });

  it('scores a sample exactly as before revision 2 (values from the release before it)', () => {
    expect(classify(getRuleset(2017, { revision: 1 }), '50.12').zone).toBe('merah');
    const r2025 = getRuleset(2025, { revision: 1 });
    const fromDimensions = score(r2025, {
      dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80, trust: 70 },
    });
    // 13.7655 + 19.26015 + 16.1196 + 12.0624 + 21 = 82.20765
    expect([fromDimensions.exact, fromDimensions.total, fromDimensions.category]).toEqual(['82.20765', '82.21', 'B']);
    const r2023 = getRuleset(2023, { revision: 1 });
    expect(score(r2023, { answers: SHEET.answers }).total).toBe('66.79');
  });
});
