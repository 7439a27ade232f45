/**
 * The id rule: when two ids name the same body. Used by `rank` and by the readers of tables.
 *
 * @module
 */

/** Whitespace and default-ignorable code points (zero-width space and joiners, soft hyphen, BOM, variation selectors). */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
/** The whitespace of ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const ASCII_SPACE = /[\t-\r ]/g;
/** A number as JSON writes it. */
const JSON_NUMBER = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d{1,4}))?$/;

/**
 * The key under which ids meet: two ids with the same key are one body, or a probable duplicate, which the caller
 * refuses unless told to keep similar ids apart. `null` for an ill-formed string (a lone surrogate), which has no
 * key and must be refused: it cannot be written to a file as it is.
 *
 * The key is the id in compatibility form (NFKC: full-width letters and ligatures as their plain letters), in
 * lower case, without whitespace and default-ignorable code points (zero-width space, soft hyphen, joiners). An id
 * that is a number as JSON writes it is keyed by its value, so `1101`, `1101.0` and `1.101e3` meet.
 *
 * @param id - An id as given.
 * @returns Its key, or `null` when `id` is not well-formed UTF-16.
 *
 * @example
 * ```ts
 * idKey('Kota  B') === idKey('kota b'); // true
 * idKey('Kota\u200bB') === idKey('Ｋｏｔａ B'); // true
 * idKey('1.101e3') === idKey('1101'); // true
 * idKey('Kota \ud800'); // null
 * ```
 */
export function idKey(id: string): string | null {
  // Printable ASCII without capitals or spaces is its own key (the common case, no allocation); other ASCII
  // needs only case and spacing (NFKC leaves it as it is, and none of it is default-ignorable).
  let plain = true;
  let ascii = true;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      // A high surrogate followed by a low one is a code point above U+FFFF; anything else is ill-formed.
      const next = id.charCodeAt(i + 1);
      if (c >= 0xdc00 || !(next >= 0xdc00 && next <= 0xdfff)) return null;
      i++;
      plain = ascii = false;
    } else if (c >= 0x7f) plain = ascii = false;
    else if (c <= 0x20 || (c >= 0x41 && c <= 0x5a)) plain = false;
  }
  // A number as JSON writes it starts with a digit or a minus sign.
  const first = id.charCodeAt(0);
  const number = first === 45 || (first >= 48 && first <= 57) ? JSON_NUMBER.exec(id) : null;
  if (number) return numberKey(number[1]!, number[2]!, number[3] ?? '', Number(number[4] ?? '0'));
  if (plain) return id;
  if (ascii) return id.toLowerCase().replace(ASCII_SPACE, '');
  return id.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
}

/** The shortest decimal text of a number written `sign whole.fraction e exponent`, from its digits (no float). */
function numberKey(sign: string, whole: string, fraction: string, exponent: number): string {
  const digits = whole + fraction;
  let point = whole.length + exponent;
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48 && start < point - 1) start++;
  let end = digits.length;
  while (end > Math.max(point, start + 1) && digits.charCodeAt(end - 1) === 48) end--;
  let text = digits.slice(start, end);
  point -= start;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${text}`;
  else if (point < text.length) text = `${text.slice(0, point)}.${text.slice(point)}`;
  else text += '0'.repeat(point - text.length);
  if (/^0(\.0*)?$/.test(text)) return '0';
  text = text.replace(/^0+(?=\d)/, '');
  return sign + text;
}
