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
import * as en from './en.js';
import * as id from './id.js';

/** A text of an error: fixed, or a function of its named parameters. @internal */
export type ErrorText<P> = string | ((params: P) => string);

/** A reason and its English and Indonesian texts, with the parameters they name. @internal */
export interface Template<P = void> {
  readonly reason: Exclude<ScoringErrorReason, 'other'>;
  readonly en: ErrorText<P>;
  readonly id: ErrorText<P>;
}

/** The parameters of a text. */
type Of<T> = T extends (params: infer P) => string ? P : void;

/** @internal */
export const DECIMAL_COMMA: Template<Of<typeof en.decimalComma>> = { reason: 'decimal-comma', en: en.decimalComma, id: id.decimalComma };
/** @internal */
export const DECIMAL_POINT: Template<Of<typeof en.decimalPoint>> = { reason: 'decimal-point', en: en.decimalPoint, id: id.decimalPoint };
/** @internal */
export const NOT_A_NUMBER: Template<Of<typeof en.notANumber>> = { reason: 'not-a-number', en: en.notANumber, id: id.notANumber };
/** @internal */
export const CUT_VALUE: Template<Of<typeof en.cutValue>> = { reason: 'not-a-number', en: en.cutValue, id: id.cutValue };
/** @internal */
export const EMPTY_VALUE: Template<Of<typeof en.emptyValue>> = { reason: 'missing', en: en.emptyValue, id: id.emptyValue };
/** @internal */
export const TOO_MANY_DECIMALS: Template<Of<typeof en.tooManyDecimals>> = { reason: 'too-many-decimals', en: en.tooManyDecimals, id: id.tooManyDecimals };
/** @internal */
export const OUT_OF_RANGE: Template<Of<typeof en.outOfRange>> = { reason: 'out-of-range', en: en.outOfRange, id: id.outOfRange };
/** @internal */
export const NOT_NUMBER: Template<Of<typeof en.notNumber>> = { reason: 'wrong-type', en: en.notNumber, id: id.notNumber };
/** @internal */
export const NOT_OBJECT: Template<Of<typeof en.notObject>> = { reason: 'wrong-type', en: en.notObject, id: id.notObject };
/** @internal */
export const NOT_LIST: Template<Of<typeof en.notList>> = { reason: 'wrong-type', en: en.notList, id: id.notList };
/** @internal */
export const NOT_TEXT: Template<Of<typeof en.notText>> = { reason: 'wrong-type', en: en.notText, id: id.notText };
/** @internal */
export const NOT_BOOLEAN: Template<Of<typeof en.notBoolean>> = { reason: 'wrong-type', en: en.notBoolean, id: id.notBoolean };
/** @internal */
export const NOT_WHOLE: Template<Of<typeof en.notWhole>> = { reason: 'wrong-type', en: en.notWhole, id: id.notWhole };
/** @internal */
export const NOT_RULESET: Template<Of<typeof en.notRuleset>> = { reason: 'wrong-type', en: en.notRuleset, id: id.notRuleset };
/** @internal */
export const NOT_RESULT_RULESET: Template<Of<typeof en.notResultRuleset>> = { reason: 'wrong-type', en: en.notResultRuleset, id: id.notResultRuleset };
/** @internal */
export const NOT_IDS: Template<Of<typeof en.notIds>> = { reason: 'wrong-type', en: en.notIds, id: id.notIds };
/** @internal */
export const MISSING_DIMENSION: Template<Of<typeof en.missingDimension>> = { reason: 'missing', en: en.missingDimension, id: id.missingDimension };
/** @internal */
export const MISSING_UNITS: Template<Of<typeof en.missingUnits>> = { reason: 'missing', en: en.missingUnits, id: id.missingUnits };
/** @internal */
export const MISSING_ANSWERS: Template<Of<typeof en.missingAnswers>> = { reason: 'missing', en: en.missingAnswers, id: id.missingAnswers };
/** @internal */
export const MISSING_REASON: Template<Of<typeof en.missingReason>> = { reason: 'missing', en: en.missingReason, id: id.missingReason };
/** @internal */
export const MISSING_YEARS: Template<Of<typeof en.missingYears>> = { reason: 'missing', en: en.missingYears, id: id.missingYears };
/** @internal */
export const MISSING_FIELD: Template<Of<typeof en.missingField>> = { reason: 'missing', en: en.missingField, id: id.missingField };
/** @internal */
export const UNIT_EMPTY: Template<Of<typeof en.unitEmpty>> = { reason: 'missing', en: en.unitEmpty, id: id.unitEmpty };
/** @internal */
export const NO_SCORES: Template<Of<typeof en.noScores>> = { reason: 'missing', en: en.noScores, id: id.noScores };
/** @internal */
export const NO_ANSWERS: Template<Of<typeof en.noAnswers>> = { reason: 'missing', en: en.noAnswers, id: id.noAnswers };
/** @internal */
export const UNKNOWN_KEY: Template<Of<typeof en.unknownKey>> = { reason: 'unknown-key', en: en.unknownKey, id: id.unknownKey };
/** @internal */
export const UNKNOWN_DIMENSION: Template<Of<typeof en.unknownDimension>> = { reason: 'unknown-key', en: en.unknownDimension, id: id.unknownDimension };
/** @internal */
export const DUPLICATE_ID: Template<Of<typeof en.duplicateId>> = { reason: 'duplicate-id', en: en.duplicateId, id: id.duplicateId };
/** @internal */
export const DUPLICATE_ITEM_ID: Template<Of<typeof en.duplicateItemId>> = { reason: 'duplicate-id', en: en.duplicateItemId, id: id.duplicateItemId };
/** @internal */
export const SIMILAR_ID: Template<Of<typeof en.similarId>> = { reason: 'duplicate-id', en: en.similarId, id: id.similarId };
/** @internal */
export const ILL_FORMED_ID: Template<Of<typeof en.illFormedId>> = { reason: 'not-allowed', en: en.illFormedId, id: id.illFormedId };
/** @internal */
export const TOO_MANY: Template<Of<typeof en.tooMany>> = { reason: 'too-large', en: en.tooMany, id: id.tooMany };
/** @internal */
export const TOO_LONG: Template<Of<typeof en.tooLong>> = { reason: 'too-large', en: en.tooLong, id: id.tooLong };
/** @internal */
export const LIST_TOO_LONG: Template<Of<typeof en.listTooLong>> = { reason: 'too-large', en: en.listTooLong, id: id.listTooLong };
/** @internal */
export const TOO_DEEP: Template<Of<typeof en.tooDeep>> = { reason: 'too-large', en: en.tooDeep, id: id.tooDeep };
/** @internal */
export const TOO_MANY_STEPS: Template<Of<typeof en.tooManySteps>> = { reason: 'too-large', en: en.tooManySteps, id: id.tooManySteps };
/** @internal */
export const TOO_COMPLEX: Template<Of<typeof en.tooComplex>> = { reason: 'too-large', en: en.tooComplex, id: id.tooComplex };
/** @internal */
export const UNREADABLE: Template<Of<typeof en.unreadable>> = { reason: 'unreadable', en: en.unreadable, id: id.unreadable };
/** @internal */
export const CYCLIC: Template<Of<typeof en.cyclic>> = { reason: 'cyclic', en: en.cyclic, id: id.cyclic };
/** @internal */
export const CONFLICT: Template<Of<typeof en.conflict>> = { reason: 'conflict', en: en.conflict, id: id.conflict };
/** @internal */
export const EXACT_NOT_TOTAL: Template<Of<typeof en.exactNotTotal>> = { reason: 'conflict', en: en.exactNotTotal, id: id.exactNotTotal };
/** @internal */
export const DERIVED_FROM: Template<Of<typeof en.derivedFrom>> = { reason: 'conflict', en: en.derivedFrom, id: id.derivedFrom };
/** @internal */
export const MINIMIZE_ANSWERS: Template<Of<typeof en.minimizeAnswers>> = { reason: 'conflict', en: en.minimizeAnswers, id: id.minimizeAnswers };
/** @internal */
export const RESULT_REVISION: Template<Of<typeof en.resultRevision>> = { reason: 'no-ruleset', en: en.resultRevision, id: id.resultRevision };
/** @internal */
export const CLASS_CHANGED: Template<Of<typeof en.classChanged>> = { reason: 'conflict', en: en.classChanged, id: id.classChanged };
/** @internal */
export const CLASSES_CROSSED: Template<Of<typeof en.classesCrossed>> = { reason: 'conflict', en: en.classesCrossed, id: id.classesCrossed };
/** @internal */
export const RULESETS_DIFFER: Template<Of<typeof en.rulesetsDiffer>> = { reason: 'conflict', en: en.rulesetsDiffer, id: id.rulesetsDiffer };
/** @internal */
export const GRADED_AND_NOT: Template<Of<typeof en.gradedAndNot>> = { reason: 'conflict', en: en.gradedAndNot, id: id.gradedAndNot };
/** @internal */
export const NOT_APPLICABLE: Template<Of<typeof en.notApplicable>> = { reason: 'not-applicable', en: en.notApplicable, id: id.notApplicable };
/** @internal */
export const NOT_ALLOWED: Template<Of<typeof en.notAllowed>> = { reason: 'not-allowed', en: en.notAllowed, id: id.notAllowed };
/** @internal */
export const NOT_A_CATEGORY: Template<Of<typeof en.notACategory>> = { reason: 'not-allowed', en: en.notACategory, id: id.notACategory };
/** @internal */
export const NOT_A_LEVEL: Template<Of<typeof en.notALevel>> = { reason: 'not-allowed', en: en.notALevel, id: id.notALevel };
/** @internal */
export const ONE_UNIT: Template<Of<typeof en.oneUnit>> = { reason: 'not-allowed', en: en.oneUnit, id: id.oneUnit };
/** @internal */
export const NOT_VALIDATED: Template<Of<typeof en.notValidated>> = { reason: 'not-validated', en: en.notValidated, id: id.notValidated };
/** @internal */
export const RULESET_TYPE: Template<Of<typeof en.rulesetType>> = { reason: 'wrong-type', en: en.rulesetType, id: id.rulesetType };
/** @internal */
export const RULESET_EXPONENT: Template<Of<typeof en.rulesetExponent>> = { reason: 'not-a-number', en: en.rulesetExponent, id: id.rulesetExponent };
/** @internal */
export const INVALID_RULESET: Template<Of<typeof en.invalidRuleset>> = { reason: 'invalid-ruleset', en: en.invalidRuleset, id: id.invalidRuleset };
/** @internal */
export const NO_RULESET: Template<Of<typeof en.noRuleset>> = { reason: 'no-ruleset', en: en.noRuleset, id: id.noRuleset };
/** @internal */
export const NO_REVISION: Template<Of<typeof en.noRevision>> = { reason: 'no-ruleset', en: en.noRevision, id: id.noRevision };
/** @internal */
export const NO_ASSESSMENT: Template<Of<typeof en.noAssessment>> = { reason: 'no-assessment', en: en.noAssessment, id: id.noAssessment };
