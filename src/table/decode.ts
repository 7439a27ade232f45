/**
 * From the bytes of an input file to its text. A byte-order mark decides (UTF-8, UTF-16 LE or BE, as Excel's
 * "Unicode Text" writes it); without one the text is UTF-8 unless `--encoding` says otherwise. Bytes that do
 * not decode are refused with their line and column: nothing is ever replaced by U+FFFD silently.
 *
 * @module
 */
import { DataError } from './problems.js';
import { NO_CHOICES, T, type Choices } from './texts.js';

/**
 * The encodings `--encoding` accepts. `latin1` is read as Windows-1252, as browsers and Excel do.
 *
 * @example
 * ```ts
 * ENCODINGS.includes('windows-1252'); // true
 * ```
 */
export const ENCODINGS = [
  'utf-8',
  'utf8',
  'windows-1252',
  'cp1252',
  'latin1',
  'iso-8859-1',
  'utf-16le',
  'utf-16be',
] as const;
/** An encoding `--encoding` accepts. */
export type Encoding = (typeof ENCODINGS)[number];

const WHATWG: Readonly<Record<Encoding, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Decodes the bytes of `file`. `choices`: the front end's words for choosing an encoding, named when the bytes
 * do not decode (without them, the sentence says to save the file as UTF-8).
 *
 * @throws {@link DataError} at the first byte that does not decode, or for NUL bytes in a file without a
 *   byte-order mark read as UTF-8 (UTF-16 without a mark).
 *
 * @example
 * ```ts
 * decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a.csv', null); // 'a'
 * decodeInput(new Uint8Array([0x45, 0x73, 0x70, 0xe9]), 'a.csv', 'windows-1252'); // 'Espé'
 * ```
 */
export function decodeInput(
  bytes: Uint8Array,
  file: string,
  encoding: Encoding | null,
  choices: Pick<Choices, 'windows1252' | 'utf16'> = NO_CHOICES,
): string {
  let chosen = encoding === null ? 'utf-8' : WHATWG[encoding];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [chosen, start] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [chosen, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [chosen, start] = ['utf-16be', 2];
  const body = bytes.subarray(start);
  if (chosen === 'utf-8') {
    if (start === 0) {
      const nul = body.indexOf(0);
      if (nul >= 0) throw DataError.at({ file, ...positionOf(body, nul) }, T.looksUtf16({ utf16: choices.utf16 }));
    }
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      throw DataError.at(
        { file, ...positionOf(body, bad) },
        T.invalidUtf8({ byte: hex(body[bad] ?? 0), windows1252: choices.windows1252 }),
      );
    }
  }
  if (chosen === 'utf-16le' || chosen === 'utf-16be') {
    try {
      return new TextDecoder(chosen, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const text = new TextDecoder(chosen, { ignoreBOM: true }).decode(body);
      const bad = firstUnpaired(text);
      throw DataError.at({ file, ...positionInText(text, bad) }, T.invalidUtf16({ encoding: chosen }));
    }
  }
  // Windows-1252 maps every byte to a character: nothing to refuse.
  return decodeWindows1252(body);
}

/**
 * Bytes 0x80–0x9F of Windows-1252, as the WHATWG Encoding Standard's index gives them (`index-windows-1252.txt`):
 * € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; the five bytes the code page leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the control characters of the same number, as the standard says. Every other byte is
 * the code point of its own value. Node's TextDecoder cannot be used: on the Node versions this package supports
 * it reads the label "windows-1252" as Latin-1 and turns an en dash (0x96) into U+0096.
 */
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/**
 * Decodes Windows-1252 by the WHATWG table, byte by byte (every byte is a character: nothing is refused).
 *
 * @example
 * ```ts
 * decodeWindows1252(new Uint8Array([0x52, 0x53, 0x55, 0x44, 0x20, 0x96, 0x20, 0x93, 0x41, 0x94])); // 'RSUD – “A”'
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 1 << 14;
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      units[i - start] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b;
    }
    text += String.fromCharCode(...units.subarray(0, end - start));
  }
  return text;
}

/** Index of the first byte that starts no valid UTF-8 sequence (the bytes are known to hold one). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

/** Line and column (in UTF-16 code units, as the CSV and JSON readers count) of byte `at` of valid UTF-8 before it. */
function positionOf(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, at));
  return { line, column: before.length + 1 };
}

function firstUnpaired(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return text.length;
}

function positionInText(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}

/** A byte in two hex digits (`E9`). */
function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
