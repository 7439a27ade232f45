import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/table/csv.js';

describe('detectDelimiter', () => {
  it.each([
    ['id;competency;standards\nx;90,02;80\n', ';'],
    ['id,total\nx,81.43\n', ','],
    ['id\nx\n', ','],
    ['"a,b";c\n', ';'],
    ['"a;b",c\n', ','],
    ['\uFEFFid;total\n', ';'],
    ['id\ttotal\nx\t81,43\n', '\t'],
    ['"a\tb",c\n', ','],
  ])('reads %j as %j from the header line only', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('refuses to guess when the header holds both', () => {
    expect(detectDelimiter('id,total;year\n')).toBeNull();
    expect(detectDelimiter('id\ttotal;year\n')).toBeNull();
    expect(detectDelimiter('id\ttotal,year\n')).toBeNull();
  });
});
