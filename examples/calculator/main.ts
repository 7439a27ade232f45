/**
 * The calculator page: pick a year, enter dimension scores or unit totals, and read the total, grade, zone,
 * opinion, the explanation and the plan to the next grade, computed by @ombuds/scoring in the browser. No
 * scoring logic here: the page only reads the form, calls `score`, `explain` and `planToReach`, and shows what
 * they return.
 */
import {
  explain,
  getRuleset,
  listRulesets,
  planToReach,
  score,
  ScoringError,
  type ExplanationNode,
  type PlanTarget,
  type Ruleset,
  type ScoreInput,
  type ScoreResult,
} from '@ombuds/scoring';
import { WORDS, ZONE_NAMES, type Lang } from './i18n.js';

type Mode = 'dimensions' | 'units';

const state = {
  lang: 'id' as Lang,
  year: listRulesets().at(-1)!.year,
  mode: 'dimensions' as Mode,
  values: new Map<string, string>(),
};

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

function setup(): void {
  const year = $<HTMLSelectElement>('year');
  for (const summary of listRulesets().filter((r) => r.latest).reverse()) {
    const option = document.createElement('option');
    option.value = String(summary.year);
    option.textContent = String(summary.year);
    year.append(option);
  }
  year.value = String(state.year);
  year.addEventListener('change', () => {
    state.year = Number(year.value);
    renderDimensions();
    update();
  });
  document.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((radio) => {
    radio.addEventListener('change', () => {
      state.mode = radio.value as Mode;
      $('dimensions').hidden = state.mode !== 'dimensions';
      $('units-panel').hidden = state.mode !== 'units';
      update();
    });
  });
  for (const id of ['units', 'decimal-comma', 'followed-up']) $(id).addEventListener('input', update);
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => {
      state.lang = button.dataset['lang'] as Lang;
      renderLanguage();
      renderDimensions();
      update();
    });
  });
  renderLanguage();
  renderDimensions();
  update();
}

function ruleset(): Ruleset {
  return getRuleset(state.year);
}

function renderLanguage(): void {
  const words = WORDS[state.lang];
  document.documentElement.lang = state.lang;
  document.title = words.title;
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((element) => {
    const value = words[element.dataset['text'] as keyof typeof words];
    if (typeof value === 'string') element.textContent = value;
  });
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === state.lang));
  });
}

/** One text field per dimension of the chosen year, keeping what was typed when the year changes. */
function renderDimensions(): void {
  const container = $('dimensions');
  container.replaceChildren();
  const rules = ruleset();
  $('ruleset-name').textContent = `${rules.name[state.lang]} (${rules.id}, rev. ${rules.revision})`;
  $('followed-up-row').hidden = rules.opinion?.value.qualifier == null;
  for (const dimension of rules.dimensions) {
    const row = document.createElement('div');
    row.className = 'dimension';
    const label = document.createElement('label');
    label.htmlFor = `dim-${dimension.id}`;
    const name = document.createElement('span');
    name.textContent = dimension.label[state.lang];
    const weight = document.createElement('span');
    weight.className = 'weight';
    weight.textContent = `${WORDS[state.lang].weight} ${dimension.weight.value}%`;
    label.append(name, weight);
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.id = `dim-${dimension.id}`;
    input.name = dimension.id;
    input.placeholder = '0–100';
    input.title = dimension.description[state.lang];
    input.value = state.values.get(dimension.id) ?? '';
    input.addEventListener('input', () => {
      state.values.set(dimension.id, input.value);
      update();
    });
    row.append(label, input);
    container.append(row);
  }
}

/** The score input from the form, or `null` while it is incomplete. */
function readForm(rules: Ruleset): ScoreInput | null {
  const facts = rules.opinion?.value.qualifier == null ? {} : { followedUpOmbudsman: $<HTMLInputElement>('followed-up').checked };
  if (state.mode === 'units') {
    const lines = $<HTMLTextAreaElement>('units')
      .value.split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length === 0) return null;
    return { units: lines.map((total, i) => ({ id: `${WORDS[state.lang].unit} ${i + 1}`, total })), ...facts };
  }
  const dimensions: Record<string, string> = {};
  for (const dimension of rules.dimensions) {
    const value = (state.values.get(dimension.id) ?? '').trim();
    if (value === '') return null;
    dimensions[dimension.id] = value;
  }
  return { dimensions, ...facts };
}

function update(): void {
  const rules = ruleset();
  const words = WORDS[state.lang];
  document.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const error = $('error');
  const message = $('message');
  const outcome = $('outcome');
  const result = $('result');
  error.hidden = true;
  const input = readForm(rules);
  if (input === null) {
    message.hidden = false;
    message.textContent = state.mode === 'units' ? words.enterUnits : words.enterAll;
    outcome.hidden = true;
    delete result.dataset['zone'];
    return;
  }
  message.hidden = true;
  try {
    const options = { decimalComma: $<HTMLInputElement>('decimal-comma').checked };
    const scored = score(rules, input, options);
    renderResult(scored);
    renderExplanation(explain(rules, input, options));
    renderPlan(rules, input, scored, options);
    outcome.hidden = false;
  } catch (caught) {
    if (!(caught instanceof ScoringError)) throw caught;
    outcome.hidden = true;
    delete result.dataset['zone'];
    error.hidden = false;
    error.textContent = `${words.invalid}: ${caught.message}`;
    const [head, name] = caught.path;
    const field = head === 'dimensions' ? document.getElementById(`dim-${String(name)}`) : head === 'units' ? $('units') : null;
    field?.setAttribute('aria-invalid', 'true');
  }
}

function renderResult(scored: ScoreResult): void {
  const words = WORDS[state.lang];
  $('result').dataset['zone'] = scored.zone;
  $('total').textContent = scored.total;
  $('grade').textContent = scored.category ?? '–';
  $('grade').title = scored.category ? '' : words.noGrade;
  $('zone').dataset['zone'] = scored.zone;
  $('zone-name').textContent = ZONE_NAMES[state.lang][scored.zone];
  $('label').textContent = scored.quality
    ? `${scored.label[state.lang]} · ${words.quality}: ${scored.quality[state.lang]}`
    : scored.label[state.lang];
  $('opinion').textContent = scored.opinion?.[state.lang] ?? '–';
  $('exact').textContent = scored.exact;
}

/** The explanation tree as nested lists of the library's own sentences. */
function renderExplanation(tree: ExplanationNode): void {
  const list = (nodes: readonly ExplanationNode[]): HTMLOListElement => {
    const ol = document.createElement('ol');
    for (const node of nodes) {
      const li = document.createElement('li');
      li.textContent = node.text[state.lang];
      if (node.children.length > 0) li.append(list(node.children));
      ol.append(li);
    }
    return ol;
  };
  const root = $('explanation');
  const summary = document.createElement('p');
  summary.textContent = tree.text[state.lang];
  root.replaceChildren(summary, list(tree.children));
  $('explanation-section').hidden = false;
}

/** The next better band of the ruleset: a grade in graded years, a zone in the three-zone years. */
function nextTarget(rules: Ruleset, scored: ScoreResult): PlanTarget | null {
  const graded = scored.category !== null;
  const index = rules.bands.findIndex((band) => (graded ? band.category === scored.category : band.zone.value === scored.zone));
  const better = index > 0 ? rules.bands[index - 1] : undefined;
  if (!better) return null;
  return graded ? better.category : better.zone.value;
}

function renderPlan(rules: Ruleset, input: ScoreInput, scored: ScoreResult, options: { decimalComma: boolean }): void {
  const words = WORDS[state.lang];
  const root = $('plan');
  $('plan-section').hidden = false;
  const paragraph = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  };
  if ('units' in input) {
    root.replaceChildren(paragraph(words.planUnits));
    return;
  }
  const target = nextTarget(rules, scored);
  if (target === null) {
    root.replaceChildren(paragraph(words.planTop));
    return;
  }
  const plan = planToReach(rules, input, target, options);
  if (!plan.reachable) {
    root.replaceChildren(paragraph(plan.reason?.[state.lang] ?? ''));
    return;
  }
  const table = document.createElement('table');
  table.className = 'steps';
  const head = table.createTHead().insertRow();
  [words.dimension, words.weightTitle, words.now, words.target].forEach((title, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    if (i > 0) th.className = 'num';
    head.append(th);
  });
  const body = table.createTBody();
  for (const step of plan.steps) {
    const dimension = rules.dimensions.find((d) => d.id === step.dimension);
    const row = body.insertRow();
    const cells = [dimension?.label[state.lang] ?? step.dimension, `${step.weight}%`, step.from, step.to];
    cells.forEach((text, i) => {
      const cell = row.insertCell();
      cell.textContent = text;
      if (i > 0) cell.className = 'num';
    });
  }
  root.replaceChildren(
    paragraph(words.planTo(plan.target, scored.category !== null, plan.threshold)),
    table,
    paragraph(words.planAfter(plan.total, plan.category, ZONE_NAMES[state.lang][plan.zone])),
  );
  root.dataset['target'] = plan.target;
}

setup();
