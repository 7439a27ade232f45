/**
 * Public suites guard the readers (vendored with their licences in test/fixtures/suites/).
 *
 * - JSONTestSuite (Nicolas Seriot, MIT): the JSON reader reads 93 of the 95 `y_` files as `JSON.parse` does (the
 *   two others repeat a key, which the reader refuses on purpose: a body with two `total`s is ambiguous), refuses
 *   all 188 `n_` files, and ends every `i_` file cleanly (a value or a located syntax error, never another error).
 * - csv-spectrum (Max Ogden, BSD-2-Clause): the CSV reader gives the expected rows for 11 of the 12 files; the
 *   twelfth (location_coordinates) has a bare quote inside an unquoted field (37°36'37.8"N), which the reader
 *   refuses with its position (see csv.ts): a spreadsheet that wrote it would have quoted the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/table/csv.js';
import { decodeInput } from '../../src/table/decode.js';
import { JsonSyntaxError, parsePositionedJson } from '../../src/table/json.js';
import { DataError } from '../../src/table/problems.js';

const JSON_DIR = new URL('../fixtures/suites/JSONTestSuite/test_parsing/', import.meta.url);
const CSV_DIR = new URL('../fixtures/suites/csv-spectrum/', import.meta.url);
const jsonFiles = readdirSync(JSON_DIR).filter((name) => name.endsWith('.json')).sort();

/** Reads a file as the CLI does: bytes decoded (UTF-8 unless a BOM says otherwise), then parsed. */
function readJson(name: string): { value: unknown } | { refused: unknown } {
  try {
    const text = decodeInput(new Uint8Array(readFileSync(new URL(encodeURIComponent(name), JSON_DIR))), name, null);
    return { value: parsePositionedJson(text).value };
  } catch (error) {
    return { refused: error };
  }
}

/** Whether our value (number literals kept as their text) is what JSON.parse gives. */
function sameAsJsonParse(ours: unknown, theirs: unknown): boolean {
  if (typeof theirs === 'number') return typeof ours === 'string' && Number(ours) === theirs;
  if (theirs === null || typeof theirs !== 'object') return ours === theirs;
  if (Array.isArray(theirs)) {
    return Array.isArray(ours) && ours.length === theirs.length && theirs.every((t, i) => sameAsJsonParse(ours[i], t));
  }
  if (ours === null || typeof ours !== 'object' || Array.isArray(ours)) return false;
  const keys = Object.keys(theirs);
  return (
    keys.length === Object.keys(ours).length &&
    keys.every((key) => Object.hasOwn(ours, key) && sameAsJsonParse((ours as never)[key], (theirs as never)[key]))
  );
}

const clean = (error: unknown) => error instanceof JsonSyntaxError || error instanceof DataError;

describe('JSONTestSuite', () => {
  it('reads 93 of the 95 y_ files as JSON.parse does; the two others repeat a key', () => {
    const y = jsonFiles.filter((name) => name.startsWith('y_'));
    expect(y).toHaveLength(95);
    const differing = y.filter((name) => {
      const ours = readJson(name);
      const theirs = JSON.parse(readFileSync(new URL(encodeURIComponent(name), JSON_DIR), 'utf8')) as unknown;
      return !('value' in ours) || !sameAsJsonParse(ours.value, theirs);
    });
    expect(differing).toEqual(['y_object_duplicated_key.json', 'y_object_duplicated_key_and_value.json']);
    for (const name of differing) {
      const ours = readJson(name);
      expect('refused' in ours && ours.refused instanceof JsonSyntaxError && ours.refused.text.en).toMatch(/appears twice/);
    }
  });

  it('refuses all 188 n_ files with a located syntax or encoding error', () => {
    const n = jsonFiles.filter((name) => name.startsWith('n_'));
    expect(n).toHaveLength(188);
    const accepted = n.filter((name) => {
      const ours = readJson(name);
      return !('refused' in ours) || !clean(ours.refused);
    });
    expect(accepted).toEqual([]);
  }, 60_000);

  it('ends every i_ file cleanly: a value or a located error, nothing else', () => {
    const i = jsonFiles.filter((name) => name.startsWith('i_'));
    expect(i.length).toBeGreaterThan(30);
    const unclean = i.filter((name) => {
      const ours = readJson(name);
      return 'refused' in ours && !clean(ours.refused);
    });
    expect(unclean).toEqual([]);
  }, 60_000);
});

describe('csv-spectrum', () => {
  const names = readdirSync(new URL('csvs/', CSV_DIR)).map((name) => name.replace(/\.csv$/, '')).sort();

  /** The rows of a file as csv-spectrum gives them: an object per data line, keyed by the header. */
  function rowsOf(name: string): Record<string, string>[] {
    const text = decodeInput(new Uint8Array(readFileSync(new URL(`csvs/${name}.csv`, CSV_DIR))), name, null);
    const [header, ...records] = parseCsv(text).map((record) => record.map((field) => field.value));
    return records.map((record) => Object.fromEntries(header!.map((key, i) => [key, record[i]!])));
  }

  it('gives the expected rows for 11 of the 12 files; a bare quote inside a field is refused with its place', () => {
    expect(names).toHaveLength(12);
    const failing = names.filter((name) => {
      const expected = JSON.parse(readFileSync(new URL(`json/${name}.json`, CSV_DIR), 'utf8')) as unknown;
      try {
        return JSON.stringify(rowsOf(name)) !== JSON.stringify(expected);
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
        return true;
      }
    });
    expect(failing).toEqual(['location_coordinates']);
    // 37°36'37.8"N: a quote inside an unquoted field. Read as Windows-1252 (its bytes are not UTF-8), it is refused
    // at that quote.
    const bytes = new Uint8Array(readFileSync(new URL('csvs/location_coordinates.csv', CSV_DIR)));
    const text = decodeInput(bytes, 'location_coordinates.csv', 'windows-1252');
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect([(error as CsvSyntaxError).line, text.split('\n')[1]![(error as CsvSyntaxError).column - 1]]).toEqual([2, '"']);
  });
});
