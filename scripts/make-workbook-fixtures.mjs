#!/usr/bin/env node
/**
 * Makes the workbooks of test/fixtures/workbooks/ (see the README there): an officer's 2023 recapitulation as
 * Excel writes it, and a workbook of two sheets. The OOXML parts are written here by hand and zipped with
 * fflate, because Excel's own shape is the point: shared strings with count/uniqueCount, merged title cells,
 * numbers stored with 17 significant digits (`74.629999999999995`), number formats `0.00` (built-in format 2),
 * a footer of AVERAGE formulas with their cached values, an empty row, docProps. Every printed value below is
 * a literal, computed by hand (test/fixtures/workbooks/README.md shows the arithmetic); nothing here scores.
 *
 * Usage: npm run fixtures:workbooks, or node scripts/make-workbook-fixtures.mjs   (rewrites the .xlsx files; the bytes are reproducible)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'workbooks');
/** A fixed time for every zip entry, so that the same script gives the same bytes. */
const MTIME = new Date('2024-02-12T09:30:00Z');

const TITLE = 'REKAPITULASI HASIL PENILAIAN KEPATUHAN PENYELENGGARAAN PELAYANAN PUBLIK TAHUN 2023';
const SUBTITLE = 'PEMERINTAH KABUPATEN/KOTA SE-PROVINSI SUMATERA SELATAN';
const HEADER = [
  'No',
  'Nama Instansi',
  'Dimensi Input',
  'Dimensi Proses',
  'Dimensi Output',
  'Dimensi Pengaduan',
  'Nilai',
  'Kategori',
  'Keterangan',
];

/**
 * The bodies: dimension scores as typed (two decimals), the Nilai and Kategori as printed. Nilai =
 * (21.85 × Input + 32.37 × Proses + 24.24 × Output + 21.54 × Pengaduan) / 100, rounded half-up to two
 * decimals (RULEBOOK §4.1), worked out by hand in the README. Kota Prabumulih prints 80.46 on purpose: its
 * exact total is 80.465, which is 80.47 half-up (80.46 is the half-even reading).
 */
const BODIES = [
  ['1', 'Kabupaten Musi Rawas', '95.12', '96.40', '93.88', '94.05', '95.00', 'A', 'Pertahankan'],
  ['2', 'Kota Palembang', '92.50', '94.10', '91.75', '96.00', '93.59', 'A', ''],
  ['3', 'Kota Lubuklinggau', '85.30', '88.45', '84.10', '86.75', '86.34', 'B', 'Naik dari zona kuning (2022)'],
  ['4', 'Kota Prabumulih', '80.00', '80.22', '81.90', '79.69', '80.46', 'B', 'Nilai dicetak ulang – periksa'],
  ['5', 'Kabupaten Ogan Komering Ulu Selatan', '74.63', '78.15', '70.84', '82.35', '76.51', 'C', ''],
  ['6', 'Kabupaten Ogan Ilir', '72.89', '79.51', '70.85', '82.02', '76.51', 'C', 'Sama dengan OKU Selatan'],
  ['7', 'Kabupaten Empat Lawang', '60.40', '55.25', '58.90', '50.10', '56.15', 'C', ''],
  ['8', 'Kabupaten Penukal Abab Lematang Ilir', '48.20', '45.60', '52.35', '40.00', '46.60', 'D', 'Perlu pendampingan'],
];

/** The footer row: "Rata-rata" and the AVERAGE of each number column (cached values as Excel stores them). */
const FOOTER_COLUMNS = ['C', 'D', 'E', 'F', 'G'];

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A number as Excel stores a typed value: the 17-significant-digit text of its double when the shortest one is
 * not exact in 17 digits (74.63 → 74.629999999999995), as Excel 2007–2019 do; integers as they are.
 */
function stored(text) {
  const value = Number(text);
  if (Number.isInteger(value)) return String(value);
  const long = value.toPrecision(17).replace(/0+$/, '').replace(/\.$/, '');
  return long;
}

/** The shared strings of one workbook, in order of first use, with their total count (as Excel counts). */
function sharedStrings() {
  const list = [];
  const index = new Map();
  let count = 0;
  return {
    ref(text) {
      count++;
      if (!index.has(text)) {
        index.set(text, list.length);
        list.push(text);
      }
      return index.get(text);
    },
    xml() {
      const items = list
        .map((t) => (/^\s|\s$/.test(t) ? `<si><t xml:space="preserve">${esc(t)}</t></si>` : `<si><t>${esc(t)}</t></si>`))
        .join('');
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${list.length}">${items}</sst>`;
    },
  };
}

/** Cell styles: 0 general, 1 title (bold 14, centred), 2 header (bold, centred, wrapped), 3 number 0.00, 4 bold number 0.00, 5 bold text. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="2" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/**
 * One worksheet. `rows` maps a row number to its cells: `{ col, s: text }` (shared string), `{ col, n: text }`
 * (number, stored as Excel stores it), `{ col, f: formula, v: cached }`; `style` per cell.
 */
function worksheet({ rows, merges = [], cols = [], dimension }, strings) {
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, cells]) => {
      const last = cells.length === 0 ? 1 : cells.length;
      const xml = cells
        .map((c) => {
          const ref = `${c.col}${r}`;
          const s = c.style ? ` s="${c.style}"` : '';
          if (c.s !== undefined) return `<c r="${ref}"${s} t="s"><v>${strings.ref(c.s)}</v></c>`;
          if (c.f !== undefined) return `<c r="${ref}"${s}><f>${esc(c.f)}</f><v>${c.v}</v></c>`;
          return `<c r="${ref}"${s}><v>${stored(c.n)}</v></c>`;
        })
        .join('');
      return `<row r="${r}" spans="1:${Math.max(last, 9)}" x14ac:dyDescent="0.25">${xml}</row>`;
    })
    .join('');
  const colsXml = cols.length === 0 ? '' : `<cols>${cols.map(([min, max, width]) => `<col min="${min}" max="${max}" width="${width}" customWidth="1"/>`).join('')}</cols>`;
  const mergeXml = merges.length === 0 ? '' : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"><dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${colsXml}<sheetData>${body}</sheetData>${mergeXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>`;
}

/** The zip of a workbook whose sheets are `[name, worksheet xml]`. */
function workbook(sheets, strings) {
  const n = sheets.length;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${sheets.map(([name]) => `<vt:lpstr>${esc(name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Ombudsman RI Perwakilan Sumatera Selatan</dc:creator><cp:lastModifiedBy>Asisten Pencegahan</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T02:10:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-12T09:30:00Z</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>${sheets.map(([name], i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  sheets.forEach(([, xml], i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml;
  });
  // The shared strings are complete only once every sheet is written.
  files['xl/sharedStrings.xml'] = strings.xml();
  const entries = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime: MTIME }]]));
  return zipSync(entries, { level: 6 });
}

/** The recapitulation sheet: title block, empty row, header, the bodies, the footer. */
function rekapSheet(strings) {
  const rows = new Map();
  rows.set(1, [{ col: 'A', s: TITLE, style: 1 }]);
  rows.set(2, [{ col: 'A', s: SUBTITLE, style: 1 }]);
  // Row 3 is empty: Excel writes no <row> for it.
  rows.set(4, HEADER.map((text, i) => ({ col: 'ABCDEFGHI'[i], s: text, style: 2 })));
  BODIES.forEach((body, i) => {
    const [no, name, input, proses, output, pengaduan, nilai, kategori, keterangan] = body;
    const cells = [
      { col: 'A', n: no },
      { col: 'B', s: name },
      { col: 'C', n: input, style: 3 },
      { col: 'D', n: proses, style: 3 },
      { col: 'E', n: output, style: 3 },
      { col: 'F', n: pengaduan, style: 3 },
      { col: 'G', n: nilai, style: 3 },
      { col: 'H', s: kategori },
    ];
    if (keterangan !== '') cells.push({ col: 'I', s: keterangan });
    rows.set(5 + i, cells);
  });
  const last = 4 + BODIES.length;
  const footer = 5 + BODIES.length;
  rows.set(footer, [
    { col: 'B', s: 'Rata-rata', style: 5 },
    ...FOOTER_COLUMNS.map((col, i) => ({ col, f: `AVERAGE(${col}5:${col}${last})`, v: FOOTER_CACHED[i], style: 4 })),
  ]);
  return worksheet(
    {
      rows,
      merges: ['A1:I1', 'A2:I2'],
      cols: [[1, 1, 5.7], [2, 2, 38.3], [3, 7, 11.4], [8, 8, 9.7], [9, 9, 30.1]],
      dimension: `A1:I${footer}`,
    },
    strings,
  );
}

/**
 * The cached values of the footer's AVERAGE formulas, as Excel stores the double it computes (17 significant
 * digits). By hand: Input 609.04 / 8 = 76.13, Proses 617.68 / 8 = 77.21, Output 604.57 / 8 = 75.57125,
 * Pengaduan 610.96 / 8 = 76.37, Nilai 611.16 / 8 = 76.395; Excel's doubles of these sums are not exact, so
 * the stored texts carry the float error (what a reader must not "correct" into a different number).
 */
const FOOTER_CACHED = ['76.13000000000001', '77.209999999999994', '75.571250000000006', '76.370000000000005', '76.394999999999996'];

function rekap() {
  const strings = sharedStrings();
  return workbook([['Rekap 2023', rekapSheet(strings)]], strings);
}

/** Two sheets: instructions first (no table), the recapitulation second. */
function twoSheets() {
  const strings = sharedStrings();
  const notes = new Map([
    [1, [{ col: 'A', s: 'PETUNJUK PENGISIAN', style: 1 }]],
    [3, [{ col: 'A', s: 'Isi nilai setiap dimensi dengan dua angka desimal.' }]],
    [4, [{ col: 'A', s: 'Rekapitulasi ada di lembar "Rekap 2023".' }]],
  ]);
  const first = worksheet({ rows: notes, dimension: 'A1:A4' }, strings);
  return workbook([['Petunjuk', first], ['Rekap 2023', rekapSheet(strings)]], strings);
}

mkdirSync(out, { recursive: true });
for (const [file, bytes] of [
  ['rekap-2023-sumsel.xlsx', rekap()],
  ['two-sheets-2023.xlsx', twoSheets()],
]) {
  writeFileSync(join(out, file), bytes);
  console.log(`wrote test/fixtures/workbooks/${file} (${bytes.length} bytes)`);
}
