/**
 * No outside state changes a result. Options are read as own properties only, the exported
 * constants are frozen, the private decimal.js clone ignores the host's `Decimal.set`, and a value is read once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import DecimalJs from 'decimal.js';
import {
  CATEGORIES,
  classify,
  DEFAULT_SCALE,
  DIMENSION_IDS,
  getRuleset,
  LIMITS,
  MISSING_INDICATOR_RULES,
  parseRuleset,
  rank,
  RANK_METHODS,
  ROUNDING_MODES,
  score,
  scoreAcrossYears,
  summarize,
  TIE_BREAKS,
  ZONES,
} from '@ombuds/scoring';

const proto = Object.prototype as Record<string, unknown>;
const POLLUTED = ['missingIndicators', 'followedUpOmbudsman', 'method', 'tieBreak', 'decimalComma'] as const;

function polluted<T>(values: Partial<Record<(typeof POLLUTED)[number], unknown>>, run: () => T): T {
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
  }
  try {
    return run();
  } finally {
    for (const key of Object.keys(values)) delete proto[key];
  }
}

const dims = { competency: '80.5', standards: '90', opinion: '70', complaints: '60' };

describe('options are read as own properties only', () => {
  it('score: an inherited decimalComma or missingIndicators changes nothing', () => {
    // By hand: 21.85 × 80.5 + 32.37 × 90 + 24.24 × 70 + 21.54 × 60 = 7661.425 → /100 = 76.61425.
    const result = polluted({ decimalComma: true, missingIndicators: 'zero' }, () =>
      score(getRuleset(2023), { dimensions: dims }),
    );
    expect(result.exact).toBe('76.61425');
    const partial = { answers: { competency: {} } };
    const error = polluted({ missingIndicators: 'zero' }, () => {
      try {
        score(getRuleset(2023), partial as never);
      } catch (e) {
        return e as { path: unknown };
      }
      return null;
    });
    // Without an own missingIndicators the default 'refuse' applies: the first unanswered indicator is refused.
    expect(error?.path).toEqual(['answers', 'competency', expect.any(String)]);
  });

  it('rank: an inherited method or tieBreak changes nothing', () => {
    const items = [
      { id: 'b', total: '80', exact: '80.004' },
      { id: 'a', total: '80' },
      { id: 'c', total: '70' },
    ];
    const ranked = polluted({ method: 'dense', tieBreak: 'id', decimalComma: true }, () => rank(items));
    expect(ranked.map((r) => `${r.rank} ${r.id}`)).toEqual(['1 b', '2 a', '3 c']);
  });

  it('classify: an inherited followedUpOmbudsman changes nothing', () => {
    const c = polluted({ followedUpOmbudsman: true }, () => classify(getRuleset(2025), '95'));
    expect(c.opinion?.id).not.toContain('Tanpa Maladministrasi');
  });

  it('summarize: an inherited decimalComma changes nothing', () => {
    const tally = polluted({ decimalComma: true }, () =>
      summarize([{ total: '80.50', zone: 'kuning', category: null } as never]),
    );
    expect(tally.sum).toBe('80.50');
  });
});

describe('optional ruleset fields are read as own properties only', () => {
  it('an inherited quality, variables, scale or weight changes no result', () => {
    // Fresh copies, compiled for the first time under the pollution (compiled rulesets are cached).
    const r = parseRuleset(JSON.parse(JSON.stringify(getRuleset(2023))));
    const r2019 = parseRuleset(JSON.parse(JSON.stringify(getRuleset(2019))));
    const answers = Object.fromEntries(
      (r.dimensions[0]!.variables ?? []).flatMap((v) => v.indicators.map((i, k) => [i.id, [k % 4, 3]])),
    );
    const input = {
      answers: { competency: answers },
      dimensions: { standards: '90', opinion: '70', complaints: '60' },
    };
    const run = (a: typeof r, b: typeof r): string =>
      JSON.stringify([score(a, input), classify(b, '80.03'), score(b, { dimensions: { standards: '80' } })]);
    const pollution = {
      quality: { value: { id: 'Tercemar', en: 'Polluted' }, source: ['x'], confidence: 'assumed' },
      variables: [],
      scale: { min: 0, max: 1 },
      weight: { value: '99', source: ['x'], confidence: 'assumed' },
    };
    for (const [key, value] of Object.entries(pollution)) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
    }
    let dirty = '';
    try {
      dirty = run(r, r2019);
    } finally {
      for (const key of Object.keys(pollution)) delete proto[key];
    }
    expect(dirty).toBe(run(getRuleset(2023), getRuleset(2019)));
  });
});

describe('exported constants are frozen', () => {
  it.each([
    ['RANK_METHODS', RANK_METHODS],
    ['TIE_BREAKS', TIE_BREAKS],
    ['ROUNDING_MODES', ROUNDING_MODES],
    ['ZONES', ZONES],
    ['CATEGORIES', CATEGORIES],
    ['DIMENSION_IDS', DIMENSION_IDS],
    ['MISSING_INDICATOR_RULES', MISSING_INDICATOR_RULES],
    ['LIMITS', LIMITS],
    ['DEFAULT_SCALE', DEFAULT_SCALE],
  ])('%s', (_, value) => {
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => {
      (value as unknown as Record<string, unknown>)['added'] = 'x';
    }).toThrow(TypeError);
  });

  it('a push attempt on RANK_METHODS cannot widen what rank accepts', () => {
    try {
      (RANK_METHODS as unknown as string[]).push('bogus');
    } catch {
      // frozen
    }
    expect(() => rank([{ id: 'a', total: '1' }], { method: 'bogus' as never })).toThrow(/method/);
  });
});

describe('the host configuration of decimal.js changes nothing', () => {
  const hostile = {
    precision: 5,
    rounding: DecimalJs.ROUND_DOWN,
    minE: -9,
    maxE: 1,
    toExpNeg: -1,
    toExpPos: 1,
    modulo: DecimalJs.EUCLID,
    crypto: false,
  };
  afterEach(() => {
    DecimalJs.set({ defaults: true });
  });

  it('Decimal.set before import: exact and rounding are unchanged', async () => {
    DecimalJs.set(hostile);
    vi.resetModules();
    const fresh = await import('@ombuds/scoring');
    const result = fresh.score(fresh.getRuleset(2023), {
      dimensions: { competency: '0.000000000000000001', standards: '99.99', opinion: '12.345', complaints: '60' },
    });
    // By hand: (21.85 × 1e-18 + 32.37 × 99.99 + 24.24 × 12.345 + 21.54 × 60) / 100 = 4828.3191…/100.
    expect(result.exact).toBe('48.2831910000000000002185');
    expect(result.total).toBe('48.28');
    expect(fresh.rank([{ id: 'x', total: '99.995' }])[0]!.total).toBe('100.00');
  });

  it('Decimal.set after import changes nothing', () => {
    DecimalJs.set(hostile);
    const result = score(getRuleset(2023), {
      dimensions: { competency: '0.000000000000000001', standards: '99.99', opinion: '12.345', complaints: '60' },
    });
    expect(result.exact).toBe('48.2831910000000000002185');
  });
});

describe('a value is read once', () => {
  it('scoreAcrossYears scores every year on the same input, even when a getter changes between reads', () => {
    let reads = 0;
    const unit = {
      get total(): string {
        reads += 1;
        return reads === 1 ? '80.03' : '10';
      },
    };
    const across = scoreAcrossYears({ units: [unit] }, [2019, 2023]);
    const totals = across.outcomes.map((o) => (o.fits ? o.result.total : o.error.message));
    expect(totals).toEqual(['80.03', '80.03']);
    expect(reads).toBe(1);
  });

  it('a Proxy whose length grows after the first read cannot bypass LIMITS', () => {
    let reads = 0;
    const units = new Proxy([{ total: '80' }], {
      get(target, key, receiver) {
        if (key === 'length') return ++reads === 1 ? 1 : LIMITS.unitsPerBody + 5;
        return Reflect.get(target, key, receiver);
      },
    });
    const result = score(getRuleset(2023), { units } as never);
    expect(result.units).toHaveLength(1);
  });
});
