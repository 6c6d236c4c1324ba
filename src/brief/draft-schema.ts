/**
 * The LLM writer's structured output: `briefDraftSchema` (its JSON schema is generated into
 * response-format.generated.ts). Apart from draft.ts so that the template writer's path loads no zod.
 */
import * as z from 'zod';

export const draftSentenceSchema = z.object({
  text: z.string().describe('One sentence. Every number in it comes from the listed facts.'),
  factIds: z.array(z.string()).describe('Ids of the facts this sentence uses; empty when it has no number.'),
});

export const draftSectionSchema = z.object({
  heading: z.string(),
  sentences: z.array(draftSentenceSchema),
});

/** What the model must answer (JSON schema for structured output). */
export const briefDraftSchema = z.object({
  title: z.string(),
  dek: z.string(),
  sections: z.array(draftSectionSchema),
});
