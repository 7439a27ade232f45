/**
 * Answer options declared by an indicator (RULEBOOK §4.3, revision 2): each answer is worth the points its
 * option names; answers outside the options are refused with their path. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { explain, getRuleset, parseRuleset, score, type Ruleset } from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const OPTIONS = {
  value: [
    { value: 0, points: '0', label: { id: 'Tidak ada', en: 'None' } },
    { value: 1, points: '50', label: { id: 'Sebagian', en: 'Partly' } },
    { value: 2, points: '100', label: { id: 'Lengkap', en: 'Complete' } },
  ],
  source: ['RULEBOOK §4.3'],
  confidence: 'assumed',
  note: 'A test instrument.',
};

/** 2023 (revision 1) with answer options on the standards indicator "persyaratan". */
function withOptions(options: unknown = OPTIONS): Ruleset {
  const data = JSON.parse(JSON.stringify(getRuleset(2023, { revision: 1 })));
  const indicator = data.dimensions[1].variables[0].indicators[0];
  expect(indicator.id).toBe('persyaratan');
  indicator.options = options;
  return parseRuleset({ ...data, id: 'options-test', derivedFrom: 'ori-2023' });
}


const OTHERS = { competency: 80, opinion: 70, complaints: 60 };
const REST_OF_STANDARDS = ['prosedur', 'jangka-waktu', 'biaya', 'produk', 'sarana-pengaduan', 'maklumat', 'informasi-elektronik', 'pelayanan-khusus', 'jaminan-pelayanan', 'pelaksana-beridentitas'];

function standards(persyaratan: (number | string)[]): Record<string, (number | string)[]> {
  // Every other indicator answered 3 of 3 (100 points).
  return { persyaratan, ...Object.fromEntries(REST_OF_STANDARDS.map((id) => [id, [3, 3]])) };
}

describe('answer options', () => {
  it('scores an indicator as the mean of its options\' points', () => {
    const rules = withOptions();
    // persyaratan: (50 + 100) / 2 = 75; the other ten: 100; equal shares of 100/11 each.
    // standards = (75 + 10 × 100) / 11 = 1075/11 = 97.7272…
    const result = score(rules, { answers: { standards: standards([1, 2]) }, dimensions: OTHERS });
    // total = 21.85 × 80/100 + 32.37 × (1075/11)/100 + 24.24 × 70/100 + 21.54 × 60/100
    //       = 17.48 + 31.6342045454… + 16.968 + 12.924 = 79.0062045454… → 79.01
    expect(result.total).toBe('79.01');
    expect(result.dimensions![1]!.score.startsWith('97.72727272')).toBe(true);
  });

  it('accepts answers as numbers or decimal strings equal to an option value', () => {
    const rules = withOptions();
    const a = score(rules, { answers: { standards: standards([1, 2]) }, dimensions: OTHERS });
    const b = score(rules, { answers: { standards: standards(['1', '2.0']) }, dimensions: OTHERS });
    expect(b.exact).toBe(a.exact);
  });

  it.each([
    [3, 'above the last option'],
    [0.5, 'between two options'],
    ['-1', 'negative'],
  ])("refuses the answer %s (%s) with its path", (answer, _why) => {
    const e = thrown(() => score(withOptions(), { answers: { standards: standards([1, answer]) }, dimensions: OTHERS }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['answers', 'standards', 'persyaratan', 1]);
  });

  it('names the options in the explanation line', () => {
    const tree = explain(withOptions(), { answers: { standards: standards([1, 2]) }, dimensions: OTHERS });
    const node = tree.children[1]!.children[0]!.children[0]!;
    expect(node.id).toBe('persyaratan');
    expect(node.text.id).toContain('rata-rata 75,00 poin dari pilihan jawaban (2 jawaban)');
    expect(node.text.en).toContain('mean 75.00 points over its answer options (2 answers)');
    expect(node.value).toBe('75');
  });

  it.each([
    ['values out of order', [OPTIONS.value[1], OPTIONS.value[0]], ['value']],
    ['a value twice', [OPTIONS.value[0], { ...OPTIONS.value[1], value: 0 }], ['value']],
    ['fewer points for a higher answer', [{ ...OPTIONS.value[0], points: '60' }, OPTIONS.value[1]], ['points']],
    ['points above 100', [OPTIONS.value[0], { ...OPTIONS.value[1], points: '100.5' }], ['points']],
    ['a single option', [OPTIONS.value[0]], []],
  ])('parseRuleset refuses options with %s, with the path', (_, value, tail) => {
    const e = thrown(() => withOptions({ ...OPTIONS, value }));
    expect(e.code).toBe('INVALID_RULESET');
    expect(e.path.slice(0, 9)).toEqual(['dimensions', 1, 'variables', 0, 'indicators', 0, 'options', 'value', ...(tail.length ? [1] : [])].slice(0, 9));
    if (tail.length) expect(e.path.at(-1)).toBe(tail[0]);
  });

  it('parseRuleset refuses an indicator with both a scale and options', () => {
    const data = JSON.parse(JSON.stringify(getRuleset(2023, { revision: 1 })));
    Object.assign(data.dimensions[1].variables[0].indicators[0], { options: OPTIONS, scale: { min: 0, max: 3 } });
    const e = thrown(() => parseRuleset({ ...data, id: 'both', derivedFrom: 'ori-2023' }));
    expect(e.path).toEqual(['dimensions', 1, 'variables', 0, 'indicators', 0, 'options']);
  });
});
