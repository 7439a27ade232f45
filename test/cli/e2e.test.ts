/**
 * End to end: the real executable (src/cli/main.ts run by tsx in a child process) with real files, stdin,
 * stdout, stderr and exit codes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ARGS = ['--import', 'tsx', 'src/cli/main.ts'];

/** A CSV of `n` bodies written to a temporary file: enough output to outlast a pipe's buffer. */
function bigCsv(n: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ombuds-e2e-')), 'big.csv');
  writeFileSync(path, 'id,total\n' + Array.from({ length: n }, (_, i) => `Body ${i},${(i % 10_000) / 100}`).join('\n') + '\n');
  return path;
}

function cli(args: string[], input = '') {
  const child = spawnSync(process.execPath, [...ARGS, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

// Each test starts a Node process with tsx: seconds on a loaded machine, so the time limit is generous.
describe('ombuds-score as a process', { timeout: 120_000 }, () => {
  it('ranks the Sumatera Utara 2022 CSV example', () => {
    const { code, stdout, stderr } = cli(['rank', 'examples/province-csv/sumut-2022.csv', '--format', 'csv', '--lang', 'id']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('peringkat,id,nilai,nilai eksak,kategori,zona,predikat');
    expect(lines[1]).toBe('1,Deli Serdang,91.99,91.99,A,hijau,Kualitas Tertinggi');
    expect(lines[34]).toBe('34,Binjai,45.16,45.16,D,merah,Kualitas Rendah');
  });

  it('reads stdin, writes the error with its position to stderr and exits 1', () => {
    const { code, stdout, stderr } = cli(['score', '--year', '2023'], 'id,competency,standards,opinion,complaints\nA,80,90,70,600\n');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('<stdin>:2:12: Complaints dimension: "600" is outside 0–100; give a value in that range.\n');
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = cli(['score', '--format', 'xml'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format expects one of table, json, csv/);
  });

  it('refuses "Kota B " beside "Kota B", naming both lines', () => {
    const { code, stdout, stderr } = cli(
      ['rank', '--year', '2023', '--decimal-comma'],
      'Nama;Nilai\nKota A;90,02\nKota B ;77,99\nKota B;77,99\n',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^<stdin>:4:1: The id "Kota B" is also at <stdin>:3:1 /);
  });

  it('prints its version', () => {
    const { code, stdout } = cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('ends quietly with exit code 0 when the reader stops early (| head -1, EPIPE)', async () => {
    const child = spawn(process.execPath, [...ARGS, 'score', bigCsv(20_000), '-y', '2023', '-f', 'csv'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString().split('\n')[0]!;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toBe('id,year,total,exact,category,zone,label,opinion\r');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says in one line, without a stack, that a full disk (ENOSPC) stopped the output, and exits 1', () => {
    // Linux: /dev/full refuses every write with ENOSPC.
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawnSync(process.execPath, [...ARGS, 'score', bigCsv(2_000), '-y', '2023', '--lang', 'id'], {
        cwd: root,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(child.stderr).toMatch(/^ombuds-score: keluaran tidak dapat ditulis \(ENOSPC[^\n]*\)\.\n$/);
      expect(child.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

