/**
 * Rulesets from outside. `parseRuleset` refuses bands or zones out of order with the path,
 * names the field of a bad weight (never a raw `[DecimalError]`), handles ids such as `constructor` and
 * `__proto__`, checks sizes before any quadratic work, and prints `$&`, `$'`, `$$` in labels literally.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, parseRuleset, safeParseRuleset, score, ScoringError } from '@ombuds/scoring';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (year: number): Data => JSON.parse(JSON.stringify(getRuleset(year))) as Data;

function refused(data: unknown): ScoringError {
  const outcome = safeParseRuleset(data);
  expect(outcome.success).toBe(false);
  if (outcome.success) throw new Error('accepted');
  expect(outcome.error.code).toBe('INVALID_RULESET');
  return outcome.error;
}

describe('bands and zones in order', () => {
  it('a zone better than the zone of a higher band is refused at its path', () => {
    const data = copy(2023);
    // 2023: A hijau, B hijau, C kuning, D merah, E merah. Give D the zone hijau.
    data['bands'][3].zone.value = 'hijau';
    const error = refused(data);
    expect(error.path).toEqual(['bands', 3, 'zone', 'value']);
    expect(error.message).toMatch(/zone/);
  });

  it('a three-zone year with hijau below kuning is refused', () => {
    const data = copy(2019);
    data['bands'][0].zone.value = 'kuning';
    data['bands'][1].zone.value = 'hijau';
    expect(refused(data).path).toEqual(['bands', 1, 'zone', 'value']);
  });

  it('grades out of order (B above A) are refused', () => {
    const data = copy(2023);
    data['bands'][0].category = 'B';
    data['bands'][1].category = 'A';
    expect(refused(data).path).toEqual(['bands', 1, 'category']);
  });

  it('bands out of order or overlapping are refused with the path', () => {
    const data = copy(2023);
    [data['bands'][0], data['bands'][1]] = [data['bands'][1], data['bands'][0]];
    expect(refused(data).path[0]).toBe('bands');
    const overlap = copy(2023);
    overlap['bands'][1].min.value = overlap['bands'][0].min.value;
    expect(refused(overlap).path).toEqual(['bands', 1, 'min', 'value']);
  });

  it('every built-in ruleset passes', () => {
    for (const year of [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]) {
      expect(safeParseRuleset(copy(year)).success).toBe(true);
    }
  });
});

describe('bad weights name the field', () => {
  it.each([['21,85'], ['abc'], [''], ['1e2'], ['-5']])('weight %j', (weight) => {
    const data = copy(2023);
    data['dimensions'][0].weight.value = weight;
    const error = refused(data);
    expect(error.message).not.toMatch(/DecimalError/);
    expect(error.path).toEqual(['dimensions', 0, 'weight', 'value']);
    expect(error.message).toMatch(/dimensions\[0\]\.weight\.value/);
  });

  it('a decimal comma is named as such', () => {
    const data = copy(2023);
    data['dimensions'][0].weight.value = '21,85';
    expect(refused(data).message).toMatch(/comma/);
  });

  it('a bad band bound or indicator weight names the field too', () => {
    const data = copy(2023);
    data['bands'][0].min.value = 'x';
    expect(refused(data).message).not.toMatch(/DecimalError/);
    const instrument = copy(2023);
    const variable = instrument['dimensions'][0].variables[0];
    variable.weight = { value: 'abc', source: ['x'], confidence: 'confirmed' };
    expect(refused(instrument).message).not.toMatch(/DecimalError/);
  });
});

describe('ids such as constructor and __proto__', () => {
  it('an indicator named constructor works', () => {
    const data = copy(2023);
    const indicator = data['dimensions'][0].variables[0].indicators[0];
    const old = indicator.id as string;
    indicator.id = 'constructor';
    const rules = parseRuleset(data);
    const answers = Object.fromEntries(
      // The top of the 0..5 scale of revision 2 everywhere.
      (rules.dimensions[0]!.variables ?? []).flatMap((v) => v.indicators.map((i) => [i.id, [5]])),
    );
    expect(Object.keys(answers)).toContain('constructor');
    expect(old).not.toBe('constructor');
    const result = score(rules, {
      answers: { competency: answers },
      dimensions: { standards: '100', opinion: '100', complaints: '100' },
    });
    expect(result.total).toBe('100.00');
  });

  it('a ruleset id constructor works', () => {
    const data = copy(2023);
    data['id'] = 'constructor';
    expect(
      score(parseRuleset(data), { dimensions: { competency: 1, standards: 1, opinion: 1, complaints: 1 } }).ruleset.id,
    ).toBe('constructor');
  });

  it('__proto__ as an id, and as a key, is refused cleanly', () => {
    const data = copy(2023);
    data['dimensions'][0].variables[0].indicators[0].id = '__proto__';
    expect(refused(data).path).toEqual(['dimensions', 0, 'variables', 0, 'indicators', 0, 'id']);
    const keyed = JSON.parse(JSON.stringify(getRuleset(2023)).replace('"revision"', '"__proto__":{"x":1},"revision"'));
    expect(refused(keyed).message).toMatch(/__proto__/);
  });
});

describe('sizes are checked before any quadratic work', () => {
  it('100,000 indicators in one variable are refused at once with the path', () => {
    const data = copy(2023);
    const variable = data['dimensions'][0].variables[0];
    const template = variable.indicators[0];
    variable.indicators = Array.from({ length: 100_000 }, (_, i) => ({ ...template, id: `i${i}` }));
    const error = refused(data);
    expect(error.path).toEqual(['dimensions', 0, 'variables', 0, 'indicators']);
    expect(error.message).toMatch(/at most|the limit is/);
  }, 120_000);
});

describe('labels are printed literally', () => {
  it.each([['$&'], ["$'"], ['$$'], ['$`'], ['$1']])('%s in a band label', (pattern) => {
    const data = copy(2023);
    data['bands'][0].label.id = `Kualitas ${pattern} Tertinggi`;
    data['bands'][0].label.en = `Highest ${pattern} quality`;
    const rules = parseRuleset(data);
    const result = score(rules, { dimensions: { competency: 100, standards: 100, opinion: 100, complaints: 100 } });
    expect(result.label.id).toBe(`Kualitas ${pattern} Tertinggi`);
    expect(result.opinion?.id).toBe(`Opini Kualitas ${pattern} Tertinggi`);
    expect(result.opinion?.en).toContain(`Highest ${pattern} quality`);
  });
});
