/**
 * Numbers in the page's language. The library gives decimals as strings with a point ("71.93"); Indonesian
 * writes a decimal comma ("71,93"). Only the characters change, never the digits: no float is involved.
 * Reading works the other way: in Indonesian a comma typed in a field is the decimal mark.
 */
import type { Lang } from './i18n.js';

/** "71.93" → "71,93" in Indonesian; unchanged in English. */
export function formatNumber(value: string, lang: Lang): string {
  return lang === 'id' ? value.replace('.', ',') : value;
}

/**
 * What the user typed, as the library reads it: trimmed, and a single decimal comma between digits turned into
 * a point ("81,5" → "81.5"). Scores lie between 0 and 100, so such a comma can only be a decimal mark. Anything
 * else is passed on unchanged, for the library to accept or to refuse with its reason.
 */
export function readNumber(typed: string): string {
  const value = typed.trim();
  return /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
}

/** A date in the page's language, e.g. "30 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/** A count in the page's language, grouped as people read it: 50000 → "50.000" (id) or "50,000" (en). */
export function formatCount(count: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 }).format(count);
}
