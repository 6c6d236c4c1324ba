import type { Headline } from '../domain/headline.ts';
import { canonicalizeUrl } from './canonical-url.ts';
import { cleanText, shortenText } from './clean-text.ts';
import { hashText } from './hash-text.ts';
import { parsePublishedTime } from './parse-published-time.ts';
import type { RawItem } from './raw-item.ts';

/** Summaries are cut to this many characters (at a word boundary, with `…`). */
export const SUMMARY_MAX_CHARS = 280;

/**
 * Titles are cut to this many characters (at a word, with `…`): real titles are under 200; a 200,000-word
 * title would otherwise cost its tokenizing and entity scan on every run. The raw text is cut first at
 * RAW_TITLE_MAX_CHARS so cleaning is bounded too.
 */
export const TITLE_MAX_CHARS = 300;
const RAW_TITLE_MAX_CHARS = 4 * TITLE_MAX_CHARS;

export type HeadlineSource = { id: string; name: string; url: string };

/**
 * Normalizes one raw item (pure): title cleaned (tags stripped, entities decoded once, whitespace
 * folded, cut to TITLE_MAX_CHARS), link resolved against the source URL, canonical URL without tracking params or fragment,
 * UTC time with its flag (see parsePublishedTime), summary cleaned and shortened, dropped when it only
 * repeats the title. Returns null when the item has no title or no usable http(s) link.
 */
export function normalizeHeadline(raw: RawItem, source: HeadlineSource, now: Date): Headline | null {
  const rawTitle = typeof raw.title === 'string' ? raw.title.slice(0, RAW_TITLE_MAX_CHARS) : raw.title;
  const title = shortenText(cleanText(rawTitle), TITLE_MAX_CHARS);
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
