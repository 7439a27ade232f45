/**
 * End to end: the real executable (src/cli/main.ts run by tsx in a child process) with real files, stdin,
 * stdout, stderr and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function cli(args: string[], input = '') {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('ombuds-score as a process', () => {
  it('ranks the Sumatera Utara 2022 CSV example', () => {
    const { code, stdout, stderr } = cli(['rank', 'examples/province-csv/sumut-2022.csv', '--format', 'csv', '--lang', 'id']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('peringkat,id,nilai,nilai eksak,kategori,zona,keterangan');
    expect(lines[1]).toBe('1,Deli Serdang,91.99,91.99,A,hijau,Kualitas Tertinggi');
    expect(lines[34]).toBe('34,Binjai,45.16,45.16,D,merah,Kualitas Rendah');
  });

  it('reads stdin, writes the error with its position to stderr and exits 1', () => {
    const { code, stdout, stderr } = cli(['score', '--year', '2023'], 'id,competency,standards,opinion,complaints\nA,80,90,70,600\n');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('<stdin>:2:12: Expected a value from 0 to 100, got "600". Scores are on the 0–100 scale.\n');
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = cli(['score', '--format', 'xml'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format expects one of table, json, csv/);
  });
});
