/**
 * What the CLI writes to a terminal. Control and bidirectional characters in a table cell are
 * shown escaped (`\u001b[2J` would clear the screen); a closed standard output (`>&-`) is a failed run (exit 1,
 * one line), not a silent success.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shownCell } from '../../src/cli/format/table.js';
import { runCli } from '../cli/memory-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('table cells', () => {
  it.each([
    ['an escape sequence', 'Kota\u001b[2J', 'Kota\\u001b[2J'],
    ['a bell and a carriage return', 'A\u0007\rB', 'A\\u0007\\u000dB'],
    ['a C1 control', 'A\u009bB', 'A\\u009bB'],
    ['a right-to-left override', 'Kota \u202eX', 'Kota \\u202eX'],
    ['isolates', '\u2066X\u2069', '\\u2066X\\u2069'],
    ['a lone surrogate', 'X\ud800', 'X\\ud800'],
  ])('show %s escaped', (_, cell, shown) => {
    expect(shownCell(cell)).toBe(shown);
  });

  it('keep printable text, accents and emoji as they are', () => {
    for (const cell of ['Medan', 'Bon\u00e9', 'Kota B\u00a0', '\u{1F600}', 'Tanjungbalai']) expect(shownCell(cell)).toBe(cell);
  });

  it('never reach the terminal raw from rank', async () => {
    const csv = 'id,total\n"Kota\u001b[2J",81.43\n"Kab \u202eX",80.00\n';
    const { code, stdout } = await runCli(['rank', 'a.csv', '-y', '2023'], { 'a.csv': csv });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(stdout).toContain('Kota\\u001b[2J');
    expect(stdout).toContain('Kab \\u202eX');
  });
});

describe('a closed standard output', () => {
  // A shell and a Node process with tsx: seconds on a loaded machine, so the time limit is generous.
  it('exits 1 with one line on standard error', { timeout: 120_000 }, () => {
    const child = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts --version >&-`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr.trim().split('\n')).toHaveLength(1);
    expect(child.stderr).toMatch(/^ombuds-score: cannot write the output/);
  });

  it('a reader that stops early (EPIPE) and /dev/null still end with 0', { timeout: 120_000 }, () => {
    const child = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts --version >/dev/null`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect([child.status, child.stderr]).toEqual([0, '']);
  });
});
