/**
 * One parity case and how to run it. The same function runs in Node (global setup) and in Chromium (the test),
 * so that any difference between the two outputs comes from the platform, never from the harness.
 */
import { classify, getRuleset, rank, score, ScoringError } from '@ombuds/scoring';

/** A call of the public API with plain-data arguments. */
export type ParityCase =
  | { readonly call: 'score'; readonly year: number; readonly input: unknown; readonly options?: unknown }
  | { readonly call: 'classify'; readonly year: number; readonly total: unknown; readonly options?: unknown }
  | { readonly call: 'rank'; readonly items: unknown; readonly options?: unknown }
  | { readonly call: 'getRuleset'; readonly year: unknown };

/** A named group of cases (encoded with {@link encodeCases}) with the JSON outputs Node computed, in order. */
export interface ParityGroup {
  readonly name: string;
  readonly cases: string;
  readonly nodeOutputs: readonly string[];
}

const SPECIAL = '$number';

/**
 * Cases as JSON that keeps what JSON loses (NaN, ±Infinity, -0), so that Node and the browser run on exactly
 * the same values whatever transport carries them.
 */
export function encodeCases(cases: readonly ParityCase[]): string {
  return JSON.stringify(cases, (_key, value: unknown) =>
    typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)) ? { [SPECIAL]: Object.is(value, -0) ? '-0' : String(value) } : value,
  );
}

/** The inverse of {@link encodeCases}. */
export function decodeCases(text: string): ParityCase[] {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && SPECIAL in value ? Number((value as Record<string, string>)[SPECIAL]) : value,
  ) as ParityCase[];
}

declare module 'vitest' {
  interface ProvidedContext {
    /** Cases and Node's outputs, computed by test/browser/global-setup.ts. */
    parity: readonly ParityGroup[];
  }
}

/**
 * Runs one case and returns its outcome as JSON: `{ "ok": <result> }` or `{ "error": { name, code, path, message } }`.
 * Any exception that is not a ScoringError is reported as `{ "crash": "<name>: <message>" }` so that it shows in
 * the comparison instead of aborting the whole batch.
 */
export function runCase(c: ParityCase): string {
  try {
    return JSON.stringify({ ok: call(c) });
  } catch (error) {
    if (error instanceof ScoringError) return JSON.stringify({ error: error.toJSON() });
    const e = error as Error;
    return JSON.stringify({ crash: `${e.name}: ${e.message}` });
  }
}

function call(c: ParityCase): unknown {
  switch (c.call) {
    case 'score':
      return score(getRuleset(c.year), c.input as never, c.options as never);
    case 'classify':
      return classify(getRuleset(c.year), c.total as never, c.options as never);
    case 'rank':
      return rank(c.items as never, c.options as never);
    case 'getRuleset':
      return getRuleset(c.year as never);
  }
}
