/**
 * Reading optional fields as own properties, so that a key set on `Object.prototype` by someone else is never
 * taken for a field that is absent.
 *
 * @module
 */

/** `object[key]` when `object` has it as an own property, else `undefined`. @internal */
export function own<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
