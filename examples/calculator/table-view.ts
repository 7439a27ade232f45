/**
 * The province table view: the pasted table read (table.ts), each body scored with the year's rules and ranked
 * (engine.ts), then the counts per zone and grade, the chart (chart.ts) and the ranked table.
 */
import { barChart } from './chart.js';
import { bandEdges, CATEGORIES, errorText, rankRows, scoreRows, type Classification, type Ruleset } from './engine.js';
import { formatNumber } from './format.js';
import { WORDS, ZONE_NAMES, type Lang } from './i18n.js';
import type { State } from './state.js';
import { fallbackMessage } from './messages.js';
import { readTable } from './table.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** One ranked row as shown (and exported). */
export interface RankedRow {
  readonly rank: number;
  readonly id: string;
  readonly result: Classification & { exact?: string; assumptions?: readonly string[] };
}

/** Reads, scores and shows the table; returns the ranked rows (empty when nothing can be ranked). */
export function renderTable(state: State, rules: Ruleset): RankedRow[] {
  const { lang } = state;
  const words = WORDS[lang];
  $('table-year').textContent = words.tableYear(rules.year);
  const { rows, problems } = readTable(state.table, words);
  const outcomes = scoreRows(rules, rows);
  for (const outcome of outcomes) {
    if (!outcome.ok) problems.push(words.rowError(outcome.line, `${outcome.id}: ${errorText(outcome.error, lang, fallbackMessage(outcome.error, rules, lang))}`));
  }
  const box = $('table-problems');
  box.hidden = problems.length === 0;
  box.replaceChildren(
    ...problems.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
  const scored = outcomes.flatMap((o) => (o.ok ? [o] : []));
  $('table-outcome').hidden = scored.length === 0;
  $('table-message').hidden = scored.length > 0;
  $('table-message').textContent = words.tableEmpty;
  if (scored.length === 0) return [];
  let ranking;
  try {
    ranking = rankRows(
      scored.map((o) => ({ id: o.id, total: o.result.total, ...(o.result.exact === undefined ? {} : { exact: o.result.exact }) })),
      scored.map((o) => o.result),
    );
  } catch (error) {
    box.hidden = false;
    const p = document.createElement('p');
    p.textContent = error instanceof Error && 'code' in error ? errorText(error as never, lang, words.errorDuplicate) : words.errorGeneric;
    box.append(p);
    $('table-outcome').hidden = true;
    return [];
  }
  const byId = new Map(scored.map((o) => [o.id, o.result]));
  const ranked: RankedRow[] = ranking.ranked.map((r) => ({ rank: r.rank, id: r.id, result: byId.get(r.id)! }));
  renderCounts(ranking.summary, lang);
  const edges = bandEdges(rules).map((e) => ({ min: e.min, label: e.category ?? ZONE_NAMES[lang][e.zone] }));
  $('chart-box').replaceChildren(
    barChart(
      ranked.map((r) => ({ id: r.id, total: r.result.total, shown: formatNumber(r.result.total, lang), zone: r.result.zone })),
      edges,
      words.chartTitle(ranked.length),
    ),
  );
  renderRanked(ranked, lang);
  return ranked;
}

function renderCounts(summary: ReturnType<typeof rankRows>['summary'], lang: Lang): void {
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
  stats.textContent = `${words.mean} ${formatNumber(summary.mean ?? '', lang)} · ${words.median} ${formatNumber(summary.median ?? '', lang)}`;
  $('zone-counts').replaceChildren(list, ...(summary.categories ? [grades] : []), stats);
}

function renderRanked(ranked: readonly RankedRow[], lang: Lang): void {
  const words = WORDS[lang];
  const table = $<HTMLTableElement>('ranked-table');
  table.replaceChildren();
  const graded = ranked.some((r) => r.result.category !== null);
  const titles = [words.rankCol, words.nameCol, words.total, ...(graded ? [words.grade] : []), words.zone, words.label];
  const short = [words.rankShort, words.nameCol, words.total, ...(graded ? [words.gradeShort] : []), words.zone, words.label];
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
  const body = table.createTBody();
  for (const row of ranked) {
    const tr = body.insertRow();
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
}
