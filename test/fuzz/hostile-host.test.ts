/**
 * The golden vectors under a hostile host. Every published result is reproduced with
 * Object.prototype polluted (options, input, ruleset and result keys set by someone else), and by a copy of the
 * package imported after the host reconfigured the shared decimal.js (and reconfigured it again after import).
 */
import DecimalJs from 'decimal.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as scoring from '@ombuds/scoring';
import { runVectors } from '../support/vectors-run.js';

/** Keys a polluter might set: every option, input field, ruleset field and result field the library reads. */
const POLLUTION: Record<string, unknown> = {
  // options
  missingIndicators: 'zero',
  followedUpOmbudsman: true,
  method: 'dense',
  tieBreak: 'id',
  decimalComma: true,
  // input
  units: [{ total: '1' }],
  answers: { competency: {} },
  deductions: [{ points: '50', reason: 'polluted' }],
  dimensions: { standards: '1' },
  total: '1',
  exact: '1',
  id: 'polluted',
  points: '50',
  reason: 'polluted',
  // ruleset fields that are optional
  variables: [],
  quality: { value: { id: 'Tercemar', en: 'Polluted' }, source: ['x'], confidence: 'assumed' },
  scale: { min: 0, max: 1 },
  weight: { value: '50', source: ['x'], confidence: 'assumed' },
  note: 'polluted',
  qualifier: { id: 'Tercemar', en: 'Polluted' },
};

describe('golden vectors under a polluted Object.prototype', () => {
  it("every vector is reproduced, and every result equals the clean run's in every field", () => {
    // The polluted run first: rulesets are compiled (and cached) for the first time under the pollution.
    const keys = Object.keys(POLLUTION);
    for (const key of keys) {
      // Non-enumerable, as most pollution through a setter is: for…in elsewhere in the test runner keeps working.
      Object.defineProperty(Object.prototype, key, {
        value: POLLUTION[key],
        configurable: true,
        writable: true,
        enumerable: false,
      });
    }
    let polluted: string[] = [];
    try {
      polluted = runVectors(scoring);
    } finally {
      for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
    }
    const clean = runVectors(scoring);
    expect(clean.length).toBeGreaterThan(50);
    expect(polluted).toEqual(clean);
    expect(
      Object.getOwnPropertyNames(Object.prototype).filter((k) => Object.prototype.hasOwnProperty.call(POLLUTION, k)),
    ).toEqual([]);
  });
});

describe('golden vectors under a reconfigured decimal.js', () => {
  const HOSTILE = {
    precision: 3,
    rounding: DecimalJs.ROUND_FLOOR,
    minE: -3,
    maxE: 2,
    toExpNeg: -1,
    toExpPos: 1,
    modulo: DecimalJs.EUCLID,
  };
  afterEach(() => {
    DecimalJs.set({ defaults: true });
  });

  it('Decimal.set before the package is imported, and again after', async () => {
    const clean = runVectors(scoring);
    DecimalJs.set(HOSTILE);
    vi.resetModules();
    const fresh = (await import('@ombuds/scoring')) as typeof scoring;
    expect(fresh).not.toBe(scoring);
    DecimalJs.set({ ...HOSTILE, precision: 2, rounding: DecimalJs.ROUND_UP });
    const hostileResult = fresh.score(fresh.getRuleset(2023), {
      dimensions: { competency: '90.000000000000000001', standards: '85', opinion: '95', complaints: '80' },
    });
    DecimalJs.set({ defaults: true });
    expect(hostileResult.exact).toBe('87.4395000000000000002185');
    DecimalJs.set(HOSTILE);
    // The vectors run with the hostile configuration in force (the checks' own decimal.js comparisons are
    // exact equalities, which no precision or rounding setting changes).
    let hostile: string[] = [];
    try {
      hostile = runVectors(fresh);
    } finally {
      DecimalJs.set({ defaults: true });
    }
    expect(hostile).toEqual(clean);
  }, 120_000);
});
