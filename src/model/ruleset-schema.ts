/**
 * The zod schema of a ruleset: strict (unknown keys are refused), with the rules no type can say: weights sum
 * to exactly 100, bands cover 0–100 with no gap and no overlap, every number carries its provenance.
 *
 * Kept apart from the scoring path so that an app that only scores does not bundle zod's validators.
 *
 * @module
 */
import { z } from 'zod';
import { exact, hasAtMostDecimals, HUNDRED, sum } from '../exact/decimal.js';
import { ROUNDING_MODES } from '../exact/rounding.js';
import { LIMITS } from '../limits.js';
import { RANK_METHODS, TIE_BREAKS } from './ranking.js';
import {
  CATEGORIES,
  DIMENSION_IDS,
  ZONES,
  type Category,
  type DimensionId,
  type Ruleset,
  type Zone,
} from './ruleset.js';

const DECIMAL = /^\d{1,3}(\.\d{1,20})?$/;

/** The exact value of a decimal string of a ruleset, or `null` when it is not one (its issue is reported apart). */
function decimalOf(value: string): ReturnType<typeof exact> | null {
  return DECIMAL.test(value) ? exact(value) : null;
}

const decimalString = z
  .string()
  .regex(DECIMAL, {
    error: (issue) => {
      const input = typeof issue.input === 'string' ? issue.input : '';
      const shown = JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
      return /^\d+,\d+$/.test(input)
        ? `Expected a decimal string with a point, got ${shown} (a decimal comma); write "${input.replace(',', '.')}"`
        : `Expected a decimal string such as "21.85" (digits, an optional point, at most 20 decimals), got ${shown}`;
    },
  })
  // The regex decides first: only a decimal string is read as a number, so "abc" never reaches decimal.js.
  .refine((value) => decimalOf(value)?.lte(HUNDRED) ?? true, 'Expected a value from 0 to 100');

/** A text of a ruleset: not empty, at most `LIMITS.rulesetTextLength` characters (counted as code points). */
const boundedText = z
  .string()
  .min(1)
  .max(LIMITS.rulesetTextLength * 2, `A text of a ruleset has at most ${LIMITS.rulesetTextLength} characters`)
  .refine(
    (value) => value.length <= LIMITS.rulesetTextLength || [...value].length <= LIMITS.rulesetTextLength,
    `A text of a ruleset has at most ${LIMITS.rulesetTextLength} characters`,
  );

const text = z.strictObject({ id: boundedText, en: boundedText });

/**
 * Sizes of a ruleset. Checked on each list before its items are (see {@link boundedArray}), so an oversized
 * ruleset is refused at once, and every check after them is linear.
 */
const RULESET_LIMITS = Object.freeze({ bands: 20, variables: 100, indicators: 1_000, sources: 100 });

const provenanceShape = {
  source: z
    .array(boundedText)
    .min(1, 'Every parameter cites at least one source')
    .max(RULESET_LIMITS.sources, `A parameter cites at most ${RULESET_LIMITS.sources} sources`),
  confidence: z.enum(['confirmed', 'single-source', 'assumed']),
  note: boundedText.exactOptional(),
};

function sourced<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value, ...provenanceShape })
    .refine((p) => p.confidence !== 'assumed' || p.note !== undefined, {
      message: 'An assumed parameter needs a note that says why',
      path: ['note'],
    });
}

/** An assumed variable or indicator says why, like every other assumed parameter. */
const assumedHasNote = (p: { readonly confidence: string; readonly note?: string | undefined }): boolean =>
  p.confidence !== 'assumed' || p.note !== undefined;
const NOTE_NEEDED = { message: 'An assumed parameter needs a note that says why', path: ['note'] };

const instrumentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'Expected a lower-case id such as "pengetahuan-standar"');

const scale = z
  .strictObject({ min: z.int().min(0).max(1000), max: z.int().min(1).max(1000) })
  .refine((s) => s.min < s.max, { message: 'A scale needs min < max', path: ['max'] });

/** Answer options: integer values in ascending order, each worth 0–100 points, never fewer points than the one below. */
const answerOptions = z
  .array(z.strictObject({ value: z.int().min(0).max(1000), points: decimalString, label: text }))
  .min(2, 'An indicator with answer options needs at least two')
  .max(101, 'At most 101 answer options')
  .superRefine((options, ctx) => {
    options.forEach((option, i) => {
      const previous = options[i - 1];
      if (previous === undefined) return;
      if (option.value <= previous.value) {
        ctx.addIssue({
          code: 'custom',
          message: 'Answer options must be in ascending order of value, each value once',
          path: [i, 'value'],
        });
      } else if (exact(option.points).lt(exact(previous.points))) {
        ctx.addIssue({
          code: 'custom',
          message: 'A higher answer cannot be worth fewer points than a lower one',
          path: [i, 'points'],
        });
      }
    });
  });

const indicator = z
  .strictObject({
    id: instrumentId,
    label: text,
    scale: scale.exactOptional(),
    options: sourced(answerOptions).exactOptional(),
    weight: sourced(decimalString).exactOptional(),
    ...provenanceShape,
  })
  .refine(assumedHasNote, NOTE_NEEDED)
  .refine((i) => i.scale === undefined || i.options === undefined, {
    message: 'An indicator has either a scale or answer options, not both',
    path: ['options'],
  });

const variable = z
  .strictObject({
    id: instrumentId,
    label: text,
    weight: sourced(decimalString).exactOptional(),
    indicators: z
      .array(indicator)
      .min(1, 'A variable needs at least one indicator')
      .max(RULESET_LIMITS.indicators, `A variable has at most ${RULESET_LIMITS.indicators} indicators`),
    ...provenanceShape,
  })
  .refine(assumedHasNote, NOTE_NEEDED);

const dimension = z
  .strictObject({
    id: z.enum(DIMENSION_IDS as readonly [DimensionId, ...DimensionId[]]),
    label: text,
    description: text,
    weight: sourced(decimalString),
    variables: z
      .array(variable)
      .min(1, 'A dimension with an instrument needs at least one variable')
      .max(RULESET_LIMITS.variables, `A dimension has at most ${RULESET_LIMITS.variables} variables`)
      .exactOptional(),
    scale: sourced(scale).exactOptional(),
  })
  .superRefine((d, ctx) => {
    if (d.scale !== undefined && d.variables === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'An answer scale needs an instrument (variables) to apply to',
        path: ['scale'],
      });
    }
    checkInstrument(d.variables, ctx);
  });

type VariableData = z.output<typeof variable>;

/**
 * The weights of an instrument must leave every variable and every indicator a positive share (RULEBOOK §4.3):
 * given variable weights sum to 100 % when all are given, to less when some are not; inside a variable, given
 * indicator weights (percent of the dimension) sum to the variable's share when all are given, to less when
 * some are not. Ids are unique inside the dimension (indicators across variables, as answers name them so).
 * Shares that do not terminate (100 / 3) are compared multiplied out, so every check is exact.
 */
function checkInstrument(variables: readonly VariableData[] | undefined, ctx: z.RefinementCtx): void {
  if (variables === undefined) return;
  // A weight that is not a decimal string is reported by its own field; the sums below need them all.
  const weights = variables.flatMap((v) => [v.weight, ...v.indicators.map((i) => i.weight)]);
  const readable = weights.every((w) => w === undefined || decimalOf(w.value) !== null);
  uniqueIds(
    variables.map((v) => v.id),
    ['variables'],
    'Variable',
    ctx,
  );
  uniqueIds(
    variables.flatMap((v) => v.indicators.map((i) => i.id)),
    null,
    'Indicator',
    ctx,
    variables.flatMap((v, vi) => v.indicators.map((_, ii) => ['variables', vi, 'indicators', ii, 'id'] as const)),
  );
  if (!readable) return;
  const given = variables.filter((v) => v.weight !== undefined);
  const givenSum = sum(given.map((v) => exact(v.weight!.value)));
  const unweighted = variables.length - given.length;
  if (unweighted === 0 ? !givenSum.eq(HUNDRED) : !givenSum.lt(HUNDRED)) {
    ctx.addIssue({
      code: 'custom',
      message:
        unweighted === 0
          ? `Variable weights must sum to exactly 100; they sum to ${givenSum.toFixed()}`
          : `Variable weights given sum to ${givenSum.toFixed()}, leaving nothing for the ${unweighted} without a weight`,
      path: ['variables'],
    });
    return;
  }
  // The share of an unweighted variable is left / unweighted; compare everything multiplied by `unweighted`.
  const left = HUNDRED.minus(givenSum);
  variables.forEach((v, vi) => {
    const share = v.weight ? exact(v.weight.value).times(Math.max(unweighted, 1)) : left;
    const weighted = v.indicators.filter((i) => i.weight !== undefined);
    const indicatorSum = sum(weighted.map((i) => exact(i.weight!.value))).times(Math.max(unweighted, 1));
    const all = weighted.length === v.indicators.length;
    if (all ? !indicatorSum.eq(share) : !indicatorSum.lt(share)) {
      ctx.addIssue({
        code: 'custom',
        message: all
          ? `Indicator weights of variable ${v.id} must sum to its share of the dimension`
          : `Indicator weights of variable ${v.id} leave nothing for its indicators without a weight`,
        path: ['variables', vi, 'indicators'],
      });
    }
  });
}

function uniqueIds(
  ids: readonly string[],
  at: readonly (string | number)[] | null,
  what: string,
  ctx: z.RefinementCtx,
  paths?: readonly (readonly (string | number)[])[],
): void {
  // A Set, not indexOf per id: linear, whatever the number of ids.
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} id ${id} appears twice in the dimension`,
        path: [...(paths?.[i] ?? [...(at ?? []), i, 'id'])],
      });
    }
    seen.add(id);
  });
}

const band = z.strictObject({
  category: z.enum(CATEGORIES as readonly [Category, ...Category[]]).nullable(),
  zone: sourced(z.enum(ZONES as readonly [Zone, ...Zone[]])),
  label: text,
  quality: sourced(text).exactOptional(),
  min: sourced(decimalString),
});

const rulesetShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'Expected a lower-case id such as "ori-2023"'),
  revision: z.int().min(1),
  year: z.int().min(2000).max(2100),
  name: text,
  legalBasis: sourced(boundedText),
  derivedFrom: boundedText.nullable(),
  dimensions: z
    .array(dimension)
    .min(1)
    .max(DIMENSION_IDS.length, `A ruleset has at most ${DIMENSION_IDS.length} dimensions`),
  rounding: sourced(
    z.strictObject({
      digits: z.int().min(0).max(6),
      mode: z.enum(ROUNDING_MODES),
      unitsBeforeMean: z.boolean(),
    }),
  ),
  bands: z.array(band).min(1).max(RULESET_LIMITS.bands, `A ruleset has at most ${RULESET_LIMITS.bands} bands`),
  opinion: sourced(
    z.strictObject({
      template: text.refine((t) => t.id.includes('{label}') && t.en.includes('{label}'), {
        message: 'An opinion template must contain {label}',
      }),
      qualifier: text.nullable(),
    }),
  ).nullable(),
  deductions: sourced(z.boolean()),
  ranking: sourced(z.strictObject({ method: z.enum(RANK_METHODS), tieBreak: z.enum(TIE_BREAKS) })),
});

/**
 * The zod schema every ruleset satisfies. Use it to validate a ruleset in your own zod pipeline; `parseRuleset`
 * wraps it and turns its issues into a `ScoringError`.
 *
 * @example
 * ```ts
 * import { getRuleset, rulesetSchema } from '@ombuds/scoring';
 * rulesetSchema.safeParse(getRuleset(2023)).success; // true
 * rulesetSchema.safeParse({ ...getRuleset(2023), extra: 1 }).success; // false: unknown key
 * ```
 */
export const rulesetSchema = rulesetShape.superRefine((ruleset, ctx) => {
  const ids = new Set<string>();
  ruleset.dimensions.forEach(({ id }, i) => {
    if (ids.has(id)) {
      ctx.addIssue({ code: 'custom', message: `Dimension ${id} appears twice`, path: ['dimensions', i, 'id'] });
    }
    ids.add(id);
  });
  const weights = ruleset.dimensions.map((d) => decimalOf(d.weight.value));
  const total = weights.includes(null) ? HUNDRED : sum(weights as ReturnType<typeof exact>[]);
  if (!total.eq(HUNDRED)) {
    ctx.addIssue({
      code: 'custom',
      message: `Dimension weights must sum to exactly 100; they sum to ${total.toFixed()}`,
      path: ['dimensions'],
    });
  }
  checkBands(ruleset, ctx);
});

function checkBands(ruleset: z.output<typeof rulesetShape>, ctx: z.RefinementCtx): void {
  const { bands } = ruleset;
  const { digits } = ruleset.rounding.value;
  let previous: ReturnType<typeof exact> | null = null;
  bands.forEach((band, i) => {
    const min = decimalOf(band.min.value);
    if (min !== null && !hasAtMostDecimals(min, digits)) {
      ctx.addIssue({
        code: 'custom',
        message: `A band bound must have at most ${digits} decimals (the rounding digits), or some totals fall in no band`,
        path: ['bands', i, 'min', 'value'],
      });
    }
    if (min !== null && previous !== null && !min.lt(previous)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Bands must be ordered from the highest lower bound to the lowest with no two equal (overlap)',
        path: ['bands', i, 'min', 'value'],
      });
    }
    previous = min ?? previous;
    const above = bands[i - 1];
    if (above && ZONES.indexOf(band.zone.value) < ZONES.indexOf(above.zone.value)) {
      ctx.addIssue({
        code: 'custom',
        message: `Zones must go from best to worst as the bands go down (${ZONES.join(', ')}): zone ${
          band.zone.value
        } is below zone ${above.zone.value}`,
        path: ['bands', i, 'zone', 'value'],
      });
    }
    if (
      above &&
      band.category !== null &&
      above.category !== null &&
      CATEGORIES.indexOf(band.category) < CATEGORIES.indexOf(above.category)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `Grades must go from A to E as the bands go down: grade ${band.category} is below grade ${above.category}`,
        path: ['bands', i, 'category'],
      });
    }
  });
  const lowest = bands.at(-1);
  if (lowest && decimalOf(lowest.min.value)?.isZero() === false) {
    ctx.addIssue({
      code: 'custom',
      message: 'The lowest band must start at 0 so that 0–100 is covered with no gap',
      path: ['bands', bands.length - 1, 'min', 'value'],
    });
  }
  const graded = bands.map((b) => b.category !== null);
  if (graded.some((g) => g) && graded.some((g) => !g)) {
    ctx.addIssue({ code: 'custom', message: 'Either every band has a category or none has', path: ['bands'] });
  }
  const categories = bands.map((b) => b.category).filter((c) => c !== null);
  if (new Set(categories).size !== categories.length) {
    ctx.addIssue({ code: 'custom', message: 'A category appears in two bands', path: ['bands'] });
  }
}

/** Compile-time proof that what the schema accepts is a `Ruleset`. @internal */
export function asRuleset(data: z.output<typeof rulesetSchema>): Ruleset {
  return data;
}
