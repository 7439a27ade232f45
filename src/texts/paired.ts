/**
 * A part's texts in both languages as one catalogue: for each key of the English module, the Indonesian and
 * English text together as a `{ id, en }` pair (a function of the same named parameters for a function). For the
 * parts that print many texts in one place (the table reader, the CLI); the library's own texts are paired one by
 * one with `say`, so that a bundle keeps only the texts it prints.
 *
 * @module
 */
import type { Text } from './text.js';

/** The texts of one language: each a string or a function of named parameters. */
type Texts = Readonly<Record<string, string | ((params: never) => string)>>;

/** Each text of `T` as a pair: a string as a `Text`, a function as a function giving a `Text`. */
export type Paired<T> = {
  readonly [K in keyof T]: T[K] extends (params: infer P) => string ? (params: P) => Text : Text;
};

/**
 * Pairs the texts of `id` and `en` (modules with the same keys and parameters).
 *
 * @example
 * ```ts
 * const T = paired({ hello: (p: { name: string }) => `Halo ${p.name}` }, { hello: (p: { name: string }) => `Hello ${p.name}` });
 * T.hello({ name: 'Ani' }); // { id: 'Halo Ani', en: 'Hello Ani' }
 * ```
 */
export function paired<T extends object>(id: T, en: T): Paired<T> {
  const out: Record<string, unknown> = {};
  const ids = id as unknown as Texts;
  for (const [key, text] of Object.entries(en as unknown as Texts)) {
    const other = ids[key];
    out[key] =
      typeof text === 'string'
        ? Object.freeze({ id: other as string, en: text })
        : (params: never): Text => ({ id: (other as (p: never) => string)(params), en: text(params) });
  }
  return Object.freeze(out) as Paired<T>;
}
