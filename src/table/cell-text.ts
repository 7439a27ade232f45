/**
 * The text a table gives at the path of a library problem of one of its bodies, as it was read: what a front end
 * quotes when it says the problem in its own words, taken from the body, never from the library's sentence.
 *
 * @module
 */
import type { Path } from '../index.js';
import type { BodyRecord } from './body.js';

/**
 * The text of `body` at `path` (a `ScoringError` issue's path, relative to the body's request), as read: a cell
 * trimmed, a JSON string as written. A given total (`['total']`) is the classified one; `['printed', 'total']` is
 * the total printed beside the parts (`auditRow`'s path). `undefined` where the path leads to no text (a JSON
 * number, a field not given).
 *
 * @example
 * ```ts
 * const body = { request: { kind: 'score', input: { dimensions: { competency: '90,5' } } } } as never;
 * cellText(body, ['dimensions', 'competency']); // '90,5'
 * cellText(body, ['dimensions', 'opinion']); // undefined
 * ```
 */
export function cellText(body: Pick<BodyRecord, 'request' | 'printed'>, path: Path): string | undefined {
  if (path[0] === 'printed') return path[1] === 'total' ? body.printed?.total : undefined;
  if (body.request.kind === 'classify')
    return path.length === 1 && path[0] === 'total' ? body.request.total : undefined;
  let value: unknown = body.request.input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === 'string' ? value : undefined;
}
