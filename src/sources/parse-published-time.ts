import type { Headline } from '../domain/headline.ts';

/** Times up to this far ahead of `now` are clock skew, not future-dated items. */
export const FUTURE_TOLERANCE_MS = 10 * 60_000;

/**
 * Reads a feed date (RFC 822 `Fri, 12 Dec 2025 17:33:11 -0500`, ISO 8601 `2016-02-01T17:22:00+01:00`,
 * zone names GMT/UT/EST/EDT/CST/CDT/MST/MDT/PST/PDT) as UTC ISO. A date with no zone at all is read as
 * UTC (never as the machine's local time). Missing or unreadable -> `{publishedAt: null, timeFlag: 'missing'}`.
 * Later than `now` + FUTURE_TOLERANCE_MS -> clamped to `now` and flagged `future` (a mis-dated item must
 * not sit on top of a recency ranking forever).
 */
export function parsePublishedTime(raw: string | undefined, now: Date): Pick<Headline, 'publishedAt' | 'timeFlag'> {
  const ms = raw ? parseDateMs(raw) : undefined;
  if (ms === undefined) return { publishedAt: null, timeFlag: 'missing' };
  if (ms > now.getTime() + FUTURE_TOLERANCE_MS) return { publishedAt: now.toISOString(), timeFlag: 'future' };
  return { publishedAt: new Date(ms).toISOString(), timeFlag: 'ok' };
}

const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|\b(GMT|UTC?|[ECMP][SD]T)\b)\s*$/i;

/** Milliseconds since epoch, or undefined. Years outside 1990..2200 count as unreadable. */
export function parseDateMs(raw: string): number | undefined {
  let text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (ISO_NO_ZONE.test(text)) text = `${text.replace(' ', 'T')}Z`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text = `${text}T00:00:00Z`;
  else if (!HAS_ZONE.test(text) && /\d{1,2}:\d{2}/.test(text)) text = `${text} GMT`;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2200 ? ms : undefined;
}
