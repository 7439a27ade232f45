/**
 * Puts a text of `id.ts` and its twin of `en.ts` together, with the same parameters, as the `{ id, en }` pair
 * that results, explanations and plans carry.
 *
 * @module
 */
import type { Text } from './text.js';

/**
 * The pair of one text in both languages.
 * `say(id.roundingLine, en.roundingLine, { from: '76.505', to: '76.51' })` is
 * `{ id: 'Pembulatan 76,505 → 76,51', en: 'Rounding 76.505 → 76.51' }`.
 *
 * @internal
 */
export function say<P>(id: (params: P) => string, en: (params: P) => string, params: P): Text {
  return { id: id(params), en: en(params) };
}
