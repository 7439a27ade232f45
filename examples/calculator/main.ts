/**
 * The assessment workbench page: wiring only. The state (state.ts) is restored from the URL or localStorage,
 * every edit updates it, the views are drawn from it (body-form.ts, body-result.ts, table-view.ts), and it is
 * written back to the URL and localStorage. No scoring logic here, and no library call: engine.ts holds them.
 */
import { readForm, renderForm, updateProgress } from './body-form.js';
import { renderAcross, renderPlan, renderPlanForm, renderScored, rulesetLine, type Shown } from './body-result.js';
import { errorText, LIMITS, rulesetOf, scoreBody, ScoringError, years, type Ruleset } from './engine.js';
import { download, fileName, toCsv, type Cell } from './export.js';
import { formatCount, formatDate } from './format.js';
import { WORDS, type Lang } from './i18n.js';
import { fallbackMessage, issueText } from './messages.js';
import { LINK_LIMITS, unpackedLimit, type LinkPart, type LinkProblem } from './share-link.js';
import { fromQuery, load, save, toQuery, type Mode, type State } from './state.js';
import { TABLE_MAX_CHARS } from './table-job.js';
import { closeFile, currentExtraHeaders, currentRanking, openFile, renderTable } from './table-view.js';
import { writeWorkbook } from './xlsx-export.js';

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

const YEARS = years();
let state: State;
let shown: Shown | null = null;
/** The long parts the last written link had to leave out. */
let leftOut: LinkPart[] = [];

/** The rules of the chosen year and revision; an unknown year or revision falls back to the latest. */
function rules(): Ruleset {
  const found = YEARS.find((y) => y.year === state.year);
  if (!found) state.year = null;
  const year = found ?? YEARS[0]!;
  const revision = state.revision !== null && year.revisions.includes(state.revision) ? state.revision : undefined;
  if (revision === undefined) state.revision = null;
  return rulesetOf(year.year, revision);
}

async function start(): Promise<void> {
  const search = location.search.length > 1 ? location.search : (load() ?? '');
  state = await fromQuery(search);
  document.querySelectorAll('form').forEach((form) => form.addEventListener('submit', (event) => event.preventDefault()));
  wire();
  renderAll();
  document.body.dataset['ready'] = 'true';
}

function wire(): void {
  $<HTMLSelectElement>('year').addEventListener('change', (event) => {
    state.year = Number((event.target as HTMLSelectElement).value);
    state.revision = null;
    state.target = null;
    renderAll();
  });
  $<HTMLSelectElement>('revision').addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value;
    state.revision = value === '' ? null : Number(value);
    renderAll();
  });
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => {
      state.lang = button.dataset['lang'] as Lang;
      renderAll();
      button.focus();
    });
  });
  document.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) => {
    button.addEventListener('click', () => {
      state.view = button.dataset['view'] as State['view'];
      renderAll();
      button.focus();
    });
  });
  document.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((radio) => {
    radio.addEventListener('change', () => {
      state.mode = radio.value as Mode;
      renderAll();
    });
  });
  $<HTMLInputElement>('body-name').addEventListener('input', (event) => {
    state.name = (event.target as HTMLInputElement).value;
    update();
  });
  $<HTMLTextAreaElement>('units').addEventListener('input', (event) => {
    state.units = (event.target as HTMLTextAreaElement).value;
    update();
  });
  $<HTMLSelectElement>('missing').addEventListener('change', (event) => {
    state.missing = (event.target as HTMLSelectElement).value as State['missing'];
    update();
  });
  $<HTMLInputElement>('followed-up').addEventListener('change', (event) => {
    state.followedUp = (event.target as HTMLInputElement).checked;
    update();
  });
  $<HTMLInputElement>('deduction-points').addEventListener('input', (event) => {
    state.deduction.points = (event.target as HTMLInputElement).value;
    update();
  });
  $<HTMLInputElement>('deduction-reason').addEventListener('input', (event) => {
    state.deduction.reason = (event.target as HTMLInputElement).value;
    update();
  });
  $('add-unit').addEventListener('click', () => {
    state.answers.push({ name: '', counts: {} });
    renderAll();
    document.getElementById(`unit-name-${state.answers.length - 1}`)?.focus();
  });
  $<HTMLTextAreaElement>('table-input').addEventListener('input', (event) => {
    state.table = (event.target as HTMLTextAreaElement).value;
    closeFile();
    $('file-name').textContent = '';
    update();
  });
  $<HTMLInputElement>('table-file').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > TABLE_MAX_CHARS) {
      // Not read at all: a table may not be that large.
      const words = WORDS[state.lang];
      $('file-name').textContent = `${file.name}: ${words.tableTooLarge({ size: formatCount(file.size, state.lang), max: formatCount(TABLE_MAX_CHARS, state.lang) })}`;
      return;
    }
    // The bytes, not text: the table module decodes them (or reads the workbook) as the CLI does.
    openFile(file.name, new Uint8Array(await file.arrayBuffer()));
    $('file-name').textContent = file.name;
    state.table = '';
    $<HTMLTextAreaElement>('table-input').value = '';
    update();
  });
  $('table-encoding').addEventListener('change', () => update());
  $<HTMLSelectElement>('table-decimal').addEventListener('change', (event) => {
    state.decimal = (event.target as HTMLSelectElement).value === 'comma' ? 'comma' : 'point';
    update();
  });
  $('table-sheet').addEventListener('change', () => update());
  $('share').addEventListener('click', share);
  $('export-json').addEventListener('click', exportJson);
  $('export-csv').addEventListener('click', exportCsv);
  $('export-xlsx').addEventListener('click', () => void exportXlsx());
  $('print').addEventListener('click', () => window.print());
  // A printout shows every line of the explanation: folded indicator lists open while printing.
  let folded: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    folded = Array.from(document.querySelectorAll<HTMLDetailsElement>('#explanation details:not([open])'));
    folded.forEach((details) => (details.open = true));
  });
  window.addEventListener('afterprint', () => folded.forEach((details) => (details.open = false)));
}

/** Redraws everything that depends on the year, revision, language, view or mode, then the results. */
function renderAll(): void {
  const words = WORDS[state.lang];
  const ruleset = rules();
  document.documentElement.lang = state.lang;
  document.title = words.title;
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((element) => {
    const value = words[element.dataset['text'] as keyof typeof words];
    if (typeof value === 'string') element.textContent = value;
  });
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === state.lang));
  });
  document.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset['view'] === state.view));
  });
  $('view-body').hidden = state.view !== 'body';
  $('view-table').hidden = state.view !== 'table';
  $('export-xlsx').hidden = state.view !== 'table';
  renderYears(ruleset);
  renderForm(state, ruleset, update, renderAll);
  renderPlanForm(state, ruleset, update);
  const tableInput = $<HTMLTextAreaElement>('table-input');
  if (tableInput.value !== state.table) tableInput.value = state.table;
  $<HTMLSelectElement>('table-decimal').value = state.decimal;
  renderLinkProblems();
  update();
}

/** The parts of the opening link that were refused, in the page's language. */
function renderLinkProblems(): void {
  const words = WORDS[state.lang];
  const count = (n: number) => formatCount(n, state.lang);
  const say = (problem: LinkProblem): string => {
    switch (problem.kind) {
      case 'long':
        return words.linkTooLong({ part: problem.part, chars: count(problem.chars), max: count(LINK_LIMITS.packedChars) });
      case 'big':
        return words.linkTooBig({ part: problem.part, max: count(unpackedLimit(problem.part)) });
      case 'units':
        return words.linkUnits({ units: count(problem.units), max: count(LINK_LIMITS.units) });
      case 'count':
        return words.linkCount({ max: count(LIMITS.answersPerIndicator) });
    }
  };
  const box = $('link-problem');
  box.hidden = state.linkProblems.length === 0;
  box.replaceChildren(
    ...state.linkProblems.map((problem) => {
      const p = document.createElement('p');
      p.textContent = say(problem);
      return p;
    }),
  );
}

function renderYears(ruleset: Ruleset): void {
  const words = WORDS[state.lang];
  const year = $<HTMLSelectElement>('year');
  if (year.options.length === 0) {
    for (const { year: y } of YEARS) year.append(new Option(String(y), String(y)));
  }
  year.value = String(ruleset.year);
  const revisions = YEARS.find((y) => y.year === ruleset.year)!.revisions;
  const revision = $<HTMLSelectElement>('revision');
  revision.replaceChildren(
    new Option(words.revisionLatest({ revision: revisions[0]! }), ''),
    ...revisions.slice(1).map((r) => new Option(words.revisionOld({ revision: r }), String(r))),
  );
  revision.value = state.revision === null ? '' : String(state.revision);
  $('revision-field').hidden = revisions.length < 2;
  $('ruleset-name').textContent = rulesetLine(ruleset, state.lang);
}

/** Recomputes the results from the state and saves it. Never rebuilds the form's fields. */
function update(): void {
  const ruleset = rules();
  if (state.view === 'table') {
    renderTable(state, ruleset);
  } else {
    updateProgress(state, ruleset);
    updateBody(ruleset);
  }
  renderPrintHead(ruleset);
  void persist();
}

function updateBody(ruleset: Ruleset): void {
  const words = WORDS[state.lang];
  document.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
  const error = $('error');
  const message = $('message');
  const outcome = $('outcome');
  error.hidden = true;
  shown = null;
  const read = readForm(state, ruleset);
  renderAcross(state, read.input);
  if (read.input === null) {
    message.hidden = false;
    message.textContent = read.message;
    outcome.hidden = true;
    delete $('result').dataset['zone'];
    return;
  }
  message.hidden = true;
  try {
    const scored = scoreBody(ruleset, read.input, {
      ...(state.mode === 'answers' ? { missingIndicators: state.missing } : {}),
    });
    renderScored(state, ruleset, scored);
    const plans = renderPlan(state, ruleset, read.input, scored.result);
    shown = { input: read.input, scored, plans };
    outcome.hidden = false;
  } catch (caught) {
    if (!(caught instanceof ScoringError)) throw caught;
    outcome.hidden = true;
    delete $('result').dataset['zone'];
    error.hidden = false;
    // Every problem of the form at once (error.issues), one line each, and every field with a problem marked. The
    // first is the error itself, with the page's own words where the library has none in the page's language.
    // Inside a unit, the library's text says which unit and dimension (issueText).
    const texts = caught.issues.map((issue, i) =>
      i === 0 && caught.reason === 'other'
        ? errorText(caught, state.lang, fallbackMessage(caught, ruleset, state.lang))
        : issueText(issue, state.lang),
    );
    error.replaceChildren(
      ...texts.map((text, i) => {
        const line = document.createElement('span');
        line.textContent = i === 0 ? `${words.invalid}: ${text}` : text;
        if (i > 0) line.style.display = 'block';
        return line;
      }),
    );
    for (const issue of caught.issues) fieldOf(issue.path)?.setAttribute('aria-invalid', 'true');
  }
}

function fieldOf(path: ScoringError['path']): HTMLElement | null {
  const [head, name] = path;
  if ((head === 'dimensions' || head === 'points') && typeof name === 'string') return document.getElementById(`dim-${name}`);
  if (head === 'units' && state.mode === 'units') return $('units');
  if (head === 'deductions') return $('deduction-points');
  return null;
}

function renderPrintHead(ruleset: Ruleset): void {
  const words = WORDS[state.lang];
  $('print-name').textContent = state.name.trim() || (state.view === 'table' ? words.tableTitle : words.bodyName);
  $('print-meta').textContent = `${words.printedOn} ${formatDate(new Date(), state.lang)} · ${rulesetLine(ruleset, state.lang)}`;
}

let persisting = 0;
async function persist(): Promise<void> {
  const ticket = ++persisting;
  const written = await toQuery(state);
  if (ticket !== persisting) return;
  const query = written.query;
  leftOut = written.leftOut;
  history.replaceState(null, '', `${location.pathname}?${query}`);
  save(query);
}

async function share(): Promise<void> {
  const words = WORDS[state.lang];
  await persist();
  const link = location.href;
  const status = $('share-status');
  const field = $<HTMLInputElement>('share-link');
  // What the link could not carry is said first: whoever opens it will not see that part.
  const notes = leftOut.map((part) => (part === 'table' ? words.tableNotInLink : words.answersNotInLink));
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = [...notes, words.copied].join(' ');
    field.hidden = true;
  } catch {
    status.textContent = [...notes, words.copyFailed].join(' ');
    field.hidden = false;
    field.value = link;
    field.select();
  }
}

function exportJson(): void {
  const ruleset = rules();
  const ref = { id: ruleset.id, year: ruleset.year, revision: ruleset.revision };
  const data =
    state.view === 'table'
      ? { ruleset: ref, ranking: currentRanking() }
      : {
          name: state.name,
          date: new Date().toISOString().slice(0, 10),
          ruleset: ref,
          input: shown?.input ?? null,
          result: shown?.scored.result ?? null,
          assumptions: shown?.scored.assumptions ?? [],
          explanation: shown?.scored.explanation ?? null,
          plans: shown?.plans.map((p) => ({ unit: p.unit, plan: p.plan, lines: p.lines })) ?? [],
        };
  download(`${fileName(state.name, ruleset.year)}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * The ranked table as it is exported: a heading row, then rank, name, total, exact total, grade, zone and label,
 * then the table's other columns as they were.
 */
function rankingRows(): Cell[][] {
  const words = WORDS[state.lang];
  const extra = currentExtraHeaders();
  const titles = [words.rankCol, words.nameCol, words.total, words.exactCol, words.grade, words.zone, words.label, ...extra];
  const rows: Cell[][] = [titles.map((text) => ({ text }))];
  for (const row of currentRanking()) {
    rows.push([
      { number: String(row.rank) },
      { text: row.id },
      { number: row.result.total },
      // The unrounded total: read back, it keeps the order of bodies tied on the rounded one.
      { number: row.result.exact ?? row.result.total },
      { text: row.result.category ?? '' },
      { text: row.result.zone },
      { text: row.result.label[state.lang] },
      // The table's other columns, unchanged, after the results.
      ...extra.map((_, i) => ({ text: row.extra?.[i] ?? '' })),
    ]);
  }
  return rows;
}

/**
 * The ranked table as an Excel workbook (numbers as numbers, written by the table module in the worker); where
 * there is no worker, the page says so beside the buttons and points to the CSV.
 */
async function exportXlsx(): Promise<void> {
  const ruleset = rules();
  const words = WORDS[state.lang];
  const cells = rankingRows().map((row) => row.map((cell) => ('number' in cell ? { number: cell.number } : cell.text)));
  const status = $('share-status');
  status.textContent = '';
  const workbook = await writeWorkbook(words.sheetName, cells);
  if ('refused' in workbook) {
    status.textContent = workbook.refused[state.lang];
    return;
  }
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  download(`${fileName(state.name || words.sheetName, ruleset.year)}.xlsx`, type, new Uint8Array(workbook.bytes));
}

function exportCsv(): void {
  const ruleset = rules();
  const words = WORDS[state.lang];
  const lang = state.lang;
  const rows: Cell[][] = [];
  if (state.view === 'table') {
    rows.push(...rankingRows());
  } else if (shown) {
    const result = shown.scored.result;
    rows.push([{ text: words.bodyName }, { text: state.name }]);
    rows.push([{ text: words.ruleset }, { text: rulesetLine(ruleset, lang) }]);
    rows.push([{ text: words.total }, { number: result.total }]);
    rows.push([{ text: words.exact }, { number: result.exact }]);
    rows.push([{ text: words.grade }, { text: result.category ?? '' }]);
    rows.push([{ text: words.zone }, { text: result.zone }]);
    rows.push([]);
    rows.push(words.csvParts.map((text) => ({ text })));
    const walk = (node: Shown['scored']['explanation'], depth: number) => {
      for (const child of node.children) {
        rows.push([
          { text: `${'  '.repeat(depth)}${child.label[lang]}` },
          child.weight === null ? { text: '' } : { number: child.weight },
          child.value === null ? { text: '' } : { number: child.value },
          child.contribution === null ? { text: '' } : { number: child.contribution },
        ]);
        walk(child, depth + 1);
      }
    };
    walk(shown.scored.explanation, 0);
  }
  download(`${fileName(state.name, ruleset.year)}.csv`, 'text/csv;charset=utf-8', toCsv(rows, lang));
}

void start();
