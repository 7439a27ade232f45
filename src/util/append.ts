/**
 * Appending to the lists the library builds without running code of the host.
 *
 * @module
 */

/**
 * Appends `value` to a list the library builds, as an own property: `push` would run a setter that the host put on
 * `Array.prototype` at that index.
 *
 * @example
 * ```ts
 * const list: number[] = [];
 * append(list, 7);
 * list; // [7]
 * ```
 * @internal
 */
export function append<T>(list: T[], value: T): void {
  Object.defineProperty(list, list.length, { value, writable: true, enumerable: true, configurable: true });
}
