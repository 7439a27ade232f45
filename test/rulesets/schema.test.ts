/**
 * The rules of the ruleset schema that no type can say, as `parseRuleset` enforces them: weights sum to exactly
 * 100, bands cover 0–100 with no gap and no overlap, no unknown keys, every parameter has a source and a
 * confidence (and an assumed one a note). Each case changes one thing in a valid ruleset.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, parseRuleset, safeParseRuleset, ScoringError } from '@ombuds/scoring';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function copyOf(year: number): Json {
  return JSON.parse(JSON.stringify(getRuleset(year))) as Json;
}

function refusal(data: unknown): ScoringError {
  const result = safeParseRuleset(data);
  if (result.success) throw new Error('expected INVALID_RULESET, the ruleset was accepted');
  return result.error;
}

describe('the unchanged copies are valid (control)', () => {
  it.each([2019, 2023, 2025])('%i', (year) => {
    expect(parseRuleset(copyOf(year)).id).toBe(`ori-${year}`);
  });
});

describe('weights must sum to exactly 100', () => {
  it.each([
    ['21.84', '99.99'],
    ['21.86', '100.01'],
    ['21.8500000001', '100.0000000001'],
  ])('2023 with competency %s (sum %s) is refused at dimensions', (weight, sum) => {
    const data = copyOf(2023);
    data['dimensions'][0].weight.value = weight;
    const error = refusal(data);
    expect(error.code).toBe('INVALID_RULESET');
    expect(error.path).toEqual(['dimensions']);
    expect(error.message).toContain(sum);
  });

  it('2025 with trust 30.001 (sum 100.001) is refused', () => {
    const data = copyOf(2025);
    data['dimensions'][4].weight.value = '30.001';
    expect(refusal(data).path).toEqual(['dimensions']);
  });

  it('a three-zone year with standards at 99 is refused', () => {
    const data = copyOf(2019);
    data['dimensions'][0].weight.value = '99';
    expect(refusal(data).path).toEqual(['dimensions']);
  });

  it('weights moved between dimensions but still summing to 100 are accepted', () => {
    const data = copyOf(2023);
    data['dimensions'][0].weight.value = '21.84';
    data['dimensions'][1].weight.value = '32.38';
    expect(parseRuleset(data).dimensions[1]!.weight.value).toBe('32.38');
  });
});

describe('bands cover 0–100 with no gap and no overlap', () => {
  it('a lowest band above 0 leaves a gap', () => {
    const data = copyOf(2023);
    data['bands'][4].min.value = '0.01';
    expect(refusal(data).path).toEqual(['bands', 4, 'min', 'value']);
  });

  it('a three-zone ruleset without merah leaves 0–50.99 uncovered', () => {
    const data = copyOf(2019);
    data['bands'].pop();
    expect(refusal(data).path).toEqual(['bands', 1, 'min', 'value']);
  });

  it('a bound with more decimals than the rounding (87.995) leaves totals in no band', () => {
    const data = copyOf(2023);
    data['bands'][0].min.value = '87.995';
    expect(refusal(data).path).toEqual(['bands', 0, 'min', 'value']);
  });

  it('two bands with the same lower bound overlap', () => {
    const data = copyOf(2023);
    data['bands'][1].min.value = '88.00';
    expect(refusal(data).path).toEqual(['bands', 1, 'min', 'value']);
  });

  it('bands out of order overlap', () => {
    const data = copyOf(2019);
    [data['bands'][0], data['bands'][1]] = [data['bands'][1], data['bands'][0]];
    expect(refusal(data).path).toEqual(['bands', 1, 'min', 'value']);
  });

  it('a bound above 100 is refused', () => {
    const data = copyOf(2023);
    data['bands'][0].min.value = '100.01';
    expect(refusal(data).path).toEqual(['bands', 0, 'min', 'value']);
  });

  it('categories on some bands only are refused', () => {
    const data = copyOf(2023);
    data['bands'][2].category = null;
    expect(refusal(data).path).toEqual(['bands']);
  });
});

describe('unknown keys are refused', () => {
  it.each([
    ['at the root', (d: Json): void => { d['weights'] = {}; }, []],
    ['in a dimension', (d: Json): void => { d['dimensions'][0].colour = 3; }, ['dimensions', 0]],
    ['in a band', (d: Json): void => { d['bands'][0].colour = 'green'; }, ['bands', 0]],
    ['in a sourced value', (d: Json): void => { d['dimensions'][0].weight.url = 'x'; }, ['dimensions', 0, 'weight']],
    ['in the rounding', (d: Json): void => { d['rounding'].value.scale = 2; }, ['rounding', 'value']],
  ] as const)('%s', (_, mutate, path) => {
    const data = copyOf(2023);
    mutate(data);
    const error = refusal(data);
    expect(error.code).toBe('INVALID_RULESET');
    expect(error.path).toEqual(path);
  });
});

describe('every parameter has a source and a confidence', () => {
  it.each([
    ['no source', (w: Json): void => { delete w['source']; }, 'source'],
    ['an empty source list', (w: Json): void => { w['source'] = []; }, 'source'],
    ['an empty source id', (w: Json): void => { w['source'] = ['']; }, 'source'],
    ['no confidence', (w: Json): void => { delete w['confidence']; }, 'confidence'],
    ['an unknown confidence', (w: Json): void => { w['confidence'] = 'likely'; }, 'confidence'],
  ] as const)('a dimension weight with %s is refused', (_, mutate, key) => {
    const data = copyOf(2023);
    mutate(data['dimensions'][1].weight);
    const error = refusal(data);
    expect(error.code).toBe('INVALID_RULESET');
    expect(error.path.slice(0, 4)).toEqual(['dimensions', 1, 'weight', key]);
  });

  it('a band bound without confidence is refused', () => {
    const data = copyOf(2019);
    delete data['bands'][0].min.confidence;
    expect(refusal(data).path).toEqual(['bands', 0, 'min', 'confidence']);
  });

  it('the legal basis without source is refused', () => {
    const data = copyOf(2015);
    delete data['legalBasis'].source;
    expect(refusal(data).path).toEqual(['legalBasis', 'source']);
  });

  it('an assumed parameter without a note is refused', () => {
    const data = copyOf(2024);
    delete data['dimensions'][0].weight.note;
    expect(refusal(data).path).toEqual(['dimensions', 0, 'weight', 'note']);
  });

  it('a bare number where a sourced value belongs is refused', () => {
    const data = copyOf(2023);
    data['dimensions'][0].weight = '21.85';
    expect(refusal(data).path).toEqual(['dimensions', 0, 'weight']);
  });
});

it('the error is a ScoringError thrown by parseRuleset too', () => {
  const data = copyOf(2023);
  data['dimensions'][0].weight.value = '21.84';
  expect(() => parseRuleset(data)).toThrow(ScoringError);
});
