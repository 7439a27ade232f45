/**
 * Shared fast-check arbitraries and the seeded configuration of every property and fuzz test.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { getRuleset, listRulesets, type Ruleset } from '@ombuds/scoring';

const Wide = Decimal.clone({ precision: 100 });

/**
 * What a printed `exact` says of the value: `[x, x]` for a decimal `x`, and for one cut at 20
 * decimals and marked `…` the bounds of the open interval `(t, t + 10^-20)` it stands for.
 */
export function printedBounds(text: string): readonly [Decimal, Decimal] {
  if (!text.endsWith('\u2026')) return [new Wide(text), new Wide(text)];
  const t = new Wide(text.slice(0, -1));
  return [t, t.plus('1e-20')];
}

/** Every assessment year with a ruleset. */
export const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025] as const;

/** Every official ruleset, in every revision. */
export const RULESETS: readonly Ruleset[] = listRulesets().map((r) => getRuleset(r.year, { revision: r.revision }));

/** Seeded runs: the same cases on every run, so a failure reproduces. */
export const SEEDED = { seed: 20_250_601, numRuns: 300 } as const;

/** A number of hundredths 0…10 000 as a two-decimal string: `'87.44'`. */
export const hundredths = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** A decimal string from 0 to 100 with `decimals` decimals, built from an integer count of 10^-decimals. */
function fromUnits(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const text = units.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/**
 * A score on 0–100 as it may be written: any number of decimals up to 20, edges 0 and 100 with trailing
 * zeros, half-way values (x.xx5), leading zeros, and JS numbers.
 */
export const scoreValue: fc.Arbitrary<string | number> = fc.oneof(
  fc.integer({ min: 0, max: 20 }).chain((decimals) =>
    fc.bigInt({ min: 0n, max: 100n * 10n ** BigInt(decimals) }).map((u) => fromUnits(u, decimals)),
  ),
  fc.integer({ min: 0, max: 9_999 }).map((n) => `${hundredths(n)}5`),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `${fromUnits(BigInt(n), 3)}`),
  fc.constantFrom('0', '100', '100.00', '100.000000', '0.000000', '00', '007.5', '99.995', '99.994999', '0.005', '88', '87.995'),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100 }),
  // Doubles as a spreadsheet computes them; the library reads at most 20 decimals, so tinier ones are left out.
  fc.double({ min: 0, max: 100, noNaN: true }).filter((d) => !/e/.test(String(d)) && (String(d).split('.')[1] ?? '').length <= 20),
);

/** Dimension scores for every dimension of `ruleset`. */
export function dimensionScores(ruleset: Ruleset, value: fc.Arbitrary<string | number> = scoreValue) {
  return fc.record(Object.fromEntries(ruleset.dimensions.map((d) => [d.id, value])) as Record<string, fc.Arbitrary<string | number>>);
}
