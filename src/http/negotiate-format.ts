import * as z from 'zod';
import { BadRequestError } from '../errors.ts';

export const briefFormatSchema = z.enum(['json', 'md', 'html']);
export type BriefFormat = z.infer<typeof briefFormatSchema>;

/**
 * `?format=` wins; else the first of text/markdown, text/html, application/json the Accept header names
 * (in header order, q-values ignored); else JSON. An unknown `format` is a 400.
 */
export function negotiateFormat(input: { format?: string; accept?: string }): BriefFormat {
  if (input.format !== undefined) {
    const parsed = briefFormatSchema.safeParse(input.format);
    if (!parsed.success) throw new BadRequestError(`format: must be one of json, md, html (got "${input.format}")`);
    return parsed.data;
  }
  for (const part of (input.accept ?? '').split(',')) {
    const type = part.split(';')[0]!.trim().toLowerCase();
    if (type === 'text/markdown' || type === 'text/x-markdown') return 'md';
    if (type === 'text/html') return 'html';
    if (type === 'application/json') return 'json';
  }
  return 'json';
}
