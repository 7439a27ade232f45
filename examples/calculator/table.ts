/**
 * Reading a pasted or opened province table: CSV or TSV, Indonesian headers, decimal commas. The same
 * conventions as the CLI (issue 12): the delimiter is read from the header line only (`,` `;` or tab), headers
 * match without regard to case, spaces and punctuation, with Indonesian aliases, and other columns are ignored.
 * Lines with the same name and a unit column are the units of one body. The page reads only what it shows;
 * the scores themselves come from the library (engine.ts).
 */
import { DIMENSION_IDS, type RowInput, type Text } from './engine.js';
import { readNumber } from './format.js';
import { WORDS, type Words } from './i18n.js';

/** A problem of the table in both languages, with its 1-based line when it has one. */
export interface TableProblem {
  readonly line: number | null;
  readonly text: Text;
}

const both = (line: number | null, say: (words: Words) => string): TableProblem => ({
  line,
  text: { id: say(WORDS.id), en: say(WORDS.en) },
});

/** One body of the table, ready to score. */
export interface TableRow {
  readonly id: string;
  /** 1-based line of the body's first line in the text. */
  readonly line: number;
  readonly input: RowInput;
}

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'nama', 'instansi', 'penyelenggara', 'name', 'namainstansi'],
  unit: ['unit', 'unitlayanan', 'opd'],
  total: ['total', 'nilai', 'nilaiakhir', 'skor', 'score'],
  competency: ['competency', 'input', 'dimensiinput'],
  standards: ['standards', 'proses', 'dimensiproses'],
  opinion: ['opinion', 'output', 'dimensioutput'],
  complaints: ['complaints', 'pengaduan', 'dimensipengaduan'],
  trust: ['trust', 'kepercayaan', 'kepercayaanmasyarakat'],
  followed: ['followedupombudsman', 'tindaklanjut'],
};

const normal = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

/** Reads a table; problems are sentences in both languages, each with its line. */
export function readTable(text: string): { rows: TableRow[]; problems: TableProblem[] } {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { rows: [], problems: [] };
  const delimiter = detectDelimiter(clean);
  if (delimiter === null) return { rows: [], problems: [both(null, (w) => w.csvAmbiguous)] };
  const parsed = parseRecords(clean, delimiter);
  if (parsed.error !== null) return { rows: [], problems: [both(parsed.error, (w) => w.csvQuote)] };
  const [header, ...records] = parsed.records;
  if (!header || header.fields.every((f) => f.trim() === '')) return { rows: [], problems: [both(null, (w) => w.csvNoHeader)] };
  const names = header.fields.map(normal);
  const find = (key: string) => names.findIndex((name) => ALIASES[key]!.includes(name));
  const columns = header.fields.map((f) => f.trim()).join(', ');
  const id = find('id');
  if (id < 0) return { rows: [], problems: [both(null, (w) => w.csvNoId(columns))] };
  const total = find('total');
  const dimensions = DIMENSION_IDS.map((d) => [d, find(d)] as const).filter(([, index]) => index >= 0);
  if (total < 0 && dimensions.length === 0) return { rows: [], problems: [both(null, (w) => w.csvNoScore(columns))] };
  const unit = find('unit');
  const followed = find('followed');

  const problems: TableProblem[] = [];
  const bodies = new Map<string, { line: number; units: { id?: string; value: RowInput }[]; followed?: boolean }>();
  for (const record of records) {
    const fields = record.fields;
    if (fields.every((f) => f.trim() === '')) continue;
    if (fields.length !== header.fields.length) {
      problems.push(both(record.line, (w) => w.csvFields(fields.length, header.fields.length)));
      continue;
    }
    const name = fields[id]!.trim().normalize('NFC');
    const given = Object.fromEntries(
      dimensions.map(([d, index]) => [d, readNumber(fields[index]!)] as const).filter(([, v]) => v !== ''),
    );
    const totalValue = total >= 0 ? readNumber(fields[total]!) : '';
    let value: RowInput;
    if (totalValue !== '' && Object.keys(given).length > 0) {
      problems.push(both(record.line, (w) => w.csvBoth));
      continue;
    } else if (totalValue !== '') value = { total: totalValue };
    else if (Object.keys(given).length > 0) value = { dimensions: given };
    else {
      problems.push(both(record.line, (w) => w.csvNoValue));
      continue;
    }
    const flag = followed >= 0 ? fields[followed]!.trim().toLowerCase() : '';
    const followedUp = ['ya', 'yes', 'true', '1'].includes(flag) ? true : ['tidak', 'no', 'false', '0'].includes(flag) ? false : undefined;
    const unitName = unit >= 0 ? fields[unit]!.trim() : '';
    const seen = bodies.get(name);
    if (seen && unit < 0) {
      problems.push(both(record.line, (w) => w.csvDuplicate(name, seen.line)));
      continue;
    }
    const body = seen ?? { line: record.line, units: [] };
    body.units.push({ ...(unitName === '' ? {} : { id: unitName }), value });
    if (followedUp !== undefined) body.followed = followedUp;
    bodies.set(name, body);
  }
  const rows: TableRow[] = [];
  for (const [name, body] of bodies) {
    const facts = body.followed === undefined ? {} : { followedUpOmbudsman: body.followed };
    const only = body.units[0]!.value;
    let input: RowInput;
    if (unit >= 0) input = { units: body.units.map((u) => ({ ...(u.id === undefined ? {} : { id: u.id }), ...u.value })), ...facts } as RowInput;
    else if ('total' in only) input = body.followed === undefined ? only : { units: [{ total: only.total }], ...facts };
    else input = { ...only, ...facts } as RowInput;
    rows.push({ id: name, line: body.line, input });
  }
  return { rows, problems };
}

/** The delimiter of the header line (outside quotes): `,` `;` or tab; `,` when none; `null` when several. */
function detectDelimiter(text: string): string | null {
  const seen = new Set<string>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) seen.add(c);
  }
  if (seen.size > 1) return null;
  return seen.values().next().value ?? ',';
}

/** RFC 4180 records with their 1-based line; `error` is the line of a quote never closed. */
function parseRecords(text: string, delimiter: string): { records: { line: number; fields: string[] }[]; error: number | null } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) return { records, error: start };
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return { records, error: null };
}
