/**
 * The two-language text every sentence of the library is given as.
 *
 * @module
 */

/** A text in Indonesian (`id`) and English (`en`). */
export interface Text {
  readonly id: string;
  readonly en: string;
}
