import * as z from 'zod';
import { metricSchema } from './fact.ts';
import { unitSchema, windowSchema } from './units.ts';

export const verdictSchema = z.enum(['supported', 'contradicted', 'unsupported', 'supported-by-source']);
export type Verdict = z.infer<typeof verdictSchema>;

/** One number (or qualitative claim tied to a fact's sign) found in a text, with its verdict. */
export const claimSchema = z.object({
  /** The number as written: `$103.8K`, `-6.1%`, `about 6%`. */
  text: z.string(),
  /** Character offsets [start, end) in the checked text. */
  span: z.tuple([z.number().int(), z.number().int()]),
  sentence: z.string(),
  /** Parsed value in the unit's convention (pct as percentage points, usd as dollars). */
  value: z.number().nullable(),
  unit: z.union([unitSchema, z.literal('none')]),
  entity: z.string().nullable(),
  metric: metricSchema.nullable(),
  window: windowSchema.nullable(),
  direction: z.enum(['up', 'down', 'above', 'below', 'near']).nullable(),
  hedge: z.string().nullable(),
  verdict: verdictSchema,
  factId: z.string().nullable(),
  expected: z.number().nullable(),
  /** Headline link for supported-by-source. */
  sourceUrl: z.string().nullable(),
  /** One line a person can act on: `says -8.1%, the AI sector moved -6.1% over 24h`. */
  reason: z.string(),
});
export type Claim = z.infer<typeof claimSchema>;

export const checkReportSchema = z.object({
  /** True when no claim is contradicted or unsupported. */
  ok: z.boolean(),
  counts: z.object({
    supported: z.number().int(),
    contradicted: z.number().int(),
    unsupported: z.number().int(),
    'supported-by-source': z.number().int(),
  }),
  claims: z.array(claimSchema),
  /** Numbers recognized and deliberately not checked: dates, durations, ranks. */
  ignored: z.array(
    z.object({
      text: z.string(),
      span: z.tuple([z.number().int(), z.number().int()]),
      kind: z.enum(['date', 'duration', 'rank', 'other']),
    }),
  ),
});
export type CheckReport = z.infer<typeof checkReportSchema>;
