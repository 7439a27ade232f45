/**
 * `npx tsx bench/csv-quoting.ts`: the CSV reader on the same table of about 20 M characters written unquoted and with
 * every field quoted (issue 21, item 12: quoted fields should read no slower than about 2× unquoted). Prints the
 * median of five runs of each and their ratio. Speed is measured here only, never in a test.
 *
 * @module
 */
import { csvRecords } from '../src/table/csv.js';

/** Lines of the table: about 20 M characters unquoted. */
const LINES = 380_000;

function table(quoted: boolean): string {
  const q = (cell: string) => (quoted ? `"${cell}"` : cell);
  const lines: string[] = [[q('Nama Instansi'), q('Nilai'), q('Keterangan')].join(',') + '\r\n'];
  for (let i = 0; i < LINES; i++) {
    const line = [q(`Kabupaten Contoh ${i}`), q(`${50 + (i % 50)}.${i % 100}`), q('Zona hijau - dipertahankan')].join(',') + '\r\n';
    lines.push(line);
  }
  return lines.join('');
}

function read(text: string): number {
  let fields = 0;
  for (const record of csvRecords(text)) fields += record.length;
  return fields;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    read(text);
    runs.push(performance.now() - start);
  }
  return median(runs);
}

const plain = table(false);
const quoted = table(true);
if (read(plain) !== read(quoted)) throw new Error('the two tables differ');
const a = time(plain);
const b = time(quoted);
console.log(`unquoted ${(plain.length / 1e6).toFixed(1)} M chars: ${a.toFixed(0)} ms`);
console.log(`quoted   ${(quoted.length / 1e6).toFixed(1)} M chars: ${b.toFixed(0)} ms`);
console.log(`quoted / unquoted: ${(b / a).toFixed(2)}×`);
