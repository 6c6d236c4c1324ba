import type { SourceStatus } from '../domain/source-status.ts';
import { classifyFailure } from './classify-failure.ts';

/** A failed attempt as a status line: reason by type/HTTP status, detail = the error's one-line message. */
export function failedStatus(id: string, error: unknown, kind: SourceStatus['kind'] = 'exchange'): SourceStatus {
  const message = error instanceof Error ? error.message : String(error);
  return { id, kind, status: 'failed', reason: classifyFailure(error), detail: buildStatusDetail(message) };
}

/**
 * The error's first line with long query strings elided (a 30-symbol `symbols=[...]` URL is 700 characters), so
 * the upstream's own error text after the URL survives; then cut at 500 characters.
 */
export function buildStatusDetail(message: string): string {
  const line = message.split('\n')[0]!.replace(/(https?:\/\/[^\s?]+)\?\S{40,}?(:?)(?=\s|$)/g, '$1?…$2');
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

/** A capability that delivered `items`: `ok` on the first venue, `fallback` on a later one; `detail` notes what was dropped. */
export function deliveredStatus(
  id: string,
  items: number,
  fallback: boolean,
  kind: SourceStatus['kind'] = 'exchange',
  detail?: string,
): SourceStatus {
  return { id, kind, status: fallback ? 'fallback' : 'ok', items, ...(detail ? { detail } : {}) };
}
