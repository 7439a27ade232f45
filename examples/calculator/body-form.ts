/**
 * The body form: the fields of the chosen input mode (dimension scores, points, unit totals, or the instrument
 * answered unit by unit), and the score input they make. Fields are rebuilt only when the year, mode, language
 * or the list of units changes, so typing never loses focus.
 */
import { hasInstrument, isAssumed, levelsOf, LIMITS, supportsPoints, type Dimension, type Ruleset, type ScoreInput } from './engine.js';
import { formatCount, formatNumber, readNumber } from './format.js';
import { WORDS, type Lang } from './i18n.js';
import type { Counts, Mode, State, UnitAnswers } from './state.js';

/** Respondents per unit in the assessment (RULEBOOK §4.1): 4 officers, 2 products, 30 users, 2 complaint officers. */
const RESPONDENTS: Readonly<Record<string, number>> = { competency: 4, standards: 2, opinion: 30, complaints: 2 };

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The answer last chosen in a "fill every indicator" list, kept across redraws. */
let fillLevel: number | null = null;

/** The modes this ruleset offers. */
export function modesOf(rules: Ruleset): Mode[] {
  const modes: Mode[] = [];
  if (hasInstrument(rules)) modes.push('answers');
  modes.push('dimensions', 'units');
  if (supportsPoints(rules)) modes.push('points');
  return modes;
}

/** Builds the fields of the current mode. `changed` is called after every edit (the state is already updated). */
export function renderForm(state: State, rules: Ruleset, changed: () => void, rebuild: () => void): void {
  const words = WORDS[state.lang];
  const modes = modesOf(rules);
  if (!modes.includes(state.mode)) state.mode = 'dimensions';
  for (const mode of ['answers', 'dimensions', 'units', 'points'] as const) {
    const radio = $<HTMLInputElement>(`mode-${mode}`);
    radio.checked = state.mode === mode;
    radio.disabled = !modes.includes(mode);
    radio.closest('label')!.hidden = !modes.includes(mode);
  }
  const hint = $('mode-hint');
  hint.hidden = modes.includes('answers');
  hint.textContent = words.answersOnlyInstrument;
  $('dimensions').hidden = state.mode !== 'dimensions' && state.mode !== 'points';
  $('units-panel').hidden = state.mode !== 'units';
  $('answers-panel').hidden = state.mode !== 'answers';
  $<HTMLInputElement>('body-name').value = state.name;
  $<HTMLInputElement>('body-name').placeholder = words.bodyNamePlaceholder;
  $<HTMLTextAreaElement>('units').value = state.units;
  $<HTMLSelectElement>('missing').value = state.missing;
  $('followed-up-row').hidden = rules.opinion?.value.qualifier == null;
  $('deduction-field').hidden = !rules.deductions.value || state.mode === 'units';
  $<HTMLInputElement>('deduction-points').value = shownValue(state.deduction.points, state.lang);
  $<HTMLInputElement>('deduction-reason').value = state.deduction.reason;
  $<HTMLInputElement>('deduction-reason').placeholder = words.deductionDefault;
  $<HTMLInputElement>('followed-up').checked = state.followedUp;
  if (state.mode === 'dimensions' || state.mode === 'points') renderDimensionFields(state, rules, changed);
  if (state.mode === 'answers') renderAnswers(state, rules, changed, rebuild);
}

function renderDimensionFields(state: State, rules: Ruleset, changed: () => void): void {
  const words = WORDS[state.lang];
  const points = state.mode === 'points';
  const values = points ? state.points : state.dimensions;
  const container = $('dimensions');
  container.replaceChildren();
  for (const dimension of rules.dimensions) {
    const row = document.createElement('div');
    row.className = 'dimension';
    const label = document.createElement('label');
    label.htmlFor = `dim-${dimension.id}`;
    const name = document.createElement('span');
    name.textContent = dimension.label[state.lang];
    const weight = document.createElement('span');
    weight.className = 'weight';
    const shownWeight = formatNumber(dimension.weight.value, state.lang);
    weight.textContent = points ? words.pointsHint({ max: shownWeight }) : `${words.weight} ${shownWeight} %`;
    label.append(name, weight);
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.id = `dim-${dimension.id}`;
    input.name = dimension.id;
    input.placeholder = points ? `0–${shownWeight}` : '0–100';
    input.title = dimension.description[state.lang];
    input.value = shownValue(values[dimension.id] ?? '', state.lang);
    input.addEventListener('input', () => {
      values[dimension.id] = input.value;
      changed();
    });
    row.append(label, input);
    container.append(row);
  }
}

/** A stored value ("81.5") as the field shows it in the page's language ("81,5"); typed text stays as typed. */
function shownValue(value: string, lang: Lang): string {
  return /^-?\d+\.\d+$/.test(value) ? formatNumber(value, lang) : value;
}

function renderAnswers(state: State, rules: Ruleset, changed: () => void, rebuild: () => void): void {
  const words = WORDS[state.lang];
  if (state.answers.length === 0) state.answers.push({ name: '', counts: {} });
  const container = $('answer-units');
  container.replaceChildren();
  state.answers.forEach((unit, u) => {
    const section = document.createElement('section');
    section.className = 'answer-unit';
    section.setAttribute('aria-label', unit.name || words.unitDefault({ number: u + 1 }));

    const head = document.createElement('div');
    head.className = 'unit-head';
    const nameLabel = document.createElement('label');
    nameLabel.htmlFor = `unit-name-${u}`;
    nameLabel.textContent = `${words.unitName} ${u + 1}`;
    const name = document.createElement('input');
    name.type = 'text';
    name.id = `unit-name-${u}`;
    name.value = unit.name;
    name.placeholder = words.unitDefault({ number: u + 1 });
    name.addEventListener('input', () => {
      unit.name = name.value;
      changed();
    });
    head.append(nameLabel, name);
    if (state.answers.length > 1) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary';
      remove.textContent = words.removeUnit;
      remove.setAttribute('aria-label', `${words.removeUnit} ${unit.name || words.unitDefault({ number: u + 1 })}`);
      remove.addEventListener('click', () => {
        state.answers.splice(u, 1);
        rebuild();
      });
      head.append(remove);
    }
    section.append(head, fillRow(state, rules, unit, u, rebuild));

    const progress = document.createElement('p');
    progress.className = 'hint progress';
    progress.id = `progress-${u}`;
    section.append(progress);

    for (const dimension of rules.dimensions) section.append(dimensionAnswers(state, dimension, unit, u, changed));
    container.append(section);
  });
  updateProgress(state, rules);
}

/** "Fill every indicator of this unit with the answer [level] [Fill]": the usual respondents per dimension. */
function fillRow(state: State, rules: Ruleset, unit: UnitAnswers, u: number, rebuild: () => void): HTMLElement {
  const words = WORDS[state.lang];
  const row = document.createElement('div');
  row.className = 'fill';
  const label = document.createElement('label');
  label.htmlFor = `fill-${u}`;
  label.textContent = words.fillAll;
  const select = document.createElement('select');
  select.id = `fill-${u}`;
  const first = rules.dimensions[0]!;
  const levels = levelsOf(first, first.variables![0]!.indicators[0]!);
  for (const level of levels) {
    const option = document.createElement('option');
    option.value = String(level.value);
    option.textContent = level.label ? `${level.value}: ${level.label[state.lang]}` : String(level.value);
    select.append(option);
  }
  select.value = String(fillLevel ?? levels.at(-1)!.value);
  select.addEventListener('change', () => (fillLevel = Number(select.value)));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.id = `fill-button-${u}`;
  button.textContent = words.fillButton;
  button.addEventListener('click', () => {
    const value = Number(select.value);
    const counts: Counts = {};
    for (const dimension of rules.dimensions) {
      for (const indicator of dimension.variables?.flatMap((v) => v.indicators) ?? []) {
        const at = levelsOf(dimension, indicator).findIndex((l) => l.value === value);
        const levels = levelsOf(dimension, indicator).map(() => 0);
        if (at >= 0) levels[at] = RESPONDENTS[dimension.id] ?? 1;
        (counts[dimension.id] ??= {})[indicator.id] = levels;
      }
    }
    unit.counts = counts;
    rebuild();
    document.getElementById(`fill-button-${u}`)?.focus();
  });
  row.append(label, select, button);
  return row;
}

function dimensionAnswers(state: State, dimension: Dimension, unit: UnitAnswers, u: number, changed: () => void): HTMLElement {
  const words = WORDS[state.lang];
  const details = document.createElement('details');
  details.className = 'answer-dimension';
  const summary = document.createElement('summary');
  const count = RESPONDENTS[dimension.id];
  summary.textContent = `${dimension.label[state.lang]}${count ? ` · ${words.respondents({ count, who: words.respondentsOf[dimension.id] })}` : ''}`;
  details.append(summary);
  for (const variable of dimension.variables ?? []) {
    const heading = document.createElement('h4');
    heading.textContent = variable.label[state.lang];
    details.append(heading);
    for (const indicator of variable.indicators) {
      const row = document.createElement('div');
      row.className = 'indicator';
      const name = document.createElement('div');
      name.className = 'indicator-name';
      name.id = `ind-${u}-${dimension.id}-${indicator.id}`;
      name.textContent = indicator.label[state.lang];
      if (isAssumed(indicator)) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = words.assumedBadge;
        badge.title = words.assumedTitle;
        name.append(' ', badge);
      }
      const levels = levelsOf(dimension, indicator);
      const grid = document.createElement('div');
      grid.className = 'levels';
      grid.setAttribute('role', 'group');
      grid.setAttribute('aria-labelledby', name.id);
      const counts = ((unit.counts[dimension.id] ??= {})[indicator.id] ??= levels.map(() => 0));
      levels.forEach((level, j) => {
        const label = document.createElement('label');
        label.className = 'level';
        const caption = document.createElement('span');
        caption.textContent = String(level.value);
        if (level.label) caption.title = level.label[state.lang];
        const input = document.createElement('input');
        input.type = 'number';
        input.min = '0';
        input.step = '1';
        input.inputMode = 'numeric';
        input.value = counts[j] ? String(counts[j]) : '';
        input.setAttribute('aria-label', words.countAt({ level: level.label ? `${level.value} (${level.label[state.lang]})` : String(level.value), indicator: indicator.label[state.lang] }));
        input.dataset['level'] = String(level.value);
        input.addEventListener('input', () => {
          const n = Number(input.value);
          counts[j] = Number.isInteger(n) && n > 0 ? n : 0;
          changed();
        });
        label.append(caption, input);
        grid.append(label);
      });
      row.append(name, grid);
      details.append(row);
    }
  }
  return details;
}

/** "12 of 43 indicators answered" under each unit. */
export function updateProgress(state: State, rules: Ruleset): void {
  const words = WORDS[state.lang];
  state.answers.forEach((unit, u) => {
    const { answered, all } = answeredOf(unit, rules);
    const progress = document.getElementById(`progress-${u}`);
    if (progress) progress.textContent = words.answered({ done: answered, all });
  });
}

function answeredOf(unit: UnitAnswers, rules: Ruleset): { answered: number; all: number } {
  let answered = 0;
  let all = 0;
  for (const dimension of rules.dimensions) {
    for (const indicator of dimension.variables?.flatMap((v) => v.indicators) ?? []) {
      all++;
      // Counts beyond the year's levels (answers 4 and 5 kept from a 0..5 revision, shown under 0..3) do not count.
      const levels = levelsOf(dimension, indicator).length;
      if (unit.counts[dimension.id]?.[indicator.id]?.slice(0, levels).some((n) => n > 0)) answered++;
    }
  }
  return { answered, all };
}

/** The score input of the form, or the sentence that says what is still missing. */
export function readForm(state: State, rules: Ruleset): { input: ScoreInput; message: null } | { input: null; message: string } {
  const words = WORDS[state.lang];
  const deduction = readNumber(state.deduction.points);
  const facts = {
    ...(rules.opinion?.value.qualifier == null ? {} : { followedUpOmbudsman: state.followedUp }),
    ...(rules.deductions.value && deduction !== '' && state.mode !== 'units'
      ? { deductions: [{ points: deduction, reason: state.deduction.reason.trim() || words.deductionDefault }] }
      : {}),
  };
  if (state.mode === 'units') {
    const lines = state.units.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
    if (lines.length === 0) return { input: null, message: words.enterUnits };
    const units = lines.map((line, i) => {
      // "Dinas Kesehatan; 91,99" or "Dinas Kesehatan<TAB>91,99" (two cells pasted from a spreadsheet), or "91,99".
      const cells = line.split(/\t|;/).map((cell) => cell.trim());
      const named = cells.length === 2 && cells[0] !== '';
      return { id: named ? cells[0]! : words.unitDefault({ number: i + 1 }), total: readNumber(named ? cells[1]! : line) };
    });
    return { input: { units, ...facts }, message: null };
  }
  if (state.mode === 'answers') {
    // Each respondent becomes one answer: counts beyond the library's limit are refused before any is built.
    const crowded = state.answers.findIndex((unit) =>
      Object.values(unit.counts).some((indicators) =>
        Object.values(indicators).some((levels) => levels.reduce((sum, n) => sum + n, 0) > LIMITS.answersPerIndicator),
      ),
    );
    if (crowded >= 0) return { input: null, message: words.answerCountLimit({ max: formatCount(LIMITS.answersPerIndicator, state.lang), unit: crowded + 1 }) };
    let missing = 0;
    let answered = 0;
    const units = state.answers.map((unit, i) => {
      const counts = answeredOf(unit, rules);
      missing += counts.all - counts.answered;
      answered += counts.answered;
      return { id: unit.name.trim() || words.unitDefault({ number: i + 1 }), answers: answersOf(unit, rules) };
    });
    if (answered === 0) return { input: null, message: words.enterAnswers };
    if (missing > 0 && state.missing === 'refuse') return { input: null, message: words.incomplete({ count: missing }) };
    if (units.length === 1) return { input: { answers: units[0]!.answers, ...facts }, message: null };
    return { input: { units, ...facts } as ScoreInput, message: null };
  }
  const values = state.mode === 'points' ? state.points : state.dimensions;
  const given: Record<string, string> = {};
  for (const dimension of rules.dimensions) {
    const value = readNumber(values[dimension.id] ?? '');
    if (value === '') return { input: null, message: words.enterAll };
    given[dimension.id] = value;
  }
  const key = state.mode === 'points' ? 'points' : 'dimensions';
  return { input: { [key]: given, ...facts } as unknown as ScoreInput, message: null };
}

/** A unit's counts as the library's answers: each level's value repeated as often as it was given. */
function answersOf(unit: UnitAnswers, rules: Ruleset): Record<string, Record<string, number[]>> {
  const answers: Record<string, Record<string, number[]>> = {};
  for (const dimension of rules.dimensions) {
    for (const indicator of dimension.variables?.flatMap((v) => v.indicators) ?? []) {
      const levels = levelsOf(dimension, indicator);
      const counts = unit.counts[dimension.id]?.[indicator.id]?.slice(0, levels.length);
      if (!counts?.some((n) => n > 0)) continue;
      const list: number[] = [];
      counts.forEach((n, j) => {
        const level = levels[j];
        if (level) for (let k = 0; k < n; k++) list.push(level.value);
      });
      (answers[dimension.id] ??= {})[indicator.id] = list;
    }
  }
  return answers;
}
