/**
 * `audit`: checks a published table that prints the parts of each body (dimension scores, units or points)
 * beside its total, grade or zone. Each row is scored from its parts with the library's own arithmetic and
 * compared with what it prints; a row that disagrees is returned with the printed and the computed values, the
 * difference, and the other readings of the rules (the other place of unit rounding, half-even, truncation)
 * under which the printed values would follow, computed with derived rulesets, never with floats.
 *
 * @module
 */
import { toSafe, type SafeResult } from '../errors.js';
import { cmp, display, sub } from '../exact/fraction.js';
import { parseDecimal, type ParseOptions } from '../exact/read-number.js';
import type { Category, Ruleset, ScoreInput, Zone } from '../model/index.js';
import { deriveRuleset } from '../rulesets/derive.js';
import { score } from '../scoring/score.js';

/** What a row prints beside its parts; each is optional. */
export interface PrintedValues {
  /** The printed total, a decimal string or a finite number (`"81,43"` with `{ decimalComma: true }`). */
  readonly total?: string | number;
  /** The printed grade (`A`–`E`), compared without regard to case. */
  readonly category?: string;
  /** The printed zone (`hijau`, `Zona Hijau`, …), compared without regard to case or a leading "zona". */
  readonly zone?: string;
}

/** One row of a published table: its id, its parts as a `score` input, and what it prints. */
export interface AuditRow {
  readonly id: string;
  readonly input: ScoreInput;
  readonly printed: PrintedValues;
}

/** A value that can disagree. */
export type AuditField = 'total' | 'category' | 'zone';

/** Another reading of the rules that a printed value may have followed. */
export type AuditReadingId = 'units-before-mean' | 'units-after-mean' | 'half-even' | 'half-up' | 'down';

/** What a row gives under another reading of the rules. */
export interface AuditReading {
  readonly reading: AuditReadingId;
  readonly total: string;
  readonly category: Category | null;
  readonly zone: Zone;
}

/** A row whose printed values do not all follow from its parts. */
export interface AuditFinding {
  /** The row's index in the rows given. */
  readonly index: number;
  readonly id: string;
  /** The values that disagree, in the order total, category, zone. */
  readonly fields: readonly AuditField[];
  readonly printed: { readonly total: string | null; readonly category: string | null; readonly zone: string | null };
  readonly computed: { readonly total: string; readonly exact: string; readonly category: Category | null; readonly zone: Zone };
  /** Printed total minus computed total, exact (`"0.01"`, `"-0.5"`); `null` when no total is printed. */
  readonly difference: string | null;
  /** The other readings under which every printed value follows from the parts; empty when none does. */
  readonly explainedBy: readonly AuditReading[];
}

/** Options of {@link audit}. */
export type AuditOptions = ParseOptions;

/**
 * Scores every row from its parts under `ruleset` and returns the rows whose printed total, grade or zone does
 * not follow, in row order (an empty list when every row agrees). A printed total agrees when it equals the
 * computed total as a number (`81.4` and `81.40` agree).
 *
 * @throws {@link ScoringError} `INVALID_INPUT` for a row whose parts or printed total cannot be read; its
 *   `path` is inside that row's `input` (as `score` gives it), or `['printed', 'total']`.
 *
 * @example
 * ```ts
 * import { audit, getRuleset } from '@ombuds/scoring';
 * const rows = [
 *   { id: 'Kota A', input: { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }, printed: { total: '87.44' } },
 *   { id: 'Kota B', input: { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }, printed: { total: '87.45', category: 'A' } },
 * ];
 * const [finding] = audit(getRuleset(2023), rows);
 * finding!.id; // 'Kota B'
 * finding!.fields; // ['total', 'category']
 * finding!.difference; // '0.01'
 * ```
 */
export function audit(ruleset: Ruleset, rows: readonly AuditRow[], options: AuditOptions = {}): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (let index = 0; index < rows.length; index++) {
    const finding = auditRow(ruleset, rows[index]!, index, options);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

/**
 * {@link audit} without throwing: `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { getRuleset, safeAudit } from '@ombuds/scoring';
 * safeAudit(getRuleset(2023), [{ id: 'A', input: { dimensions: {} }, printed: {} }]).success; // false
 * ```
 */
export const safeAudit: (
  ruleset: Ruleset,
  rows: readonly AuditRow[],
  options?: AuditOptions,
) => SafeResult<AuditFinding[]> = /* @__PURE__ */ toSafe(audit);

/**
 * One row of {@link audit}: its finding, or `null` when it agrees. `index` is the row's place, for paths.
 *
 * @throws {@link ScoringError} as {@link audit}.
 *
 * @example
 * ```ts
 * import { auditRow, getRuleset } from '@ombuds/scoring';
 * const row = { id: 'A', input: { dimensions: { competency: 90, standards: 85, opinion: 95, complaints: 80 } }, printed: { total: '87.44' } };
 * auditRow(getRuleset(2023), row, 0); // null
 * ```
 */
export function auditRow(ruleset: Ruleset, row: AuditRow, index: number, options: AuditOptions = {}): AuditFinding | null {
  const result = score(ruleset, row.input, options);
  const printedTotal =
    row.printed.total === undefined ? null : parseDecimal(row.printed.total, ['printed', 'total'], options);
  const fields: AuditField[] = [];
  const agrees = (total: string, category: Category | null, zone: Zone): boolean =>
    (printedTotal === null || cmp(printedTotal, parseDecimal(total, [])) === 0) &&
    (row.printed.category === undefined || sameCategory(row.printed.category, category)) &&
    (row.printed.zone === undefined || sameZone(row.printed.zone, zone));
  if (printedTotal !== null && cmp(printedTotal, parseDecimal(result.total, [])) !== 0) fields.push('total');
  if (row.printed.category !== undefined && !sameCategory(row.printed.category, result.category)) fields.push('category');
  if (row.printed.zone !== undefined && !sameZone(row.printed.zone, result.zone)) fields.push('zone');
  if (fields.length === 0) return null;
  const explainedBy: AuditReading[] = [];
  for (const [reading, other] of otherReadings(ruleset, row.input)) {
    let alternative;
    try {
      alternative = score(other, row.input, options);
    } catch {
      continue;
    }
    if (agrees(alternative.total, alternative.category, alternative.zone)) {
      explainedBy.push({ reading, total: alternative.total, category: alternative.category, zone: alternative.zone });
    }
  }
  return {
    index,
    id: row.id,
    fields,
    printed: {
      total: row.printed.total === undefined ? null : String(row.printed.total).trim(),
      category: row.printed.category ?? null,
      zone: row.printed.zone ?? null,
    },
    computed: { total: result.total, exact: result.exact, category: result.category, zone: result.zone },
    difference: printedTotal === null ? null : display(sub(printedTotal, parseDecimal(result.total, []))),
    explainedBy,
  };
}

/** The derived rulesets of each base, made once: a table of a thousand rows derives each reading once. */
const READINGS = new WeakMap<Ruleset, readonly (readonly [AuditReadingId, Ruleset])[]>();

function otherReadings(ruleset: Ruleset, input: ScoreInput): readonly (readonly [AuditReadingId, Ruleset])[] {
  let all = READINGS.get(ruleset);
  if (all === undefined) {
    const { mode, unitsBeforeMean } = ruleset.rounding.value;
    const made: (readonly [AuditReadingId, Ruleset])[] = [];
    const derive = (reading: AuditReadingId, rounding: Record<string, unknown>) => {
      made.push([reading, deriveRuleset(ruleset, { id: `${ruleset.id}-audit-${reading}`, rounding })]);
    };
    derive(unitsBeforeMean ? 'units-after-mean' : 'units-before-mean', { unitsBeforeMean: !unitsBeforeMean });
    for (const other of ['half-even', 'half-up', 'down'] as const) if (other !== mode) derive(other, { mode: other });
    READINGS.set(ruleset, (all = made));
  }
  const hasUnits = typeof input === 'object' && input !== null && 'units' in input;
  return hasUnits ? all : all.filter(([reading]) => reading !== 'units-after-mean' && reading !== 'units-before-mean');
}

function sameCategory(printed: string, computed: Category | null): boolean {
  return printed.trim().toUpperCase() === (computed ?? '');
}

function sameZone(printed: string, computed: Zone): boolean {
  return printed.trim().toLowerCase().replace(/^zona\s+/, '') === computed;
}
