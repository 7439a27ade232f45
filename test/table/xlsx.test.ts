/**
 * readXlsx and writeXlsx: what is written reads back unchanged (text, numbers as their shortest round-trip
 * text, positions), numbers that a double cannot hold stay text, and every bad file is a TableError with both
 * texts, never a zip or XML error.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TableError } from '../../src/table/errors.js';
import { readXlsx } from '../../src/table/xlsx-read.js';
import { writeXlsx, type XlsxCell } from '../../src/table/xlsx-write.js';

/** The TableError a promise rejects with (fails the test when it resolves or rejects with anything else). */
async function tableError(promise: Promise<unknown>): Promise<TableError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TableError);
    const e = error as TableError;
    expect(e.text.id.length).toBeGreaterThan(0);
    expect(e.text.en.length).toBeGreaterThan(0);
    expect(e.text.id).not.toBe(e.text.en);
    expect(e.message).toBe(e.text.en);
    return e;
  }
  throw new Error('expected a TableError, got none');
}

/** The XML of the first worksheet of a workbook. */
const sheetXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);

describe('writeXlsx then readXlsx', () => {
  it('gives back the sheet name, the rows with their line numbers and every cell as text', async () => {
    const bytes = await writeXlsx('Peringkat', [
      ['Peringkat', 'Nama Instansi', 'Nilai', 'Keterangan'],
      [{ number: '1' }, 'Kota Palembang', { number: '76.51' }, ''],
      [],
      [{ number: '2' }, 'RSUD Dr. Soetomo – Surabaya', { number: '76.505' }, 'catatan "khusus"'],
    ]);
    const table = await readXlsx(bytes);
    expect(table.sheet).toBe('Peringkat');
    expect(table.sheets).toEqual(['Peringkat']);
    expect(table.rows).toEqual([
      { line: 1, cells: ['Peringkat', 'Nama Instansi', 'Nilai', 'Keterangan'] },
      { line: 2, cells: ['1', 'Kota Palembang', '76.51', ''] },
      { line: 4, cells: ['2', 'RSUD Dr. Soetomo – Surabaya', '76.505', 'catatan "khusus"'] },
    ]);
  });

  it('reads a small workbook from a Node Buffer that sits at an offset in the shared pool (as read from disk)', async () => {
    const bytes = await writeXlsx('Peringkat', [['Nama', 'Nilai'], ['Kota A', { number: '81.43' }]]);
    expect(bytes.byteLength).toBeLessThan(4096);
    // Buffer.concat of a small total takes its memory from the pool: byteOffset is then not 0.
    const pooled = Buffer.concat([Buffer.from('x'), Buffer.from(bytes)]).subarray(1);
    expect(pooled.byteOffset).toBeGreaterThan(0);
    const sheet = await readXlsx(pooled);
    expect(sheet.rows.map((row) => row.cells)).toEqual([['Nama', 'Nilai'], ['Kota A', '81.43']]);
  });

  it('writes { number } as a number cell only when the double holds exactly that text', async () => {
    const cells: XlsxCell[] = [
      { number: '76.51' },
      { number: '76.51361600000000000001' },
      { number: '90,02' },
      { number: '1e+21' },
      { number: '-0' },
      { number: '0.10' },
      { number: '-3.5' },
      { number: '100' },
    ];
    const bytes = await writeXlsx('S', [cells]);
    const xml = sheetXml(bytes);
    // Number cells carry no t= attribute (the default type n) and their value in <v>; text cells are t="s".
    expect(xml).toContain('<c r="A1"><v>76.51</v></c>');
    expect(xml).toContain('<c r="G1"><v>-3.5</v></c>');
    expect(xml).toContain('<c r="H1"><v>100</v></c>');
    for (const column of ['B', 'C', 'D', 'E', 'F']) expect(xml).toMatch(new RegExp(`<c r="${column}1" t="s">`));
    const back = await readXlsx(bytes);
    expect(back.rows[0]!.cells).toEqual(['76.51', '76.51361600000000000001', '90,02', '1e+21', '-0', '0.10', '-3.5', '100']);
  });

  it('writes text as text, never as a formula, and keeps control characters, noncharacters, U+FFFD and _xHHHH_ look-alikes (write-excel-file drops them)', async () => {
    const texts = ['=SUM(A1:A2)', '+62 811', '@x', 'a\u0001b', '_x0041_', 'x\r\ny', 'tab\there', ' spaced ', 'lone \uD800', '😀', '_x005F_', '\uFFFD', '\u0080\u0085\u0096', '\uFDD0', '\u{10FFFE}x', '\u{1FFFF}'];
    const bytes = await writeXlsx('S', [texts]);
    expect(sheetXml(bytes)).not.toContain('<f>');
    expect((await readXlsx(bytes)).rows[0]!.cells).toEqual(texts);
  });

  it('keeps texts that name properties of Object.prototype (write-excel-file 4.1 keys its shared strings by them)', async () => {
    const texts = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];
    expect((await readXlsx(await writeXlsx('S', [texts]))).rows[0]!.cells).toEqual(texts);
  });

  it('property: every string reads back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', '_x0041_', 'x\r\ny')), { minLength: 1, maxLength: 6 }), async (texts) => {
        const back = await readXlsx(await writeXlsx('S', [texts]));
        expect(back.rows[0]!.cells).toEqual(texts);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('property: every finite double written as its shortest text reads back as that text, as a number cell', async () => {
    const plain = fc.double({ noNaN: true, noDefaultInfinity: true }).map(String).filter((t) => !/e/.test(t) && t !== '-0');
    await fc.assert(
      fc.asyncProperty(fc.array(plain, { minLength: 1, maxLength: 8 }), async (texts) => {
        const bytes = await writeXlsx('S', [texts.map((number) => ({ number }))]);
        expect(sheetXml(bytes)).not.toContain('t="s"');
        expect((await readXlsx(bytes)).rows[0]!.cells).toEqual(texts);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('does not change the rows it is given', async () => {
    const rows = Object.freeze([Object.freeze(['a', Object.freeze({ number: '1.5' })])]);
    await writeXlsx('S', rows);
    expect(rows).toEqual([['a', { number: '1.5' }]]);
  });
});

describe('readXlsx: sheets', () => {
  /** A workbook of two sheets, made by hand (writeXlsx writes one): the parts Excel writes, inline strings. */
  function twoSheets(extraRows = '', withStyles = false): Uint8Array {
    const sheet = (cells: string): Uint8Array =>
      strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`,
      );
    return zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Catatan" sheetId="1" r:id="rId1"/><sheet name="Rekap 2023" sheetId="2" r:id="rId2"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>' +
          (withStyles ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '') +
          '</Relationships>',
      ),
      // Style 1: the built-in date format 14; style 2: a custom date-time format.
      ...(withStyles
        ? {
            'xl/styles.xml': strToU8(
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
            ),
          }
        : {}),
      'xl/worksheets/sheet1.xml': sheet('<row r="2"><c r="B2" t="inlineStr"><is><t>lihat lembar berikut</t></is></c></row>'),
      'xl/worksheets/sheet2.xml': sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nilai</t></is></c><c r="B1" t="b"><v>1</v></c></row>' +
          '<row r="3"><c r="A3"><v>90.019999999999996</v></c><c r="B3"><v>1E+21</v></c><c r="C3"><v>-1.5E-7</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="E3" t="b"><v>0</v></c></row>' +
          extraRows,
      ),
    });
  }

  it('reads the first sheet unless one is named, and lists every sheet', async () => {
    const first = await readXlsx(twoSheets());
    expect(first.sheet).toBe('Catatan');
    expect(first.sheets).toEqual(['Catatan', 'Rekap 2023']);
    expect(first.rows).toEqual([{ line: 2, cells: ['', 'lihat lembar berikut'] }]);
  });

  it('reads options as own properties only: Object.prototype.sheet chooses nothing', async () => {
    const bytes = twoSheets();
    const proto = Object.prototype as { sheet?: string };
    proto.sheet = 'Rekap 2023';
    try {
      const [byDefault, withEmptyOptions] = [await readXlsx(bytes), await readXlsx(bytes, {})];
      expect(byDefault.sheet).toBe('Catatan');
      expect(withEmptyOptions.sheet).toBe('Catatan');
    } finally {
      delete proto.sheet;
    }
  });

  it('an unknown sheet name is a TableError that lists the sheets', async () => {
    const error = await tableError(readXlsx(twoSheets(), { sheet: 'Rekap' }));
    expect(error.code).toBe('unknown-sheet');
    expect(error.text.en).toBe('The workbook has no sheet "Rekap"; its sheets are "Catatan", "Rekap 2023".');
    expect(error.text.id).toBe('Lembar "Rekap" tidak ada di buku kerja ini; lembar yang ada: "Catatan", "Rekap 2023".');
  });

  it('a named sheet: stored numbers as their shortest round-trip text in plain digits, booleans, error cells empty', async () => {
    const table = await readXlsx(twoSheets(), { sheet: 'Rekap 2023' });
    expect(table.sheet).toBe('Rekap 2023');
    expect(table.rows).toEqual([
      { line: 1, cells: ['Nilai', 'TRUE', '', '', ''] },
      { line: 3, cells: ['90.02', '1000000000000000000000', '-0.00000015', '', 'FALSE'] },
    ]);
  });

  it('a date cell reads as ISO text: the date alone at midnight, with the time otherwise', async () => {
    const dates = '<row r="5"><c r="A5" s="1"><v>45293</v></c><c r="B5" s="2"><v>45293.5</v></c><c r="C5" s="2"><v>45293.354166666664</v></c></row>';
    const table = await readXlsx(twoSheets(dates, true), { sheet: 'Rekap 2023' });
    // 45293 days after 1899-12-30 is 2024-01-02; .5 is noon; .354166666664 is 08:30.
    expect(table.rows.at(-1)).toEqual({ line: 5, cells: ['2024-01-02', '2024-01-02T12:00:00', '2024-01-02T08:30:00', '', ''] });
  });

  it('a number cell that holds no number is a TableError at its line and column', async () => {
    const error = await tableError(readXlsx(twoSheets('<row r="4"><c r="A4"><v>abc</v></c></row>'), { sheet: 'Rekap 2023' }));
    expect(error.code).toBe('xlsx-number');
    expect([error.line, error.column]).toEqual([4, 1]);
    expect(error.text.en).toContain('"abc"');
  });
});

describe('readXlsx: files that are not a readable workbook', () => {
  it('an empty file, a CSV, a PDF: not-xlsx', async () => {
    for (const bytes of [new Uint8Array(0), strToU8('No;Nama Instansi;Nilai\n1;Kota Palembang;90,02\n'), strToU8('%PDF-1.7\n')]) {
      expect((await tableError(readXlsx(bytes))).code).toBe('not-xlsx');
    }
  });

  it('an old binary .xls: xls, saying to save as .xlsx', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await tableError(readXlsx(ole));
    expect(error.code).toBe('xls');
    expect(error.text.id).toContain('.xlsx');
  });

  it('a truncated workbook, a zip without a workbook, broken XML: xlsx-corrupt', async () => {
    const good = await writeXlsx('S', [['a', { number: '1' }]]);
    const parts = unzipSync(good);
    const brokenXml = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1"') });
    const noWorkbook = zipSync({ 'hello.txt': strToU8('hi') });
    for (const bytes of [good.slice(0, 100), good.slice(0, good.length - 40), noWorkbook, brokenXml]) {
      expect((await tableError(readXlsx(bytes))).code).toBe('xlsx-corrupt');
    }
  });

  it('a workbook whose files unpack to more than 256 MiB (a zip bomb) is refused before anything is unpacked', async () => {
    // A real bomb of 300 KiB unpacks to 300 MiB of XML and kept the reader busy for minutes; the guard reads
    // what the central directory declares. Here the sheet's entry declares 300 MiB.
    const bytes = await writeXlsx('S', [['a', { number: '1' }]]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let patched = 0;
    for (let at = 0; at + 46 <= bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') {
        view.setUint32(at + 24, 300 * 1024 * 1024, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    const error = await tableError(readXlsx(bytes));
    expect(error.code).toBe('xlsx-too-large');
    expect(error.text.en).toContain('256 MiB');
  });

  it('does not change the bytes it is given', async () => {
    const bytes = await writeXlsx('S', [['a']]);
    const copy = bytes.slice();
    await readXlsx(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('writeXlsx: what Excel refuses', () => {
  it('a sheet name Excel refuses is a TableError', async () => {
    for (const name of ['', 'a/b', 'Rekap [2023]', "'kutip'", 'x'.repeat(32)]) {
      expect((await tableError(writeXlsx(name, [['a']]))).code).toBe('sheet-name');
    }
    expect((await readXlsx(await writeXlsx('x'.repeat(31), [['a']]))).sheet).toBe('x'.repeat(31));
  });

  it('a cell that is neither text nor { number: text } names its line and column', async () => {
    const error = await tableError(writeXlsx('S', [['a'], ['b', 90.02 as unknown as XlsxCell]]));
    expect([error.code, error.line, error.column]).toEqual(['xlsx-cell', 2, 2]);
  });
});
