/**
 * A JSON reader that remembers where every value starts, so that the CLI can name the line and column of a
 * bad value, and that keeps number literals exact.
 *
 * Number literals are returned as their source text (`90.02` → `"90.02"`), never as binary floats, so that
 * `76.5050000000000000001` reaches the library digit for digit. Everything else is standard JSON (RFC 8259);
 * string contents are decoded by `JSON.parse` itself.
 *
 * @module
 */

import { T, type Text } from './texts.js';

/** 1-based line and column. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A path into the parsed value: keys and indexes. */
export type JsonPath = readonly (string | number)[];

/** The parsed value and the position of every value in it. */
export interface PositionedJson {
  readonly value: unknown;
  /** Where the value at `path` starts; for a path below a leaf, the nearest enclosing value. */
  locate(path: JsonPath): TextPosition;
}

/**
 * Malformed JSON, with the 1-based line and column of the problem.
 *
 * @example
 * ```ts
 * try { parsePositionedJson('[1,'); } catch (e) { if (e instanceof JsonSyntaxError) e.line; } // 1
 * ```
 */
export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly text: Text;

  constructor(text: Text, position: TextPosition) {
    super(text.en);
    this.text = text;
    this.name = 'JsonSyntaxError';
    this.line = position.line;
    this.column = position.column;
  }
}

/** Options of {@link parsePositionedJson}. */
export interface JsonOptions {
  /** Hand number literals on with a decimal comma (`90.02` → `"90,02"`), for `--decimal-comma`. */
  readonly decimalComma?: boolean;
}

/** Deepest nesting accepted, so that a hostile input cannot overflow the stack. */
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Parses JSON text, keeping number literals as strings and the position of every value.
 *
 * @throws {@link JsonSyntaxError} for malformed JSON.
 *
 * @example
 * ```ts
 * const json = parsePositionedJson('{\n  "total": 81.43\n}');
 * json.value; // { total: '81.43' }
 * json.locate(['total']); // { line: 2, column: 12 }
 * ```
 */
export function parsePositionedJson(text: string, options: JsonOptions = {}): PositionedJson {
  const positions = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  // Line starts, found once: a position is then a binary search, so locating every body stays linear.
  let lineStarts: number[] | null = null;
  const position = (at: number): TextPosition => {
    if (lineStarts === null) {
      lineStarts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lineStarts.push(k + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - lineStarts[low]! + 1 };
  };
  const fail = (message: Text, at: number = i): never => {
    throw new JsonSyntaxError(message, position(at));
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** The character found, or `null` at the end of the text. */
  const found = (): string | null => (i >= text.length ? null : text[i]!);
  const readString = (): string => {
    STRING.lastIndex = i;
    const match = STRING.exec(text);
    if (!match) return fail(T.jsonMalformedString);
    i += match[0].length;
    return JSON.parse(match[0]) as string;
  };

  const readValue = (path: JsonPath, depth: number): unknown => {
    skipSpace();
    if (depth > MAX_DEPTH) fail(T.jsonTooDeep({ depth: MAX_DEPTH }));
    positions.set(key(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[i] === '}') {
        i++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(T.jsonExpectedName({ found: found() }));
        const keyStart = i;
        const name = readString();
        if (name === '__proto__') fail(T.jsonProto, keyStart);
        if (Object.hasOwn(object, name)) fail(T.jsonKeyTwice({ name }), keyStart);
        skipSpace();
        if (text[i] !== ':') fail(T.jsonExpectedColon({ found: found() }));
        i++;
        Object.defineProperty(object, name, {
          value: readValue([...path, name], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return object;
        }
        fail(T.jsonExpectedComma({ closing: '}', found: found() }));
      }
    }
    if (c === '[') {
      i++;
      const array: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return array;
      }
      for (;;) {
        array.push(readValue([...path, array.length], depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return array;
        }
        fail(T.jsonExpectedComma({ closing: ']', found: found() }));
      }
    }
    if (c === '"') return readString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match) {
      i += match[0].length;
      return options.decimalComma ? match[0].replace('.', ',') : match[0];
    }
    return fail(T.jsonExpectedValue({ found: found() }));
  };

  const value = readValue([], 0);
  skipSpace();
  if (i < text.length) fail(T.jsonAfterValue({ found: text[i]! }));

  return {
    value,
    locate(path: JsonPath): TextPosition {
      for (let n = path.length; n >= 0; n--) {
        const at = positions.get(key(path.slice(0, n)));
        if (at !== undefined) return position(at);
      }
      return position(0);
    },
  };
}

function key(path: JsonPath): string {
  return JSON.stringify(path);
}
