import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/table/csv.js';
import { formatCsv, formatCsvLine } from '../../src/table/write.js';

const values = (text: string, delimiter?: ',' | ';' | '\t') =>
  parseCsv(text, delimiter ? { delimiter } : {}).map((r) => r.map((f) => f.value));

function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('parseCsv (RFC 4180)', () => {
  it('reads plain records with LF, CRLF and lone CR line ends', () => {
    expect(values('a,b\nc,d\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(values('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(values('a,b\rc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('reads a last record without a line end, and an empty text as no records', () => {
    expect(values('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(values('')).toEqual([]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(values(',a,,\n')).toEqual([['', 'a', '', '']]);
    expect(values('a,')).toEqual([['a', '']]);
  });

  it('keeps a blank line as a record with one empty field', () => {
    expect(values('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reads quoted fields with delimiters, escaped quotes and embedded newlines', () => {
    expect(values('"Medan, Kota","say ""hi""","two\nlines","crlf\r\ninside"\n')).toEqual([
      ['Medan, Kota', 'say "hi"', 'two\nlines', 'crlf\r\ninside'],
    ]);
    expect(values('""\n')).toEqual([['']]);
    expect(values('""""')).toEqual([['"']]);
  });

  it('skips a UTF-8 byte-order mark without shifting columns', () => {
    const records = parseCsv('\uFEFFid,total\nx,1');
    expect(records[0]![0]).toEqual({ value: 'id', line: 1, column: 1 });
    expect(records[0]![1]).toEqual({ value: 'total', line: 1, column: 4 });
  });

  it('reads ; and tab delimiters only when asked', () => {
    expect(values('id;total\nx;90,02\n', ';')).toEqual([['id', 'total'], ['x', '90,02']]);
    expect(values('id;total\n')).toEqual([['id;total']]);
    expect(values('a\tb\n', '\t')).toEqual([['a', 'b']]);
    expect(values('"a;b";c\n', ';')).toEqual([['a;b', 'c']]);
  });

  it('records the line and column where each field starts, counting embedded newlines', () => {
    const records = parseCsv('id,note,total\r\nx,"line 1\nline 2",77\ny,,80\n');
    expect(records[1]!.map((f) => [f.line, f.column])).toEqual([[2, 1], [2, 3], [3, 9]]);
    expect(records[2]!.map((f) => [f.line, f.column])).toEqual([[4, 1], [4, 3], [4, 4]]);
  });

  it('refuses a quoted field that is never closed, at its opening quote', () => {
    const error = syntaxError('id,total\nx,"81.43\n');
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.message).toMatch(/never closed/);
  });

  it('refuses text after a closing quote, where it stands', () => {
    const error = syntaxError('a,"b"c\n');
    expect([error.line, error.column]).toEqual([1, 6]);
  });

  it('refuses a quote inside an unquoted field, where it stands', () => {
    const error = syntaxError('id\nab"c\n');
    expect([error.line, error.column]).toEqual([2, 3]);
  });
});

describe('formatCsv', () => {
  it('quotes only the fields that need it and ends records with CRLF', () => {
    expect(formatCsv([['id', 'total'], ['Medan, Kota', '81.43'], ['say "hi"', 'a\nb']])).toBe(
      'id,total\r\n"Medan, Kota",81.43\r\n"say ""hi""","a\nb"\r\n',
    );
    expect(formatCsv([['a;b', 'c,d']], ';')).toBe('"a;b";c,d\r\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [['x', 'a,b', '"q"', 'line\r\nbreak', '']];
    expect(values(formatCsv(rows))).toEqual(rows);
  });
});

describe('formatCsvLine (CSV injection, OWASP)', () => {
  it("prefixes text cells that start with = + - @ tab or CR with ', and quotes them when needed", () => {
    expect(formatCsvLine(['=1+1', '+62', '-x', '@A1', '\tx', '\rx', 'ok'], [])).toBe("'=1+1,'+62,'-x,'@A1,'\tx,\"'\rx\",ok\r\n");
  });

  it('never alters number cells, negative ones included', () => {
    expect(formatCsvLine(['-1.5', '+2', '80,5'], ['number', 'number', 'number'], ';')).toBe('-1.5;+2;80,5\r\n');
  });
});

describe('quoted fields read in runs', () => {
  it('reads back what the writer wrote, with the line of every field, whatever the fields hold (property)', async () => {
    const fc = (await import('fast-check')).default;
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '–') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        // Cells written as they are ('number' cells are never neutralised), so that the text is the data.
        const line = (row: readonly string[]) => formatCsvLine(row, row.map(() => 'number' as const));
        const text = table.map(line).join('');
        const parsed = parseCsv(text);
        expect(parsed.map((record) => record.map((field) => field.value))).toEqual(table);
        // The line of a record's first field: the line ends before it (CRLF, LF or a lone CR), counted by hand.
        let offset = 0;
        table.forEach((row, r) => {
          const before = text.slice(0, offset);
          const breaks = (before.match(/\r\n|\n|\r/g) ?? []).length;
          expect(parsed[r]![0]!.line).toBe(breaks + 1);
          offset += line(row).length;
        });
      }),
      { numRuns: 300 },
    );
  });
});
