/**
 * `@ombuds/scoring`: the Ombudsman Republik Indonesia public-service assessment, scored exactly for any year.
 *
 * @example
 * ```ts
 * import { getRuleset, score, rank } from '@ombuds/scoring';
 * const result = score(getRuleset(2023), {
 *   dimensions: { competency: '90', standards: '85', opinion: '95', complaints: '80' },
 * });
 * result.total; // '87.44'
 * result.category; // 'B'
 * ```
 *
 * @packageDocumentation
 */
// Module order is bundle size: score first, then the errors, the registry last (test/package/bundle-size.test.ts).
export { score, safeScore } from './scoring/score.js';
export {
  ScoringError,
  SCORING_ERROR_REASONS,
  type ScoringErrorCode,
  type ScoringErrorReason,
  type ScoringErrorText,
  type ScoringIssue,
  type Path,
  type SafeResult,
} from './errors.js';
export * from './model/index.js';
export { type ParseOptions } from './exact/read-number.js';
export { ROUNDING_MODES, type RoundingMode } from './exact/rounding.js';
export { rulesetSchema } from './model/ruleset-schema.js';
export { parseRuleset, safeParseRuleset } from './rulesets/validate.js';
export { LIMITS } from './limits.js';
export {
  explain,
  safeExplain,
  type Explanation,
  type ExplanationKind,
  type ExplanationNode,
  type ExplanationSource,
} from './advice/explain.js';
export { planToReach, safePlanToReach } from './advice/plan.js';
export { deriveRuleset, safeDeriveRuleset, type RulesetOverrides } from './rulesets/derive.js';
export { classify, safeClassify, type ClassifyOptions } from './scoring/classify.js';
export { rank, safeRank, type RankItem, type RankOptions, type Ranked } from './ranking/rank.js';
export {
  scoreAcrossYears,
  safeScoreAcrossYears,
  type AcrossYears,
  type YearOutcome,
  type YearChange,
  type YearClass,
} from './analysis/across-years.js';
export {
  audit,
  auditRow,
  safeAudit,
  type AuditField,
  type AuditFinding,
  type AuditOptions,
  type AuditReading,
  type AuditReadingId,
  type AuditRow,
  type PrintedValues,
} from './analysis/audit.js';
export { summarize, safeSummarize, type Summary, type Summarizable } from './analysis/summarize.js';
export { provenance, safeProvenance, type ParameterProvenance } from './provenance/provenance.js';
export { assumptions, safeAssumptions, type Assumption } from './provenance/assumptions.js';
export {
  getRuleset,
  safeGetRuleset,
  listRulesets,
  type GetRulesetOptions,
  type RulesetSummary,
} from './rulesets/registry.js';
