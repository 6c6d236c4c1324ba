import type { Context } from 'hono';
import type * as z from 'zod';
import { BadRequestError, formatZodIssues } from '../errors.ts';

/** Parses the query string with a zod schema; 400 BAD_REQUEST naming each bad parameter otherwise. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success)
    throw new BadRequestError(`invalid query: ${formatZodIssues(result.error)}`, { cause: result.error });
  return result.data;
}

/** Parses an optional JSON body (empty body = `{}`); 400 on malformed JSON or schema mismatch. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown = {};
  if (text.trim()) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new BadRequestError('body: not valid JSON', { cause: error });
    }
  }
  const result = schema.safeParse(value);
  if (!result.success)
    throw new BadRequestError(`invalid body: ${formatZodIssues(result.error)}`, { cause: result.error });
  return result.data;
}
