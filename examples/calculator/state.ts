/**
 * The page's whole state, and how it travels: into the URL (so that a link restores it) and into
 * localStorage (so that a reload keeps it). Plain values are plain query parameters
 * (`?year=2023&lang=id&competency=72&standards=70&opinion=81.5&complaints=64`); answers and pasted tables,
 * which can be long, go in one compressed parameter each (`a=`, `t=`, packed and bounded by share-link.ts). A link
 * comes from anyone: what it may unpack is bounded before the work, and a part beyond a bound is refused with a
 * problem the page shows (`linkProblems`), never half-read.
 */
import { DIMENSION_IDS, LIMITS } from './engine.js';
import { readNumber } from './format.js';
import type { Lang } from './i18n.js';
import { LINK_LIMITS, pack, unpack, type LinkPart, type LinkProblem } from './share-link.js';

export type View = 'body' | 'table';
export type Mode = 'answers' | 'dimensions' | 'units' | 'points';
export type Missing = 'refuse' | 'exclude' | 'zero';
/** How the province table writes decimals: chosen, never guessed (RULEBOOK §6); a point unless told otherwise. */
export type DecimalSeparator = 'point' | 'comma';

/** Respondents per answer level, per dimension and indicator: `counts.competency['pengetahuan-tugas'] = [0, 1, 3, 0]`. */
export type Counts = Record<string, Record<string, number[]>>;

/** One service unit of the self-assessment. */
export interface UnitAnswers {
  name: string;
  counts: Counts;
}

export interface State {
  view: View;
  lang: Lang;
  /** `null`: the latest year. */
  year: number | null;
  /** `null`: the latest revision of the year. */
  revision: number | null;
  mode: Mode;
  name: string;
  /** What was typed per dimension (dimension scores). */
  dimensions: Record<string, string>;
  /** What was typed per dimension (points). */
  points: Record<string, string>;
  /** Unit totals, one per line, as typed. */
  units: string;
  answers: UnitAnswers[];
  missing: Missing;
  followedUp: boolean;
  /** A deduction (2023–2024): points as typed, and the reason. */
  deduction: { points: string; reason: string };
  /** A grade or zone; `null`: the next better one. */
  target: string | null;
  /** Dimension ids the body cannot change. */
  fixed: string[];
  /** The pasted table, as text. */
  table: string;
  /** The decimal separator of the table's numbers (`comma`: "90,02", read with the library's `decimalComma`). */
  decimal: DecimalSeparator;
  /** Parts of the link that opened this state and were refused (never written back to a link). */
  linkProblems: LinkProblem[];
}

export function initialState(): State {
  return {
    view: 'body',
    lang: 'id',
    year: null,
    revision: null,
    mode: 'dimensions',
    name: '',
    dimensions: {},
    points: {},
    units: '',
    answers: [],
    missing: 'refuse',
    followedUp: false,
    deduction: { points: '', reason: '' },
    target: null,
    fixed: [],
    table: '',
    decimal: 'point',
    linkProblems: [],
  };
}

const MODES: readonly Mode[] = ['answers', 'dimensions', 'units', 'points'];
const MISSING: readonly Missing[] = ['refuse', 'exclude', 'zero'];

/**
 * The state as a query string (without `?`), defaults left out; `leftOut` names the long parts too large for a
 * link (the link carries the rest, and the page says so when it is shared).
 */
export async function toQuery(state: State): Promise<{ query: string; leftOut: LinkPart[] }> {
  const leftOut: LinkPart[] = [];
  const q = new URLSearchParams();
  if (state.view !== 'body') q.set('view', state.view);
  if (state.year !== null) q.set('year', String(state.year));
  if (state.revision !== null) q.set('rev', String(state.revision));
  q.set('lang', state.lang);
  if (state.name.trim() !== '') q.set('name', state.name.trim());
  if (state.mode !== 'dimensions') q.set('mode', state.mode);
  const values = state.mode === 'points' ? state.points : state.mode === 'dimensions' ? state.dimensions : {};
  for (const id of DIMENSION_IDS) {
    const value = values[id];
    if (value !== undefined && value.trim() !== '') q.set(id, readNumber(value));
  }
  if (state.mode === 'units') {
    for (const line of state.units.split(/\r?\n/)) if (line.trim() !== '') q.append('unit', line.trim());
  }
  if (state.mode === 'answers' && state.answers.length > 0) {
    const packed = state.answers.length > LINK_LIMITS.units ? null : await pack(JSON.stringify(encodeAnswers(state.answers)), 'answers');
    if (packed === null) leftOut.push('answers');
    else q.set('a', packed);
  }
  if (state.missing !== 'refuse') q.set('missing', state.missing);
  if (state.followedUp) q.set('followed', '1');
  if (state.deduction.points.trim() !== '') {
    q.set('ded', readNumber(state.deduction.points));
    if (state.deduction.reason.trim() !== '') q.set('dedr', state.deduction.reason.trim());
  }
  if (state.target !== null) q.set('target', state.target);
  if (state.fixed.length > 0) q.set('fixed', state.fixed.join(','));
  if (state.decimal === 'comma') q.set('dec', 'comma');
  if (state.table.trim() !== '') {
    const packed = await pack(state.table, 'table');
    if (packed === null) leftOut.push('table');
    else q.set('t', packed);
  }
  return { query: q.toString(), leftOut };
}

/** A state from a query string; anything unreadable is left at its default. */
export async function fromQuery(search: string): Promise<State> {
  const q = new URLSearchParams(search);
  const state = initialState();
  if (q.get('view') === 'table') state.view = 'table';
  if (q.get('lang') === 'en') state.lang = 'en';
  const year = Number(q.get('year'));
  if (Number.isInteger(year) && year > 0) state.year = year;
  const revision = Number(q.get('rev'));
  if (Number.isInteger(revision) && revision > 0) state.revision = revision;
  state.name = q.get('name') ?? '';
  const mode = q.get('mode');
  if (MODES.includes(mode as Mode)) state.mode = mode as Mode;
  const values: Record<string, string> = {};
  for (const id of DIMENSION_IDS) {
    const value = q.get(id);
    if (value !== null) values[id] = value;
  }
  if (state.mode === 'points') state.points = values;
  else state.dimensions = values;
  state.units = q.getAll('unit').join('\n');
  const answers = q.get('a');
  if (answers) {
    const unpacked = await unpack(answers, 'answers');
    if (unpacked !== null && 'problem' in unpacked) state.linkProblems.push(unpacked.problem);
    else if (unpacked !== null) {
      const decoded = decodeAnswers(unpacked.text);
      if ('problem' in decoded) state.linkProblems.push(decoded.problem);
      else state.answers = decoded.units;
    }
  }
  const missing = q.get('missing');
  if (MISSING.includes(missing as Missing)) state.missing = missing as Missing;
  state.followedUp = q.get('followed') === '1';
  state.deduction = { points: q.get('ded') ?? '', reason: q.get('dedr') ?? '' };
  state.target = q.get('target');
  state.fixed = (q.get('fixed') ?? '').split(',').filter((id) => id !== '');
  if (q.get('dec') === 'comma') state.decimal = 'comma';
  const table = q.get('t');
  if (table) {
    const unpacked = await unpack(table, 'table');
    if (unpacked !== null && 'problem' in unpacked) state.linkProblems.push(unpacked.problem);
    else if (unpacked !== null) state.table = unpacked.text;
  }
  return state;
}

/** Compact answers: `[[name, { dimension: { indicator: counts } }], …]`, indicators without answers left out. */
function encodeAnswers(units: readonly UnitAnswers[]): unknown {
  return units.map((unit) => {
    const counts: Counts = {};
    for (const [dimension, indicators] of Object.entries(unit.counts)) {
      for (const [indicator, levels] of Object.entries(indicators)) {
        if (!levels.some((n) => n > 0)) continue;
        (counts[dimension] ??= {})[indicator] = trimZeros(levels);
      }
    }
    return [unit.name, counts];
  });
}

function trimZeros(levels: readonly number[]): number[] {
  const out = [...levels];
  while (out.length > 0 && out.at(-1) === 0) out.pop();
  return out;
}

/**
 * Answers from a link: at most `LINK_LIMITS.units` units (each is drawn as a form of every indicator) and at most
 * the library's `answersPerIndicator` respondents per indicator (each is one answer when scored), both checked
 * before anything is drawn or expanded; entries of the wrong shape are dropped.
 */
function decodeAnswers(text: string): { units: UnitAnswers[] } | { problem: LinkProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { units: [] };
  }
  if (!Array.isArray(data)) return { units: [] };
  if (data.length > LINK_LIMITS.units) return { problem: { kind: 'units', units: data.length } };
  const units: UnitAnswers[] = [];
  for (const entry of data as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'object' || entry[1] === null) continue;
    const counts: Counts = {};
    for (const [dimension, indicators] of Object.entries(entry[1] as Record<string, unknown>)) {
      if (typeof indicators !== 'object' || indicators === null) continue;
      for (const [indicator, levels] of Object.entries(indicators as Record<string, unknown>)) {
        if (!Array.isArray(levels)) continue;
        const read = levels.map((n) => (Number.isSafeInteger(n) && n >= 0 ? Number(n) : 0));
        if (read.reduce((sum, n) => sum + n, 0) > LIMITS.answersPerIndicator) return { problem: { kind: 'count' } };
        (counts[dimension] ??= {})[indicator] = read;
      }
    }
    units.push({ name: entry[0], counts });
  }
  return { units };
}

const STORAGE_KEY = 'ombuds-workbench';

/** Saves the query string; storage that is full or forbidden is ignored (the URL still holds the state). */
export function save(query: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, query);
  } catch {
    /* private mode or full: the URL keeps the state */
  }
}

export function load(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
