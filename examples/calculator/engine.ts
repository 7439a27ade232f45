/**
 * Every use of @ombuds/scoring by the workbench page, in one place. The page's other modules never import the
 * library's functions; they call these and read plain results.
 */
import {
  CATEGORIES,
  DEFAULT_SCALE,
  DIMENSION_IDS,
  explain,
  getRuleset,
  LIMITS,
  listRulesets,
  planToReach,
  rank,
  score,
  scoreAcrossYears,
  ScoringError,
  summarize,
  type AcrossYears,
  type AuditFinding,
  type Category,
  type Classification,
  type Confidence,
  type Dimension,
  type DimensionId,
  type ExplanationNode,
  type Indicator,
  type Plan,
  type PlanOptions,
  type PlanTarget,
  type Ranked,
  type Ruleset,
  type ScoreInput,
  type ScoreOptions,
  type ScoreResult,
  type Summary,
  type Text,
  type Zone,
} from '@ombuds/scoring';
import type { BodyRecord } from '../../src/table/body.js';
import { evaluateRecord } from '../../src/table/evaluate.js';

export type { AcrossYears, AuditFinding, Category, Classification, Confidence, Dimension, DimensionId, ExplanationNode, Indicator };
export type { PlanTarget, Ranked, Ruleset, ScoreInput, ScoreOptions, ScoreResult, Summary, Text, Zone };
export { CATEGORIES, DIMENSION_IDS, LIMITS, ScoringError };

/** A year and the revisions of its rules, latest first. */
export interface YearRules {
  readonly year: number;
  readonly revisions: readonly number[];
}

/** Every year with rules, latest first, each with its revisions (latest first). */
export function years(): YearRules[] {
  const byYear = new Map<number, number[]>();
  for (const summary of listRulesets())
    byYear.set(summary.year, [...(byYear.get(summary.year) ?? []), summary.revision]);
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, revisions]) => ({ year, revisions: revisions.sort((a, b) => b - a) }));
}

/** The rules of a year: the latest revision, or the one asked for. */
export function rulesetOf(year: number, revision?: number): Ruleset {
  return revision === undefined ? getRuleset(year) : getRuleset(year, { revision });
}

/** Whether the year has an instrument (indicator lists) on every dimension, so that units can answer it. */
export function hasInstrument(rules: Ruleset): boolean {
  return rules.dimensions.length > 0 && rules.dimensions.every((d) => (d.variables?.length ?? 0) > 0);
}

/** One answer an indicator accepts, with its option label where the ruleset gives one. */
export interface Level {
  readonly value: number;
  readonly label: Text | null;
}

/**
 * The answers an indicator accepts, lowest first: its own options, else the indicator's scale, else the
 * dimension's scale, else the library's default scale (the order the library reads them in).
 */
export function levelsOf(dimension: Dimension, indicator: Indicator): Level[] {
  const options = indicator.options?.value;
  if (options && options.length > 0) return options.map((o) => ({ value: o.value, label: o.label }));
  const scale = indicator.scale ?? dimension.scale?.value ?? DEFAULT_SCALE;
  const levels: Level[] = [];
  for (let value = scale.min; value <= scale.max; value++) levels.push({ value, label: null });
  return levels;
}

/** Whether an indicator is an assumption of this project rather than published. */
export function isAssumed(indicator: Indicator): boolean {
  return indicator.confidence === 'assumed';
}

/**
 * Whether the library accepts `{ points: {...} }` for this ruleset (every year with dimensions since revision 2):
 * probed once per ruleset, so the page offers the mode only where it works.
 */
const pointsSupport = new WeakMap<Ruleset, boolean>();
export function supportsPoints(rules: Ruleset): boolean {
  let known = pointsSupport.get(rules);
  if (known === undefined) {
    const points = Object.fromEntries(rules.dimensions.map((d) => [d.id, '0']));
    try {
      score(rules, { points } as unknown as ScoreInput);
      known = true;
    } catch {
      known = false;
    }
    pointsSupport.set(rules, known);
  }
  return known;
}

/** A scored body: the result, its explanation, and the assumptions it rests on. */
export interface Scored {
  readonly result: ScoreResult;
  readonly explanation: ExplanationNode;
  /** Paths of the assumed parameters the result used; empty when it rests on published rules only. */
  readonly assumptions: readonly string[];
}

/** Scores and explains one body. Throws `ScoringError` for bad input. */
export function scoreBody(rules: Ruleset, input: ScoreInput, options: ScoreOptions): Scored {
  const result = score(rules, input, options);
  return { result, explanation: explain(rules, input, options), assumptions: result.assumptions };
}

/** An assumption path in words: "bobot Dimensi Input", "indikator …", "batas kategori A". */
export function describeAssumption(rules: Ruleset, path: string, lang: 'id' | 'en'): string {
  const parts = path.split('.');
  const dimension = parts[0] === 'dimensions' ? rules.dimensions.find((d) => d.id === parts[1]) : undefined;
  if (dimension) {
    const name = dimension.label[lang];
    if (parts[2] === 'weight')
      return lang === 'id'
        ? `bobot ${name} (${dimension.weight.value.replace('.', ',')} %)`
        : `weight of the ${name} (${dimension.weight.value} %)`;
    if (parts[2] === 'scale') return lang === 'id' ? `skala jawaban ${name}` : `answer scale of the ${name}`;
    const variable = dimension.variables?.find((v) => v.id === parts[3]);
    if (variable && parts[4] === 'indicators') {
      const indicator = variable.indicators.find((i) => i.id === parts[5]);
      if (indicator) return lang === 'id' ? `indikator “${indicator.label.id}”` : `indicator “${indicator.label.en}”`;
    }
    if (variable)
      return lang === 'id' ? `bobot variabel ${variable.label.id}` : `weight of the variable ${variable.label.en}`;
    return name;
  }
  if (parts[0] === 'bands') {
    const band = parts[1] ?? '';
    const graded = (CATEGORIES as readonly string[]).includes(band);
    if (parts[2] === 'min')
      return lang === 'id'
        ? `batas bawah ${graded ? 'kategori' : 'zona'} ${band}`
        : `lower edge of ${graded ? 'grade' : 'zone'} ${band}`;
    if (parts[2] === 'zone') return lang === 'id' ? `zona kategori ${band}` : `zone of grade ${band}`;
    if (parts[2] === 'quality')
      return lang === 'id' ? `kata kualitas kategori ${band}` : `quality word of grade ${band}`;
  }
  if (path === 'rounding') return lang === 'id' ? 'cara pembulatan' : 'rounding';
  return path;
}

/** One line of a plan, ready to show. */
export interface PlanLine {
  readonly text: Text;
  /** The weakest confidence of what the step rests on (weight, variable, indicator, scale). */
  readonly confidence: Confidence;
  /** The dimension the line is about. */
  readonly dimension: string;
  /** For an indicator line: its id; `null` for a dimension line. */
  readonly indicator: string | null;
  /** 0 for a dimension line, 1 for an indicator line below it. */
  readonly level: 0 | 1;
}

/** A plan for the page: the library's plan, with readable lines. */
export interface PagePlan {
  readonly plan: Plan;
  readonly lines: readonly PlanLine[];
  /** The unit planned, when the plan is per unit; `null` for the body. */
  readonly unit: string | null;
}

/** Options of a plan. */
export interface PlanRequest {
  /** Dimension (or indicator) ids the body cannot change. */
  readonly fixed: readonly string[];
}

/**
 * Plans the way to `target`: for the body when the library plans it, else one plan per unit (every unit that
 * reaches the target keeps the mean there). Throws `ScoringError` for a bad input.
 */
export function planBody(
  rules: Ruleset,
  input: ScoreInput,
  target: PlanTarget,
  options: ScoreOptions,
  request: PlanRequest,
): PagePlan[] {
  if ('units' in input) {
    try {
      return [planOne(rules, input, target, options, request, null)];
    } catch (error) {
      if (!(error instanceof ScoringError) || error.path[0] !== 'units') throw error;
    }
    const facts = { ...('followedUpOmbudsman' in input ? { followedUpOmbudsman: input.followedUpOmbudsman } : {}) };
    return input.units.flatMap((unit, i) => {
      if ('total' in unit) return [];
      const { id, ...rest } = unit as { id?: string };
      return [planOne(rules, { ...rest, ...facts } as ScoreInput, target, options, request, id ?? String(i + 1))];
    });
  }
  return [planOne(rules, input, target, options, request, null)];
}

function planOne(
  rules: Ruleset,
  input: ScoreInput,
  target: PlanTarget,
  options: ScoreOptions,
  request: PlanRequest,
  unit: string | null,
): PagePlan {
  // With answers the plan counts single raises of one answer (the fewest); with scores, dimension points.
  const answers = JSON.stringify(input).includes('"answers"');
  const planOptions: PlanOptions = {
    ...options,
    minimize: answers ? 'answers' : 'points',
    ...(request.fixed.length > 0 ? { fixed: [...request.fixed] } : {}),
  };
  const plan = planToReach(rules, input, target, planOptions);
  return { plan, lines: planLines(plan), unit };
}

/** The plan's sentences (the library's own, in both languages): each dimension, then its indicators. */
function planLines(plan: Plan): PlanLine[] {
  return plan.steps.flatMap((step) => [
    { text: step.text, confidence: step.confidence, dimension: step.dimension, indicator: null, level: 0 as const },
    ...(step.indicators ?? []).map((raise) => ({
      text: raise.text,
      confidence: raise.confidence,
      dimension: step.dimension,
      indicator: raise.indicator,
      level: 1 as const,
    })),
  ]);
}

/** The weakest confidence the plan rests on. */
export function planConfidence(plan: Plan): Confidence {
  return plan.confidence;
}

/** The targets a plan can aim at: every grade (graded years) and every zone, best first. */
export function targetsOf(rules: Ruleset): PlanTarget[] {
  const grades = rules.bands.map((b) => b.category).filter((c): c is Category => c !== null);
  const zones = [...new Set(rules.bands.map((b) => b.zone.value))];
  return [...grades, ...zones];
}

/** The next better grade (or zone, in the three-zone years) than the result's, or `null` at the top. */
export function nextTarget(rules: Ruleset, result: Classification): PlanTarget | null {
  const graded = result.category !== null;
  const index = rules.bands.findIndex((b) => (graded ? b.category === result.category : b.zone.value === result.zone));
  const better = index > 0 ? rules.bands[index - 1] : undefined;
  if (!better) return null;
  return graded ? better.category : better.zone.value;
}

/** The library's `scoreAcrossYears` on the page's input, with the years whose result is an estimate. */
export function acrossYears(
  input: ScoreInput,
  options: ScoreOptions,
): { across: AcrossYears; estimates: ReadonlySet<number> } {
  // Distinct years passed explicitly: since revisions (main 6335e28) the default lists a year once per revision.
  const across = scoreAcrossYears(
    input,
    years().map((y) => y.year),
    options,
  );
  const estimates = new Set<number>();
  for (const outcome of across.outcomes) {
    if (outcome.fits && outcome.result.assumptions.length > 0) estimates.add(outcome.year);
  }
  return { across, estimates };
}

/** A scored body of a table, or the error the library gave for it with the line it points to. */
export type RowOutcome =
  | {
      readonly ok: true;
      readonly id: string;
      readonly line: number;
      readonly result: Classification & { exact?: string; assumptions?: readonly string[] };
      /** Where the row prints a total, grade or zone beside its parts that does not follow from them. */
      readonly finding: AuditFinding | null;
    }
  | { readonly ok: false; readonly id: string; readonly line: number; readonly error: ScoringError }
  /** A total printed beside its exact value, which does not round to it: the row is not ranked. */
  | { readonly ok: false; readonly id: string; readonly line: number; readonly exactNotTotal: Text };

/**
 * Scores each body the table module read with the year's rules: a given total is classified (its digits as given
 * are its `exact`, which breaks ties; a printed exact value must round to it), dimensions and units are scored
 * (and, where the row prints a total, grade or zone beside them, audited against it: `auditRow`).
 * `decimalComma`: the table writes "90,02".
 */
export function scoreRecords(rules: Ruleset, bodies: readonly BodyRecord[], decimalComma: boolean): RowOutcome[] {
  const read: ScoreOptions = decimalComma ? { decimalComma: true } : {};
  return bodies.map((body): RowOutcome => {
    const { id, request } = body;
    try {
      // The same reading as the CLI's (src/table/evaluate.ts).
      const outcome = evaluateRecord(rules, body, read);
      if (outcome.kind === 'exact-not-total') return { ok: false, id, line: outcome.at.line, exactNotTotal: outcome.text };
      const { result, finding } = outcome;
      if (request.kind === 'score') return { ok: true, id, line: body.at.line, result, finding };
      // A given total: what it rests on, from score.
      const facts = request.followedUpOmbudsman === undefined ? {} : { followedUpOmbudsman: request.followedUpOmbudsman };
      const { assumptions } = score(rules, { units: [{ total: request.total }], ...facts }, read);
      return { ok: true, id, line: body.at.line, result: { ...result, assumptions }, finding };
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
      return { ok: false, id, line: body.locate(error.path).line, error };
    }
  });
}

/** Ranks scored rows (ordinal, ties by the unrounded total, then the id) and tallies zones and grades. */
export function rankRows(
  rows: readonly { id: string; total: string; exact?: string }[],
  results: readonly Classification[],
): {
  ranked: readonly Ranked[];
  summary: Summary;
} {
  const ranked = rank(
    rows.map((r) => ({ id: r.id, total: r.total, ...(r.exact === undefined ? {} : { exact: r.exact }) })),
  );
  return { ranked, summary: summarize(results) };
}

/** The grade and zone edges of a ruleset (band minimums as decimal strings), best band first. */
export function bandEdges(rules: Ruleset): { min: string; category: Category | null; zone: Zone }[] {
  return rules.bands.map((b) => ({ min: b.min.value, category: b.category, zone: b.zone.value }));
}

/**
 * A `ScoringError` in the page's language: the library's own text (`error.text`), or `fallback` (the page's own
 * sentence for the path) for an Indonesian page when the error has no template (reason `other`: its Indonesian
 * text is the English one).
 */
export function errorText(error: ScoringError, lang: 'id' | 'en', fallback: string): string {
  return lang === 'id' && error.reason === 'other' ? fallback : error.text[lang];
}
