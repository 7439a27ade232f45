/**
 * A seeded batch of generated inputs for the parity test: every year, dimension and unit inputs, decimal
 * strings, decimal commas, raw floats, values at and around every band edge, deductions, the 2025 qualifier,
 * invalid values, and rank lists full of ties. Deterministic: the same seed gives the same cases.
 */
import { DEFAULT_SCALE, getRuleset, listRulesets, MISSING_INDICATOR_RULES, RANK_METHODS, TIE_BREAKS } from '@ombuds/scoring';
import type { ParityCase } from './cases.js';

/** mulberry32: a tiny, well-known 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many cases of each kind to generate. */
export interface Counts {
  readonly scorePerYear: number;
  readonly classifyPerYear: number;
  /** Indicator-answer inputs, in the years whose ruleset has an instrument. */
  readonly answersPerYear: number;
  readonly rankLists: number;
}

type Rng = () => number;

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const chance = (rng: Rng, p: number): boolean => rng() < p;

/** A decimal string on 0–100 with 0–4 decimals. */
function decimalString(rng: Rng): string {
  const whole = int(rng, 0, 100);
  if (whole === 100) return chance(rng, 0.5) ? '100' : '100.00';
  const digits = int(rng, 0, 4);
  const fraction = Array.from({ length: digits }, () => String(int(rng, 0, 9))).join('');
  return digits === 0 ? String(whole) : `${whole}.${fraction}`;
}

/** Values at and around each band edge of a year: the exact edge, half a cent below, and nearby. */
function edgeValues(year: number): string[] {
  const values: string[] = [];
  for (const band of getRuleset(year).bands) {
    const min = Number(band.min.value);
    if (min === 0) continue;
    const cents = Math.round(min * 100);
    const at = (c: number, extra: string) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}${extra}`;
    values.push(at(cents, ''), at(cents - 1, '5'), at(cents - 1, '49'), at(cents - 1, '4999'), at(cents - 1, ''));
  }
  return values;
}

const INVALID: readonly unknown[] = ['101', '-1', '100.0001', 'abc', '', ' 80', '1e2', '90,5', 'NaN', null, true, {}, [], Infinity, Number.NaN, -0.5];

/** One score value: mostly valid, in every accepted spelling, sometimes invalid. */
function scoreValue(rng: Rng, edges: readonly string[], comma: boolean): unknown {
  const roll = rng();
  if (roll < 0.02) return pick(rng, INVALID);
  const text = roll < 0.3 ? pick(rng, edges) : decimalString(rng);
  if (comma) return text.replace('.', ',');
  if (roll > 0.9) return rng() * 100; // a raw float such as 37.48279162310064
  if (roll > 0.75) return Number(text);
  return text;
}

function dimensionScores(rng: Rng, ids: readonly string[], edges: readonly string[], comma: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    if (chance(rng, 0.005)) continue; // a missing dimension
    out[id] = scoreValue(rng, edges, comma);
  }
  if (chance(rng, 0.005)) out.unknownDimension = '50';
  return out;
}

function scoreCase(rng: Rng, year: number): ParityCase {
  const rules = getRuleset(year);
  const ids = rules.dimensions.map((d) => d.id);
  const edges = edgeValues(year);
  const comma = chance(rng, 0.1);
  const input: Record<string, unknown> = {};
  if (chance(rng, 0.5)) {
    input.dimensions = dimensionScores(rng, ids, edges, comma);
  } else {
    input.units = Array.from({ length: int(rng, 1, 6) }, (_, i) => {
      const unit: Record<string, unknown> = chance(rng, 0.5)
        ? { total: scoreValue(rng, edges, comma) }
        : { dimensions: dimensionScores(rng, ids, edges, comma) };
      if (chance(rng, 0.6)) unit.id = `Unit ${i + 1}`;
      return unit;
    });
  }
  // Deductions are allowed in 2023–2024 only; elsewhere they must be rejected the same way on both sides.
  if (chance(rng, rules.deductions.value ? 0.3 : 0.02)) {
    input.deductions = Array.from({ length: int(rng, 1, 3) }, (_, i) => ({
      points: comma ? `${int(rng, 0, 5)},${int(rng, 0, 99)}` : `${int(rng, 0, 5)}.${int(rng, 0, 99)}`,
      reason: `Produk Ombudsman ${i + 1} belum ditindaklanjuti`,
    }));
  }
  if (chance(rng, rules.opinion?.value.qualifier ? 0.4 : 0.02)) input.followedUpOmbudsman = chance(rng, 0.5);
  return comma ? { call: 'score', year, input, options: { decimalComma: true } } : { call: 'score', year, input };
}

/** Indicator answers for the dimensions that have an instrument (2022–2024), dimension scores for the rest. */
function answersCase(rng: Rng, year: number): ParityCase {
  const rules = getRuleset(year);
  const edges = edgeValues(year);
  const answers: Record<string, Record<string, unknown[]>> = {};
  const dimensions: Record<string, unknown> = {};
  const sheets: Record<string, unknown[]>[] = [];
  for (const dimension of rules.dimensions) {
    if (!dimension.variables) {
      dimensions[dimension.id] = scoreValue(rng, edges, false);
      continue;
    }
    const sheet: Record<string, unknown[]> = {};
    for (const variable of dimension.variables) {
      for (const indicator of variable.indicators) {
        const { min, max } = indicator.scale ?? DEFAULT_SCALE;
        sheet[indicator.id] = Array.from({ length: int(rng, 1, 5) }, () =>
          chance(rng, 0.8) ? int(rng, min, max) : String(int(rng, min, max)),
        );
      }
    }
    answers[dimension.id] = sheet;
    sheets.push(sheet);
  }
  // Now and then one indicator without answers, or one answer off the scale.
  const sheet = sheets.length > 0 ? pick(rng, sheets) : undefined;
  const ids = sheet ? Object.keys(sheet) : [];
  if (sheet && ids.length > 0 && chance(rng, 0.25)) delete sheet[pick(rng, ids)];
  else if (sheet && ids.length > 0 && chance(rng, 0.05)) sheet[pick(rng, ids)] = [99];
  const input: Record<string, unknown> = Object.keys(dimensions).length > 0 ? { answers, dimensions } : { answers };
  return chance(rng, 0.5)
    ? { call: 'score', year, input, options: { missingIndicators: pick(rng, MISSING_INDICATOR_RULES) } }
    : { call: 'score', year, input };
}

function classifyCase(rng: Rng, year: number): ParityCase {
  const rules = getRuleset(year);
  const total = scoreValue(rng, edgeValues(year), false);
  if (rules.opinion?.value.qualifier && chance(rng, 0.3)) {
    return { call: 'classify', year, total, options: { followedUpOmbudsman: chance(rng, 0.5) } };
  }
  return { call: 'classify', year, total };
}

function rankCase(rng: Rng): ParityCase {
  // Few distinct totals so that ties are common; exact totals that sometimes break them.
  const pool = Array.from({ length: int(rng, 1, 6) }, () => decimalString(rng));
  const items = Array.from({ length: int(rng, 1, 30) }, (_, i) => {
    const total = pick(rng, pool);
    const item: Record<string, unknown> = { id: `Kabupaten ${String.fromCharCode(65 + (i % 26))}${i}`, total };
    if (chance(rng, 0.4)) item.exact = `${total}${total.includes('.') ? '' : '.'}${int(rng, 0, 9)}`;
    return item;
  });
  if (chance(rng, 0.03)) items.push({ id: 'Kabupaten A0', total: '50' }); // a duplicate id
  const options: Record<string, unknown> = {};
  if (chance(rng, 0.8)) options.method = pick(rng, RANK_METHODS);
  if (chance(rng, 0.5)) options.tieBreak = pick(rng, TIE_BREAKS);
  return { call: 'rank', items, options };
}

/** The generated batch, grouped by kind and year. */
export function generateGroups(seed: number, counts: Counts): { name: string; cases: ParityCase[] }[] {
  const rng = prng(seed);
  const groups: { name: string; cases: ParityCase[] }[] = [];
  for (const { year } of listRulesets()) {
    groups.push({ name: `generated score ${year}`, cases: Array.from({ length: counts.scorePerYear }, () => scoreCase(rng, year)) });
    if (getRuleset(year).dimensions.some((d) => d.variables)) {
      groups.push({
        name: `generated answers ${year}`,
        cases: Array.from({ length: counts.answersPerYear }, () => answersCase(rng, year)),
      });
    }
    groups.push({
      name: `generated classify ${year}`,
      cases: Array.from({ length: counts.classifyPerYear }, () => classifyCase(rng, year)),
    });
  }
  groups.push({ name: 'generated rank', cases: Array.from({ length: counts.rankLists }, () => rankCase(rng)) });
  groups.push({
    name: 'getRuleset over years and non-years',
    cases: [...Array.from({ length: 21 }, (_, i) => 2010 + i), 2023.5, '2023', null].map((year) => ({ call: 'getRuleset', year })),
  });
  return groups;
}
