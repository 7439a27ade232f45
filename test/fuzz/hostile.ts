/**
 * Hostile values for the fuzz suite, and the checks that a call survived them: deep snapshots of inputs
 * (own property descriptors, so getters are compared without being called), deep-frozen checks, the shape of a
 * ScoringError.
 */
import fc from 'fast-check';
import { SCORING_ERROR_REASONS, ScoringError } from '@ombuds/scoring';

/** Objects the snapshot must not look into (Proxies whose traps throw). */
export const opaque = new WeakSet<object>();

const boom = (): never => {
  throw new Error('boom from a hostile input');
};

/** A Proxy whose every trap throws; `revoked` gives a revoked one (every operation throws a TypeError). */
export function throwingProxy(target: object, revoked = false): object {
  let proxy: object;
  if (revoked) {
    const r = Proxy.revocable(target, {});
    r.revoke();
    proxy = r.proxy;
  } else {
    proxy = new Proxy(target, {
      get: boom,
      has: boom,
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
      set: boom,
      defineProperty: boom,
      deleteProperty: boom,
      isExtensible: boom,
      preventExtensions: boom,
      setPrototypeOf: boom,
    });
  }
  opaque.add(proxy);
  return proxy;
}

/** An object with a throwing getter at `key`. */
export function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, { get: boom, enumerable: true, configurable: true });
}

function deep(depth: number): unknown {
  let value: unknown = '50';
  for (let i = 0; i < depth; i++) value = i % 2 ? { dimensions: value } : [value];
  return value;
}

/** `{"__proto__": …}` from JSON.parse: an own property named __proto__. */
export const jsonProto = (): object =>
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

/** Every kind of bad (and some good) leaf value. Factories run per case, so no case shares mutable state. */
export const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.constantFrom<() => unknown>(
    () => Number.NaN,
    () => Number.POSITIVE_INFINITY,
    () => Number.NEGATIVE_INFINITY,
    () => -0,
    () => -1,
    () => -0.001,
    () => 100.01,
    () => 101,
    () => 1e21,
    () => 1e-7,
    () => 5e-324,
    () => Number.MAX_VALUE,
    () => '1e2',
    () => '8.7E1',
    () => '90,5',
    () => '1.000,5',
    () => ' 90',
    () => '90 ',
    () => '',
    () => '-0',
    () => '+5',
    () => '.5',
    () => '5.',
    () => '0x10',
    () => 'NaN',
    () => 'Infinity',
    () => '-Infinity',
    () => '١٢',
    () => '100.000000000000000000001',
    () => '9'.repeat(10_000),
    () => `5.${'1'.repeat(9_998)}`,
    () => 'x'.repeat(10_000),
    () => Symbol('s'),
    () => 10n,
    () => 2n ** 200n,
    () => true,
    () => null,
    () => undefined,
    () => () => 50,
    () => ({}),
    () => [],
    () => ['50'],
    () => new Date(0),
    () => /50/,
    () => new Map([['standards', '50']]),
    () => Object.create(null),
    () => new Number(50),
    () => new String('50'),
    () => Object.freeze(['50', '60']),
    () => [, '50', , '60'], // sparse
    () => new Array(2_000_000), // huge, sparse: over every limit
    () => new Array(10_001).fill({ total: '50' }),
    () => Array.from({ length: 2_000 }, () => ({ total: '50' })),
    () => deep(1_000),
    () => throwingProxy({}),
    () => throwingProxy([]),
    () => throwingProxy({}, true),
    () => throwingGetter('total'),
    jsonProto,
    () => ({ ['__proto__']: { polluted: 'yes' } }),
    () => ({ constructor: 'x', toString: 'y', valueOf: 'z' }),
  ),
  fc.double().map((d) => () => d),
  fc.integer().map((n) => () => n),
  fc.string({ maxLength: 12 }).map((s) => () => s),
  fc.bigInt().map((b) => () => b),
);

/** Keys a hostile object may carry. */
export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    'x'.repeat(10_000),
    'units',
    'dimensions',
    'total',
    'id',
    'exact',
    'answers',
    'deductions',
  ),
  fc.string({ maxLength: 8 }),
);

type Snapshot = unknown;

const objectIds = new WeakMap<object, number>();
const symbolIds = new Map<symbol, number>();
let nextId = 0;

/** A number standing for an object, function or symbol, so that comparing snapshots never touches it. */
function ref(value: object | symbol | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'symbol') {
    if (!symbolIds.has(value)) symbolIds.set(value, nextId++);
    return symbolIds.get(value);
  }
  if (!objectIds.has(value)) objectIds.set(value, nextId++);
  return objectIds.get(value);
}

/**
 * A structural snapshot: primitives by value, objects by own property descriptors (values recursively,
 * accessors by identity), prototype, extensibility and frozenness. Opaque Proxies by identity only.
 */
export function snapshot(value: unknown, seen = new Map<object, number>(), depth = 0): Snapshot {
  if (typeof value === 'bigint') return { bigint: value.toString() };
  if (typeof value === 'symbol' || typeof value === 'function') return { ref: ref(value) };
  if (typeof value === 'number' && Number.isNaN(value)) return { nan: true };
  if (typeof value === 'number' && Object.is(value, -0)) return { negativeZero: true };
  if (value === null || typeof value !== 'object') return value;
  if (opaque.has(value)) return { opaque: ref(value) };
  if (seen.has(value)) return { cycle: seen.get(value) };
  if (depth > 5_000) return { tooDeep: true };
  seen.set(value, seen.size);
  const own = Reflect.ownKeys(value);
  // Huge sparse arrays: holes are not own keys, so this stays cheap.
  return {
    proto: ref(Object.getPrototypeOf(value) ?? undefined),
    frozen: Object.isFrozen(value),
    extensible: Object.isExtensible(value),
    length: Array.isArray(value) ? value.length : undefined,
    props: own.map((key) => {
      const d = Object.getOwnPropertyDescriptor(value, key)!;
      return {
        key: typeof key === 'symbol' ? { ref: ref(key) } : key,
        enumerable: d.enumerable,
        writable: d.writable,
        configurable: d.configurable,
        get: ref(d.get),
        set: ref(d.set),
        value: 'value' in d ? snapshot(d.value, seen, depth + 1) : undefined,
      };
    }),
  };
}

/** `true` when `value` and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    return !('value' in d) || isDeepFrozen(d.value, seen);
  });
}

/** Throws unless `error` is a ScoringError with a known code, an array path of strings and numbers, a message. */
export function assertScoringError(error: unknown, codes: readonly string[]): void {
  if (!(error instanceof ScoringError)) {
    throw new Error(
      `expected a ScoringError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  if (!codes.includes(error.code)) throw new Error(`unexpected code ${error.code}: ${error.message}`);
  if (!Array.isArray(error.path) || !error.path.every((p) => typeof p === 'string' || typeof p === 'number')) {
    throw new Error(`path is not an array of strings and numbers: ${String(error.path)}`);
  }
  if (typeof error.message !== 'string' || error.message.trim() === '') throw new Error('empty message');
  // Every error the library throws has a listed reason (never `other`) and both texts.
  if (!SCORING_ERROR_REASONS.includes(error.reason) || error.reason === 'other') {
    throw new Error(`no reason for: ${error.message}`);
  }
  if (error.text.id.trim() === '' || error.text.en.trim() === '' || !error.message.startsWith(error.text.en)) {
    throw new Error(`texts missing or not the message: ${JSON.stringify(error.text)}`);
  }
}

/** Object.prototype as it is now, to compare after the run. */
export function prototypeState(): unknown {
  return Reflect.ownKeys(Object.prototype).map((key) => [key, Object.getOwnPropertyDescriptor(Object.prototype, key)]);
}
