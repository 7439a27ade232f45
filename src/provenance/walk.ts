/**
 * A generic walk over ruleset data that finds every provenance node: any object with a `confidence` field.
 * It knows nothing of the ruleset's shape, so parameters added later (instrument indicators, variables) are
 * found without a change here.
 *
 * @module
 */
import type { Confidence } from '../model/index.js';

/** One provenance node found by {@link walkProvenance}. @internal */
export interface FoundNode {
  /** Dot-separated, id-based path: `dimensions.competency.weight`, `bands.E.quality`, `bands.hijau.min`. */
  readonly path: string;
  /** The node's `value`, or its `id` when it has no `value` (an indicator carrying its own provenance). */
  readonly value: unknown;
  readonly source: readonly string[];
  readonly confidence: Confidence;
  readonly note: string | null;
}

const CONFIDENCES: readonly string[] = Object.freeze(['confirmed', 'single-source', 'assumed']);

/**
 * Most nodes one walk visits. A ruleset has a few hundred; data that shares one part at many places can have
 * exponentially many paths with a few dozen objects, and is refused at this budget instead of walked for days.
 */
export const MAX_VISITS = 100_000;

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Walks `data` depth-first in key order and returns every provenance node. Array elements are addressed by
 * their `id`, else their `category`, else their zone (`zone.value` or `zone`), else their index; when two
 * elements of one array would get the same address, that array is addressed by index.
 *
 * `data` must be plain data without cycles (a copy from `snapshot`): only own properties are read. A part
 * shared by several places is listed at each of them; more than {@link MAX_VISITS} visits is `null`.
 *
 * @internal
 */
export function walkProvenance(data: unknown): FoundNode[] | null {
  const found: FoundNode[] = [];
  const budget = { left: MAX_VISITS };
  return visit(data, [], found, budget) ? found : null;
}

function visit(node: unknown, path: readonly string[], found: FoundNode[], budget: { left: number }): boolean {
  if (node === null || typeof node !== 'object') return true;
  if (--budget.left < 0) return false;
  if (Array.isArray(node)) {
    const keys = elementKeys(node);
    return node.every((element, i) => visit(element, [...path, keys[i]!], found, budget));
  }
  const record = node as Record<string, unknown>;
  if (hasOwn(record, 'confidence')) found.push(toFound(record, path));
  for (const key of Object.keys(record)) {
    if (
      key !== 'source' &&
      key !== 'confidence' &&
      key !== 'note' &&
      !visit(record[key], [...path, key], found, budget)
    ) {
      return false;
    }
  }
  return true;
}

function toFound(record: Record<string, unknown>, path: readonly string[]): FoundNode {
  const confidence = record['confidence'];
  const source = hasOwn(record, 'source') ? record['source'] : undefined;
  const note = hasOwn(record, 'note') ? record['note'] : undefined;
  return {
    path: path.join('.'),
    value: hasOwn(record, 'value') ? record['value'] : hasOwn(record, 'id') ? record['id'] ?? null : null,
    source: Array.isArray(source) ? source.filter((s): s is string => typeof s === 'string') : [],
    confidence: (CONFIDENCES.includes(confidence as string) ? confidence : 'assumed') as Confidence,
    note: typeof note === 'string' ? note : null,
  };
}

function elementKeys(elements: readonly unknown[]): string[] {
  const keys = elements.map((element, i) => elementKey(element) ?? String(i));
  return new Set(keys).size === keys.length ? keys : elements.map((_, i) => String(i));
}

function elementKey(element: unknown): string | null {
  if (element === null || typeof element !== 'object') return null;
  const own = (key: string): unknown => (hasOwn(element, key) ? (element as Record<string, unknown>)[key] : undefined);
  const id = own('id');
  const category = own('category');
  const zone = own('zone');
  if (typeof id === 'string' && id !== '') return id;
  if (typeof category === 'string' && category !== '') return category;
  if (typeof zone === 'string') return zone;
  if (zone !== null && typeof zone === 'object') {
    const value = hasOwn(zone, 'value') ? (zone as Record<string, unknown>)['value'] : undefined;
    if (typeof value === 'string') return value;
  }
  return null;
}
