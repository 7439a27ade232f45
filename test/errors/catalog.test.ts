/**
 * Issue 11, item 6: errors people can act on, in Indonesian too. Every message of the catalog has a listed
 * reason and two non-empty texts; every reason but `other` is used; every error a call throws carries its
 * reason and both texts, with `message` the English text and the path.
 */
import { describe, expect, it } from 'vitest';
import {
  classify,
  getRuleset,
  parseRuleset,
  rank,
  safeRank,
  safeScore,
  safeSummarize,
  SCORING_ERROR_REASONS,
  score,
  ScoringError,
} from '@ombuds/scoring';
import * as catalog from '../../src/errors/catalog.js';
import type { Message } from '../../src/errors/catalog.js';

const messages = Object.entries(catalog).filter(
  (entry): entry is [string, Message<unknown>] => typeof entry[1] === 'object' && entry[1] !== null && 'reason' in entry[1],
);

/** Parameters that every builder can take: any key reads as a short text, a list, or a number as needed. */
function sampleParams(): unknown {
  const list = Object.assign(['a', 'b'], { toString: () => 'a, b' });
  return new Proxy(
    {},
    {
      get: (_, key) =>
        ({ values: [0, 1, 2], revisions: [1, 2], known: list, ids: list, allowed: list, years: [2019, 2021], categories: list, zones: list, max: 20, min: 0, year: 2023, length: 99, index: 1, first: 0, second: 2, firstRevision: 1, revision: 2, more: 1, equal: false, both: false, answers: true, input: true, comma: false })[key as string] ?? 'x',
    },
  );
}

describe('the catalog', () => {
  it('gives every ruleset-schema message of the schema an Indonesian text', () => {
    const data = JSON.parse(JSON.stringify(getRuleset(2023)));
    data.dimensions[0].weight.value = '50';
    const error = caught(() => parseRuleset(data));
    expect(error.reason).toBe('conflict');
    expect(error.text.id).toBe('Jumlah bobot dimensi harus tepat 100; sekarang 128,15 (bagian dimensions).');
  });

  it('has messages', () => {
    expect(messages.length).toBeGreaterThan(50);
  });

  it.each(messages.map(([name, m]) => [name, m] as const))('%s: a listed reason, an English and an Indonesian text', (_, m) => {
    expect(SCORING_ERROR_REASONS).toContain(m.reason);
    const en = m.en(sampleParams());
    const id = m.id(sampleParams());
    expect(en.trim()).not.toBe('');
    expect(id.trim()).not.toBe('');
    expect(en).not.toMatch(/undefined|\[object/);
    expect(id).not.toMatch(/undefined|\[object/);
    expect(id).not.toBe(en);
  });

  it('uses every reason (except other, for errors constructed outside the library)', () => {
    const used = new Set(messages.map(([, m]) => m.reason));
    // The reasons of ruleset-schema issues come from the catalog's table of schema texts.
    for (const message of ['Dimension weights must sum to exactly 100; they sum to 90', 'something else']) {
      used.add(catalog.rulesetIssueText({ code: 'custom', message, path: [] }, 0).reason);
    }
    expect(SCORING_ERROR_REASONS.filter((r) => r !== 'other' && !used.has(r))).toEqual([]);
  });
});

function caught(call: () => unknown): ScoringError {
  try {
    call();
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('errors carry their reason and both texts', () => {
  const r2023 = getRuleset(2023);
  const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };

  it.each([
    ['decimal-comma', () => score(r2023, { dimensions: { ...dims, competency: '81,5' } }), '"81,5" memakai koma desimal; tulis "81.5" atau aktifkan opsi koma desimal.'],
    ['decimal-point', () => score(r2023, { dimensions: { ...dims, competency: '81.5' } }, { decimalComma: true }), null],
    ['not-a-number', () => classify(r2023, 'abc'), null],
    ['too-many-decimals', () => classify(r2023, `1.${'1'.repeat(21)}`), null],
    ['out-of-range', () => classify(r2023, '101'), null],
    ['wrong-type', () => score(r2023, { dimensions: [] } as never), null],
    ['missing', () => score(r2023, { dimensions: { competency: '1' } } as never), null],
    ['unknown-key', () => score(r2023, { dimensions: dims, extra: 1 } as never), null],
    ['duplicate-id', () => rank([{ id: 'a', total: '1' }, { id: 'a', total: '2' }]), 'Nama "a" dipakai dua kali; beri setiap instansi nama yang berbeda.'],
    ['too-large', () => rank(new Array(2_000_000)), null],
    ['conflict', () => rank([{ id: 'a', total: '80.00', exact: '90' }]), null],
    ['not-applicable', () => score(r2023, { dimensions: dims, followedUpOmbudsman: true }), null],
    ['not-allowed', () => rank([], { method: 'bogus' as never }), null],
    ['not-validated', () => score(JSON.parse(JSON.stringify(r2023)), { dimensions: dims }), null],
    ['missing', () => parseRuleset({ ...JSON.parse(JSON.stringify(r2023)), bands: [] }), null],
    ['unknown-key', () => parseRuleset({ ...JSON.parse(JSON.stringify(r2023)), extra: 1 }), 'Aturan penilaian memuat isian yang tidak dikenal: extra.'],
    ['no-ruleset', () => getRuleset(2030), null],
    ['no-assessment', () => getRuleset(2020), null],
  ] as const)('%s', (reason, call, textId) => {
    const error = caught(call);
    expect(error.reason).toBe(reason);
    expect(error.text.en.trim()).not.toBe('');
    expect(error.text.id.trim()).not.toBe('');
    expect(error.text.id).not.toBe(error.text.en);
    expect(error.message.startsWith(error.text.en)).toBe(true);
    if (textId !== null) expect(error.text.id).toBe(textId);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: error.code, reason, text: { id: error.text.id, en: error.text.en } });
  });

  it('message is the English text followed by the path, as before', () => {
    const outcome = safeScore(r2023, { dimensions: { ...dims, standards: '101' } });
    expect(outcome.success).toBe(false);
    if (!outcome.success) {
      expect(outcome.error.message).toBe(`${outcome.error.text.en} (at dimensions.standards)`);
      expect(outcome.error.reason).toBe('out-of-range');
    }
  });

  it('safe twins return errors with reasons too', () => {
    const outcome = safeSummarize([{ total: '80', zone: 'ungu', category: null } as never]);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.reason).toBe('not-allowed');
    const ranked = safeRank([{ id: 'a', total: 'x' }]);
    if (!ranked.success) expect(ranked.error.reason).toBe('not-a-number');
  });

  it('an error constructed outside the library has the reason other and the English text in both', () => {
    const error = new ScoringError('INVALID_INPUT', 'Custom.', ['x']);
    expect(error.reason).toBe('other');
    expect(error.text).toEqual({ id: 'Custom.', en: 'Custom.' });
    expect(error.message).toBe('Custom. (at x)');
  });
});
