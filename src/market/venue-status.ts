import type { SourceStatus } from '../domain/source-status.ts';
import { classifyFailure } from './classify-failure.ts';

/** A failed attempt as a status line: reason by type/HTTP status, detail = the error's one-line message. */
export function failedStatus(id: string, error: unknown, kind: SourceStatus['kind'] = 'exchange'): SourceStatus {
  const message = error instanceof Error ? error.message : String(error);
  return { id, kind, status: 'failed', reason: classifyFailure(error), detail: message.split('\n')[0]!.slice(0, 300) };
}

/** A capability that delivered `items`: `ok` on the first venue, `fallback` on a later one. */
export function deliveredStatus(
  id: string,
  items: number,
  fallback: boolean,
  kind: SourceStatus['kind'] = 'exchange',
): SourceStatus {
  return { id, kind, status: fallback ? 'fallback' : 'ok', items };
}
