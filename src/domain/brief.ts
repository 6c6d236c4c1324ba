import * as z from 'zod';
import { briefStyles } from './brief-styles.ts';
import { isoDateSchema, isoDateTimeSchema } from './units.ts';

export const briefStyleSchema = z.enum(briefStyles);
export type BriefStyle = z.infer<typeof briefStyleSchema>;

/** `withdrawn`: was published, then taken down by an editor with a reason (its page shows a notice, feeds drop it). */
export const briefStatusSchema = z.enum(['draft', 'needs_review', 'approved', 'published', 'rejected', 'withdrawn']);
export type BriefStatus = z.infer<typeof briefStatusSchema>;

/** Who wrote the text and what it cost. */
export const writerInfoSchema = z.object({
  kind: z.enum(['template', 'llm']),
  model: z.string().optional(),
  tokensIn: z.number().int().nonnegative().optional(),
  tokensOut: z.number().int().nonnegative().optional(),
  costUsd: z.number().nonnegative().optional(),
  latencyMs: z.number().nonnegative().optional(),
  repairRounds: z.number().int().nonnegative().optional(),
  /** Why an LLM brief fell back or needs review (refusal, invalid JSON, still failing after repair). */
  note: z.string().optional(),
});
export type WriterInfo = z.infer<typeof writerInfoSchema>;

/** A written brief: Markdown whose first line is `# title`. */
export const briefSchema = z.object({
  editionDate: isoDateSchema,
  style: briefStyleSchema,
  title: z.string(),
  dek: z.string().optional(),
  markdown: z.string(),
  writer: writerInfoSchema,
  createdAt: isoDateTimeSchema,
});
export type Brief = z.infer<typeof briefSchema>;
