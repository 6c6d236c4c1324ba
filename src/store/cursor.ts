import * as z from 'zod';
import { BadRequestError } from '../errors.ts';

/** Keyset position: the sort key (edition date) and the id of the last item of a page. */
export type Cursor = { key: string; id: string };
const cursorSchema = z.object({ key: z.string(), id: z.string() });

/** Opaque, URL-safe cursor (base64url of JSON). */
export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.key, cursor.id]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** Decodes `encodeCursor` output; anything else is a BadRequestError ("cursor: not a cursor from this API"). */
export function decodeCursor(text: string): Cursor {
  try {
    const [key, id] = JSON.parse(atob(text.replaceAll('-', '+').replaceAll('_', '/'))) as unknown[];
    return cursorSchema.parse({ key, id });
  } catch (error) {
    throw new BadRequestError('cursor: not a cursor from this API', { cause: error });
  }
}
