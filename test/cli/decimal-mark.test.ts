/**
 * The decimal mark in the CLI's own words: a problem about the library's `decimalComma` option is composed by the
 * CLI from the issue's reason and the cell as read (`src/cli/issue-text.ts`), never by rewriting the library's
 * sentence, so it names `--decimal-comma` whatever the library's wording. Expected lines are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/cli/issue-text.js';
import { runCli } from './memory-io.js';

/** The problem lines of a run, in order. */
async function problems(argv: readonly string[], files: Record<string, string>): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(argv, files);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  return stderr.split('\n').filter((line) => line !== '');
}

const COMMA_CSV = 'Nama;Nilai\nKota A;"90,5"\n';
const POINT_CSV = 'Nama;Nilai\nKota A;90.5\n';
const COMMA_JSON = '[{"id": "Kota A", "total": "90,5"}]';

describe('a decimal comma without --decimal-comma', () => {
  it('says so in Indonesian and English, naming the CLI option (CSV)', async () => {
    expect(await problems(['rank', 'a.csv', '-y', '2023', '--lang', 'id'], { 'a.csv': COMMA_CSV })).toEqual([
      'a.csv:2:8: "90,5" memakai koma desimal; tulis "90.5" atau pakai --decimal-comma.',
    ]);
    expect(await problems(['rank', 'a.csv', '-y', '2023'], { 'a.csv': COMMA_CSV })).toEqual([
      'a.csv:2:8: "90,5" uses a decimal comma; write "90.5" or use --decimal-comma.',
    ]);
  });

  it('says the same of a JSON string, which the library refuses (reason decimal-comma)', async () => {
    expect(await problems(['rank', 'a.json', '-y', '2023', '--lang', 'id'], { 'a.json': COMMA_JSON })).toEqual([
      'a.json:1:28: "90,5" memakai koma desimal; tulis "90.5" atau pakai --decimal-comma.',
    ]);
    expect(await problems(['rank', 'a.json', '-y', '2023'], { 'a.json': COMMA_JSON })).toEqual([
      'a.json:1:28: "90,5" uses a decimal comma; write "90.5" or use --decimal-comma.',
    ]);
  });
});

describe('a decimal point with --decimal-comma (the library refuses it: reason decimal-point)', () => {
  it('says so in Indonesian and English, naming the CLI option', async () => {
    expect(
      await problems(['rank', 'a.csv', '-y', '2023', '--decimal-comma', '--lang', 'id'], { 'a.csv': POINT_CSV }),
    ).toEqual([
      'a.csv:2:8: "90.5" memakai titik desimal, padahal --decimal-comma membaca koma desimal; tulis "90,5", atau ' +
        'jalankan tanpa --decimal-comma bila angka-angkanya ditulis dengan titik.',
    ]);
    expect(await problems(['rank', 'a.csv', '-y', '2023', '--decimal-comma'], { 'a.csv': POINT_CSV })).toEqual([
      'a.csv:2:8: "90.5" has a decimal point, but --decimal-comma reads decimal commas; write "90,5", or run ' +
        'without --decimal-comma if the numbers are written with points.',
    ]);
  });

  it('quotes the cell the library refused: a unit, a printed total beside the parts, a total beside its exact value', async () => {
    const files = {
      'units.csv': 'Nama;Unit;Input;Proses;Output;Pengaduan\nKota A;U1;90,5;80;70;60\nKota A;U2;88.25;80;70;60\n',
      'printed.csv': 'Nama;Input;Proses;Output;Pengaduan;Nilai\nKota A;90,5;80;70;60;81.5\n',
      'exact.csv': 'Nama;Nilai;Nilai eksak\nKota A;90.02;90,0234\n',
    };
    const quoted = async (file: string) =>
      (await problems(['rank', file, '-y', '2023', '--decimal-comma'], files)).map((line) => line.split(' has ')[0]);
    expect(await quoted('units.csv')).toEqual(['units.csv:3:11: "88.25"']);
    expect((await quoted('printed.csv'))[0]).toMatch(/: "81\.5"$/);
    expect((await quoted('exact.csv'))[0]).toMatch(/: "90\.02"$/);
  });
});

describe('the place of a refused total', () => {
  // Columns counted by hand: "Kota A;" is 7 characters, so the second cell starts at column 8; in JSON, the
  // value of `  "total": ` on a line of its own starts at column 12.
  it('points to the printed total beside the parts, not to the id', async () => {
    const csv = 'Nama;Input;Proses;Output;Pengaduan;Nilai\nKota A;90,5;80;70;60;81.5\n';
    const [line] = await problems(['rank', 'a.csv', '-y', '2023', '--decimal-comma'], { 'a.csv': csv });
    expect(line).toMatch(/^a\.csv:2:22: "81\.5" has a decimal point/);
    const json =
      '[{"id": "Kota A", "dimensions": {"competency": "90,5", "standards": "80", "opinion": "70", ' +
      '"complaints": "60"},\n  "total": "81.5"}]';
    const [jsonLine] = await problems(['rank', 'a.json', '-y', '2023', '--decimal-comma'], { 'a.json': json });
    expect(jsonLine).toMatch(/^a\.json:2:12: "81\.5" has a decimal point/);
  });

  it('points to the exact value, which is classified, where the row gives one beside its total', async () => {
    const csv = 'Nama;Nilai;Nilai eksak\nKota A;90,02;90.0234\n';
    const [line] = await problems(['rank', 'a.csv', '-y', '2023', '--decimal-comma'], { 'a.csv': csv });
    expect(line).toMatch(/^a\.csv:2:14: "90\.0234" has a decimal point/);
    const json = '[{"id": "Kota A", "total": "90,02",\n  "exact": "90.0234"}]';
    const [jsonLine] = await problems(['rank', 'a.json', '-y', '2023', '--decimal-comma'], { 'a.json': json });
    expect(jsonLine).toMatch(/^a\.json:2:12: "90\.0234" has a decimal point/);
  });
});

describe('issueText', () => {
  const body = { request: { kind: 'score', input: { dimensions: { competency: '90.5', opinion: '7,5' } } } } as const;

  it('does not depend on the library wording: a reworded text gives the same CLI sentence', () => {
    const reworded = { id: 'Titik tidak boleh dipakai.', en: 'No points, please.' };
    const issue = { reason: 'decimal-point', path: ['dimensions', 'competency'], text: reworded } as const;
    expect(issueText(issue, body)).toEqual({
      id:
        '"90.5" memakai titik desimal, padahal --decimal-comma membaca koma desimal; tulis "90,5", atau jalankan ' +
        'tanpa --decimal-comma bila angka-angkanya ditulis dengan titik.',
      en:
        '"90.5" has a decimal point, but --decimal-comma reads decimal commas; write "90,5", or run without ' +
        '--decimal-comma if the numbers are written with points.',
    });
    const comma = { reason: 'decimal-comma', path: ['dimensions', 'opinion'], text: reworded } as const;
    expect(issueText(comma, body)).toEqual({
      id: '"7,5" memakai koma desimal; tulis "7.5" atau pakai --decimal-comma.',
      en: '"7,5" uses a decimal comma; write "7.5" or use --decimal-comma.',
    });
  });

  it("keeps the library's text for every other reason, and where the path holds no such text", () => {
    const text = { id: 'Dimensi Output belum diisi.', en: 'The output dimension is missing.' };
    expect(issueText({ reason: 'missing', path: ['dimensions', 'opinion'], text }, body)).toBe(text);
    expect(issueText({ reason: 'decimal-point', path: ['dimensions', 'opinion'], text }, body)).toBe(text);
    expect(issueText({ reason: 'decimal-comma', path: ['dimensions', 'standards'], text }, body)).toBe(text);
  });
});
