/**
 * `score` input validation: every refusal is a ScoringError with a code, a path and an actionable message.
 */
import { describe, expect, it } from 'vitest';
import {
  classify,
  getRuleset,
  parseRuleset,
  rank,
  safeParseRuleset,
  safeScore,
  score,
  ScoringError,
  type ScoreInput,
} from '@ombuds/scoring';

const r2023 = getRuleset(2023);
const valid = { competency: '90', standards: '85', opinion: '95', complaints: '80' };

function refusal(input: unknown, options?: object): ScoringError {
  const result = safeScore(r2023, input as ScoreInput, options as never);
  if (result.success) throw new Error(`expected a refusal, got total ${result.data.total}`);
  return result.error;
}

describe('dimension values', () => {
  it.each([
    ['NaN', /is not a plain decimal number; write e\.g\. "87\.44"/],
    ['Infinity', /is not a plain decimal number; write e\.g\. "87\.44"/],
    ['-Infinity', /is not a plain decimal number; write e\.g\. "87\.44"/],
    ['1e2', /is not a plain decimal number; write e\.g\. "87\.44"/],
    ['8.5E1', /is not a plain decimal number; write e\.g\. "87\.44"/],
    ['90,02', /decimal comma.*"90\.02".*decimalComma/],
    [' 90', /is not a plain decimal number; write e\.g\. "87\.44"/],
    ['', /^Process dimension: The value is empty; write a number\./],
    ['0x10', /not a plain decimal/],
    ['+90', /not a plain decimal/],
    ['.5', /not a plain decimal/],
    ['101', / is outside 0–100; give a value in that range\./],
    ['100.01', / is outside 0–100; give a value in that range\./],
    ['-0.01', / is outside 0–100; give a value in that range\./],
    [Number.NaN, /^Process dimension: NaN is not a plain decimal number/],
    [Number.POSITIVE_INFINITY, /^Process dimension: Infinity is not a plain decimal number/],
    [101, / is outside 0–100; give a value in that range\./],
    [null, /^Process dimension: Expected a number or a decimal string like "87\.44", got /],
    [true, /^Process dimension: Expected a number or a decimal string like "87\.44", got /],
    [{}, /^Process dimension: Expected a number or a decimal string like "87\.44", got /],
    [[90], /^Process dimension: Expected a number or a decimal string like "87\.44", got /],
    [90n, /^Process dimension: Expected a number or a decimal string like "87\.44", got /],
  ])('%s is refused with INVALID_INPUT at dimensions.standards', (value, message) => {
    const error = refusal({ dimensions: { ...valid, standards: value } });
    expect(error).toBeInstanceOf(ScoringError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(['dimensions', 'standards']);
    expect(error.message).toMatch(message);
  });

  it('names every missing dimension with its path', () => {
    for (const id of ['competency', 'standards', 'opinion', 'complaints'] as const) {
      const { [id]: _dropped, ...rest } = valid;
      const error = refusal({ dimensions: rest });
      expect(error.path).toEqual(['dimensions', id]);
      expect(error.message).toContain('missing');
    }
  });

  it('refuses an unknown dimension and lists the known ones', () => {
    const error = refusal({ dimensions: { ...valid, trust: '90' } });
    expect(error.path).toEqual(['dimensions', 'trust']);
    expect(error.message).toContain('competency, standards, opinion, complaints');
  });

  it('accepts a decimal comma only with the option, and then refuses a dot', () => {
    const withComma = { dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80,5' } };
    expect(score(r2023, withComma, { decimalComma: true }).exact).toBe('87.5472');
    expect(refusal({ dimensions: { ...valid, complaints: '80.5' } }, { decimalComma: true }).message).toMatch(
      /^Complaints dimension: "80\.5" uses a point with \{ decimalComma: true \}; write "80,5"\./,
    );
  });

  it('reads numbers through their shortest decimal form (0.1 is exactly 0.1)', () => {
    // 21.85 × 0.1 + 32.37 × 0.2 + 24.24 × 0.3 + 21.54 × 0.7 = 2.185 + 6.474 + 7.272 + 15.078 = 31.009 → /100
    const result = score(r2023, { dimensions: { competency: 0.1, standards: 0.2, opinion: 0.3, complaints: 0.7 } });
    expect(result.exact).toBe('0.31009');
    expect(result.total).toBe('0.31');
  });
});

describe('input shape', () => {
  it.each([
    [null, []],
    ['90', []],
    [[], []],
    [{}, []],
    [{ dimensions: valid, units: [{ total: '90' }] }, ['units']],
    [{ dimensions: valid, extra: 1 }, ['extra']],
    [{ dimensions: 'x' }, ['dimensions']],
    [{ units: [] }, ['units']],
    [{ units: {} }, ['units']],
    [{ units: [{}] }, ['units', 0]],
    [{ units: [{ total: '90', dimensions: valid }] }, ['units', 0, 'dimensions']],
    [{ units: [{ total: '90', name: 'x' }] }, ['units', 0, 'name']],
    [
      {
        units: [
          { id: 'a', total: '90' },
          { id: 'a', total: '80' },
        ],
      },
      ['units', 1, 'id'],
    ],
    [{ units: [{ id: 7, total: '90' }] }, ['units', 0, 'id']],
    [{ units: [{ total: '90' }, { dimensions: { ...valid, opinion: '-1' } }] }, ['units', 1, 'dimensions', 'opinion']],
  ])('%j is refused at %j', (input, path) => {
    const error = refusal(input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('refuses a __proto__ key from JSON as an unknown key, without touching Object.prototype', () => {
    const input = JSON.parse(
      '{"dimensions":{"competency":"1","standards":"1","opinion":"1","complaints":"1","__proto__":{"polluted":1}}}',
    );
    const error = refusal(input);
    expect(error.path).toEqual(['dimensions', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a throwing getter into INVALID_INPUT at its path', () => {
    const dimensions = { ...valid };
    Object.defineProperty(dimensions, 'opinion', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const error = refusal({ dimensions });
    expect(error.path).toEqual(['dimensions', 'opinion']);
    expect(error.reason).toBe('unreadable');
    expect(error.message).toBe(
      'Reading this value threw (a getter or Proxy); pass plain data. (at dimensions.opinion)',
    );
  });

  it('refuses unknown options with INVALID_OPTIONS', () => {
    const error = refusal({ dimensions: valid }, { decimalComa: true });
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.path).toEqual(['decimalComa']);
  });

  it('refuses deductions where the year has none, and the 2025 qualifier elsewhere', () => {
    const deductions = [{ points: '1', reason: 'not followed up' }];
    const in2022 = safeScore(getRuleset(2022), { dimensions: valid, deductions });
    expect(in2022.success || in2022.error.path).toEqual(['deductions']);
    const in2023 = safeScore(r2023, { dimensions: valid, followedUpOmbudsman: true });
    expect(in2023.success || in2023.error.path).toEqual(['followedUpOmbudsman']);
  });

  it('refuses a frozen hand-made ruleset that skipped parseRuleset with INVALID_RULESET, never a TypeError', () => {
    const withDimension = (change: object) =>
      Object.freeze({
        ...r2023,
        dimensions: Object.freeze(r2023.dimensions.map((d, i) => (i === 0 ? Object.freeze({ ...d, ...change }) : d))),
      });
    const hostile: [string, unknown, object][] = [
      ['no deductions rule', Object.freeze({ ...r2023, deductions: undefined }), { dimensions: valid, deductions: [] }],
      [
        'a band without zone and label',
        Object.freeze({ ...r2023, bands: Object.freeze([Object.freeze({ min: r2023.bands[4]!.min, category: 'E' })]) }),
        { dimensions: valid },
      ],
      [
        'an opinion rule without a template',
        Object.freeze({ ...r2023, opinion: Object.freeze({ value: 5, source: [] }) }),
        { dimensions: valid },
      ],
      ['variables that are not a list', withDimension({ variables: 5 }), { dimensions: valid }],
      [
        'a throwing getter',
        Object.freeze({
          get dimensions(): never {
            throw new Error('boom');
          },
        }),
        { dimensions: valid },
      ],
    ];
    for (const [what, ruleset, input] of hostile) {
      const result = safeScore(ruleset as never, input as ScoreInput);
      expect(result.success, what).toBe(false);
      if (!result.success) expect(result.error.code, what).toBe('INVALID_RULESET');
    }
  });

  it('refuses a frozen copy whose numbers are wrong (weights summing to 90) instead of scoring it', () => {
    const light = Object.freeze({
      ...r2023,
      dimensions: Object.freeze(
        r2023.dimensions.map((d, i) =>
          i === 0 ? Object.freeze({ ...d, weight: Object.freeze({ ...d.weight, value: '11.85' }) }) : d,
        ),
      ),
    });
    const result = safeScore(light as never, { dimensions: valid });
    expect(result.success || result.error.code).toBe('INVALID_RULESET');
    expect(result.success || result.error.message).toMatch(/parseRuleset\(\) first/);
    expect(safeParseRuleset(JSON.parse(JSON.stringify(light))).success).toBe(false);
  });

  it('accepts a ruleset that went through JSON once it is passed to parseRuleset', () => {
    const copy: unknown = JSON.parse(JSON.stringify(r2023));
    expect(safeScore(copy as never, { dimensions: valid }).success).toBe(false);
    expect(score(parseRuleset(copy), { dimensions: valid }).total).toBe('87.44');
  });

  it('throws the same error from score as safeScore returns', () => {
    expect(() => score(r2023, { dimensions: { ...valid, standards: '101' } })).toThrow(ScoringError);
    expect(() => score(r2023, { dimensions: { ...valid, standards: '101' } })).toThrow(
      /^Process dimension: "101" is outside 0–100; give a value in that range\. \(at dimensions\.standards\)$/,
    );
  });
});

describe('results', () => {
  it('are deeply frozen and never share state with the input', () => {
    const input = { dimensions: { ...valid } };
    const snapshot = JSON.stringify(input);
    const result = score(r2023, input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.dimensions)).toBe(true);
    expect(Object.isFrozen(result.dimensions![0])).toBe(true);
    expect(Object.isFrozen(result.label)).toBe(true);
    expect(Object.isFrozen(result.ruleset)).toBe(true);
  });

  it('report per-dimension contributions that add up to exact', () => {
    const result = score(r2023, { dimensions: valid });
    // 21.85×90/100 = 19.665; 32.37×85/100 = 27.5145; 24.24×95/100 = 23.028; 21.54×80/100 = 17.232
    expect(result.dimensions).toEqual([
      { id: 'competency', score: '90', weight: '21.85', contribution: '19.665' },
      { id: 'standards', score: '85', weight: '32.37', contribution: '27.5145' },
      { id: 'opinion', score: '95', weight: '24.24', contribution: '23.028' },
      { id: 'complaints', score: '80', weight: '21.54', contribution: '17.232' },
    ]);
    expect(result.exact).toBe('87.4395');
    expect(result.opinion).toEqual({ id: 'Opini Kualitas Tinggi', en: 'High quality opinion' });
    expect(result.ruleset).toEqual({ id: 'ori-2023', year: 2023, revision: 2, derivedFrom: null });
  });

  it('take a body as the mean of its rounded unit totals (RULEBOOK §6)', () => {
    const result = score(r2023, {
      units: [
        { id: 'Dinas Kesehatan', dimensions: valid }, // 87.4395 → 87.44
        { id: 'Dukcapil', total: '76.505' }, // → 76.51
        { id: 'DPMPTSP', total: 90 },
      ],
    });
    expect(result.units?.map((u) => [u.id, u.total, u.exact])).toEqual([
      ['Dinas Kesehatan', '87.44', '87.4395'],
      ['Dukcapil', '76.51', '76.505'],
      ['DPMPTSP', '90.00', '90'],
    ]);
    // (87.44 + 76.51 + 90.00) / 3 = 253.95 / 3 = 84.65
    expect(result.total).toBe('84.65');
    expect(result.exact).toBe('84.65');
    expect(result.dimensions).toBeNull();
  });

  it('round a non-terminating mean exactly: 264.70 / 3 = 88.2333… → 88.23', () => {
    const result = score(getRuleset(2025), { units: [{ total: '91.99' }, { total: '86.77' }, { total: '85.94' }] });
    expect(result.total).toBe('88.23');
    expect(result.exact.startsWith('88.2333333333')).toBe(true);
  });

  it('print every number so that it can be passed back: a non-terminating mean is cut at 20 decimals and marked', () => {
    const ruleset = getRuleset(2025);
    const a = score(ruleset, { units: [{ total: '91.99' }, { total: '86.77' }, { total: '85.94' }] });
    const b = score(ruleset, { units: [{ total: '91.99' }, { total: '86.77' }, { total: '85.95' }] });
    // 264.70 / 3 and 264.71 / 3: 20 decimals truncated, then "…".
    expect(a.exact).toBe('88.23333333333333333333…');
    expect(b.exact).toBe('88.23666666666666666666…');
    expect(classify(ruleset, a.exact).total).toBe('88.23');
    expect(classify(ruleset, b.exact).total).toBe('88.24');
    const ranked = rank([
      { id: 'a', total: a.total, exact: a.exact },
      { id: 'b', total: b.total, exact: b.exact },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    // A cut value is no unit total: score says so (and what to write); its 20 decimals are one.
    expect(safeScore(ruleset, { units: [{ total: a.exact }] })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', reason: 'not-a-number', path: ['units', 0, 'total'] },
    });
    expect(score(ruleset, { units: [{ total: a.exact.slice(0, -1) }] }).total).toBe('88.23');
  });

  it('round a mean that ends exactly on a half up: (80.00 + 80.01) / 2 = 80.005 → 80.01', () => {
    const result = score(r2023, { units: [{ total: '80.00' }, { total: '80.01' }] });
    expect(result.exact).toBe('80.005');
    expect(result.total).toBe('80.01');
  });
});
