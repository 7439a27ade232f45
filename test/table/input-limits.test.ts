/**
 * Input size and line length are bounded as the bytes arrive; `/dev/zero` is refused at once
 * with its file and line.
 */
import { describe, expect, it } from 'vitest';
import { processIo } from '../../src/cli/io.js';
import { readSources } from '../../src/cli/input/load.js';
import { DataError } from '../../src/cli/errors.js';
import { InputGuard } from '../../src/table/input-limits.js';

const options = { input: null, delimiter: null, encoding: null } as const;

function refusal(f: () => void): DataError {
  try {
    f();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('input limits', () => {
  it('refuses a line longer than the bound, naming its line, across chunks', () => {
    const guard = new InputGuard('a.csv', { inputBytes: 1000, lineBytes: 10 });
    guard.take(new TextEncoder().encode('Nama,Nilai\nA,8'));
    const error = refusal(() => guard.take(new TextEncoder().encode('0.0000000')));
    expect(error.problems[0]!.at).toEqual({ file: 'a.csv', line: 2, column: 1 });
    expect(error.problems[0]!.text.en).toMatch(/longer than/);
  });

  it('refuses an input larger than the bound', () => {
    const guard = new InputGuard('a.csv', { inputBytes: 20, lineBytes: 100 });
    guard.take(new TextEncoder().encode('Nama,Nilai\nA,80\n'));
    const error = refusal(() => guard.take(new TextEncoder().encode('B,70\nC,60\n')));
    expect(error.problems[0]!.text.en).toMatch(/larger than/);
  });

  it('bounds a workbook (a zip, without lines) by size only', () => {
    const guard = new InputGuard('a.xlsx', { inputBytes: 100, lineBytes: 4 });
    guard.take(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
  });

  it('refuses /dev/zero at once, at its first line', async () => {
    const error = await readSources(['/dev/zero'], processIo(), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems[0]!.at).toEqual({ file: '/dev/zero', line: 1, column: 1 });
  }, 60_000);
});
