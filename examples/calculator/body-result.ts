/**
 * The result of one body on screen: total, grade, zone, the estimate marker, the explanation, the plan to a
 * chosen target, and the same input under other years' rules. Everything shown comes from engine.ts; numbers
 * are put in the page's language here.
 */
import {
  acrossYears,
  describeAssumption,
  errorText,
  nextTarget,
  planBody,
  planConfidence,
  rulesetOf,
  ScoringError,
  targetsOf,
  type ExplanationNode,
  type PagePlan,
  type PlanTarget,
  type Ruleset,
  type ScoreInput,
  type ScoreResult,
  type Scored,
} from './engine.js';
import { formatNumber } from './format.js';
import { WORDS, ZONE_NAMES, type Lang } from './i18n.js';
import type { State } from './state.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What the last computation produced, for export and print. */
export interface Shown {
  readonly input: ScoreInput;
  readonly scored: Scored;
  readonly plans: readonly PagePlan[];
}

export function renderScored(state: State, rules: Ruleset, scored: Scored): void {
  const { lang } = state;
  const words = WORDS[lang];
  const result = scored.result;
  $('result').dataset['zone'] = result.zone;
  $('total').textContent = formatNumber(result.total, lang);
  $('grade').textContent = result.category ?? '–';
  $('grade').title = result.category ? '' : words.noGrade;
  $('zone').dataset['zone'] = result.zone;
  $('zone-name').textContent = ZONE_NAMES[lang][result.zone];
  $('label').textContent = result.quality
    ? `${result.label[lang]} · ${words.quality}: ${result.quality[lang]}`
    : result.label[lang];
  $('opinion').textContent = result.opinion?.[lang] ?? '–';
  $('exact').textContent = formatNumber(shortExact(result.exact), lang);
  $('exact').title = formatNumber(result.exact, lang);
  $('ruleset-ref').textContent = rulesetLine(rules, lang);

  const estimate = $('estimate');
  estimate.hidden = scored.assumptions.length === 0;
  $('estimate-list').replaceChildren(
    ...assumptionLines(rules, scored.assumptions, lang).map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );

  renderUnits(result, lang);
  renderExplanation(scored.explanation, lang);
}

/** An exact value with many decimals (66.666…, a mean that does not terminate) cut for reading: digits only. */
function shortExact(exact: string): string {
  const [whole, fraction = ''] = exact.split('.');
  return fraction.length <= 8 ? exact : `${whole}.${fraction.slice(0, 8)}…`;
}

/**
 * The assumptions in words, indicators counted in one line (an answered instrument rests on dozens of them).
 */
function assumptionLines(rules: Ruleset, paths: readonly string[], lang: Lang): string[] {
  const indicators = paths.filter((path) => /\.indicators\./.test(path)).length;
  const lines = [...new Set(paths.filter((path) => !/\.indicators\./.test(path)).map((path) => describeAssumption(rules, path, lang)))];
  if (indicators > 0) lines.push(WORDS[lang].assumedIndicators({ count: indicators }));
  return lines;
}

/** "Penilaian Kepatuhan … 2023 (ori-2023, revisi 1)". */
export function rulesetLine(rules: Ruleset, lang: Lang): string {
  return `${rules.name[lang]} ${rules.year} (${rules.id}, ${lang === 'id' ? 'revisi' : 'revision'} ${rules.revision})`;
}

function renderUnits(result: ScoreResult, lang: Lang): void {
  const words = WORDS[lang];
  const units = result.units ?? [];
  $('units-section').hidden = units.length < 2;
  const table = $<HTMLTableElement>('unit-scores');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const [i, title] of [words.unit, words.total].entries()) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    if (i > 0) th.className = 'num';
    head.append(th);
  }
  const body = table.createTBody();
  for (const unit of units) {
    const row = body.insertRow();
    row.insertCell().textContent = unit.id;
    const cell = row.insertCell();
    cell.className = 'num';
    cell.textContent = formatNumber(unit.total, lang);
  }
}

/** The library's explanation as nested lists of its own sentences (already in both languages). */
function renderExplanation(tree: ExplanationNode, lang: Lang): void {
  const list = (nodes: readonly ExplanationNode[]): HTMLOListElement => {
    const ol = document.createElement('ol');
    for (const node of nodes) {
      const li = document.createElement('li');
      li.dataset['kind'] = node.kind;
      li.append(node.text[lang]);
      const indicators = node.children.length > 0 && node.children.every((child) => child.kind === 'indicator');
      if (indicators) {
        // Indicator lines are many: folded on screen, opened for printing (see main.ts, beforeprint).
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = WORDS[lang].indicatorLines({ count: node.children.length });
        details.append(summary, list(node.children));
        li.append(details);
      } else if (node.children.length > 0) li.append(list(node.children));
      ol.append(li);
    }
    return ol;
  };
  const summary = document.createElement('p');
  summary.textContent = tree.text[lang];
  $('explanation').replaceChildren(summary, list(tree.children));
}

/** Fills the target list and the "cannot change" boxes for the ruleset (when the year or language changes). */
export function renderPlanForm(state: State, rules: Ruleset, changed: () => void): void {
  const words = WORDS[state.lang];
  const select = $<HTMLSelectElement>('target');
  const auto = document.createElement('option');
  auto.value = '';
  auto.textContent = words.nextLevel;
  select.replaceChildren(auto);
  for (const target of targetsOf(rules)) {
    const option = document.createElement('option');
    option.value = target;
    option.textContent = target.length === 1 ? words.targetGrade({ grade: target }) : words.targetZone({ zone: ZONE_NAMES[state.lang][target as 'hijau'] });
    select.append(option);
  }
  select.value = state.target !== null && (targetsOf(rules) as string[]).includes(state.target) ? state.target : '';
  select.onchange = () => {
    state.target = select.value === '' ? null : select.value;
    changed();
  };
  const fixed = $('fixed');
  fixed.replaceChildren();
  $('fixed-field').hidden = rules.dimensions.length < 2;
  for (const dimension of rules.dimensions) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `fixed-${dimension.id}`;
    box.checked = state.fixed.includes(dimension.id);
    box.addEventListener('change', () => {
      state.fixed = rules.dimensions.map((d) => d.id).filter((id) => (id === dimension.id ? box.checked : state.fixed.includes(id)));
      changed();
    });
    const text = document.createElement('span');
    text.textContent = dimension.label[state.lang];
    label.append(box, ' ', text);
    fixed.append(label);
  }
}

/** Plans to the chosen target (or the next level) and shows the plan's sentences; returns the plans made. */
export function renderPlan(state: State, rules: Ruleset, input: ScoreInput, result: ScoreResult): PagePlan[] {
  const { lang } = state;
  const words = WORDS[lang];
  const root = $('plan');
  const paragraph = (text: string, className?: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    return p;
  };
  const target = (targetsOf(rules) as string[]).includes(state.target ?? '') ? (state.target as PlanTarget) : nextTarget(rules, result);
  delete root.dataset['target'];
  if (target === null) {
    root.replaceChildren(paragraph(words.planTop));
    return [];
  }
  if ('units' in input && input.units.every((u) => 'total' in u)) {
    root.replaceChildren(paragraph(words.planUnitsOnly));
    return [];
  }
  let plans: PagePlan[];
  try {
    plans = planBody(rules, input, target, {}, { fixed: state.fixed });
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    root.replaceChildren(paragraph(errorText(error, lang, words.errorGeneric), 'error'));
    return [];
  }
  root.dataset['target'] = target;
  const targetName = target.length === 1 ? words.targetGrade({ grade: target }) : words.targetZone({ zone: ZONE_NAMES[lang][target as 'hijau'] });
  const parts: HTMLElement[] = [];
  if (plans.some((p) => p.unit !== null)) parts.push(paragraph(words.planPerUnit, 'hint'));
  for (const { plan, lines, unit } of plans) {
    const block = document.createElement('div');
    block.className = 'plan-block';
    if (unit !== null) {
      const h = document.createElement('h4');
      h.textContent = unit;
      block.append(h);
    }
    if (!plan.reachable) {
      block.append(paragraph(plan.reason?.[lang] ?? '', 'error'));
    } else if (plan.steps.length === 0) {
      block.append(paragraph(words.planReached({ target: targetName })));
    } else {
      block.append(paragraph(words.planTo({ target: targetName, threshold: formatNumber(plan.threshold, lang) })));
      // An answers plan is the fewest single raises (one answer up one level): the number an office plans with.
      if (plan.raises !== null) block.append(paragraph(words.planRaises({ count: plan.raises }), 'plan-raises'));
      const ol = document.createElement('ol');
      ol.className = 'plan-steps';
      let sub: HTMLUListElement | null = null;
      // A badge on the assumed lines; when every line is assumed, one note below says it instead.
      const allAssumed = lines.every((line) => line.confidence === 'assumed');
      for (const line of lines) {
        const li = document.createElement('li');
        li.textContent = line.text[lang];
        if (line.confidence === 'assumed' && !allAssumed) {
          const badge = document.createElement('span');
          badge.className = 'badge';
          badge.textContent = words.confidence.assumed;
          li.append(' ', badge);
        }
        if (line.level === 1 && ol.lastElementChild) {
          // Indicator lines under their dimension's line.
          if (sub === null || sub.parentElement !== ol.lastElementChild) {
            sub = document.createElement('ul');
            ol.lastElementChild.append(sub);
          }
          sub.append(li);
        } else ol.append(li);
      }
      block.append(ol, paragraph(words.planAfter({ total: formatNumber(plan.total, lang), grade: plan.category, zone: ZONE_NAMES[lang][plan.zone] })));
      if (planConfidence(plan) === 'assumed') block.append(paragraph(words.planAssumed, 'hint'));
    }
    parts.push(block);
  }
  root.replaceChildren(...parts);
  return plans;
}

/** "Dimensi Input, Dimensi Proses, …" of a year's rules. */
function dimensionsOf(year: number, lang: Lang): string {
  try {
    return rulesetOf(year).dimensions.map((d) => d.label[lang]).join(', ');
  } catch {
    return '–';
  }
}

/** The same input under every year's rules: total, grade and zone per year, or why it does not fit. */
export function renderAcross(state: State, input: ScoreInput | null): void {
  const { lang } = state;
  const words = WORDS[lang];
  const root = $('across');
  $('across-section').hidden = input === null;
  if (input === null) return;
  let across;
  let estimates: ReadonlySet<number>;
  try {
    ({ across, estimates } = acrossYears(input, {}));
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    root.replaceChildren();
    return;
  }
  const table = document.createElement('table');
  table.className = 'steps across-table';
  const head = table.createTHead().insertRow();
  for (const [i, title] of [words.yearCol, words.total, words.grade, words.zone].entries()) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    if (i === 1) th.className = 'num';
    head.append(th);
  }
  const body = table.createTBody();
  for (const outcome of [...across.outcomes].reverse()) {
    const row = body.insertRow();
    const year = document.createElement('th');
    year.scope = 'row';
    year.textContent = String(outcome.year);
    row.append(year);
    if (outcome.fits) {
      const r = outcome.result;
      row.dataset['zone'] = r.zone;
      const total = row.insertCell();
      total.className = 'num';
      total.textContent = formatNumber(r.total, lang);
      row.insertCell().textContent = r.category ?? '–';
      const zone = row.insertCell();
      zone.textContent = ZONE_NAMES[lang][r.zone];
      if (estimates.has(outcome.year)) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = words.estimate.toLowerCase();
        zone.append(' ', badge);
      }
    } else {
      const cell = row.insertCell();
      cell.colSpan = 3;
      cell.className = 'muted';
      cell.textContent =
        outcome.error.code === 'NO_ASSESSMENT_HELD' ? words.noAssessment : words.notFittingDims({ labels: dimensionsOf(outcome.year, lang) });
      cell.title = errorText(outcome.error, lang, '');
    }
  }
  root.replaceChildren(table);
}
