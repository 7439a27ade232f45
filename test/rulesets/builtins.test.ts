/**
 * Every built-in ruleset is valid, deeply frozen, carries provenance on every number, and says what the
 * RULEBOOK says for its year (§2, §3, §4, §5). Expected values written by hand from the RULEBOOK.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, listRulesets, parseRuleset, type Ruleset } from '@ombuds/scoring';

/** Every year and revision (RULEBOOK §7a): revision 2 for 2015–2019, 2022–2024 and 2025, written by hand. */
const REVISIONS = [
  ...[2015, 2016, 2017, 2018, 2019].flatMap((y) => [[y, 1], [y, 2]] as const),
  [2021, 1] as const,
  ...[2022, 2023, 2024, 2025].flatMap((y) => [[y, 1], [y, 2]] as const),
];
const THREE_ZONE = REVISIONS.filter(([y]) => y < 2022);

function unfrozen(value: unknown, path: string, out: string[]): string[] {
  if (value !== null && typeof value === 'object') {
    if (!Object.isFrozen(value)) out.push(path || '(root)');
    for (const [key, child] of Object.entries(value)) unfrozen(child, `${path}.${key}`, out);
  }
  return out;
}

const isProvenance = (v: object): boolean => 'confidence' in v;
const NUMERIC = /^\d+(\.\d+)?$/;

/** Paths of numbers (and decimal strings) that sit in no provenance node. `year` and `revision` are metadata. */
function unsourcedNumbers(value: unknown, path: string, inside: boolean, out: string[]): string[] {
  if (value !== null && typeof value === 'object') {
    const here = inside || isProvenance(value);
    if (isProvenance(value)) {
      const { source, confidence } = value as { source?: unknown; confidence?: unknown };
      if (!Array.isArray(source) || source.length === 0) out.push(`${path}.source`);
      if (!['confirmed', 'single-source', 'assumed'].includes(confidence as string)) out.push(`${path}.confidence`);
    }
    for (const [key, child] of Object.entries(value)) unsourcedNumbers(child, `${path}.${key}`, here, out);
  } else if ((typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value))) && !inside) {
    if (path !== '.year' && path !== '.revision') out.push(path);
  }
  return out;
}

describe.each(REVISIONS)('built-in %i revision %i', (year, revision) => {
  const rules = getRuleset(year, { revision });

  it('passes parseRuleset (as JSON, the way a server would send it) unchanged', () => {
    const json: unknown = JSON.parse(JSON.stringify(rules));
    expect(parseRuleset(json)).toEqual(rules);
  });

  it('is deeply frozen', () => {
    expect(unfrozen(rules, '', [])).toEqual([]);
  });

  it('every number carries a source and a confidence', () => {
    expect(unsourcedNumbers(rules, '', false, [])).toEqual([]);
  });

  it('every assumed parameter says why', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === null || typeof v !== 'object') return;
      if ((v as { confidence?: unknown }).confidence === 'assumed' && typeof (v as { note?: unknown }).note !== 'string') {
        missing.push(path);
      }
      for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`);
    };
    walk(rules, '');
    expect(missing).toEqual([]);
  });
});

it('the helper above finds an unsourced number (so the check can fail)', () => {
  expect(unsourcedNumbers({ year: 2023, bands: [{ min: '88.00' }] }, '', false, [])).toEqual(['.bands.0.min']);
  expect(unsourcedNumbers({ w: { value: '1', source: [], confidence: 'assumed' } }, '', false, [])).toEqual([
    '.w.source',
  ]);
});

describe.each(THREE_ZONE)('three-zone year %i revision %i (RULEBOOK §3)', (year, revision) => {
  const rules = getRuleset(year, { revision });
  /** Revision 2 of 2015–2019 closes the 50–51 gap towards kuning (S100); 2021 and revision 1 start kuning at 51. */
  const kuningMin = revision === 2 ? '50.01' : '51.00';

  it('has one dimension, standards, at 100 %', () => {
    expect(rules.dimensions.map((d) => [d.id, d.weight.value])).toEqual([['standards', '100']]);
  });

  it(`has hijau ≥ 81.00, kuning ≥ ${kuningMin}, merah ≥ 0.00 with no category and the compliance predicates`, () => {
    expect(rules.bands.map((b) => [b.category, b.zone.value, b.min.value, b.label.id, b.label.en])).toEqual([
      [null, 'hijau', '81.00', 'Kepatuhan Tinggi', 'High compliance'],
      [null, 'kuning', kuningMin, 'Kepatuhan Sedang', 'Medium compliance'],
      [null, 'merah', '0.00', 'Kepatuhan Rendah', 'Low compliance'],
    ]);
  });

  it('has no opinion, no deductions, half-up rounding to 2 decimals with units rounded before the mean', () => {
    expect(rules.opinion).toBeNull();
    expect(rules.deductions.value).toBe(false);
    expect(rules.rounding.value).toEqual({ digits: 2, mode: 'half-up', unitsBeforeMean: true });
  });

  it('cites the legal basis of its year: 17/2015 in 2015, 22/2016 after', () => {
    expect(rules.legalBasis.value).toMatch(year === 2015 ? /Nomor 17 Tahun 2015$/ : /Nomor 22 Tahun 2016$/);
  });

  const kuningConfidence = year === 2021 ? 'confirmed' : revision === 2 ? 'single-source' : 'assumed';
  it(`marks the kuning lower bound ${kuningConfidence}`, () => {
    // 2021 published 51.00–80.99; revision 1 closed the 50–51 gap by assumption; revision 2 by S100.
    expect(rules.bands[1]!.min.confidence).toBe(kuningConfidence);
    if (revision === 2) expect(rules.bands[1]!.min.source).toContain('S100');
  });
});

describe('names (RULEBOOK §2)', () => {
  it.each([
    [2015, 'Penelitian Kepatuhan terhadap Standar Pelayanan Publik'],
    [2016, 'Penilaian Kepatuhan terhadap Standar Pelayanan Publik'],
    [2019, 'Penilaian Kepatuhan terhadap Standar Pelayanan Publik'],
    [2021, 'Penilaian Kepatuhan Standar Pelayanan Publik'],
  ])('%i is "%s"', (year, name) => {
    expect(getRuleset(year).name.id).toBe(name);
  });
});

describe('2025 (RULEBOOK §5)', () => {
  const rules: Ruleset = getRuleset(2025);

  it('revision 2 splits the 70 % as 25 / 20 / 10 / 15 (assumed, bounded below by S103) and gives trust 30 %', () => {
    expect(rules.revision).toBe(2);
    expect(rules.dimensions.map((d) => [d.id, d.weight.value, d.weight.confidence])).toEqual([
      ['competency', '25', 'assumed'],
      ['standards', '20', 'assumed'],
      ['opinion', '10', 'assumed'],
      ['complaints', '15', 'assumed'],
      ['trust', '30', 'single-source'],
    ]);
    for (const d of rules.dimensions.slice(0, 4)) {
      expect(d.weight.source).toContain('S103');
      expect(d.weight.note).toMatch(/23\.32.*19\.76.*9\.38.*10\.97/);
    }
  });

  it('revision 1 splits the 70 % in the 2023 proportions (assumed) and gives trust 30 %', () => {
    expect(getRuleset(2025, { revision: 1 }).dimensions.map((d) => [d.id, d.weight.value, d.weight.confidence])).toEqual([
      ['competency', '15.295', 'assumed'],
      ['standards', '22.659', 'assumed'],
      ['opinion', '16.968', 'assumed'],
      ['complaints', '15.078', 'assumed'],
      ['trust', '30.000', 'single-source'],
    ]);
  });

  it('has the 2022 bounds, E in the black zone, and the quality words', () => {
    expect(rules.bands.map((b) => [b.category, b.min.value, b.zone.value, b.quality?.value.id])).toEqual([
      ['A', '88.00', 'hijau', 'Sangat Baik'],
      ['B', '78.00', 'hijau', 'Baik'],
      ['C', '54.00', 'kuning', 'Cukup'],
      ['D', '32.00', 'merah', 'Kurang'],
      ['E', '0.00', 'hitam', 'Sangat Kurang'],
    ]);
    expect(rules.bands[4]!.zone.confidence).toBe('single-source');
    expect(rules.bands[4]!.quality?.confidence).toBe('assumed');
  });

  it('cites Peraturan Ombudsman 61/2025, has the "Tanpa Maladministrasi" qualifier and no deductions', () => {
    expect(rules.legalBasis.value).toMatch(/Nomor 61 Tahun 2025$/);
    expect(rules.opinion?.value.qualifier?.id).toBe(' Tanpa Maladministrasi');
    expect(rules.deductions.value).toBe(false);
  });
});

describe('deductions flag (RULEBOOK §4.4)', () => {
  it.each([
    [2015, false],
    [2019, false],
    [2021, false],
    [2022, false],
    [2023, true],
    [2024, true],
    [2025, false],
  ])('%i allows explicit deductions: %s', (year, allowed) => {
    expect(getRuleset(year).deductions.value).toBe(allowed);
  });
});

describe('answer scale of 2022–2024 (RULEBOOK §4.3)', () => {
  it.each([2022, 2023, 2024])('%i revision 2 answers on 0..5 (assumed, S08), revision 1 on the default 0..3', (year) => {
    for (const d of getRuleset(year).dimensions) {
      expect(d.scale?.value).toEqual({ min: 0, max: 5 });
      expect(d.scale?.confidence).toBe('assumed');
      expect(d.scale?.source).toContain('S08');
    }
    expect(getRuleset(year, { revision: 1 }).dimensions.map((d) => d.scale)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

it('listRulesets lists every revision and marks the latest and the graded years', () => {
  expect(listRulesets().map((r) => [r.year, r.revision, r.latest, r.graded])).toEqual([
    [2015, 1, false, false],
    [2015, 2, true, false],
    [2016, 1, false, false],
    [2016, 2, true, false],
    [2017, 1, false, false],
    [2017, 2, true, false],
    [2018, 1, false, false],
    [2018, 2, true, false],
    [2019, 1, false, false],
    [2019, 2, true, false],
    [2021, 1, true, false],
    [2022, 1, false, true],
    [2022, 2, true, true],
    [2023, 1, false, true],
    [2023, 2, true, true],
    [2024, 1, false, true],
    [2024, 2, true, true],
    [2025, 1, false, true],
    [2025, 2, true, true],
  ]);
});
