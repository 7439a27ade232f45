/**
 * The CLI run in-process. Expected values are written by hand from the rulebook and the published vectors:
 * 2023 weights 21.85 / 32.37 / 24.24 / 21.54 (80, 90, 70, 60 → 76.505 → 76.51 C kuning), the 2022 Sumatera
 * Utara totals, 2025 Palembang units (91.99, 86.77, 85.94 → 88.23), Maluku 2024 ties (77.69 ranks 5 and 6).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './memory-io.js';

const DIMENSIONS_2023 = 'id,competency,standards,opinion,complaints\nKota A,80,90,70,60\nKota B,90,85,95,80\n';

describe('ombuds-score score', () => {
  it('scores dimension columns with --year, in input order', async () => {
    const { code, stdout, stderr } = await runCli(['score', 'a.csv', '--year', '2023', '--lang', 'id'], {
      'a.csv': DIMENSIONS_2023,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+tahun\s+nilai\s+nilai eksak\s+kategori\s+zona\s+predikat\s+opini$/);
    expect(lines[2]).toMatch(
      /^Kota A\s+2023\s+76\.51\s+76\.505\s+C\s+kuning\s+Kualitas Sedang\s+Opini Kualitas Sedang$/,
    );
    expect(lines[3]).toMatch(
      /^Kota B\s+2023\s+87\.44\s+87\.4395\s+B\s+hijau\s+Kualitas Tinggi\s+Opini Kualitas Tinggi$/,
    );
  });

  it('writes the whole library result as JSON, with English labels in tables by default', async () => {
    const json = await runCli(['score', 'a.csv', '-y', '2023', '--format', 'json'], { 'a.csv': DIMENSIONS_2023 });
    const results = JSON.parse(json.stdout) as { id: string; total: string; exact: string; zone: string }[];
    expect(results.map((r) => [r.id, r.total, r.exact, r.zone])).toEqual([
      ['Kota A', '76.51', '76.505', 'kuning'],
      ['Kota B', '87.44', '87.4395', 'hijau'],
    ]);
    const en = await runCli(['score', 'a.csv', '-y', '2023'], { 'a.csv': DIMENSIONS_2023 });
    expect(en.stdout).toMatch(/Medium quality/);
  });

  it('writes RFC 4180 CSV, quoting ids that need it', async () => {
    const { stdout } = await runCli(
      ['score', '-', '--year', '2022', '--format', 'csv'],
      {},
      'id,total\n"Medan, Kota",81.43\n',
    );
    expect(stdout).toBe(
      'id,year,total,exact,category,zone,label,opinion\r\n"Medan, Kota",2022,81.43,81.43,B,hijau,High quality,High quality opinion\r\n',
    );
  });

  it('reads an Indonesian spreadsheet: ";" detected from the header, "90,02" with --decimal-comma', async () => {
    const csv = '\uFEFFid;total\r\nKab. X;90,02\r\nKab. Y;77,99\r\n';
    const { code, stdout } = await runCli(
      ['score', 'x.csv', '--year', '2022', '--decimal-comma', '-f', 'csv', '--lang', 'id'],
      { 'x.csv': csv },
    );
    expect(code).toBe(0);
    expect(stdout.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFid;tahun;nilai;nilai eksak;kategori;zona;predikat;opini',
      'Kab. X;2022;90,02;90,02;A;hijau;Kualitas Tertinggi;Opini Kualitas Tertinggi',
      'Kab. Y;2022;77,99;77,99;C;kuning;Kualitas Sedang;Opini Kualitas Sedang',
    ]);
  });

  it('never guesses a decimal comma: without the flag "90,02" is a located data error', async () => {
    const { code, stdout, stderr } = await runCli(['score', 'x.csv', '--year', '2022'], {
      'x.csv': 'id;total\nKab. X;90,02\n',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('x.csv:2:8: "90,02" uses a decimal comma; write "90.02" or use --decimal-comma.\n');
  });

  it('takes ids from --id-column and the year from a year column', async () => {
    const csv = 'nama,year,total\nKota Palembang,2025,88.23\nKota Medan,2022,81.43\n';
    const { code, stdout } = await runCli(['score', 'k.csv', '--id-column', 'nama', '-f', 'csv', '--lang', 'id'], {
      'k.csv': csv,
    });
    expect(code).toBe(0);
    expect(stdout.split('\r\n').slice(1, 3)).toEqual([
      'Kota Palembang,2025,88.23,88.23,A,hijau,Kualitas Tertinggi,Opini Kualitas Tertinggi',
      'Kota Medan,2022,81.43,81.43,B,hijau,Kualitas Tinggi,Opini Kualitas Tinggi',
    ]);
  });

  it('scores a body from unit lines, with the 2025 follow-up flag (Palembang 2025: 88.23)', async () => {
    const csv = [
      'id,unit,total,followedUpOmbudsman',
      'Kota Palembang,Dinas Kesehatan,91.99,ya',
      'Kota Palembang,Dinas Pendidikan,86.77,',
      'Kota Palembang,DPMPTSP,85.94,',
      'Kota X,Dukcapil,70,tidak',
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['score', 'u.csv', '--year', '2025', '-f', 'json'], { 'u.csv': csv });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as {
      id: string;
      total: string;
      opinion: { id: string };
      units: { id: string }[];
    }[];
    expect(results.map((r) => [r.id, r.total, r.opinion.id])).toEqual([
      ['Kota Palembang', '88.23', 'Opini Kualitas Tertinggi Tanpa Maladministrasi'],
      ['Kota X', '70.00', 'Opini Kualitas Sedang'],
    ]);
    expect(results[0]!.units.map((u) => u.id)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan', 'DPMPTSP']);
  });

  it('reads JSON bodies (array or { year, bodies }) with exact number literals', async () => {
    const doc = JSON.stringify({
      year: 2023,
      bodies: [
        { id: 'A', dimensions: { competency: 80, standards: 90, opinion: 70, complaints: 60 } },
        { id: 'B', total: '87.995' },
        { id: 'C', units: [{ total: 76.51 }, { total: 76.5 }] },
      ],
    });
    const { code, stdout } = await runCli(['score', 'b.json', '-f', 'csv'], { 'b.json': doc });
    expect(code).toBe(0);
    expect(
      stdout
        .split('\r\n')
        .slice(1, 4)
        .map((l) => l.split(',').slice(0, 6).join(',')),
    ).toEqual(['A,2023,76.51,76.505,C,kuning', 'B,2023,88.00,87.995,A,hijau', 'C,2023,76.51,76.505,C,kuning']);
  });

  it('reads JSON from stdin, recognised by its first character', async () => {
    const { code, stdout } = await runCli(
      ['score', '--year', '2019', '-f', 'csv', '--lang', 'id'],
      {},
      ' [{"id": "Banyuasin", "total": 80.03}]',
    );
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[1]).toBe('Banyuasin,2019,80.03,80.03,,kuning,Kepatuhan Sedang,');
  });

  it('applies --decimal-comma to JSON number literals and strings alike', async () => {
    const { code, stdout } = await runCli(
      ['score', '-y', '2022', '--decimal-comma', '-f', 'csv', '--input', 'json'],
      {},
      '[{"id":"a","total":90.02},{"id":"b","total":"77,99"}]',
    );
    expect(code).toBe(0);
    expect(
      stdout
        .split('\r\n')
        .slice(1, 3)
        .map((l) => l.split(';').slice(0, 3).join(';')),
    ).toEqual(['a;2022;90,02', 'b;2022;77,99']);
  });
});

describe('ombuds-score rank', () => {
  it('ranks with the ruleset policy: published ties get distinct sequential ranks (Maluku 2024)', async () => {
    const csv = 'id,total\nMaluku Barat Daya,77.69\nAmbon,80.10\nBuru Selatan,77.69\n';
    const { code, stdout } = await runCli(['rank', 'm.csv', '-y', '2024', '-f', 'csv'], { 'm.csv': csv });
    expect(code).toBe(0);
    expect(
      stdout
        .split('\r\n')
        .slice(0, 4)
        .map((l) => l.split(',').slice(0, 3).join(',')),
    ).toEqual(['rank,id,total', '1,Ambon,80.10', '2,Buru Selatan,77.69', '3,Maluku Barat Daya,77.69']);
  });

  it('shares ranks with --method competition', async () => {
    const csv = 'id,total\nMaluku Barat Daya,77.69\nAmbon,80.10\nBuru Selatan,77.69\n';
    const { stdout } = await runCli(['rank', 'm.csv', '-y', '2024', '--method', 'competition', '-f', 'json'], {
      'm.csv': csv,
    });
    expect((JSON.parse(stdout) as { rank: number }[]).map((r) => r.rank)).toEqual([1, 2, 2]);
  });

  it('breaks a tie on the unrounded total of scored bodies, even a non-terminating mean of units', async () => {
    // 91.99, 86.77, 85.95 → 88.236… → 88.24; 88.24 given as a total → exact 88.24 > 88.236…
    const csv = 'id,unit,total\nP,a,91.99\nP,b,86.77\nP,c,85.95\nQ,a,88.24\n';
    const { code, stdout, stderr } = await runCli(['rank', 'p.csv', '-y', '2025', '-f', 'csv'], { 'p.csv': csv });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .split('\r\n')
        .slice(1, 3)
        .map((l) => l.split(',').slice(0, 3).join(',')),
    ).toEqual(['1,Q,88.24', '2,P,88.24']);
  });

  it('refuses bodies of different years, at the year cell', async () => {
    const csv = 'id,year,total\nA,2022,80\nB,2023,81\n';
    const { code, stderr } = await runCli(['rank', 'y.csv'], { 'y.csv': csv });
    expect(code).toBe(1);
    expect(stderr).toBe('y.csv:3:3: rank compares bodies of one year; "B" is 2023 but "A" is 2022.\n');
  });

  it('refuses a repeated id, at its second occurrence', async () => {
    const { code, stderr } = await runCli(['rank', 'd.csv', '-y', '2022'], { 'd.csv': 'id,total\nA,80\nB,70\nA,60\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^d\.csv:4:1: The id "A" is also at d\.csv:2:1 .*one body on two lines/);
  });
});

describe('ombuds-score summary', () => {
  it('tallies zones and grades with the library (Sumatera Utara 2022: 16 hijau, 13 kuning, 5 merah)', async () => {
    const csv = 'id,total\nDeli Serdang,91.99\nMedan,81.43\nSamosir,75.14\nBinjai,45.16\n';
    const { code, stdout } = await runCli(['summary', 's.csv', '-y', '2022', '-f', 'json'], { 's.csv': csv });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      year: 2022,
      ruleset: { id: 'ori-2022', revision: 2 },
      count: 4,
      zones: { hijau: 2, kuning: 1, merah: 1 },
      categories: { A: 1, B: 1, C: 1, D: 1, E: 0 },
      mean: '73.43',
      median: '78.29',
      highest: { id: 'Deli Serdang', total: '91.99' },
      lowest: { id: 'Binjai', total: '45.16' },
    });
  });

  it('has no categories in a three-zone year', async () => {
    const { stdout } = await runCli(['summary', '-y', '2019', '-f', 'csv'], {}, 'id,total\na,80.03\nb,96.89\n');
    expect(stdout).not.toMatch(/category/);
    expect(stdout).toMatch(/zone,hijau,1,\r\nzone,kuning,1,\r\nzone,merah,0,/);
  });
});

describe('errors', () => {
  it('names file, line and column of every bad value and exits 1', async () => {
    const csv = 'id,competency,standards,opinion,complaints\nA,80,101,70,60\nB,80,90,,60\nC,80,90,70,abc\n';
    const { code, stdout, stderr } = await runCli(['score', 'bad.csv', '-y', '2023'], { 'bad.csv': csv });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('bad.csv:2:6: Process dimension: "101" is outside 0–100; give a value in that range.');
    expect(lines[1]).toMatch(/^bad\.csv:3:9: Output dimension \(opinion\) is missing\.$/);
    expect(lines[2]).toMatch(/^bad\.csv:4:12: Complaints dimension: "abc" is not a plain decimal number/);
  });

  it('locates errors inside JSON by line and column', async () => {
    const doc = '[\n  { "id": "A", "total": 80 },\n  { "id": "B", "dimensions": { "standards": 101 } }\n]\n';
    const { code, stderr } = await runCli(['score', 'b.json', '-y', '2019'], { 'b.json': doc });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^b\.json:3:45: Service-standard compliance: "\d+" is outside 0–100; give a value in that range\./,
    );
  });

  it('reports CSV and JSON syntax errors with their position', async () => {
    const csv = await runCli(['score', 'q.csv', '-y', '2022'], { 'q.csv': 'id,total\n"A,80\n' });
    expect([csv.code, csv.stderr]).toEqual([
      1,
      'q.csv:2:1: A quoted field is never closed; add the closing quote (").\n',
    ]);
    const json = await runCli(['score', 'q.json', '-y', '2022'], { 'q.json': '[{"id": "A", "total": 80,}]' });
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(/^q\.json:1:26: Expected a property name/);
  });

  it('reports unknown years at the year cell, and 2020 as a year without assessment', async () => {
    const { code, stderr } = await runCli(['score', 'y.csv'], { 'y.csv': 'id,year,total\nA,2020,80\nB,2014,70\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^y\.csv:2:3: No assessment was held in 2020 \(COVID-19\); use 2019 or 2021\./m);
    expect(stderr).toMatch(/^y\.csv:3:3: No ruleset for 2014/m);
  });

  it('reports a missing id column, a missing score column and ragged lines', async () => {
    const noId = await runCli(['score', 'a.csv', '-y', '2022'], { 'a.csv': 'kode,total\nA,80\n' });
    expect(noId.stderr).toMatch(/^a\.csv:1:1: No id column .*whose columns are "kode", "total".*--column id=<header>/);
    const noScore = await runCli(['score', 'a.csv', '-y', '2022'], { 'a.csv': 'id,skor\nA,80\n' });
    expect(noScore.stderr).toMatch(/^a\.csv:1:1: The header has no score column; the columns are "id", "skor"/);
    const ragged = await runCli(['score', 'a.csv', '-y', '2022'], { 'a.csv': 'id,total\nA,80,1\n' });
    expect(ragged.stderr).toMatch(/^a\.csv:2:1: This line has 3 fields but the header has 2/);
  });

  it('scores a line with dimension scores beside its printed total from its parts, and warns where they differ', async () => {
    const { code, stdout, stderr } = await runCli(['score', 'a.csv', '-y', '2019', '-f', 'csv'], {
      'a.csv': 'id,standards,total\nA,80,80\nB,70,71\n',
    });
    expect(code).toBe(0);
    expect(stdout.split('\r\n').slice(1, 3)).toEqual([
      'A,2019,80.00,80,,kuning,Medium compliance,',
      'B,2019,70.00,70,,kuning,Medium compliance,',
    ]);
    expect(stderr).toBe(
      'a.csv:3:6: warning: "B" prints 71, but its parts give 70.00 (difference 1); ranked by 70.00. See "ombuds-score audit".\n',
    );
  });

  it('refuses an ambiguous delimiter instead of guessing', async () => {
    const { code, stderr } = await runCli(['score', 'a.csv', '-y', '2022'], { 'a.csv': 'id,total;x\nA,80;1\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/delimiter is ambiguous; use --delimiter/);
    const given = await runCli(['score', 'a.csv', '-y', '2022', '-d', ',', '-f', 'csv'], {
      'a.csv': 'id,total;x\nA,80;1\nB,81\n',
    });
    expect(given.code).toBe(1);
  });

  it('reports an unreadable file with exit code 1', async () => {
    const { code, stderr } = await runCli(['score', 'missing.csv', '-y', '2022']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^missing\.csv: cannot read the file \(ENOENT/);
  });
});

describe('usage', () => {
  it.each([
    [[], /Name a command/],
    [['grade'], /Unknown command "grade"/],
    [['score', '--year', '23'], /--year expects a year/],
    [['score', '--format', 'xml'], /--format expects one of table, json, csv/],
    [['score', '--nope'], /Unknown option "--nope"/],
    [['rank', '--method', 'best'], /--method expects one of ordinal/],
    [['score', '--delimiter', '|'], /--delimiter expects/],
    [['score', '--year', '2020'], /No assessment was held in 2020/],
    [['score', '--year', '1999'], /No ruleset for 1999/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv as string[], {}, 'id,total\nA,80\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/ombuds-score --help/);
  });

  it('asks for a year when neither the command line nor the data gives one (exit 2)', async () => {
    const { code, stderr } = await runCli(['score', 'a.csv'], { 'a.csv': 'id,total\nA,80\n' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/No year: use --year, or add a year column/);
  });

  it('prints help with --help, -h and help (exit 0)', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['rank', '--help']]) {
      const { code, stdout } = await runCli(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: ombuds-score <command>/);
      expect(stdout).toMatch(/--decimal-comma/);
    }
  });

  it('says which cell is empty when a total column is empty (not "competency is missing")', async () => {
    const { code, stderr } = await runCli(['score', 'a.csv', '-y', '2022'], { 'a.csv': 'id,total\nA,80\nB,\n' });
    expect(code).toBe(1);
    expect(stderr).toBe('a.csv:3:3: The total (column "total") is empty; give a total or drop the line.\n');
  });

  it('says a line has no score when both a total and dimension columns are empty', async () => {
    const { code, stderr } = await runCli(['score', 'a.csv', '-y', '2021'], { 'a.csv': 'id,total,standards\nA,,\n' });
    expect(code).toBe(1);
    expect(stderr).toBe('a.csv:2:1: This line has no score; give its total or its dimension scores (standards).\n');
  });
});

describe('large inputs (found in review)', () => {
  const big = (n: number) =>
    'id,total\n' + Array.from({ length: n }, (_, i) => `b${i},${(i % 10_000) / 100}`).join('\n') + '\n';

  // The size is a check of the call stack, not of speed: the time limit is generous, and the
  // time itself is measured by the benchmark (see docs/guides/cli.md, "Large files").
  it('scores and tabulates 200,000 lines without exhausting the call stack', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await runCli(['score', 'big.csv', '-y', '2023'], { 'big.csv': big(200_000) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[2]).toMatch(/^b0\s+2023\s+0\.00\s+0\s+E\s+merah/);
  });
});

describe('--revision (RULEBOOK §7a)', () => {
  it('scores with the revision asked for: 50.12 in 2017 is kuning in revision 2 (the latest), merah in revision 1', async () => {
    const csv = 'id,total\nProv. Gorontalo,50.12\n';
    const latest = await runCli(['score', 'g.csv', '--year', '2017', '-f', 'csv'], { 'g.csv': csv });
    expect(latest.stdout.split('\r\n')[1]).toBe('Prov. Gorontalo,2017,50.12,50.12,,kuning,Medium compliance,');
    const first = await runCli(['score', 'g.csv', '--year', '2017', '--revision', '1', '-f', 'csv'], { 'g.csv': csv });
    expect(first.code).toBe(0);
    expect(first.stdout.split('\r\n')[1]).toBe('Prov. Gorontalo,2017,50.12,50.12,,merah,Low compliance,');
  });

  it('refuses a revision the year does not have, and a revision that is not a number, as usage errors', async () => {
    const missing = await runCli(['rank', 'g.csv', '--year', '2021', '--revision', '2'], {
      'g.csv': 'id,total\nA,80\n',
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('2021 has no revision 2; there are 1.');
    const bad = await runCli(['rank', 'g.csv', '--year', '2023', '--revision', 'latest'], {
      'g.csv': 'id,total\nA,80\n',
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--revision expects a revision number such as 1 or 2, got "latest".');
  });

  it("says a year without rules in the library's text, in both languages, without the code's path", async () => {
    const files = { 'a.csv': 'id,total\nA,80\n' };
    const en = await runCli(['score', 'a.csv', '--year', '2020'], files);
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe(
      'ombuds-score: --year 2020: No assessment was held in 2020 (COVID-19); use 2019 or 2021.',
    );
    const id = await runCli(['score', 'a.csv', '--year', '2021', '--revision', '2', '--lang', 'id'], files);
    expect(id.code).toBe(2);
    expect(id.stderr.split('\n')[0]).toBe('ombuds-score: --year 2021: Tahun 2021 tidak punya revisi 2; yang ada: 1.');
  });

  it('with a year column, a line whose year lacks the revision is a located problem', async () => {
    const csv = 'id,year,total\nA,2017,50.12\nB,2021,60\n';
    const { code, stderr } = await runCli(['score', 'y.csv', '--revision', '2'], { 'y.csv': csv });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^y\.csv:3:\d+: 2021 has no revision 2; there are 1\./m);
  });
});

describe('library errors in --lang id', () => {
  it('says in Indonesian what is wrong with each bad cell, at its line and column', async () => {
    // Spaces around a cell are trimmed by the CSV reader ("Kota D; 80" is 80), so they are no error here.
    const csv = 'Nama;Nilai\nKota A;90.02\nKota B;abc\nKota C;101\nKota D; 80\nKota E;1e2\n';
    const { code, stderr } = await runCli(['rank', 'x.csv', '--year', '2023', '--decimal-comma', '--lang', 'id'], {
      'x.csv': csv,
    });
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((l) => l !== '')).toEqual([
      // The library's own Indonesian texts (ScoringError.text.id), without its place; the point in the CLI's words.
      'x.csv:2:8: "90.02" memakai titik desimal, padahal --decimal-comma membaca koma desimal; tulis "90,02", atau ' +
        'jalankan tanpa --decimal-comma bila angka-angkanya ditulis dengan titik.',
      'x.csv:3:8: "abc" bukan angka; tulis angkanya saja, misalnya "87,44".',
      'x.csv:4:8: "101" di luar rentang 0 sampai 100; isi angka dalam rentang itu.',
      'x.csv:6:8: "1e2" bukan angka; tulis angkanya saja, misalnya "87,44".',
    ]);
    const en = await runCli(['rank', 'x.csv', '--year', '2023', '--decimal-comma'], { 'x.csv': csv });
    expect(en.stderr).toContain(
      'x.csv:2:8: "90.02" has a decimal point, but --decimal-comma reads decimal commas; write "90,02", or run ' +
        'without --decimal-comma if the numbers are written with points.',
    );
  });

  it('names the CLI option where the library names its option', async () => {
    const { code, stderr } = await runCli(['rank', 'y.csv', '--year', '2023', '--lang', 'id'], {
      'y.csv': 'Nama,Nilai\nKota A,"81,5"\n',
    });
    expect(code).toBe(1);
    expect(stderr).toContain(': "81,5" memakai koma desimal; tulis "81.5" atau pakai --decimal-comma.\n');
  });
});
