/**
 * The province table view: the pasted table is read, scored and ranked off the page's thread where it is large
 * (table-runner.ts, table-job.ts), with progress; then the counts per zone and grade, the chart of the first
 * bodies (chart.ts) and the ranked table a page at a time. The outcome is kept for the table and rules it was made
 * from, so switching the language redraws it without working it again.
 */
import { barChart } from './chart.js';
import { bandEdges, CATEGORIES, type Ruleset, type Summary, type Zone } from './engine.js';
import { formatCount, formatNumber } from './format.js';
import { WORDS, ZONE_NAMES, type Lang } from './i18n.js';
import type { State } from './state.js';
import type { Encoding } from '../../src/table/decode.js';
import type { RankedRow, TableOutcome, TableProgress, TableSource } from './table-job.js';
import { runTable, type Runner } from './table-runner.js';

export type { RankedRow };

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Rows of the ranked table drawn at a time. */
const PAGE_ROWS = 1000;
/** Bars of the chart: the first bodies of the ranking. */
const CHART_BARS = 100;

interface Run {
  readonly source: TableSource;
  readonly rules: Ruleset;
  readonly decimalComma: boolean;
  readonly cancel: () => void;
  progress: TableProgress | null;
  outcome: TableOutcome | null;
  runner: Runner | null;
  shown: number;
}

let run: Run | null = null;

/** The file opened in the table view, if any: it wins over the pasted text until the text is edited. */
let opened: { readonly name: string; readonly bytes: Uint8Array } | null = null;

/** Opens a file (CSV, TSV, JSON or .xlsx) in the table view. */
export function openFile(name: string, bytes: Uint8Array): void {
  opened = { name, bytes };
  const sheet = $<HTMLSelectElement>('table-sheet');
  sheet.replaceChildren();
  $('sheet-field').hidden = true;
}

/** Forgets the opened file: the pasted text is the table again. */
export function closeFile(): void {
  opened = null;
}

/** The table to work on: the opened file with the chosen encoding, or the pasted text. */
function sourceOf(state: State): TableSource {
  if (opened === null) return { kind: 'text', text: state.table };
  const encoding = $<HTMLSelectElement>('table-encoding').value;
  // The first sheet is the one read when none is named.
  const select = $<HTMLSelectElement>('table-sheet');
  const sheet = select.selectedIndex > 0 ? select.value : '';
  return {
    kind: 'file',
    name: opened.name,
    bytes: opened.bytes,
    encoding: encoding === '' ? null : (encoding as Encoding),
    sheet: sheet === '' ? null : sheet,
  };
}

const sameSource = (a: TableSource, b: TableSource) =>
  a.kind === 'text'
    ? b.kind === 'text' && a.text === b.text
    : b.kind === 'file' && a.bytes === b.bytes && a.encoding === b.encoding && a.sheet === b.sheet;

/** The ranked rows of the table shown (empty while it is worked, or when nothing can be ranked). */
export function currentRanking(): readonly RankedRow[] {
  return run?.outcome?.ranked ?? [];
}

/** The names of the table's other columns (No, Keterangan, …), whose cells the ranked rows carry. */
export function currentExtraHeaders(): readonly string[] {
  return run?.outcome?.extraHeaders ?? [];
}

/** Shows the table of the state under the rules: the outcome at hand, or starts the work and shows its progress. */
export function renderTable(state: State, rules: Ruleset): void {
  $('table-year').textContent = WORDS[state.lang].tableYear({ year: rules.year });
  const source = sourceOf(state);
  const decimalComma = state.decimal === 'comma';
  if (run === null || !sameSource(run.source, source) || run.rules !== rules || run.decimalComma !== decimalComma) {
    run?.cancel();
    run = null;
    if (source.kind === 'text' && source.text.trim() === '') {
      drawEmpty(state.lang);
      return;
    }
    const started: Run = {
      source,
      rules,
      decimalComma,
      cancel: () => {},
      progress: { phase: 'read', done: 0, total: 0 },
      outcome: null,
      runner: null,
      shown: PAGE_ROWS,
    };
    run = started;
    const cancel = runTable(
      { source, year: rules.year, revision: rules.revision, decimalComma },
      {
        progress: (progress) => {
          if (run !== started) return;
          started.progress = progress;
          drawProgress(state.lang, progress);
        },
        done: (outcome, runner) => {
          if (run !== started) return;
          Object.assign(started, { outcome, runner, progress: null });
          draw(state, rules, started);
        },
      },
    );
    if (run === started) Object.assign(started, { cancel });
  }
  draw(state, rules, run!);
  $('ranked-more').onclick = () => {
    if (!run?.outcome) return;
    const from = run.shown;
    run.shown += PAGE_ROWS;
    appendRows(run.outcome.ranked.slice(from, run.shown), state.lang, graded(run.outcome));
    drawCount(state.lang, run);
  };
}

function drawEmpty(lang: Lang): void {
  $('table-progress').hidden = true;
  $('table-notices').hidden = true;
  $('table-problems').hidden = true;
  $('table-outcome').hidden = true;
  $('table-message').hidden = false;
  $('table-message').textContent = WORDS[lang].tableEmpty;
}

function drawProgress(lang: Lang, progress: TableProgress): void {
  const words = WORDS[lang];
  const bar = $<HTMLProgressElement>('table-progress-bar');
  $('table-progress').hidden = false;
  if (progress.phase === 'score') {
    bar.max = Math.max(progress.total, 1);
    bar.value = progress.done;
    $('table-progress-text').textContent = words.progressScore({
      done: formatCount(progress.done, lang),
      total: formatCount(progress.total, lang),
    });
  } else {
    bar.removeAttribute('value');
    $('table-progress-text').textContent = progress.phase === 'read' ? words.progressRead : words.progressRank;
  }
}

function draw(state: State, rules: Ruleset, current: Run): void {
  const { lang } = state;
  const words = WORDS[lang];
  if (current.outcome === null) {
    $('table-problems').hidden = true;
    $('table-outcome').hidden = true;
    $('table-message').hidden = true;
    if (current.progress) drawProgress(lang, current.progress);
    return;
  }
  $('table-progress').hidden = true;
  const { problems, ranked, summary } = current.outcome;
  drawSheets(current.outcome.sheets);
  const notices = $('table-notices');
  notices.hidden = current.outcome.notices.length === 0;
  notices.replaceChildren(
    ...current.outcome.notices.map((notice) => {
      const p = document.createElement('p');
      p.textContent =
        notice.line === null ? notice.text[lang] : words.rowError({ line: notice.line, text: notice.text[lang] });
      return p;
    }),
  );
  const box = $('table-problems');
  box.hidden = problems.length === 0;
  box.replaceChildren(
    ...problems.map((problem) => {
      const p = document.createElement('p');
      p.textContent =
        problem.line === null ? problem.text[lang] : words.rowError({ line: problem.line, text: problem.text[lang] });
      return p;
    }),
  );
  const outcome = $('table-outcome');
  outcome.hidden = ranked.length === 0;
  outcome.dataset['runner'] = current.runner ?? '';
  $('table-message').hidden = ranked.length > 0;
  $('table-message').textContent = words.tableEmpty;
  if (ranked.length === 0 || summary === null) return;
  renderAudit(current.outcome, lang);
  renderCounts(summary, lang);
  const edges = bandEdges(rules).map((e) => ({ min: e.min, label: e.category ?? ZONE_NAMES[lang][e.zone] }));
  const bars = ranked.slice(0, CHART_BARS);
  $('chart-box').replaceChildren(
    barChart(
      bars.map((r) => ({
        id: r.id,
        total: r.result.total,
        shown: formatNumber(r.result.total, lang),
        zone: r.result.zone,
      })),
      edges,
      bars.length < ranked.length
        ? words.chartTop({ shown: formatCount(bars.length, lang), count: formatCount(ranked.length, lang) })
        : words.chartTitle({ count: ranked.length }),
    ),
  );
  renderRanked(ranked.slice(0, current.shown), lang, graded(current.outcome));
  drawCount(lang, current);
}

/** The sheet choice of a workbook of several sheets (the first is read until another is chosen). */
function drawSheets(sheets: readonly string[]): void {
  const select = $<HTMLSelectElement>('table-sheet');
  $('sheet-field').hidden = sheets.length < 2;
  if (select.options.length === sheets.length && sheets.every((name, i) => select.options[i]!.value === name)) return;
  const chosen = select.value;
  select.replaceChildren(...sheets.map((name) => new Option(name, name)));
  select.value = sheets.includes(chosen) ? chosen : sheets[0] ?? '';
}

/** The rows whose printed values do not follow from their parts: the same findings as `ombuds-score audit`. */
function renderAudit(outcome: TableOutcome, lang: Lang): void {
  const words = WORDS[lang];
  const section = $('table-audit');
  section.hidden = outcome.audited === 0;
  if (outcome.audited === 0) return;
  $('audit-intro').textContent =
    outcome.audit.length === 0
      ? words.auditAgrees({ all: outcome.audited })
      : words.auditIntro({ count: outcome.audit.length, all: outcome.audited });
  const table = $<HTMLTableElement>('audit-table');
  table.replaceChildren();
  table.hidden = outcome.audit.length === 0;
  const head = table.createTHead().insertRow();
  for (const title of words.auditCols) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  const value = (total: string | null, category: string | null, zone: string | null) =>
    [
      total === null ? null : formatNumber(total, lang),
      category,
      zone === null ? null : ZONE_NAMES[lang][zone as Zone] ?? zone,
    ]
      .filter((part) => part !== null && part !== '')
      .join(' · ');
  for (const { line, finding } of outcome.audit) {
    const tr = body.insertRow();
    tr.insertCell().textContent = formatNumber(String(line), lang);
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = finding.id;
    tr.append(name);
    tr.insertCell().textContent = value(finding.printed.total, finding.printed.category, finding.printed.zone);
    tr.insertCell().textContent = value(finding.computed.total, finding.computed.category, finding.computed.zone);
    tr.insertCell().textContent = finding.difference === null ? '' : formatNumber(finding.difference, lang);
    tr.insertCell().textContent =
      finding.explainedBy.length === 0
        ? words.auditNone
        : finding.explainedBy.map((r) => words.auditReading[r.reading] ?? r.reading).join('; ');
  }
}

const graded = (outcome: TableOutcome) => outcome.ranked.some((r) => r.result.category !== null);

function drawCount(lang: Lang, current: Run): void {
  const total = current.outcome?.ranked.length ?? 0;
  const shown = Math.min(current.shown, total);
  $('table-count').textContent = WORDS[lang].tableCount({
    count: formatCount(total, lang),
    shown: shown < total ? formatCount(shown, lang) : null,
  });
  const more = $<HTMLButtonElement>('ranked-more');
  more.hidden = shown >= total;
  more.textContent = WORDS[lang].moreRows({ count: formatCount(Math.min(PAGE_ROWS, total - shown), lang) });
}

function renderCounts(summary: Summary, lang: Lang): void {
  const words = WORDS[lang];
  const list = document.createElement('ul');
  list.className = 'count-list';
  const item = (text: string, count: number, zone?: string) => {
    const li = document.createElement('li');
    if (zone) li.dataset['zone'] = zone;
    const name = document.createElement('span');
    name.textContent = text;
    const value = document.createElement('strong');
    value.textContent = String(count);
    li.append(name, ' ', value);
    list.append(li);
  };
  for (const [zone, count] of Object.entries(summary.zones)) {
    if (zone === 'hitam' && count === 0) continue;
    item(ZONE_NAMES[lang][zone as 'hijau'], count, zone);
  }
  const grades = document.createElement('ul');
  grades.className = 'count-list';
  if (summary.categories) {
    for (const category of CATEGORIES) {
      const li = document.createElement('li');
      li.dataset['category'] = category;
      li.append(`${words.grade} ${category} `);
      const strong = document.createElement('strong');
      strong.textContent = String(summary.categories[category]);
      li.append(strong);
      grades.append(li);
    }
  }
  const stats = document.createElement('p');
  stats.className = 'hint';
  stats.textContent = `${words.mean} ${formatNumber(summary.mean ?? '', lang)} · ${words.median} ${formatNumber(
    summary.median ?? '',
    lang,
  )}`;
  $('zone-counts').replaceChildren(list, ...(summary.categories ? [grades] : []), stats);
}

function renderRanked(ranked: readonly RankedRow[], lang: Lang, graded: boolean): void {
  const words = WORDS[lang];
  const table = $<HTMLTableElement>('ranked-table');
  table.replaceChildren();
  const titles = [words.rankCol, words.nameCol, words.total, ...(graded ? [words.grade] : []), words.zone, words.label];
  const short = [
    words.rankShort,
    words.nameCol,
    words.total,
    ...(graded ? [words.gradeShort] : []),
    words.zone,
    words.label,
  ];
  const head = table.createTHead().insertRow();
  titles.forEach((title, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    // A phone shows the short heading; screen readers and wider screens the full one.
    const long = document.createElement('span');
    long.className = 'long';
    long.textContent = title;
    th.append(long);
    if (short[i] !== title) {
      th.title = title;
      const brief = document.createElement('span');
      brief.className = 'short';
      brief.setAttribute('aria-hidden', 'true');
      brief.textContent = short[i]!;
      th.append(brief);
    }
    if (i === 0 || i === 2) th.className = 'num';
    if (i === titles.length - 1) th.className = 'label-col';
    head.append(th);
  });
  table.createTBody();
  appendRows(ranked, lang, graded);
}

/** Appends rows to the ranked table's body. */
function appendRows(rows: readonly RankedRow[], lang: Lang, graded: boolean): void {
  const body = $<HTMLTableElement>('ranked-table').tBodies[0]!;
  const fragment = document.createDocumentFragment();
  for (const row of rows) {
    const tr = document.createElement('tr');
    fragment.append(tr);
    tr.dataset['zone'] = row.result.zone;
    const rank = tr.insertCell();
    rank.className = 'num';
    rank.textContent = formatNumber(String(row.rank), lang);
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = row.id;
    tr.append(name);
    const total = tr.insertCell();
    total.className = 'num';
    total.textContent = formatNumber(row.result.total, lang);
    if (graded) tr.insertCell().textContent = row.result.category ?? '–';
    const zone = tr.insertCell();
    zone.className = 'zone-cell';
    zone.textContent = ZONE_NAMES[lang][row.result.zone];
    const label = tr.insertCell();
    label.className = 'label-col';
    label.textContent = row.result.label[lang];
  }
  body.append(fragment);
}
