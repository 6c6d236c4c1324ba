import type { Headline } from '../domain/headline.ts';
import { canonicalizeUrl } from './canonical-url.ts';
import { cleanText, shortenText } from './clean-text.ts';
import { hashText } from './hash-text.ts';
import { parsePublishedTime } from './parse-published-time.ts';
import type { RawItem } from './raw-item.ts';

/** Summaries are cut to this many characters (at a word boundary, with `…`). */
export const SUMMARY_MAX_CHARS = 280;

export type HeadlineSource = { id: string; name: string; url: string };

/**
 * Normalizes one raw item (pure): title cleaned (tags stripped, entities decoded once, whitespace
 * folded), link resolved against the source URL, canonical URL without tracking params or fragment,
 * UTC time with its flag (see parsePublishedTime), summary cleaned and shortened, dropped when it only
 * repeats the title. Returns null when the item has no title or no usable http(s) link.
 */
export function normalizeHeadline(raw: RawItem, source: HeadlineSource, now: Date): Headline | null {
  const title = cleanText(raw.title);
  const link = (raw.link ?? '').trim();
  const canonicalUrl = link ? canonicalizeUrl(link, source.url) : null;
  if (!title || !canonicalUrl) return null;
  const url = resolve(link, source.url) ?? canonicalUrl;
  const summaryText = cleanText(raw.summary);
  const summary = summaryText && summaryText !== title ? shortenText(summaryText, SUMMARY_MAX_CHARS) : undefined;
  return {
    id: `${source.id}:${hashText(canonicalUrl)}`,
    sourceId: source.id,
    sourceName: source.name,
    title,
    url,
    canonicalUrl,
    ...parsePublishedTime(raw.published, now),
    ...(summary ? { summary } : {}),
  };
}

function resolve(link: string, base: string): string | undefined {
  try {
    return new URL(link, base).toString();
  } catch {
    return undefined;
  }
}
