/**
 * Errors people can act on, in Indonesian too. Every reason has a template whose English and
 * Indonesian texts are never empty; every error a call throws carries a listed reason and both texts, built from
 * one template, with `message` the English text and the path.
 */
import { describe, expect, it } from 'vitest';
import {
  classify,
  deriveRuleset,
  getRuleset,
  parseRuleset,
  planToReach,
  provenance,
  rank,
  safeRank,
  safeScore,
  safeSummarize,
  SCORING_ERROR_REASONS,
  score,
  scoreAcrossYears,
  ScoringError,
  type ScoringErrorReason,
} from '@ombuds/scoring';
import { fail } from '../../src/errors/fail.js';
import * as texts from '../../src/errors/templates.js';
import type { Template } from '../../src/errors/templates.js';
import * as en from '../../src/texts/en.js';
import { SAMPLES } from '../texts/samples.js';
import { thrown } from '../support/thrown.js';

const r2023 = getRuleset(2023);
const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };

describe('the reasons and their templates', () => {
  const templates = Object.values(texts).filter(
    (value): value is Template<unknown> => typeof value === 'object' && value !== null && 'reason' in value,
  );
  /** The samples of a template's texts (test/texts/samples.ts), by the key of its English text. */
  const samplesOf = (template: Template<unknown>): readonly unknown[] => {
    const key = Object.entries(en).find(([, text]) => text === template.en)![0];
    return (SAMPLES as Record<string, readonly unknown[] | null>)[key] ?? [undefined];
  };

  it('lists other last, and every reason once', () => {
    expect(SCORING_ERROR_REASONS.at(-1)).toBe('other');
    expect(new Set(SCORING_ERROR_REASONS).size).toBe(SCORING_ERROR_REASONS.length);
    expect(SCORING_ERROR_REASONS.length).toBeGreaterThanOrEqual(10);
    expect(Object.isFrozen(SCORING_ERROR_REASONS)).toBe(true);
  });

  it('has a template for every reason but other, and none for a reason not listed', () => {
    expect([...new Set(templates.map((t) => t.reason))].sort()).toEqual(
      SCORING_ERROR_REASONS.filter((r) => r !== 'other').sort(),
    );
  });

  it.each(templates.map((t) => [t.reason, t] as const))(
    '%s: its texts, filled with each sample, never empty',
    (reason, template) => {
      for (const sample of samplesOf(template)) {
        const path = ['units', 2, 'dimensions', 'competency'];
        const error = (fail as (...args: unknown[]) => ScoringError)('INVALID_INPUT', path, template, sample);
        expect(error.reason).toBe(reason);
        for (const text of [error.text.en, error.text.id]) {
          expect(text.trim()).not.toBe('');
          // Every parameter is filled, with nothing a programmer would see by mistake.
          expect(text).not.toMatch(/\{\w+\}|\$\{|\[object/);
        }
        expect(error.text.id).not.toBe(error.text.en);
        expect(error.message).toBe(`${error.text.en} (at units[2].dimensions.competency)`);
        expect(error.text.id.endsWith('.')).toBe(true);
      }
    },
  );
});

describe('errors carry their reason and both texts', () => {
  const cases: readonly (readonly [ScoringErrorReason, () => unknown, string | null])[] = [
    [
      'decimal-comma',
      () => score(r2023, { dimensions: { ...dims, competency: '81,5' } }),
      'Dimensi Input: "81,5" memakai koma desimal; tulis "81.5" atau aktifkan opsi koma desimal.',
    ],
    [
      'decimal-point',
      () => score(r2023, { dimensions: { ...dims, competency: '81.5' } }, { decimalComma: true }),
      'Dimensi Input: "81.5" memakai titik padahal opsi koma desimal aktif; tulis "81,5".',
    ],
    ['not-a-number', () => classify(r2023, 'abc'), '"abc" bukan angka; tulis angkanya saja, misalnya "87.44".'],
    ['not-a-number', () => classify(r2023, Number.NaN), null],
    ['too-many-decimals', () => score(r2023, { dimensions: { ...dims, competency: `1.${'1'.repeat(21)}` } }), null],
    [
      'out-of-range',
      () =>
        score(r2023, {
          units: [
            { id: 'A', total: '80' },
            { id: 'B', dimensions: { ...dims, opinion: '101' } },
          ],
        }),
      'Unit ke-2, Dimensi Output: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
    ],
    [
      'out-of-range',
      () => score(r2023, { points: { competency: '30', standards: '1', opinion: '1', complaints: '1' } }),
      'Dimensi Input: "30" di luar rentang 0 sampai 21,85; isi angka dalam rentang itu.',
    ],
    ['wrong-type', () => score(r2023, { dimensions: [] } as never), null],
    [
      'missing',
      () => score(r2023, { dimensions: { competency: '1' } } as never),
      'Dimensi Proses belum diisi; isi nilai 0 sampai 100.',
    ],
    [
      'unknown-key',
      () => score(r2023, { dimensions: { ...dims, trust: '1' } } as never),
      '"trust" bukan dimensi; dimensinya: Dimensi Input, Dimensi Proses, Dimensi Output, Dimensi Pengaduan.',
    ],
    [
      'duplicate-id',
      () =>
        rank([
          { id: 'a', total: '1' },
          { id: 'a', total: '2' },
        ]),
      'Nama "a" dipakai dua kali, pada butir ke-1 dan ke-2; beri nama yang berbeda.',
    ],
    ['duplicate-id', () => scoreAcrossYears({ dimensions: dims }, [2023, 2023]), null],
    ['too-large', () => rank(new Array(2_000_000)), null],
    [
      'unreadable',
      () =>
        score(r2023, {
          get dimensions(): never {
            throw new Error('boom');
          },
        }),
      null,
    ],
    [
      'cyclic',
      () => {
        const overrides: Record<string, unknown> = {};
        overrides['self'] = overrides;
        return deriveRuleset(r2023, overrides as never);
      },
      null,
    ],
    ['conflict', () => rank([{ id: 'a', total: '80.00', exact: '90' }]), null],
    ['conflict', () => score(r2023, { dimensions: dims, units: [{ total: '80' }] } as never), null],
    [
      'not-applicable',
      () => score(r2023, { dimensions: dims, followedUpOmbudsman: true }),
      'Tindak lanjut saran Ombudsman hanya berlaku pada tahun 2025; hapus isian itu.',
    ],
    ['not-allowed', () => rank([], { method: 'bogus' as never }), null],
    ['not-allowed', () => planToReach(r2023, { dimensions: dims }, 'ungu' as never), null],
    ['not-validated', () => score(JSON.parse(JSON.stringify(r2023)), { dimensions: dims }), null],
    ['invalid-ruleset', () => parseRuleset({ ...JSON.parse(JSON.stringify(r2023)), bands: [] }), null],
    ['missing', () => parseRuleset({ ...JSON.parse(JSON.stringify(r2023)), bands: undefined }), null],
    ['wrong-type', () => provenance(null as never), null],
    ['no-ruleset', () => getRuleset(2023, { revision: 5 }), 'Tahun 2023 tidak punya revisi 5; yang ada: 1, 2.'],
    ['no-ruleset', () => getRuleset(2030), null],
    ['no-assessment', () => getRuleset(2020), null],
  ];

  it.each(cases)('%s', (reason, call, textId) => {
    const error = thrown(call);
    expect(error.reason).toBe(reason);
    expect(error.text.en.trim()).not.toBe('');
    expect(error.text.id.trim()).not.toBe('');
    expect(error.text.id).not.toBe(error.text.en);
    expect(error.text.id).not.toMatch(/\{\d\}|%\d|undefined|\[object/);
    expect(Object.isFrozen(error.text)).toBe(true);
    expect(error.message.startsWith(error.text.en)).toBe(true);
    if (textId !== null) expect(error.text.id).toBe(textId);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      code: error.code,
      reason,
      path: [...error.path],
      text: { id: error.text.id, en: error.text.en },
    });
  });

  it('throws every reason but other somewhere in this table', () => {
    const thrownReasons = new Set(cases.map(([reason]) => reason));
    expect(SCORING_ERROR_REASONS.filter((r) => r !== 'other' && !thrownReasons.has(r))).toEqual([]);
  });

  it('keeps message the English text followed by the path, as before', () => {
    const outcome = safeScore(r2023, { dimensions: { ...dims, standards: '101' } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.error.text.en).toBe('Process dimension: "101" is outside 0–100; give a value in that range.');
      expect(outcome.error.message).toBe(`${outcome.error.text.en} (at dimensions.standards)`);
      expect(outcome.error.reason).toBe('out-of-range');
      expect(outcome.error.code).toBe('INVALID_INPUT');
    }
  });

  it('gives the safe twins errors with reasons too', () => {
    const summarized = safeSummarize([{ total: '80', zone: 'ungu', category: null } as never]);
    expect(summarized.success).toBe(false);
    if (!summarized.success) {
      expect(summarized.error.reason).toBe('not-allowed');
      expect(summarized.error.text.id).toBe('"ungu" bukan pilihan; pilih dari hijau, kuning, merah, hitam.');
    }
    const ranked = safeRank([{ id: 'a', total: 'x' }]);
    expect(ranked.success).toBe(false);
    if (!ranked.success) expect(ranked.error.reason).toBe('not-a-number');
  });

  it('names an indicator by its id in English and its Indonesian label in Indonesian when its answers are missing', () => {
    const r2022 = getRuleset(2022);
    const dimension = r2022.dimensions.find((d) => d.variables)!;
    const [first, second] = dimension.variables!.flatMap((v) => v.indicators);
    const error = thrown(() =>
      score(r2022, {
        dimensions: Object.fromEntries(r2022.dimensions.filter((d) => d !== dimension).map((d) => [d.id, '80'])),
        answers: { [dimension.id]: { [first!.id]: [1] } },
      } as never),
    );
    expect(error.reason).toBe('missing');
    expect(error.path).toEqual(['answers', dimension.id, second!.id]);
    expect(error.text.en).toBe(
      `Input dimension: Indicator ${
        second!.id
      } has no answers; answer it or pass missingIndicators: "exclude" or "zero".`,
    );
    expect(error.text.id).toBe(`Dimensi Input: Indikator “${second!.label.id}” belum dijawab.`);
  });

  it('keeps the reason of a value inside an option (planToReach max)', () => {
    const error = thrown(() => planToReach(r2023, { dimensions: dims }, 'A', { max: { competency: '95,5' } }));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.reason).toBe('decimal-comma');
    expect(error.text.id).toBe('"95,5" memakai koma desimal; tulis "95.5" atau aktifkan opsi koma desimal.');
  });

  it('gives an error constructed outside the library the reason other and the English text in both', () => {
    const error = new ScoringError('INVALID_INPUT', 'Custom.', ['x']);
    expect(error.reason).toBe('other');
    expect(error.text).toEqual({ id: 'Custom.', en: 'Custom.' });
    expect(error.message).toBe('Custom. (at x)');
    const own = new ScoringError('INVALID_INPUT', 'Custom.', ['x'], { reason: 'missing', id: 'Isian x belum diisi.' });
    expect(own.reason).toBe('missing');
    expect(own.text).toEqual({ id: 'Isian x belum diisi.', en: 'Custom.' });
  });
});
