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

const CONFIDENCES: readonly string[] = ['confirmed', 'single-source', 'assumed'];

/**
 * Walks `data` depth-first in key order and returns every provenance node. Array elements are addressed by
 * their `id`, else their `category`, else their zone (`zone.value` or `zone`), else their index; when two
 * elements of one array would get the same address, that array is addressed by index.
 *
 * @internal
 */
export function walkProvenance(data: unknown): FoundNode[] {
  const found: FoundNode[] = [];
  visit(data, [], found, new Set());
  return found;
}

function visit(node: unknown, path: readonly string[], found: FoundNode[], seen: Set<object>): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    const keys = elementKeys(node);
    node.forEach((element, i) => visit(element, [...path, keys[i]!], found, seen));
    seen.delete(node);
    return;
  }
  const record = node as Record<string, unknown>;
  if ('confidence' in record) found.push(toFound(record, path));
  for (const key of Object.keys(record)) {
    if (key !== 'source' && key !== 'confidence' && key !== 'note') visit(record[key], [...path, key], found, seen);
  }
  seen.delete(node);
}

function toFound(record: Record<string, unknown>, path: readonly string[]): FoundNode {
  const { confidence, source, note } = record;
  return {
    path: path.join('.'),
    value: 'value' in record ? record['value'] : (record['id'] ?? null),
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
  const { id, category, zone } = element as Record<string, unknown>;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof category === 'string' && category !== '') return category;
  if (typeof zone === 'string') return zone;
  if (zone !== null && typeof zone === 'object') {
    const value = (zone as Record<string, unknown>)['value'];
    if (typeof value === 'string') return value;
  }
  return null;
}
