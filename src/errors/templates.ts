/**
 * The templates of errors: each is a stable reason and its two texts, the English one (for the programmer who
 * called the library) and the Indonesian one (for the official who filled in the data), both from `en.ts` and
 * `id.ts` with the same named parameters. A throw site calls `fail(code, path, TEMPLATE, { … })`
 * (src/errors/fail.ts). Several templates may share a reason (an object, a list and a text expected are all
 * `wrong-type`). Each template is its own export, so a bundle keeps only those its code can throw.
 *
 * @module
 */
import type { ScoringErrorReason } from '../errors.js';
import * as en from '../texts/en.js';
import * as id from '../texts/id.js';

/** A text of an error: fixed, or a function of its named parameters. @internal */
export type ErrorText<P> = string | ((params: P) => string);

/** A reason and its English and Indonesian texts, with the parameters they name. @internal */
export interface Template<P = void> {
  readonly reason: Exclude<ScoringErrorReason, 'other'>;
  readonly en: ErrorText<P>;
  readonly id: ErrorText<P>;
}

/** A template of its reason and two texts. */
const t = <P>(reason: Template<P>['reason'], en: ErrorText<P>, id: ErrorText<P>): Template<P> => ({ reason, en, id });

/** The parameters of a text. */
type Of<T> = T extends (params: infer P) => string ? P : void;

/** @internal */
export const DECIMAL_COMMA: Template<Of<typeof en.decimalComma>> = /* @__PURE__ */ t(
  'decimal-comma',
  en.decimalComma,
  id.decimalComma,
);
/** @internal */
export const DECIMAL_POINT: Template<Of<typeof en.decimalPoint>> = /* @__PURE__ */ t(
  'decimal-point',
  en.decimalPoint,
  id.decimalPoint,
);
/** @internal */
export const NOT_A_NUMBER: Template<Of<typeof en.notANumber>> = /* @__PURE__ */ t(
  'not-a-number',
  en.notANumber,
  id.notANumber,
);
/** @internal */
export const CUT_VALUE: Template<Of<typeof en.cutValue>> = /* @__PURE__ */ t('not-a-number', en.cutValue, id.cutValue);
/** @internal */
export const EMPTY_VALUE: Template<Of<typeof en.emptyValue>> = /* @__PURE__ */ t(
  'missing',
  en.emptyValue,
  id.emptyValue,
);
/** @internal */
export const TOO_MANY_DECIMALS: Template<Of<typeof en.tooManyDecimals>> = /* @__PURE__ */ t(
  'too-many-decimals',
  en.tooManyDecimals,
  id.tooManyDecimals,
);
/** @internal */
export const OUT_OF_RANGE: Template<Of<typeof en.outOfRange>> = /* @__PURE__ */ t(
  'out-of-range',
  en.outOfRange,
  id.outOfRange,
);
/** @internal */
export const NOT_NUMBER: Template<Of<typeof en.notNumber>> = /* @__PURE__ */ t(
  'wrong-type',
  en.notNumber,
  id.notNumber,
);
/** @internal */
export const NOT_OBJECT: Template<Of<typeof en.notObject>> = /* @__PURE__ */ t(
  'wrong-type',
  en.notObject,
  id.notObject,
);
/** @internal */
export const NOT_LIST: Template<Of<typeof en.notList>> = /* @__PURE__ */ t('wrong-type', en.notList, id.notList);
/** @internal */
export const NOT_TEXT: Template<Of<typeof en.notText>> = /* @__PURE__ */ t('wrong-type', en.notText, id.notText);
/** @internal */
export const NOT_BOOLEAN: Template<Of<typeof en.notBoolean>> = /* @__PURE__ */ t(
  'wrong-type',
  en.notBoolean,
  id.notBoolean,
);
/** @internal */
export const NOT_WHOLE: Template<Of<typeof en.notWhole>> = /* @__PURE__ */ t('wrong-type', en.notWhole, id.notWhole);
/** @internal */
export const NOT_RULESET: Template<Of<typeof en.notRuleset>> = /* @__PURE__ */ t(
  'wrong-type',
  en.notRuleset,
  id.notRuleset,
);
/** @internal */
export const NOT_RESULT_RULESET: Template<Of<typeof en.notResultRuleset>> = /* @__PURE__ */ t(
  'wrong-type',
  en.notResultRuleset,
  id.notResultRuleset,
);
/** @internal */
export const NOT_IDS: Template<Of<typeof en.notIds>> = /* @__PURE__ */ t('wrong-type', en.notIds, id.notIds);
/** @internal */
export const MISSING_DIMENSION: Template<Of<typeof en.missingDimension>> = /* @__PURE__ */ t(
  'missing',
  en.missingDimension,
  id.missingDimension,
);
/** @internal */
export const MISSING_UNITS: Template<Of<typeof en.missingUnits>> = /* @__PURE__ */ t(
  'missing',
  en.missingUnits,
  id.missingUnits,
);
/** @internal */
export const MISSING_ANSWERS: Template<Of<typeof en.missingAnswers>> = /* @__PURE__ */ t(
  'missing',
  en.missingAnswers,
  id.missingAnswers,
);
/** @internal */
export const MISSING_REASON: Template<Of<typeof en.missingReason>> = /* @__PURE__ */ t(
  'missing',
  en.missingReason,
  id.missingReason,
);
/** @internal */
export const MISSING_YEARS: Template<Of<typeof en.missingYears>> = /* @__PURE__ */ t(
  'missing',
  en.missingYears,
  id.missingYears,
);
/** @internal */
export const MISSING_FIELD: Template<Of<typeof en.missingField>> = /* @__PURE__ */ t(
  'missing',
  en.missingField,
  id.missingField,
);
/** @internal */
export const UNIT_EMPTY: Template<Of<typeof en.unitEmpty>> = /* @__PURE__ */ t('missing', en.unitEmpty, id.unitEmpty);
/** @internal */
export const NO_SCORES: Template<Of<typeof en.noScores>> = /* @__PURE__ */ t('missing', en.noScores, id.noScores);
/** @internal */
export const NO_ANSWERS: Template<Of<typeof en.noAnswers>> = /* @__PURE__ */ t('missing', en.noAnswers, id.noAnswers);
/** @internal */
export const UNKNOWN_KEY: Template<Of<typeof en.unknownKey>> = /* @__PURE__ */ t(
  'unknown-key',
  en.unknownKey,
  id.unknownKey,
);
/** @internal */
export const UNKNOWN_DIMENSION: Template<Of<typeof en.unknownDimension>> = /* @__PURE__ */ t(
  'unknown-key',
  en.unknownDimension,
  id.unknownDimension,
);
/** @internal */
export const DUPLICATE_ID: Template<Of<typeof en.duplicateId>> = /* @__PURE__ */ t(
  'duplicate-id',
  en.duplicateId,
  id.duplicateId,
);
/** @internal */
export const DUPLICATE_ITEM_ID: Template<Of<typeof en.duplicateItemId>> = /* @__PURE__ */ t(
  'duplicate-id',
  en.duplicateItemId,
  id.duplicateItemId,
);
/** @internal */
export const SIMILAR_ID: Template<Of<typeof en.similarId>> = /* @__PURE__ */ t(
  'duplicate-id',
  en.similarId,
  id.similarId,
);
/** @internal */
export const ILL_FORMED_ID: Template<Of<typeof en.illFormedId>> = /* @__PURE__ */ t(
  'not-allowed',
  en.illFormedId,
  id.illFormedId,
);
/** @internal */
export const TOO_MANY: Template<Of<typeof en.tooMany>> = /* @__PURE__ */ t('too-large', en.tooMany, id.tooMany);
/** @internal */
export const TOO_LONG: Template<Of<typeof en.tooLong>> = /* @__PURE__ */ t('too-large', en.tooLong, id.tooLong);
/** @internal */
export const LIST_TOO_LONG: Template<Of<typeof en.listTooLong>> = /* @__PURE__ */ t(
  'too-large',
  en.listTooLong,
  id.listTooLong,
);
/** @internal */
export const TOO_DEEP: Template<Of<typeof en.tooDeep>> = /* @__PURE__ */ t('too-large', en.tooDeep, id.tooDeep);
/** @internal */
export const TOO_MANY_STEPS: Template<Of<typeof en.tooManySteps>> = /* @__PURE__ */ t(
  'too-large',
  en.tooManySteps,
  id.tooManySteps,
);
/** @internal */
export const TOO_COMPLEX: Template<Of<typeof en.tooComplex>> = /* @__PURE__ */ t(
  'too-large',
  en.tooComplex,
  id.tooComplex,
);
/** @internal */
export const UNREADABLE: Template<Of<typeof en.unreadable>> = /* @__PURE__ */ t(
  'unreadable',
  en.unreadable,
  id.unreadable,
);
/** @internal */
export const CYCLIC: Template<Of<typeof en.cyclic>> = /* @__PURE__ */ t('cyclic', en.cyclic, id.cyclic);
/** @internal */
export const CONFLICT: Template<Of<typeof en.conflict>> = /* @__PURE__ */ t('conflict', en.conflict, id.conflict);
/** @internal */
export const EXACT_NOT_TOTAL: Template<Of<typeof en.exactNotTotal>> = /* @__PURE__ */ t(
  'conflict',
  en.exactNotTotal,
  id.exactNotTotal,
);
/** @internal */
export const DERIVED_FROM: Template<Of<typeof en.derivedFrom>> = /* @__PURE__ */ t(
  'conflict',
  en.derivedFrom,
  id.derivedFrom,
);
/** @internal */
export const MINIMIZE_ANSWERS: Template<Of<typeof en.minimizeAnswers>> = /* @__PURE__ */ t(
  'conflict',
  en.minimizeAnswers,
  id.minimizeAnswers,
);
/** @internal */
export const RESULT_REVISION: Template<Of<typeof en.resultRevision>> = /* @__PURE__ */ t(
  'no-ruleset',
  en.resultRevision,
  id.resultRevision,
);
/** @internal */
export const CLASS_CHANGED: Template<Of<typeof en.classChanged>> = /* @__PURE__ */ t(
  'conflict',
  en.classChanged,
  id.classChanged,
);
/** @internal */
export const CLASSES_CROSSED: Template<Of<typeof en.classesCrossed>> = /* @__PURE__ */ t(
  'conflict',
  en.classesCrossed,
  id.classesCrossed,
);
/** @internal */
export const RULESETS_DIFFER: Template<Of<typeof en.rulesetsDiffer>> = /* @__PURE__ */ t(
  'conflict',
  en.rulesetsDiffer,
  id.rulesetsDiffer,
);
/** @internal */
export const GRADED_AND_NOT: Template<Of<typeof en.gradedAndNot>> = /* @__PURE__ */ t(
  'conflict',
  en.gradedAndNot,
  id.gradedAndNot,
);
/** @internal */
export const NOT_APPLICABLE: Template<Of<typeof en.notApplicable>> = /* @__PURE__ */ t(
  'not-applicable',
  en.notApplicable,
  id.notApplicable,
);
/** @internal */
export const NOT_ALLOWED: Template<Of<typeof en.notAllowed>> = /* @__PURE__ */ t(
  'not-allowed',
  en.notAllowed,
  id.notAllowed,
);
/** @internal */
export const NOT_A_CATEGORY: Template<Of<typeof en.notACategory>> = /* @__PURE__ */ t(
  'not-allowed',
  en.notACategory,
  id.notACategory,
);
/** @internal */
export const NOT_A_LEVEL: Template<Of<typeof en.notALevel>> = /* @__PURE__ */ t(
  'not-allowed',
  en.notALevel,
  id.notALevel,
);
/** @internal */
export const ONE_UNIT: Template<Of<typeof en.oneUnit>> = /* @__PURE__ */ t('not-allowed', en.oneUnit, id.oneUnit);
/** @internal */
export const NOT_VALIDATED: Template<Of<typeof en.notValidated>> = /* @__PURE__ */ t(
  'not-validated',
  en.notValidated,
  id.notValidated,
);
/** @internal */
export const RULESET_TYPE: Template<Of<typeof en.rulesetType>> = /* @__PURE__ */ t(
  'wrong-type',
  en.rulesetType,
  id.rulesetType,
);
/** @internal */
export const RULESET_EXPONENT: Template<Of<typeof en.rulesetExponent>> = /* @__PURE__ */ t(
  'not-a-number',
  en.rulesetExponent,
  id.rulesetExponent,
);
/** @internal */
export const INVALID_RULESET: Template<Of<typeof en.invalidRuleset>> = /* @__PURE__ */ t(
  'invalid-ruleset',
  en.invalidRuleset,
  id.invalidRuleset,
);
/** @internal */
export const NO_RULESET: Template<Of<typeof en.noRuleset>> = /* @__PURE__ */ t(
  'no-ruleset',
  en.noRuleset,
  id.noRuleset,
);
/** @internal */
export const NO_REVISION: Template<Of<typeof en.noRevision>> = /* @__PURE__ */ t(
  'no-ruleset',
  en.noRevision,
  id.noRevision,
);
/** @internal */
export const NO_ASSESSMENT: Template<Of<typeof en.noAssessment>> = /* @__PURE__ */ t(
  'no-assessment',
  en.noAssessment,
  id.noAssessment,
);
