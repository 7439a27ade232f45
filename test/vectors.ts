/**
 * Loads the golden vectors (copied from the shared domain folder; the package tests itself without it).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Expect {
  readonly total?: string;
  readonly exact?: string;
  readonly category?: string | null;
  readonly zone?: string;
  readonly label?: string;
  readonly quality?: string;
  readonly opinion?: string;
}

/** A case may name the ruleset revision it was computed with; the file's, else the year's latest, applies. */
interface Revisioned {
  readonly revision?: number;
}

export interface VectorFile extends Revisioned {
  readonly file: string;
  readonly title: string;
  readonly year: number | null;
  readonly classify?: readonly (Revisioned & { id: string; total: string; expect: Expect })[];
  readonly classify_by_year?: readonly (Revisioned & { year: number; id: string; total: string; expect: Expect })[];
  readonly score?: readonly (Revisioned & { id: string; input: unknown; expect: Expect })[];
  readonly rank?: readonly {
    method: string;
    items: { id: string; total: string; exact?: string }[];
    expect: { id: string; rank: number }[];
  }[];
  readonly errors?: readonly { call: string; year?: number; args: unknown[]; code: string; path?: (string | number)[] }[];
}

const folder = new URL('./vectors/', import.meta.url);

/** Every vector file, parsed. */
export const vectorFiles: readonly VectorFile[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, folder), 'utf8')) }));

/**
 * The ruleset a vector case is checked against: its year, in the revision the case or its file names, else the
 * latest (RULEBOOK §7a). `getRuleset` is the package's, or a copy loaded under a hostile host.
 */
export function rulesFor<R>(
  getRuleset: (year: number, options?: { revision: number }) => R,
  file: VectorFile,
  year: number,
  c: { readonly revision?: number },
): R {
  const revision = c.revision ?? file.revision;
  return revision === undefined ? getRuleset(year) : getRuleset(year, { revision });
}
