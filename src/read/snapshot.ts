/**
 * A copy of caller data read once: every length, key list and value is read exactly once, so a getter that
 * changes between reads, a Proxy, or an array whose `length` grows cannot make two readers see two inputs.
 *
 * @module
 */
import { isArraySafe } from '../util/safe.js';
import type { Path, ScoringErrorCode } from '../errors.js';
import { fail } from '../errors/fail.js';
import { CYCLIC, LIST_TOO_LONG, TOO_DEEP, UNREADABLE } from '../errors/templates.js';

/** Limits of a snapshot. @internal */
export interface SnapshotLimits {
  /** The code of the errors thrown (`INVALID_INPUT` for inputs, `INVALID_RULESET` for rulesets). */
  readonly code: ScoringErrorCode;
  /** Longest array copied; a longer one is refused at its path. */
  readonly maxLength: number;
  /** Deepest nesting copied; deeper data is refused at its path. */
  readonly maxDepth: number;
  /** Objects without a prototype, so that keys set on `Object.prototype` are never seen by a `for…in`. */
  readonly bare?: boolean;
}

/**
 * Copies plain data: objects become plain objects with the same own string keys (enumerability kept, symbols
 * and the prototype dropped), arrays dense arrays (holes read as `undefined`), other values as they are. An
 * object reached twice is copied once (shared substructure stays shared, so the copy is linear in the distinct
 * objects); an object that contains itself, data nested deeper than `maxDepth`, an array longer than
 * `maxLength` and a throwing getter or Proxy trap are a `ScoringError` at their path.
 *
 * @internal
 */
export function snapshot(value: unknown, limits: SnapshotLimits, path: Path = []): unknown {
  return copy(value, limits, [...path], new Map(), new Set());
}

function copy(
  value: unknown,
  limits: SnapshotLimits,
  path: (string | number)[],
  done: Map<object, unknown>,
  open: Set<object>,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = done.get(value);
  if (known !== undefined) return known;
  if (open.has(value)) {
    throw fail(limits.code, path, CYCLIC);
  }
  if (path.length >= limits.maxDepth) {
    throw fail(limits.code, path, TOO_DEEP, { max: limits.maxDepth });
  }
  open.add(value);
  const result = isArraySafe(value)
    ? copyArray(value as readonly unknown[], limits, path, done, open)
    : copyObject(value, limits, path, done, open);
  open.delete(value);
  done.set(value, result);
  return result;
}

function copyArray(
  value: readonly unknown[],
  limits: SnapshotLimits,
  path: (string | number)[],
  done: Map<object, unknown>,
  open: Set<object>,
): unknown[] {
  const length: unknown = read(() => value.length, limits, path);
  // A Proxy may answer `length` with an object whose valueOf changes between the check and the loop.
  if (typeof length !== 'number') throw fail(limits.code, path, UNREADABLE);
  if (length > limits.maxLength) {
    throw fail(limits.code, path, LIST_TOO_LONG, { count: length, max: limits.maxLength });
  }
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    path.push(i);
    out.push(
      copy(
        read(() => value[i], limits, path),
        limits,
        path,
        done,
        open,
      ),
    );
    path.pop();
  }
  return out;
}

function copyObject(
  value: object,
  limits: SnapshotLimits,
  path: (string | number)[],
  done: Map<object, unknown>,
  open: Set<object>,
): Record<string, unknown> {
  const out: Record<string, unknown> = limits.bare === true ? (Object.create(null) as Record<string, unknown>) : {};
  const names = read(() => Object.getOwnPropertyNames(value), limits, path);
  for (const key of names) {
    path.push(key);
    const descriptor = read(() => Object.getOwnPropertyDescriptor(value, key), limits, path);
    if (descriptor !== undefined) {
      const raw =
        'value' in descriptor ? descriptor.value : read(() => (value as Record<string, unknown>)[key], limits, path);
      // defineProperty, not assignment: an own "__proto__" stays an own key and never sets the prototype.
      Object.defineProperty(out, key, {
        value: copy(raw, limits, path, done, open),
        enumerable: descriptor.enumerable === true,
        writable: true,
        configurable: true,
      });
    }
    path.pop();
  }
  return out;
}

function read<T>(get: () => T, limits: SnapshotLimits, path: Path): T {
  try {
    return get();
  } catch {
    throw fail(limits.code, [...path], UNREADABLE);
  }
}
