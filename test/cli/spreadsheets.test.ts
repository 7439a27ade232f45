/**
 * The CLI on real Indonesian spreadsheets: ids, exact totals, encodings, headers, Excel output, every error at once;
 * each run end to end (command line → bytes of a file the test writes → output) in-process. Expected values are
 * written by hand:
 * 2023 bands A ≥ 88.00, B ≥ 78.00, C ≥ 54.00 (RULEBOOK), weights 21.85 / 32.37 / 24.24 / 21.54 (80, 90, 70, 60 →
 * 76.505 → 76.51 C kuning).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'ombuds-cli-'));

/** Writes `content` (text as UTF-8, or bytes) to a file of the temporary folder; returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI in-process on real files, with `stdin` as standard input. */
async function cli(argv: readonly string[], stdin: string | Uint8Array = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => readFile(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const csvLines = (stdout: string) =>
  stdout
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '');

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    bytes[2 + 2 * i] = first;
    bytes[3 + 2 * i] = second;
  }
  return bytes;
}

describe('1. ids are trimmed and NFC-normalised; probable duplicates are refused with both lines', () => {
  it('refuses "Kota B " and "Kota B" (the acceptance check of the issue), naming both lines, writing nothing', async () => {
    const { code, stdout, stderr } = await cli(
      ['rank', '--year', '2023', '--decimal-comma'],
      'Nama;Nilai\nKota A;90,02\nKota B ;77,99\nKota B;77,99\n',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '<stdin>:4:1: The id "Kota B" is also at <stdin>:3:1 (ids are compared trimmed and NFC-normalised): one body on two lines. ' +
        'Remove one line, or add a unit column if they are units of one body.\n',
    );
  });

  it('shows a trimmed id, and reads Nama;Nilai with no column option', async () => {
    const { code, stdout } = await cli(
      ['rank', '-y', '2023', '--decimal-comma', '-f', 'json'],
      'Nama;Nilai\n Kota A ;90,02\nKota B\u00a0;77,99\n',
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual(['Kota A', 'Kota B']);
  });

  it('takes an NFD id (typed on a Mac) and its NFC twin as one body: refused as a duplicate', async () => {
    const path = file('nfd.csv', 'id,total\nBone\u0301,80\nBon\u00e9,81\n');
    const { code, stderr } = await cli(['summary', path, '-y', '2023']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${path}:3:1: The id "Bon\u00e9" is also at ${path}:2:1 (ids are compared trimmed and NFC-normalised): one body on two lines. ` +
        'Remove one line, or add a unit column if they are units of one body.\n',
    );
    const alone = await cli(['score', file('nfd1.csv', 'id,total\nBone\u0301,80\n'), '-y', '2023', '-f', 'json']);
    expect((JSON.parse(alone.stdout) as { id: string }[])[0]!.id).toBe('Bon\u00e9');
  });

  it('refuses ids that differ only in case or inner spacing, unless --keep-similar-ids', async () => {
    const path = file('similar.csv', 'id,total\nKota  Medan,80\nkota medan,81\n');
    const refused = await cli(['rank', path, '-y', '2023']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${path}:3:1: The id "kota medan" differs from "Kota  Medan" at ${path}:2:1 only in case, spacing, invisible characters or the width of its letters: probably the same body. ` +
        'Correct one, or use --keep-similar-ids to keep them apart.\n',
    );
    const kept = await cli(['rank', path, '-y', '2023', '--keep-similar-ids', '-f', 'csv']);
    expect(kept.code).toBe(0);
    expect(
      csvLines(kept.stdout)
        .slice(1)
        .map((l) => l.split(',').slice(0, 2).join(',')),
    ).toEqual(['1,kota medan', '2,Kota  Medan']);
  });

  it('lets score take one body in two years, but not twice in one year', async () => {
    const ok = await cli([
      'score',
      file('years.csv', 'nama,tahun,nilai\nKota Medan,2022,81.43\nKota Medan ,2023,80\n'),
      '-f',
      'csv',
    ]);
    expect(ok.code).toBe(0);
    expect(
      csvLines(ok.stdout)
        .slice(1)
        .map((l) => l.split(',').slice(0, 3).join(',')),
    ).toEqual(['Kota Medan,2022,81.43', 'Kota Medan,2023,80.00']);
  });

  it('groups units under a trimmed id, trims unit names, and refuses a unit given twice', async () => {
    const grouped = await cli([
      'score',
      file('units.csv', 'id,unit,total\nKota P ,Dinkes,80\nKota P,Disdik,90\n'),
      '-y',
      '2025',
      '-f',
      'json',
    ]);
    expect(grouped.code).toBe(0);
    expect((JSON.parse(grouped.stdout) as { id: string; total: string }[]).map((r) => [r.id, r.total])).toEqual([
      ['Kota P', '85.00'],
    ]);
    const path = file('units2.csv', 'id,unit,total\nKota P, Dinkes ,80\nKota P,Dinkes,90\n');
    const twice = await cli(['score', path, '-y', '2025']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(
      `${path}:3:8: The unit "Dinkes" of "Kota P" is also at ${path}:2:8: the same unit twice.\n`,
    );
  });

  it('names blank unit cells after their line, never as a given name', async () => {
    const csv = 'id,unit,total\nKota P,#3,80\nKota P,,90\nKota P,2,70\n';
    const { code, stdout } = await cli(['score', file('blank-units.csv', csv), '-y', '2025', '-f', 'json']);
    expect(code).toBe(0);
    const [body] = JSON.parse(stdout) as { total: string; units: { id: string }[] }[];
    expect(body!.units.map((u) => u.id)).toEqual(['#3', '##3', '2']);
    expect(body!.total).toBe('80.00');
  });
});

describe('2. a total with more than two decimals is the exact total, as rank takes it', () => {
  it('ranks 80.004 above 80.001 (both 80.00) and shows both numbers', async () => {
    const { code, stdout } = await cli([
      'rank',
      file('exact.csv', 'id,total\nA,80.001\nB,80.004\n'),
      '-y',
      '2023',
      '-f',
      'csv',
    ]);
    expect(code).toBe(0);
    expect(csvLines(stdout)).toEqual([
      'rank,id,total,exact,category,zone,label',
      '1,B,80.00,80.004,B,hijau,High quality',
      '2,A,80.00,80.001,B,hijau,High quality',
    ]);
  });

  it('does the same with decimal commas, and in JSON', async () => {
    const { stdout } = await cli(
      ['rank', '-y', '2023', '--decimal-comma', '-f', 'json'],
      'Nama;Nilai\nA;80,001\nB;80,004\n',
    );
    expect((JSON.parse(stdout) as object[]).map((r) => r)).toMatchObject([
      { rank: 1, id: 'B', total: '80.00', exact: '80.004' },
      { rank: 2, id: 'A', total: '80.00', exact: '80.001' },
    ]);
  });
});

describe('3. encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; bad bytes refused with their place', () => {
  const expected = ['Bon\u00e9;2023;81,50;81,5;B;hijau;High quality;High quality opinion'];

  it('reads UTF-8 with a BOM (the header still matches)', async () => {
    const path = file('bom.csv', '\uFEFFNama;Nilai\r\nBon\u00e9;81,5\r\n');
    const { code, stdout } = await cli(['score', path, '-y', '2023', '--decimal-comma', '-f', 'csv']);
    expect(code).toBe(0);
    expect(csvLines(stdout).slice(1)).toEqual(expected);
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM (Excel "Unicode Text", tab-separated)', async (order) => {
    const path = file(`unicode-${order}.txt`, utf16('Nama\tNilai\r\nBon\u00e9\t81,5\r\n', order));
    const { code, stdout, stderr } = await cli(['score', path, '-y', '2023', '--decimal-comma', '-f', 'csv']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(csvLines(stdout).slice(1)).toEqual(expected);
  });

  it('refuses Windows-1252 bytes read as UTF-8 at their line and column, and reads them with --encoding', async () => {
    const path = file(
      'cp1252.csv',
      new Uint8Array([...Buffer.from('Nama;Nilai\nBon'), 0xe9, ...Buffer.from(';81,5\n')]),
    );
    const refused = await cli(['score', path, '-y', '2023', '--decimal-comma']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `${path}:2:4: Byte 0xE9 is not valid UTF-8. If the file was saved by Excel as "CSV" (Windows-1252), use --encoding windows-1252.\n`,
    );
    const read = await cli(['score', path, '-y', '2023', '--decimal-comma', '--encoding', 'windows-1252', '-f', 'csv']);
    expect(read.code).toBe(0);
    expect(csvLines(read.stdout).slice(1)).toEqual(expected);
    expect(read.stdout).not.toContain('\uFFFD');
  });

  it('says it in Indonesian with --lang id', async () => {
    const path = file(
      'cp1252-id.csv',
      new Uint8Array([...Buffer.from('Nama;Nilai\nBon'), 0xe9, ...Buffer.from(';81,5\n')]),
    );
    const { stderr } = await cli(['score', path, '-y', '2023', '--lang', 'id']);
    expect(stderr).toMatch(/:2:4: Bita 0xE9 bukan UTF-8 yang sah\. .*--encoding windows-1252\.\n$/);
  });

  it('refuses UTF-16 without a BOM instead of reading NUL bytes', async () => {
    const path = file('no-bom-16.txt', utf16('Nama\tNilai\r\nA\t80\r\n', 'le').slice(2));
    const { code, stderr } = await cli(['score', path, '-y', '2023']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /:1:2: The file holds NUL bytes: it looks like UTF-16 without a byte-order mark; use --encoding utf-16le/,
    );
  });
});

describe('4. headers: Indonesian aliases, any case, spacing and punctuation; --column for any other name', () => {
  it('reads Instansi / Dimensi … / Tahun', async () => {
    const csv =
      'Instansi;Dimensi Input;DIMENSI PROSES;dimensi_output;Dimensi Pengaduan;Tahun\nKota A;80;90;70;60;2023\n';
    const { code, stdout } = await cli(['score', file('dimensi.csv', csv), '-f', 'csv']);
    expect(code).toBe(0);
    expect(csvLines(stdout)[1]).toBe(
      'Kota A;2023;76.51;76.505;C;kuning;Medium quality;Medium quality opinion'.replaceAll(';', ','),
    );
  });

  it('reads Penyelenggara, Unit Layanan and Nilai Akhir', async () => {
    const csv = 'Penyelenggara,Unit Layanan, Nilai Akhir \nKota P,Dinkes,80\nKota P,Disdik,90\n';
    const { code, stdout } = await cli(['score', file('unit-layanan.csv', csv), '-y', '2025', '-f', 'csv']);
    expect(code).toBe(0);
    expect(csvLines(stdout)[1]!.split(',').slice(0, 3)).toEqual(['Kota P', '2025', '85.00']);
  });

  it('maps any header with --column (repeatable)', async () => {
    const csv = 'Kabupaten/Kota,Skor\nKab. X,88\n';
    const { code, stdout } = await cli([
      'score',
      file('skor.csv', csv),
      '-y',
      '2023',
      '--column',
      'id=Kabupaten/Kota',
      '-c',
      'total=Skor',
      '-f',
      'csv',
    ]);
    expect(code).toBe(0);
    expect(csvLines(stdout)[1]!.split(',').slice(0, 5)).toEqual(['Kab. X', '2023', '88.00', '88', 'A']);
  });

  it('names the columns that exist when a mapped header is missing', async () => {
    const path = file('missing.csv', 'Nama,Nilai Total\nA,80\n');
    const { code, stderr } = await cli(['score', path, '-y', '2023', '--column', 'total=Skor']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${path}:1:1: The total is to be read from the column "Skor", but the header has no such column; its columns are "Nama", "Nilai Total".\n`,
    );
  });

  it('refuses two columns that both hold the ids', async () => {
    const path = file('two-ids.csv', 'Nama,Instansi,Nilai\nA,B,80\n');
    const { code, stderr } = await cli(['score', path, '-y', '2023']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${path}:1:6: Two columns hold the id: "Nama" and "Instansi"; name the one to use with --column id=<header>.\n`,
    );
  });

  it.each([
    [['--id-column', 'total'], /--column id=total: "total" is the name of the total column/],
    [['--column', 'id=Nilai'], /"Nilai" is the name of the total column/],
    [['--column', 'total=A', '--column', 'total=B'], /The total column is mapped twice/],
    [['--column', 'total=Skor', '--id-column', 'skor'], /The header "skor" is mapped to both total and id/],
    [['--column', 'score=Skor'], /--column expects <field>=<header>/],
    [['--column', 'id=Nama', '--id-column', 'Nama'], /The id column is mapped twice/],
  ])('refuses the contradiction %j (exit 2)', async (extra, message) => {
    const { code, stderr } = await cli(['score', '-y', '2023', ...extra], 'id,total\nA,80\n');
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('5. output Excel reads back', () => {
  it('writes ";", decimal commas and a UTF-8 BOM with --decimal-comma, Indonesian headers with --lang id', async () => {
    const { code, stdout } = await cli(
      ['rank', '-y', '2023', '--decimal-comma', '--lang', 'id', '-f', 'csv'],
      'Nama;Nilai\nKota A;90,02\nKota B;77,99\n',
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      '\uFEFFperingkat;id;nilai;nilai eksak;kategori;zona;predikat\r\n' +
        '1;Kota A;90,02;90,02;A;hijau;Kualitas Tertinggi\r\n' +
        '2;Kota B;77,99;77,99;C;kuning;Kualitas Sedang\r\n',
    );
  });

  it('reads its own CSV back to the same ranking (from Excel and back)', async () => {
    const first = await cli(
      ['rank', '-y', '2023', '--decimal-comma', '--lang', 'id', '-f', 'csv'],
      'Nama;Nilai\nKota A;90,02\nKota B;77,99\nKota C;91\n',
    );
    const again = await cli([
      'rank',
      file('back.csv', first.stdout),
      '-y',
      '2023',
      '--decimal-comma',
      '--lang',
      'id',
      '-f',
      'csv',
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it("neutralises cells that start with = + - @ (prefixed with '), never numbers", async () => {
    const csv = [
      'id,total',
      '"=HYPERLINK(""http://x"",""klik"")",80',
      '+62 Kota,81',
      '-Kota,82',
      '@SUM(A1),83',
      '"\tTab",84',
    ].join('\n');
    const { code, stdout } = await cli(['score', file('formula.csv', csv), '-y', '2023', '-f', 'csv']);
    expect(code).toBe(0);
    expect(
      csvLines(stdout)
        .slice(1)
        .map((l) => l.split(',2023,')[0]),
    ).toEqual([
      '"\'=HYPERLINK(""http://x"",""klik"")"',
      "'+62 Kota",
      "'-Kota",
      "'@SUM(A1)",
      'Tab', // ids are trimmed: a tab cannot start one (text cells starting with a tab: see csv.test.ts)
    ]);
    expect(
      csvLines(stdout)
        .slice(1)
        .map((l) => l.split(',2023,')[1]!.split(',').slice(0, 2).join(',')),
    ).toEqual(['80.00,80', '81.00,81', '82.00,82', '83.00,83', '84.00,84']);
  });
});

describe('6. every error at once, located, in the chosen language; usage errors exit 2', () => {
  const bad = 'Nama,Tahun,Nilai\nA,2023,80\n,2023,70\nB,,70\nC,2023,abc\nD,2023,101\nE,23,60\n';

  it('reports every bad line with file:line:column', async () => {
    const path = file('bad.csv', bad);
    const { code, stdout, stderr } = await cli(['score', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      // A row without an id is left out with a notice, said before the problems.
      `${path}:3:1: note: 1 row without a body left out (footer rows or rows without an id; line 3).`,
      `${path}:4:3: The year (column "Tahun") is empty on this line; fill it in or use --year.`,
      expect.stringMatching(
        new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:8: "abc" is not a plain decimal number`),
      ),
      `${path}:6:8: "101" is outside 0–100; give a value in that range.`,
      `${path}:7:3: Expected a year such as 2023, got "23".`,
    ]);
  });

  it('reports every bad cell of one line, each at its own column', async () => {
    const path = file(
      'row.csv',
      'Nama,Dimensi Input,Dimensi Proses,Dimensi Output,Dimensi Pengaduan\nKota B,90,80,101,\n',
    );
    const { code, stderr } = await cli(['rank', path, '--year', '2023', '--lang', 'id']);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${path}:2:14: Dimensi Output: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.`,
      `${path}:2:18: Dimensi Pengaduan belum diisi; isi nilai 0 sampai 100.`,
    ]);
  });

  it('stops at --max-errors and counts the rest', async () => {
    const path = file('bad2.csv', bad);
    const { stderr } = await cli(['score', path, '--max-errors', '2']);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${path}:3:1: note: 1 row without a body left out (footer rows or rows without an id; line 3).`,
      `${path}:4:3: The year (column "Tahun") is empty on this line; fill it in or use --year.`,
      expect.stringMatching(/:5:8: "abc" is not a plain decimal number/),
      '… and 2 more problems (see --max-errors).',
    ]);
  });

  it('speaks Indonesian with --lang id', async () => {
    const path = file('bad3.csv', bad);
    const { stderr } = await cli(['score', path, '--lang', 'id', '--max-errors', '2']);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${path}:3:1: catatan: 1 baris tanpa instansi tidak dihitung (baris penutup atau baris tanpa nama instansi; baris 3).`,
      `${path}:4:3: Tahun (kolom "Tahun") kosong pada baris ini; isi tahunnya atau pakai --year.`,
      expect.stringMatching(/:5:8: "abc" bukan/),
      '… dan 2 masalah lainnya (lihat --max-errors).',
    ]);
    const usage = await cli(['score', '--lang', 'id', '--year', '2023', '--year', '2024']);
    expect(usage.stderr).toBe(
      'ombuds-score: --year diberikan dua kali; berikan sekali saja.\nJalankan "ombuds-score --help" untuk petunjuk pemakaian.\n',
    );
  });

  it.each([
    [['score', '--year', '2023', '--year', '2023'], /--year is given twice/],
    [['score', '--decimal-comma', '--decimal-comma'], /--decimal-comma is given twice/],
    [['score', '--delimeter', ';'], /Unknown option "--delimeter"/],
    [['score', '--decimal-comma=yes'], /--decimal-comma takes no value/],
    [['score', '--year'], /--year expects a value/],
    [['score', '--method', 'dense'], /--method applies to rank only/],
    [['score', '--delimiter', ';', '--input', 'json'], /--delimiter applies to CSV input/],
    [['score', '--max-errors', '0'], /--max-errors expects a whole number from 1/],
    [['score', '--encoding', 'ebcdic'], /--encoding expects one of utf-8/],
    [['score', '--lang', 'jv'], /--lang expects one of en, id/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv, 'id,total\nA,80\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('reports the bad lines found before a syntax error that ends the reading, then the syntax error', async () => {
    const path = file('syntax.csv', 'id,total\nA,abc\nB,80\n"C,81\n');
    const { code, stderr } = await cli(['rank', path, '-y', '2023']);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringContaining(`${path}:2:3: "abc" is not a plain decimal number`),
      `${path}:4:1: A quoted field is never closed; add the closing quote (").`,
    ]);
  });

  it('writes nothing to stdout when the last of many lines is bad (score checks before it writes)', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `Body ${i},${(i % 10_000) / 100}`);
    const path = file('late-error.csv', ['id,total', ...lines, 'Last,101'].join('\n'));
    const { code, stdout, stderr } = await cli(['score', path, '-y', '2023', '-f', 'csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${path}:5002:6: "101" is outside 0–100; give a value in that range.\n`);
  });

  it('applies the id checks to JSON bodies too', async () => {
    const path = file('dup.json', '[{ "id": "Kota B ", "total": 80 },\n { "id": "KOTA B", "total": 81 }]');
    const { code, stderr } = await cli(['rank', path, '-y', '2023']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${path}:2:10: The id "KOTA B" differs from "Kota B" at ${path}:1:10 only in case, spacing, invisible characters or the width of its letters: probably the same body. ` +
        'Correct one, or use --keep-similar-ids to keep them apart.\n',
    );
  });

  it('prints help in Indonesian with --lang id, with the exit codes', async () => {
    const { code, stdout } = await cli(['--help', '--lang', 'id']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Pemakaian: ombuds-score <perintah>/);
    expect(stdout).toMatch(/Kode keluar:\n {2}0 {3}berhasil/);
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
    ) as {
      version: string;
    };
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('refuses a JSON "__proto__" key with its position', async () => {
    const path = file('proto.json', '[\n  { "id": "A", "total": 80, "__proto__": { "x": 1 } }\n]\n');
    const { code, stderr } = await cli(['score', path, '-y', '2023']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${path}:2:29: The key "__proto__" is not allowed (it could change the object itself); rename it.\n`,
    );
  });
});
