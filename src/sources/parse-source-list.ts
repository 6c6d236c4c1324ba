import * as z from 'zod';
import { sourceConfigSchema, type SourceConfig } from '../config/sources.ts';

/** A source list that is not valid JSON or does not match sourceConfigSchema; `message` says where. */
export class SourceListError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SourceListError';
  }
}

const sourceListSchema = z
  .array(sourceConfigSchema)
  .min(1)
  .superRefine((sources, ctx) => {
    const seen = new Set<string>();
    for (const source of sources) {
      if (seen.has(source.id)) ctx.addIssue({ code: 'custom', message: `duplicate source id "${source.id}"` });
      seen.add(source.id);
    }
  });

/**
 * Parses a JSON array of sources (the GROUNDBRIEF_SOURCES override) with the same zod schema as the
 * defaults (src/config/sources.ts). `origin` names where the text came from, for the error message.
 */
export function parseSourceList(text: string, origin: string): SourceConfig[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new SourceListError(`${origin}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, {
      cause,
    });
  }
  const parsed = sourceListSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceListError(`${origin}: invalid source list at [${issue.path.join('.')}]: ${issue.message}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
