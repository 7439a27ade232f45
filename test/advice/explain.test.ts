/**
 * explain: readable lines, and contributions that add up exactly — on examples and, with fast-check, on random
 * inputs of every shape (dimension scores, answers, mixed, units, deductions).
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRuleset, explain, getRuleset, score, type ExplanationNode, type Ruleset } from '@ombuds/scoring';
import { indicatorIds } from '../support/answers.js';

const D = Decimal.clone({ precision: 300 });
const r2023 = getRuleset(2023, { revision: 1 }); // answers on 0..3

const sumOf = (nodes: readonly ExplanationNode[]) => nodes.reduce((a, n) => a.plus(n.contribution!), new D(0));

/** Every node's children add up exactly to it; returns how many groups were checked. */
function checkSums(node: ExplanationNode): number {
  if (node.children.length === 0) return 0;
  const whole = node.kind === 'total' || node.kind === 'unit' ? node.value! : node.contribution!;
  expect(sumOf(node.children).eq(whole), `${node.id}: ${sumOf(node.children).toFixed()} ≠ ${whole}`).toBe(true);
  return 1 + node.children.reduce((n, c) => n + checkSums(c), 0);
}

/**
 * Every node's displayed children add up exactly to its displayed whole (its displayed value at the root and
 * in a unit, else its displayed contribution); every displayed contribution has the ruleset's two decimals and
 * is within 0.01 of the exact one. Returns how many groups were checked.
 */
function checkDisplayed(node: ExplanationNode): number {
  if (node.contribution !== null) {
    expect(node.display.contribution, node.id).toMatch(/^-?\d+\.\d{2}$/);
    expect(new D(node.display.contribution!).minus(node.contribution).abs().lt('0.01'), node.id).toBe(true);
  }
  if (node.children.length === 0) return 0;
  const whole = node.kind === 'total' || node.kind === 'unit' ? node.display.value! : node.display.contribution!;
  const shown = node.children.reduce((a, c) => a.plus(c.display.contribution!), new D(0));
  expect(shown.eq(whole), `${node.id}: displayed ${shown.toFixed(2)} ≠ ${whole}`).toBe(true);
  return 1 + node.children.reduce((n, c) => n + checkDisplayed(c), 0);
}

describe('explain', () => {
  it('displays lines that add up to the displayed total (largest remainder), beside the exact values', () => {
    const tree = explain(r2023, { dimensions: { competency: 72, standards: 70, opinion: 81.5, complaints: 64 } });
    // exact 15.732 + 22.659 + 19.7556 + 13.7856 = 71.9322 → 71.93; each rounded half-up: 15.73 + 22.66 + 19.76 +
    // 13.79 = 71.94 (one cent too many). Floors 15.73 + 22.65 + 19.75 + 13.78 = 71.91; the 2 missing cents go to the
    // largest remainders .9 (22.659) and .56 (19.7556, first of the two .56 ties): 15.73 + 22.66 + 19.76 + 13.78 = 71.93.
    expect(tree.display).toEqual({ value: '71.93', contribution: null });
    expect(tree.children.map((c) => c.display.contribution)).toEqual(['15.73', '22.66', '19.76', '13.78']);
    expect(tree.children.map((c) => c.contribution)).toEqual(['15.732', '22.659', '19.7556', '13.7856']);
    expect(tree.children[3]!.text.en).toBe('Complaints dimension 21.54 % × 64.00 = 13.78');
    expect(tree.children[3]!.display.value).toBe('64.00');
    checkDisplayed(tree);
  });

  it('gives every node the weakest confidence of what it rests on', () => {
    const competency = Object.fromEntries(indicatorIds(r2023, 'competency').map((id) => [id, [2, 2, 2, 2]]));
    const tree = explain(r2023, { answers: { competency }, dimensions: { standards: 80, opinion: 70, complaints: 60 } });
    // Published weights of 2023 are confirmed; its rounding rule is assumed but 71.x here is no tie.
    expect(tree.children.slice(1).map((d) => d.confidence)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    const knowledge = tree.children[0]!.children[0]!.children[0]!;
    // the 12.22 % weight is single-source (S03), but revision 1 leaves the 0..3 answer scale implicit: assumed
    expect(knowledge.source!.confidence).toBe('single-source');
    expect(knowledge.confidence).toBe('assumed');
    // with a published scale of its own the weight decides
    const ownScale = deriveRuleset(r2023, {
      id: 'own-scale',
      dimensions: {
        competency: { variables: { 'kompetensi-pelaksana': { indicators: { 'pengetahuan-standar': { scale: { min: 0, max: 3 } } } } } },
      },
    });
    const withScale = explain(ownScale, { answers: { competency }, dimensions: { standards: 80, opinion: 70, complaints: 60 } });
    expect(withScale.children[0]!.children[0]!.children[0]!.confidence).toBe('single-source');
    // the other competency indicators are composed from the law: assumed, and so their variable, dimension, total
    expect(tree.children[0]!.children[0]!.children[1]!.confidence).toBe('assumed');
    expect(tree.children[0]!.confidence).toBe('assumed');
    expect(tree.confidence).toBe('assumed');
    const plain = explain(r2023, { dimensions: { competency: 72, standards: 70, opinion: 81.5, complaints: 64 } });
    expect(plain.confidence).toBe('confirmed');
    // 87.995 lies on a tie: the assumed half-up rule decides it (A rather than B)
    const tie = explain(r2023, { dimensions: { competency: '87.995', standards: '87.995', opinion: '87.995', complaints: '87.995' } });
    expect(tie.total).toBe('88.00');
    expect(tie.confidence).toBe('assumed');
  });

  it('writes the dimension line in Indonesian and English number format', () => {
    const tree = explain(r2023, { dimensions: { competency: 80, standards: '66.67', opinion: 70, complaints: 60 } });
    expect(tree.id).toBe('total');
    // 32.37 × 66.67 = 2158.1079; 17.48 + 21.581079 + 16.968 + 12.924 = 68.953079
    expect(tree.value).toBe('68.953079');
    expect(tree.total).toBe('68.95');
    const proses = tree.children[1]!;
    expect(proses).toMatchObject({ id: 'standards', kind: 'dimension', value: '66.67', weight: '32.37', contribution: '21.581079' });
    expect(proses.text).toEqual({ id: 'Dimensi Proses 32,37 % × 66,67 = 21,58', en: 'Process dimension 32.37 % × 66.67 = 21.58' });
    expect(proses.source).toEqual({ ids: ['RULEBOOK §4.1', 'S01', 'S02', 'S03', 'S04', 'S05'], confidence: 'confirmed' });
    expect(tree.text.en).toBe('Total 68.95 (exactly 68.953079): category C, yellow zone, Medium quality opinion');
  });

  it('shows deductions as their own nodes, capped where the total reaches 0', () => {
    const tree = explain(r2023, {
      dimensions: { competency: 10, standards: 10, opinion: 10, complaints: 10 },
      deductions: [
        { points: 4, reason: 'Saran tidak ditindaklanjuti' },
        { points: 20, reason: 'Rekomendasi tidak dilaksanakan' },
      ],
    });
    const cuts = tree.children.filter((c) => c.kind === 'deduction');
    expect(cuts.map((c) => [c.id, c.value, c.contribution])).toEqual([
      ['deduction-1', '4', '-4'],
      ['deduction-2', '20', '-6'],
    ]);
    expect(cuts[0]!.text.id).toBe('Pengurangan: Saran tidak ditindaklanjuti −4,00');
    expect(cuts[1]!.text.en).toMatch(/−6\.00 \(of 20\.00; the total stops at 0\)/);
    expect(tree.value).toBe('0');
    checkSums(tree);
  });

  it('goes down to indicators for answers, with the 12.22 % weight and the mean on the scale', () => {
    const competency = Object.fromEntries(indicatorIds(r2023, 'competency').map((id) => [id, [2, 2, 2, 2]]));
    competency['pengetahuan-standar'] = [3, 3, 2, 1];
    const tree = explain(r2023, { answers: { competency }, dimensions: { standards: 80, opinion: 70, complaints: 60 } });
    const variable = tree.children[0]!.children[0]!;
    expect(variable).toMatchObject({ id: 'kompetensi-pelaksana', kind: 'variable', weight: '50' });
    const knowledge = variable.children[0]!;
    expect(knowledge).toMatchObject({
      id: 'pengetahuan-standar',
      value: '75',
      weight: '12.22',
      answers: { count: 4, mean: '2.25', min: 0, max: 3 },
      source: { ids: ['RULEBOOK §4.3', 'S03'], confidence: 'single-source' },
    });
    // 21.85 × 12.22 = 267.007; × 75 = 20025.525; / 10 000 = 2.0025525 points of the total
    expect(knowledge.contribution).toBe('2.0025525');
    expect(knowledge.text.id).toMatch(/rata-rata 2,25 dari skala 0–3 \(4 jawaban\)/);
    checkSums(tree);
  });

  it('reads options as own properties only: a polluted prototype does not make a missing indicator count', () => {
    const competency = Object.fromEntries(indicatorIds(r2023, 'competency').slice(1).map((id) => [id, [2, 2]]));
    const input = { answers: { competency }, dimensions: { standards: 80, opinion: 70, complaints: 60 } };
    const proto = Object.prototype as Record<string, unknown>;
    proto['missingIndicators'] = 'zero';
    try {
      expect(() => explain(r2023, input)).toThrow(/has no answers/);
    } finally {
      delete proto['missingIndicators'];
    }
  });

  it('is not part of score: a score result carries no explanation', () => {
    const result = score(r2023, { dimensions: { competency: 80, standards: 80, opinion: 80, complaints: 80 } });
    expect(Object.keys(result)).not.toContain('children');
    expect(JSON.stringify(result)).not.toMatch(/text/);
  });
});

// ---- random inputs ----

const decimal = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9999 }))
  .map(([i, f]) => (i === 100 ? '100' : `${i}.${String(f).padStart(4, '0')}`));

function dimensionAnswers(ruleset: Ruleset, id: string) {
  return fc.tuple(
    ...indicatorIds(ruleset, id).map(() => fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 7 })),
  ).map((lists) => Object.fromEntries(indicatorIds(ruleset, id).map((k, i) => [k, lists[i]!])));
}

/** A body's dimensions: each dimension by score or, where the ruleset has an instrument, by answers. */
function body(ruleset: Ruleset) {
  return fc
    .tuple(
      ...ruleset.dimensions.map((d) =>
        d.variables
          ? fc.oneof(decimal.map((s) => ({ score: s })), dimensionAnswers(ruleset, d.id).map((a) => ({ answers: a })))
          : decimal.map((s) => ({ score: s })),
      ),
    )
    .map((parts) => {
      const dimensions: Record<string, string> = {};
      const answers: Record<string, unknown> = {};
      ruleset.dimensions.forEach((d, i) => {
        const part = parts[i]! as { score?: string; answers?: unknown };
        if (part.score !== undefined) dimensions[d.id] = part.score;
        else answers[d.id] = part.answers;
      });
      return Object.keys(answers).length > 0 ? { dimensions, answers } : { dimensions };
    });
}

const deductions = fc.array(
  fc.record({ points: decimal.map((d) => String(new D(d).div(4).toDecimalPlaces(4))), reason: fc.constant('tidak ditindaklanjuti') }),
  { maxLength: 2 },
);

function input(year: number) {
  const ruleset = getRuleset(year);
  const withDeductions = ruleset.deductions.value;
  const single = body(ruleset);
  const unit = fc.oneof(single, decimal.map((t) => ({ total: t })));
  return fc
    .tuple(
      fc.oneof(single, fc.array(unit, { minLength: 1, maxLength: 4 }).map((units) => ({ units }))),
      withDeductions ? deductions : fc.constant([]),
    )
    .map(([b, d]) => (d.length > 0 ? { ...b, deductions: d } : b));
}

describe('explain, for any input', () => {
  it.each([2023, 2022, 2025, 2019])('%i: contributions add up exactly to score().exact, and the root agrees with score', (year) => {
    const ruleset = getRuleset(year);
    fc.assert(
      fc.property(input(year), (given) => {
        const result = score(ruleset, given as never);
        const tree = explain(ruleset, given as never);
        // The root shows score's exact total; where it does not terminate, score marks its 20 decimals with `…`
        // and the explanation keeps the plain 20-decimal value its contributions add up to.
        if (result.exact.endsWith('\u2026')) expect(new Decimal(tree.value!).toFixed(20) + '\u2026').toBe(result.exact);
        else expect(tree.value).toBe(result.exact);
        expect(tree.total).toBe(result.total);
        expect(tree.category).toBe(result.category);
        expect(sumOf(tree.children).eq(tree.value!)).toBe(true);
        expect(checkSums(tree)).toBeGreaterThan(0);
        expect(tree.display.value).toBe(result.total);
        // how sure: an estimate exactly when score lists assumptions
        if (result.assumptions.length > 0) expect(tree.confidence).toBe('assumed');
        if (tree.confidence === 'confirmed') expect(result.assumptions).toEqual([]);
        expect(checkDisplayed(tree)).toBeGreaterThan(0);
      }),
      { numRuns: year === 2023 ? 300 : 100 },
    );
  }, 120_000);
});
