/**
 * Runs examples/province-csv/main.ts as a user would (`npx tsx examples/province-csv/main.ts`). Expected values
 * from the published 2022 Sumatera Utara vector (test/vectors/2022-sumut.json): ranks, 16 hijau / 13 kuning /
 * 5 merah, grades A 5 B 11 C 13 D 5; mean 2478.43 / 34 = 72.895 → 72.90 (half-up), median (72.23 + 75.14) / 2 =
 * 73.685 → 73.69.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/province-csv', () => {
  it('ranks the province from its CSV and prints the table and the tally', { timeout: 120_000 }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'examples/province-csv/main.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const lines = child.stdout.split('\n');
    expect(lines[0]).toMatch(/2022: Sumatera Utara \(34 bodies\)$/);
    expect(lines[4]).toMatch(/^ {3}1 {2}Deli Serdang\s+91\.99 {2}A\s+hijau\s+Kualitas Tertinggi$/);
    expect(lines[9]).toMatch(/^ {3}6 {2}Langkat\s+87\.80 {2}B\s+hijau/);
    expect(lines[37]).toMatch(/^ {2}34 {2}Binjai\s+45\.16 {2}D\s+merah\s+Kualitas Rendah$/);
    expect(child.stdout).toContain('Zones:  hijau 16, kuning 13, merah 5\n');
    expect(child.stdout).toContain('Grades: A 5, B 11, C 13, D 5, E 0\n');
    expect(child.stdout).toContain('Mean 72.90, median 73.69\n');
  });
});
