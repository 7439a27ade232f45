/**
 * Values in sentences: a value as the caller wrote it (one helper per language, built alike), a text or a list
 * cut to a bounded size, and a number as Indonesian writes it. None of them throws, whatever the value.
 *
 * @module
 */
import { isArraySafe } from '../util/safe.js';

/**
 * A value as written, in English: a text in quotes (its first 40 characters), a number or boolean as it is,
 * anything else in words (`an array`, `an object`, `null`, `nothing (undefined)`). Never throws. @internal
 */
export function describe(value: unknown): string {
  return written(value, ['an array', 'null', 'nothing (undefined)', 'an object']);
}

/**
 * A value as written, in Indonesian, as {@link describe} writes it in English: the caller's own text as typed, in
 * quotes; a number with a decimal comma (`2,5`); NaN and the infinities in words. @internal
 */
export function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? comma(String(value)) : 'nilai tak tentu';
  return written(value, ['sebuah daftar', 'kosong', 'kosong', 'sebuah kelompok isian']);
}

function written(value: unknown, [list, none, nothing, object]: readonly string[]): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '');
  if (isArraySafe(value)) return list!;
  if (value === null) return none!;
  if (value === undefined) return nothing!;
  return typeof value === 'object' || typeof value === 'function' ? object! : String(value).slice(0, 40);
}

/** The most characters of one text put into a sentence: a key of ten million characters makes a bounded one. */
const MAX_PART = 300;

/** A text cut to its first `max` UTF-16 units with `…` after. @internal */
export const clip = (text: string, max = MAX_PART): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A list in a sentence, cut to 300 characters; `none` for an empty list. @internal */
export function listed(items: readonly unknown[], none: string): string {
  return clip(items.join(', ')) || none;
}

/** A decimal number as Indonesian writes it: a decimal comma (`76,51`, `−1,50`). @internal */
export function comma(value: string | number): string {
  return String(value).replace('.', ',');
}
