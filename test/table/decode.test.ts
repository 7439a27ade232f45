/**
 * Windows-1252 decoded by the WHATWG table, every byte, checked against iconv-lite (an
 * independent, well-kept decoder) and, for the five bytes the code page leaves undefined, against the WHATWG
 * index (they map to the C1 control of the same number; iconv-lite gives U+FFFD there).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeInput, decodeWindows1252 } from '../../src/table/decode.js';
import { DataError } from '../../src/table/problems.js';

const UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

describe('Windows-1252', () => {
  it.each(Array.from({ length: 256 }, (_, byte) => byte))('byte 0x%s decodes as the standard says', (byte) => {
    const decoded = decodeWindows1252(new Uint8Array([byte]));
    expect(decoded).toHaveLength(1);
    if (UNDEFINED.includes(byte)) expect(decoded.charCodeAt(0)).toBe(byte);
    else expect(decoded).toBe(iconv.decode(Buffer.from([byte]), 'windows-1252'));
  });

  it('never gives U+FFFD and keeps an en dash and curly quotes (not U+0096, U+0093)', () => {
    const bytes = new Uint8Array(iconv.encode('RSUD Dr. Soetomo – Surabaya “A” ‘B’ € …', 'windows-1252'));
    expect(decodeInput(bytes, 'a.csv', 'windows-1252')).toBe('RSUD Dr. Soetomo – Surabaya “A” ‘B’ € …');
    expect(decodeInput(bytes, 'a.csv', 'latin1')).toBe('RSUD Dr. Soetomo – Surabaya “A” ‘B’ € …');
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.includes('\ufffd')).toBe(false);
  });

  it('decodes a long file in chunks the same as byte by byte', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    const expected = [...bytes].map((b) => decodeWindows1252(new Uint8Array([b]))).join('');
    expect(decodeWindows1252(bytes)).toBe(expected);
  });

  const refusal = (choices?: Parameters<typeof decodeInput>[3]) => {
    const bytes = new Uint8Array(iconv.encode('Nama;Nilai\r\nRSUD – Surabaya;80\r\n', 'windows-1252'));
    try {
      decodeInput(bytes, 'rekap.csv', null, choices);
    } catch (e) {
      return e;
    }
    return null;
  };

  it('refuses a non-UTF-8 file, naming the front end’s choice in its words, at the first bad byte', () => {
    const words = { windows1252: { en: '--encoding windows-1252', id: 'Pengodean “Windows-1252”' }, utf16: null };
    const error = refusal(words);
    expect(error).toBeInstanceOf(DataError);
    const problem = (error as DataError).problems[0]!;
    expect(problem.at).toEqual({ file: 'rekap.csv', line: 2, column: 6 });
    expect(problem.text.en).toBe(
      'Byte 0x96 is not valid UTF-8. If the file was saved by Excel as "CSV" (Windows-1252), use --encoding windows-1252.',
    );
    expect(problem.text.id).toBe(
      'Bita 0x96 bukan UTF-8 yang sah. Bila berkas disimpan Excel sebagai "CSV" (Windows-1252), pakai Pengodean “Windows-1252”.',
    );
  });

  it('without a choice to name, says how to save the file instead', () => {
    const problem = (refusal() as DataError).problems[0]!;
    expect(problem.text.en).toContain('save it again as "CSV UTF-8".');
    expect(problem.text.id).toContain('simpan ulang sebagai "CSV UTF-8".');
    expect(problem.text.en + problem.text.id).not.toContain('--');
  });
});
