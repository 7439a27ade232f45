/**
 * Every parameter of a ruleset: the provenance nodes in its data, plus the one parameter that a ruleset can
 * leave implicit, the answer scale of an instrument dimension that sets none (revision 1 of 2022–2024 answers
 * on the default 0..3 scale, `DEFAULT_SCALE`, RULEBOOK §4.3). Listed, it is seen where it decides a number.
 *
 * @module
 */
import { DEFAULT_SCALE } from '../model/instrument.js';
import type { FoundNode } from './walk.js';

/** The note of an implicit answer scale. @internal */
export const IMPLICIT_SCALE_NOTE =
  'Not set in this ruleset: its indicators answer on the default 0..3 scale (an answer a is worth a / 3 × 100), read from the Kendal deck\'s "interval 0 to 3" (S02). Revision 2 of 2022–2024 answers on 0..5.';

/**
 * The parameters found in `ruleset` (in data order) with each implicit scale added right after its dimension's
 * other parameters; `found` is changed and returned.
 *
 * @internal
 */
export function withImplicitScales(ruleset: unknown, found: FoundNode[]): FoundNode[] {
  const dimensions = (ruleset as { dimensions?: unknown }).dimensions;
  if (!Array.isArray(dimensions)) return found;
  for (const dimension of dimensions as unknown[]) {
    if (dimension === null || typeof dimension !== 'object') continue;
    const { id, variables, scale } = dimension as { id?: unknown; variables?: unknown; scale?: unknown };
    if (typeof id !== 'string' || !Array.isArray(variables) || scale !== undefined) continue;
    const prefix = `dimensions.${id}.`;
    let after = found.length;
    while (after > 0 && !found[after - 1]!.path.startsWith(prefix)) after--;
    found.splice(after, 0, {
      path: `${prefix}scale`,
      value: DEFAULT_SCALE,
      source: ['RULEBOOK §4.3', 'S02'],
      confidence: 'assumed',
      note: IMPLICIT_SCALE_NOTE,
    });
  }
  return found;
}
