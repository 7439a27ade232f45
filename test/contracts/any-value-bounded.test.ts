/**
 * Any value gives a result or a ScoringError; sizes are bounded before the work;
 * parseRuleset says what was expected and what was given. Expected texts written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  deriveRuleset,
  getRuleset,
  LIMITS,
  parseRuleset,
  rank,
  safeDeriveRuleset,
  safeParseRuleset,
  safeRank,
  safeScore,
  score,
  summarize,
} from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };
const data = (): Record<string, unknown> & { dimensions: { weight: { value: unknown } }[] } =>
  JSON.parse(JSON.stringify(getRuleset(2023))) as never;

describe('item 7: safeDeriveRuleset with an id whose toString throws', () => {
  it('is a ScoringError at ["id"]', () => {
    const id = {
      toString(): string {
        throw new Error('boom');
      },
    };
    const result = safeDeriveRuleset(getRuleset(2023), { id } as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect([result.error.code, result.error.reason, result.error.path]).toEqual(['INVALID_INPUT', 'wrong-type', ['id']]);
    }
    expect(safeDeriveRuleset(getRuleset(2023), { id: Symbol('x') } as never).success).toBe(false);
  });
});

describe('item 11: a length that is an object with valueOf', () => {
  /** An array whose length says 5 the first time it is read as a number, 200,000 after. */
  function lying<T>(item: T): T[] {
    let reads = 0;
    const length = {
      valueOf: (): number => (++reads === 1 ? 5 : 200_000),
    };
    return new Proxy([item], {
      get: (target, key, receiver) => (key === 'length' ? length : (Reflect.get(target, key, receiver) ?? item)),
    });
  }

  it('does not pass the size limits of score, rank, summarize or deriveRuleset', () => {
    const scored = safeScore(getRuleset(2023), { units: lying({ total: '80' }) });
    expect(scored.success).toBe(false);
    expect(safeRank(lying({ id: 'a', total: '80' })).success).toBe(false);
    expect(() => summarize(lying({ total: '80', zone: 'hijau', category: 'B' }) as never)).toThrow();
    const derived = safeDeriveRuleset(getRuleset(2023), { dimensions: lying({}) } as never);
    expect(derived.success).toBe(false);
  });
});

describe('item 11: an enumerable key on Object.prototype', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('does not make parseRuleset or deriveRuleset fail', () => {
    (Object.prototype as Record<string, unknown>)['polluted'] = 1;
    const parsed = parseRuleset(data());
    const derived = deriveRuleset(getRuleset(2023), { id: 'kantor-2023' });
    delete (Object.prototype as Record<string, unknown>)['polluted'];
    expect(score(parsed, { dimensions: dims }).total).toBe('87.44');
    expect(score(derived, { dimensions: dims }).total).toBe('87.44');
  });
});

describe('item 11: texts inside a ruleset are bounded', () => {
  it(`a label of ${LIMITS.rulesetTextLength + 1} characters is refused; one of ${LIMITS.rulesetTextLength} emoji is not`, () => {
    const long = data();
    (long['name'] as { en: string }).en = 'x'.repeat(LIMITS.rulesetTextLength + 1);
    const error = thrown(() => parseRuleset(long));
    expect([error.code, error.path]).toEqual(['INVALID_RULESET', ['name', 'en']]);
    const emoji = data();
    (emoji['name'] as { en: string }).en = '\u{1F600}'.repeat(LIMITS.rulesetTextLength);
    expect(parseRuleset(emoji).name.en).toHaveLength(2 * LIMITS.rulesetTextLength);
  });

  it('a source of 100,000,000 characters is refused', { timeout: 60_000 }, () => {
    const huge = data();
    (huge['legalBasis'] as { source: string[] }).source = ['x'.repeat(100_000_000)];
    const error = thrown(() => parseRuleset(huge));
    expect(error.path).toEqual(['legalBasis', 'source', 0]);
    expect(error.message.length).toBeLessThan(1_000);
  });
});

describe('item 11: an unknown key of 10,000,000 characters', () => {
  const key = 'k'.repeat(10_000_000);

  it('makes a message of bounded size, in every call', () => {
    const errors = [
      thrown(() => rank([], { [key]: 1 } as never)),
      thrown(() => score(getRuleset(2023), { dimensions: dims, [key]: 1 } as never)),
      thrown(() => parseRuleset({ ...data(), [key]: 1 })),
      thrown(() => deriveRuleset(getRuleset(2023), { [key]: 1 })),
    ];
    for (const error of errors) {
      expect(error.message.length).toBeLessThan(1_000);
      expect(error.text.id.length).toBeLessThan(1_000);
      expect(error.text.en.length).toBeLessThan(1_000);
    }
  });
});

describe('item 13: parseRuleset says what was expected and what was given', () => {
  it('a number weight', () => {
    const d = data();
    d.dimensions[0]!.weight.value = 30;
    const error = thrown(() => parseRuleset(d));
    expect(error.reason).toBe('wrong-type');
    expect(error.path).toEqual(['dimensions', 0, 'weight', 'value']);
    expect(error.text.en).toBe('Expected a string, got 30.');
    expect(error.text.id).toBe('Isinya 30; isi dengan teks.');
  });

  it('year: "2023"', () => {
    const error = thrown(() => parseRuleset({ ...data(), year: '2023' }));
    expect(error.text.en).toBe('Expected a number, got "2023".');
    expect(error.text.id).toBe('Isinya "2023"; isi dengan angka.');
  });

  it('a field that is not there is still missing', () => {
    const d = data();
    delete d['year'];
    expect(thrown(() => parseRuleset(d)).reason).toBe('missing');
  });

  it('an exponent form gets the hint to write it out', () => {
    const d = data();
    d.dimensions[0]!.weight.value = '1e-7';
    const error = thrown(() => parseRuleset(d));
    expect(error.reason).toBe('not-a-number');
    expect(error.text.en).toBe('"1e-7" uses an exponent; write it out in full, e.g. "0.0000001".');
    expect(error.text.id).toBe('"1e-7" memakai eksponen; tulis angkanya lengkap, misalnya "0.0000001".');
  });

  it('no Indonesian text says "berzone" or "bercategory"', () => {
    const r = getRuleset(2023);
    const crossed = thrown(() =>
      summarize([
        { total: '90.00', zone: 'kuning', category: 'C' },
        { total: '70.00', zone: 'hijau', category: 'A' },
      ] as never),
    );
    expect(crossed.text.id).not.toMatch(/berzone|bercategory/);
    expect(crossed.text.id).toContain('nilai 90,00 dengan zona kuning');
    const changed = thrown(() => summarize([{ ...score(r, { dimensions: dims }), zone: 'merah' }] as never));
    expect(changed.text.id).not.toMatch(/zone|category/);
    expect(safeParseRuleset(null).success).toBe(false);
  });
});

describe('a throwing Proxy given to parseRuleset', () => {
  it('is a ScoringError', () => {
    const proxy = new Proxy(data(), {
      ownKeys() {
        throw new Error('trap');
      },
    });
    expect(safeParseRuleset(proxy).success).toBe(false);
  });
});
