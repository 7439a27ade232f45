/**
 * One alias list, holding the library's own labels of every dimension in both languages.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, listRulesets } from '../../src/index.js';
import { fieldOfHeader, isResultColumn } from '../../src/table/header.js';

describe('header aliases', () => {
  const labels = listRulesets().flatMap(({ year, revision }) =>
    getRuleset(year, { revision }).dimensions.flatMap((d) => [
      [d.label.id, d.id],
      [d.label.en, d.id],
    ]),
  );

  it.each(labels)('the ruleset label %s names the dimension %s', (label, id) => {
    expect(fieldOfHeader(label)).toBe(id);
  });

  it.each([
    ['Nama Instansi', 'id'],
    ['NAMA PENYELENGGARA', 'id'],
    ['Nilai Akhir', 'total'],
    ['Nilai', 'total'],
    ['Dimensi Input', 'competency'],
    ['Dimensi  Pengaduan', 'complaints'],
    ['nilai eksak', 'exact'],
    ['Kategori', 'category'],
    ['Zona', 'zone'],
    ['Tahun', 'year'],
  ])('%s is the %s column', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('leaves an officer\u2019s own columns to be carried, and drops the CLI\u2019s own result columns', () => {
    expect(fieldOfHeader('No')).toBeNull();
    expect(fieldOfHeader('Keterangan')).toBeNull();
    expect(isResultColumn('Keterangan')).toBe(false);
    expect(isResultColumn('Peringkat')).toBe(true);
    expect(isResultColumn('predikat')).toBe(true);
  });
});
