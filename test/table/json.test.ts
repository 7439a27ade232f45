import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parsePositionedJson } from '../../src/table/json.js';

function syntaxError(text: string): JsonSyntaxError {
  try {
    parsePositionedJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a JsonSyntaxError');
}

describe('parsePositionedJson', () => {
  it('parses standard JSON, keeping number literals as their exact text', () => {
    const { value } = parsePositionedJson('{"a": [1, -2.50, 76.5050000000000000001, true, false, null, "x\\"y\\u00e9"]}');
    expect(value).toEqual({ a: ['1', '-2.50', '76.5050000000000000001', true, false, null, 'x"yé'] });
  });

  it('hands number literals on with a decimal comma when asked, and leaves strings alone', () => {
    const { value } = parsePositionedJson('[90.02, "90.02", 80]', { decimalComma: true });
    expect(value).toEqual(['90,02', '90.02', '80']);
  });

  it('locates every value by path, and the nearest enclosing value below a leaf', () => {
    const json = parsePositionedJson('{\n  "bodies": [\n    { "id": "x", "total": 101 }\n  ]\n}');
    expect(json.locate(['bodies'])).toEqual({ line: 2, column: 13 });
    expect(json.locate(['bodies', 0])).toEqual({ line: 3, column: 5 });
    expect(json.locate(['bodies', 0, 'total'])).toEqual({ line: 3, column: 27 });
    expect(json.locate(['bodies', 0, 'total', 'deeper'])).toEqual({ line: 3, column: 27 });
    expect(json.locate(['bodies', 0, 'missing'])).toEqual({ line: 3, column: 5 });
  });

  it('does not count a byte-order mark as a column', () => {
    expect(parsePositionedJson('\uFEFF[1]').locate([0])).toEqual({ line: 1, column: 2 });
  });

  it.each([
    ['[1, 2', 1, 6, /Expected "," or "]"/],
    ['{"a" 1}', 1, 6, /Expected ":"/],
    ["{\"a\": 1,\n \"a\": 2}", 2, 2, /appears twice/],
    ['[01]', 1, 3, /Expected "," or "]"/],
    ['[1] x', 1, 5, /after the JSON value/],
    ['{a: 1}', 1, 2, /double quotes/],
    ['"abc', 1, 1, /Malformed string/],
    ['', 1, 1, /Expected a JSON value/],
  ])('refuses %j at line %i, column %i', (text, line, column, message) => {
    const error = syntaxError(text);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toMatch(message);
  });

  it('refuses nesting deeper than 64 levels instead of overflowing the stack', () => {
    expect(syntaxError('['.repeat(100_000)).message).toMatch(/Nesting deeper/);
  });

  it('refuses a "__proto__" key at its position, never using it', () => {
    const error = syntaxError('[\n  { "id": "A", "__proto__": { "total": 1 } }\n]');
    expect([error.line, error.column]).toEqual([2, 16]);
    expect(error.message).toMatch(/"__proto__" is not allowed/);
    expect(error.text.id).toMatch(/"__proto__" tidak diizinkan/);
  });
});
