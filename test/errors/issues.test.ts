/**
 * Every problem at once: a `ScoringError` carries `issues`, every problem of the input found in
 * one pass, the first of them the error's own fields; inside a unit or an item of `rank`, each text says the place
 * in words. Every expected path, reason and text is written out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRuleset, LIMITS, rank, safeRank, safeScore, score, ScoringError, type ScoringIssue } from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const r2023 = getRuleset(2023);
const r2025 = getRuleset(2025);
const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };

/** What the tests compare of an issue. */
const brief = (issue: ScoringIssue) => [issue.path.join('.'), issue.reason];

/** The issue of an error's own fields, as the first issue must be. */
const own = (error: ScoringError): ScoringIssue => ({
  code: error.code,
  reason: error.reason,
  path: error.path,
  message: error.message,
  text: error.text,
});

describe('four bad fields of one body come back together', () => {
  const input = { dimensions: { competency: '', standards: 'abc', opinion: '101', complaints: '81,5' } };

  it('in ruleset order, with their paths, reasons and texts; the first is the error itself', () => {
    const error = thrown(() => score(r2023, input));
    expect(error.issues.map(brief)).toEqual([
      ['dimensions.competency', 'missing'],
      ['dimensions.standards', 'not-a-number'],
      ['dimensions.opinion', 'out-of-range'],
      ['dimensions.complaints', 'decimal-comma'],
    ]);
    expect(error.issues[0]).toEqual(own(error));
    expect(error.issues.map((i) => i.text.id)).toEqual([
      'Dimensi Input: Isian ini masih kosong; tulis angkanya.',
      'Dimensi Proses: "abc" bukan angka; tulis angkanya saja, misalnya "87.44".',
      'Dimensi Output: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
      'Dimensi Pengaduan: "81,5" memakai koma desimal; tulis "81.5" atau aktifkan opsi koma desimal.',
    ]);
    expect(error.issues[3]!.message).toBe(
      'Complaints dimension: "81,5" uses a decimal comma; write "81.5" or pass { decimalComma: true }. (at dimensions.complaints)',
    );
    expect(error.issues.every((i) => i.code === 'INVALID_INPUT')).toBe(true);
  });

  it('after a good first value too (the compiled plan hands over to the general reader)', () => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, opinion: 'x', complaints: '-1' } }));
    expect(error.issues.map(brief)).toEqual([
      ['dimensions.opinion', 'not-a-number'],
      ['dimensions.complaints', 'out-of-range'],
    ]);
  });

  it('and the safe twin returns the same error', () => {
    const result = safeScore(r2023, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map(brief)).toEqual(thrown(() => score(r2023, input)).issues.map(brief));
  });

  it('are frozen, and a single problem is an issue list of one', () => {
    const error = thrown(() => score(r2023, input));
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.issues.every((i) => Object.isFrozen(i))).toBe(true);
    const single = thrown(() => score(r2023, { dimensions: { ...dims, opinion: 'x' } }));
    expect(single.issues).toEqual([own(single)]);
  });

  it('with unknown keys, deductions, the follow-up flag, points and answers of the same body', () => {
    const error = thrown(() =>
      score(r2023, {
        dimension: {},
        points: { competency: '30', standards: '1', opinion: 'x', complaints: '1' },
        deductions: [{ points: 'abc', reason: 'a' }, { points: '1', reason: '  ' }, 'x'],
        followedUpOmbudsman: true,
      } as never),
    );
    expect(error.issues.map(brief)).toEqual([
      ['dimension', 'unknown-key'],
      ['deductions.0.points', 'not-a-number'],
      ['deductions.1.reason', 'missing'],
      ['deductions.2', 'wrong-type'],
      ['followedUpOmbudsman', 'not-applicable'],
      ['points.competency', 'out-of-range'],
      ['points.opinion', 'not-a-number'],
    ]);
  });

  it('every indicator of answers given at once', () => {
    const [, variable] = r2023.dimensions
      .find((d) => d.id === 'competency')!
      .variables!.entries()
      .next().value!;
    const [first, second] = variable.indicators;
    const error = thrown(() =>
      score(
        r2023,
        {
          dimensions: { standards: '1', opinion: '1', complaints: '1' },
          answers: { competency: { [first!.id]: [9], [second!.id]: ['x'], nope: [1] } },
        },
        { missingIndicators: 'exclude' },
      ),
    );
    expect(error.issues.map(brief)).toEqual([
      ['answers.competency.nope', 'unknown-key'],
      [`answers.competency.${first!.id}.0`, 'out-of-range'],
      [`answers.competency.${second!.id}.0`, 'not-a-number'],
    ]);
  });
});

describe('units: every unit and each value in it, with the place in words', () => {
  it('names the unit and the dimension, in both languages', () => {
    const error = thrown(() =>
      score(r2023, {
        units: [
          { id: 'a', dimensions: { ...dims, opinion: 'abc' } },
          { id: 'a', total: '101' },
          'x',
          { id: 'd', dimensions: { competency: '1', standards: '1', complaints: '1' } },
          { id: 'e' },
        ],
      } as never),
    );
    expect(error.issues.map(brief)).toEqual([
      ['units.2', 'wrong-type'],
      ['units.1.id', 'duplicate-id'],
      ['units.0.dimensions.opinion', 'not-a-number'],
      ['units.1.total', 'out-of-range'],
      ['units.3.dimensions.opinion', 'missing'],
      ['units.4', 'missing'],
    ]);
    expect(error.issues.map((i) => i.text.id)).toEqual([
      'Unit ke-3: Isinya "x"; isi dengan kelompok isian { … }.',
      'Unit ke-2: Nama "a" dipakai dua kali.',
      'Unit ke-1, Dimensi Output: "abc" bukan angka; tulis angkanya saja, misalnya "87.44".',
      'Unit ke-2: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
      'Unit ke-4: Dimensi Output belum diisi; isi nilai 0 sampai 100.',
      'Unit ke-5: Unit ini belum diisi; isi nilai total atau nilai dimensinya.',
    ]);
    expect(error.issues[2]!.text.en).toBe(
      'Unit 1, Output dimension: "abc" is not a plain decimal number; write e.g. "87.44".',
    );
    expect(error.issues[2]!.message).toBe(
      'Unit 1, Output dimension: "abc" is not a plain decimal number; write e.g. "87.44". (at units[0].dimensions.opinion)',
    );
    // The error's own fields are its first issue's, place words included.
    expect(error.issues[0]).toEqual(own(error));
  });

  it('names only the dimension for a body given whole', () => {
    const error = thrown(() => score(r2025, { dimensions: { ...dims, trust: 'x' } }));
    expect(error.text.id).toBe('Kepercayaan Masyarakat: "x" bukan angka; tulis angkanya saja, misalnya "87.44".');
  });
});

describe('rank: every item, with its place in words', () => {
  it('reads past a bad item to every other', () => {
    const error = thrown(() =>
      rank([
        { id: 'a', total: 'abc' },
        { id: 'b', total: '80' },
        { id: 'c', total: '101' },
        5,
        { id: 'b', total: '70' },
      ] as never),
    );
    expect(error.issues.map(brief)).toEqual([
      ['0.total', 'not-a-number'],
      ['2.total', 'out-of-range'],
      ['3', 'wrong-type'],
      ['4.id', 'duplicate-id'],
    ]);
    expect(error.issues.map((i) => i.text.id)).toEqual([
      'Butir ke-1: "abc" bukan angka; tulis angkanya saja, misalnya "87.44".',
      'Butir ke-3: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
      'Butir ke-4: Isinya 5; isi dengan kelompok isian { … }.',
      'Nama "b" dipakai dua kali, pada butir ke-2 dan ke-5; beri nama yang berbeda.',
    ]);
    expect(error.issues[1]!.text.en).toBe('Item 3: "101" is outside 0–100; give a value in that range.');
    expect(error.issues[0]).toEqual(own(error));
  });
});

describe('the list is bounded', () => {
  it(`stops at LIMITS.issues (${LIMITS.issues}) problems, however many items are bad`, () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: String(i), total: 'x' }));
    const result = safeRank(items);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(LIMITS.issues).toBe(100);
    expect(result.error.issues).toHaveLength(100);
    expect(result.error.issues.at(-1)!.path).toEqual([99, 'total']);
  }, 60_000);

  it('stops at LIMITS.issues in score too', () => {
    const units = Array.from({ length: 1_000 }, () => ({ total: '-1' }));
    expect(thrown(() => score(r2023, { units })).issues).toHaveLength(LIMITS.issues);
  });

  it('lists each problem once when the pass ends after a problem outside a unit', () => {
    const unit = {
      get total(): string {
        throw new Error('no');
      },
    };
    const error = thrown(() => score(r2023, { dimension: {}, units: [{ total: 'x' }, unit, { total: 'y' }] } as never));
    expect(error.issues.map(brief)).toEqual([
      ['dimension', 'unknown-key'],
      ['units.0.total', 'not-a-number'],
      ['units.1.total', 'unreadable'],
    ]);
    expect(error.issues[2]!.text.id).toBe('Unit ke-2: Isian ini tidak dapat dibaca; kirim data biasa.');
  });

  it('ends the pass at a value that cannot be read', () => {
    const dimensions = {
      competency: 'x',
      get standards(): string {
        throw new Error('no');
      },
      opinion: 'y',
      complaints: '1',
    };
    const error = thrown(() => score(r2023, { dimensions }));
    expect(error.issues.map(brief)).toEqual([
      ['dimensions.competency', 'not-a-number'],
      ['dimensions.standards', 'unreadable'],
    ]);
  });
});

describe('re-entrancy: the list belongs to one call', () => {
  it('a getter that calls score again keeps its problems apart', () => {
    let inner: ScoringError | undefined;
    const dimensions = {
      competency: 'x',
      get standards(): string {
        const result = safeScore(r2023, { dimensions: { ...dims, opinion: 'a', complaints: 'b' } });
        if (!result.success) inner = result.error;
        return 'y';
      },
      opinion: '1',
      complaints: '1',
    };
    const error = thrown(() => score(r2023, { dimensions }));
    expect(error.issues.map(brief)).toEqual([
      ['dimensions.competency', 'not-a-number'],
      ['dimensions.standards', 'not-a-number'],
    ]);
    expect(inner!.issues.map(brief)).toEqual([
      ['dimensions.opinion', 'not-a-number'],
      ['dimensions.complaints', 'not-a-number'],
    ]);
  });
});

describe('toJSON', () => {
  it('gives the fields and every issue as plain data', () => {
    const error = thrown(() => score(r2023, { dimensions: { ...dims, competency: 'x', opinion: '' } }));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ScoringError',
      code: 'INVALID_INPUT',
      reason: 'not-a-number',
      path: ['dimensions', 'competency'],
      message: 'Input dimension: "x" is not a plain decimal number; write e.g. "87.44". (at dimensions.competency)',
      text: {
        id: 'Dimensi Input: "x" bukan angka; tulis angkanya saja, misalnya "87.44".',
        en: 'Input dimension: "x" is not a plain decimal number; write e.g. "87.44".',
      },
      issues: [
        {
          code: 'INVALID_INPUT',
          reason: 'not-a-number',
          path: ['dimensions', 'competency'],
          message: 'Input dimension: "x" is not a plain decimal number; write e.g. "87.44". (at dimensions.competency)',
          text: {
            id: 'Dimensi Input: "x" bukan angka; tulis angkanya saja, misalnya "87.44".',
            en: 'Input dimension: "x" is not a plain decimal number; write e.g. "87.44".',
          },
        },
        {
          code: 'INVALID_INPUT',
          reason: 'missing',
          path: ['dimensions', 'opinion'],
          message: 'Output dimension: The value is empty; write a number. (at dimensions.opinion)',
          text: {
            id: 'Dimensi Output: Isian ini masih kosong; tulis angkanya.',
            en: 'Output dimension: The value is empty; write a number.',
          },
        },
      ],
    });
  });
});

describe('empty and spaces', () => {
  it('an empty value and one of spaces only are missing; a number with spaces around it is not a number', () => {
    const error = thrown(() =>
      score(r2023, { dimensions: { competency: '', standards: '  \t', opinion: ' 90', complaints: '1' } }),
    );
    expect(error.issues.map(brief)).toEqual([
      ['dimensions.competency', 'missing'],
      ['dimensions.standards', 'missing'],
      ['dimensions.opinion', 'not-a-number'],
    ]);
  });
});

describe('properties', () => {
  const IDS = ['competency', 'standards', 'opinion', 'complaints'] as const;
  const BAD = [
    '',
    ' ',
    'abc',
    '101',
    '-1',
    '81,5',
    '1e2',
    ' 90',
    null,
    [],
    {},
    Number.NaN,
    -0.5,
    `1.${'1'.repeat(21)}`,
  ];

  it('every issue is what the input with that one bad value alone says, in ruleset order; the first is the error', () => {
    fc.assert(
      fc.property(fc.tuple(...IDS.map(() => fc.option(fc.constantFrom(...BAD), { nil: undefined }))), (bads) => {
        const input: Record<string, unknown> = { ...dims };
        IDS.forEach((id, i) => {
          if (bads[i] !== undefined) input[id] = bads[i];
        });
        const result = safeScore(r2023, { dimensions: input } as never);
        const alone = IDS.filter((_, i) => bads[i] !== undefined).map((id) =>
          thrown(() => score(r2023, { dimensions: { ...dims, [id]: input[id] } } as never)),
        );
        if (alone.length === 0) {
          expect(result.success).toBe(true);
          return;
        }
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.error.issues[0]).toEqual(own(result.error));
        expect(result.error.issues).toEqual(alone.map(own));
      }),
      { seed: 20, numRuns: 300 },
    );
  });
});
