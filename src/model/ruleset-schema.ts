/**
 * The zod schema of a ruleset: strict (unknown keys are refused), with the rules no type can say: weights sum
 * to exactly 100, bands cover 0–100 with no gap and no overlap, every number carries its provenance.
 *
 * Kept apart from the scoring path so that an app that only scores does not bundle zod's validators.
 *
 * @module
 */
import { z } from 'zod';
import { exact, hasAtMostDecimals, HUNDRED, ROUNDING_MODES, sum } from '../decimal.js';
import { RANK_METHODS, TIE_BREAKS } from './ranking.js';
import { CATEGORIES, DIMENSION_IDS, ZONES, type Category, type DimensionId, type Ruleset, type Zone } from './ruleset.js';

const decimalString = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,20})?$/, 'Expected a decimal string such as "21.85"')
  .refine((value) => exact(value).lte(HUNDRED), 'Expected a value from 0 to 100');

const text = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });

const provenanceShape = {
  source: z.array(z.string().min(1)).min(1, 'Every parameter cites at least one source'),
  confidence: z.enum(['confirmed', 'single-source', 'assumed']),
  note: z.string().min(1).exactOptional(),
};

function sourced<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value, ...provenanceShape })
    .refine((p) => p.confidence !== 'assumed' || p.note !== undefined, {
      message: 'An assumed parameter needs a note that says why',
      path: ['note'],
    });
}

const dimension = z.strictObject({
  id: z.enum(DIMENSION_IDS as readonly [DimensionId, ...DimensionId[]]),
  label: text,
  description: text,
  weight: sourced(decimalString),
});

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
    legalBasis: sourced(z.string().min(1)),
    derivedFrom: z.string().min(1).nullable(),
    dimensions: z.array(dimension).min(1),
    rounding: sourced(
      z.strictObject({
        digits: z.int().min(0).max(6),
        mode: z.enum(ROUNDING_MODES),
        unitsBeforeMean: z.boolean(),
      }),
    ),
    bands: z.array(band).min(1),
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

/** The zod schema every ruleset satisfies. */
export const rulesetSchema = rulesetShape.superRefine((ruleset, ctx) => {
    const ids = ruleset.dimensions.map((d) => d.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', message: `Dimension ${id} appears twice`, path: ['dimensions', i, 'id'] });
      }
    });
    const total = sum(ruleset.dimensions.map((d) => exact(d.weight.value)));
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
    const min = exact(band.min.value);
    if (!hasAtMostDecimals(min, digits)) {
      ctx.addIssue({
        code: 'custom',
        message: `A band bound must have at most ${digits} decimals (the rounding digits), or some totals fall in no band`,
        path: ['bands', i, 'min', 'value'],
      });
    }
    if (previous !== null && !min.lt(previous)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Bands must be ordered from the highest lower bound to the lowest with no two equal (overlap)',
        path: ['bands', i, 'min', 'value'],
      });
    }
    previous = min;
  });
  const lowest = bands.at(-1);
  if (lowest && !exact(lowest.min.value).isZero()) {
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
