/**
 * The page's own sentence for a `ScoringError`, built from its path, for when the library has no text in the
 * page's language (engine.ts `errorText` prefers the library's). Never a developer message in Indonesian.
 */
import type { Ruleset, ScoringError } from './engine.js';
import { formatNumber } from './format.js';
import { WORDS, type Lang } from './i18n.js';

export function fallbackMessage(error: ScoringError, rules: Ruleset, lang: Lang): string {
  const words = WORDS[lang];
  const [head, name, third] = error.path;
  const dimension = rules.dimensions.find((d) => d.id === name);
  if (head === 'dimensions' && dimension) return words.errorField({ field: dimension.label[lang] });
  if (head === 'points' && dimension)
    return words.errorPoints({ field: dimension.label[lang], max: formatNumber(dimension.weight.value, lang) });
  if (head === 'units' && typeof name === 'number' && third === 'total') return words.errorUnit({ unit: name + 1 });
  if (error.path.includes('answers')) {
    return words.errorAnswer({
      field: error.path.filter((p) => typeof p === 'string' && p !== 'answers' && p !== 'units').join(' · '),
    });
  }
  if (head === 'units' && third === 'id') return words.errorDuplicate;
  if (head === 'deductions') return words.errorField({ field: words.deductionPoints });
  if (head === undefined || head === 'total') return words.errorField({ field: words.total });
  return words.errorGeneric;
}

/**
 * The text of one issue of a `ScoringError` in the page's language: the library's own, which already says where the
 * problem is, in words (`Dimensi Output: "abc" bukan angka; …`, `Unit ke-2, Dimensi Output: …`).
 */
export function issueText(issue: ScoringError['issues'][number], lang: Lang): string {
  return issue.text[lang];
}
