/**
 * `audit`: rows scored from their parts and compared with what they print. Expected values by
 * hand: 2023 weights 21.85 / 32.37 / 24.24 / 21.54; 90/85/95/80 → 87.4395 → 87.44 (B).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, getRuleset, safeAudit, score } from '../../src/index.js';

const y2023 = getRuleset(2023);
const parts = { dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' } };

describe('audit', () => {
  it('returns nothing for rows that agree, however the total is written', () => {
    expect(
      audit(y2023, [
        { id: 'A', input: parts, printed: { total: '87.44', category: 'b', zone: 'Zona Hijau' } },
        { id: 'B', input: parts, printed: { total: '87.440' } },
        { id: 'C', input: parts, printed: { total: 87.44 } },
      ]),
    ).toEqual([]);
    expect(audit(y2023, [{ id: 'D', input: parts, printed: { total: '87,44' } }], { decimalComma: true })).toEqual([]);
  });

  it('lists a disagreeing row with printed, computed, the exact difference and no explanation', () => {
    expect(audit(y2023, [{ id: 'B', input: parts, printed: { total: '87.45', category: 'A', zone: 'hijau' } }])).toEqual([
      {
        index: 0,
        id: 'B',
        fields: ['total', 'category'],
        printed: { total: '87.45', category: 'A', zone: 'hijau' },
        computed: { total: '87.44', exact: '87.4395', category: 'B', zone: 'hijau' },
        difference: '0.01',
        explainedBy: [],
      },
    ]);
  });

  it('names the reading that explains a printed total: truncation, half-even, units rounded after the mean', () => {
    // 80.465 → 80.47 half-up; 80.46 half-even and truncated.
    const half = { dimensions: { competency: '80', standards: '80.22', opinion: '81.9', complaints: '79.69' } };
    // Units 80.005 and 80.004: rounded before the mean 80.01 and 80.00 → 80.005 → 80.01; after: 80.0045 → 80.00.
    const units = { units: [{ id: 'u1', total: '80.005' }, { id: 'u2', total: '80.004' }] };
    const [a, b] = audit(y2023, [
      { id: 'half', input: half, printed: { total: '80.46' } },
      { id: 'units', input: units, printed: { total: '80.00' } },
    ]);
    expect(a!.computed.exact).toBe('80.465');
    expect(a!.explainedBy.map((r) => r.reading)).toEqual(['half-even', 'down']);
    expect(b!.computed.total).toBe('80.01');
    expect(b!.explainedBy.map((r) => r.reading)).toEqual(['units-after-mean', 'half-even', 'down']);
  });

  it('is a ScoringError, never a TypeError, for unreadable parts or a printed total that is no number', () => {
    const bad = safeAudit(y2023, [{ id: 'A', input: parts, printed: { total: 'delapan puluh' } }]);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.path).toEqual(['printed', 'total']);
    expect(safeAudit(y2023, [{ id: 'A', input: { dimensions: {} }, printed: {} }]).success).toBe(false);
  });

  it('never reports a row whose printed total is its computed total (property)', () => {
    const score100 = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(score100, score100, score100, score100, (competency, standards, opinion, complaints) => {
        const input = { dimensions: { competency, standards, opinion, complaints } };
        const { total, category, zone } = score(y2023, input);
        expect(audit(y2023, [{ id: 'x', input, printed: { total, category: category!, zone } }])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
