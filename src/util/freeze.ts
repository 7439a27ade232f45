/**
 * Deep freezing of plain data.
 *
 * @module
 */

/**
 * Freezes a plain object or array and everything reachable from it; returns the same value. It looks inside
 * objects that are already frozen too, so an unfrozen array inside a frozen row is still frozen (a shallow
 * `Object.freeze` somewhere upstream cannot leave a hole). Each object is visited once, so cycles end.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') freezeAll(value, new Set());
  return value;
}

function freezeAll(value: object, seen: Set<object>): void {
  if (seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') freezeAll(child, seen);
  }
}
