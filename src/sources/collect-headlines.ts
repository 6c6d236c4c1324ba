import type { SourceConfig } from '../config/sources.ts';
import type { Headline } from '../domain/headline.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import type { ConditionalCache } from './conditional-cache.ts';
import { fetchFeed } from './fetch-feed.ts';
import { mapWithLimit } from './map-with-limit.ts';
import { normalizeHeadline } from './normalize-headline.ts';
import { parseFeed } from './parse-feed.ts';
import { parsePage } from './parse-page.ts';
import type { RawItem } from './raw-item.ts';
import { SourceError } from './source-error.ts';
import { sniffDocument } from './sniff-document.ts';

/** Sources fetched at once: the Workers limit of simultaneous open connections. */
export const SOURCE_CONCURRENCY = 6;

export type CollectHeadlinesInput = {
  sources: readonly SourceConfig[];
  fetch: typeof fetch;
  /** Run time: future-dated items are judged against it. */
  now: Date;
  cache?: ConditionalCache;
  timeoutMs?: number;
  maxBytes?: number;
  /** Clock for the per-source `ms` figure (default performance.now). */
  elapsedMs?: () => number;
  /**
   * When a feed source returns an HTML page, read it as a listing with GENERIC_PAGE_SELECTORS instead
   * of failing `not-a-feed` (the CLI's `--url`, where the kind is not known). Off by default.
   */
  detectHtml?: boolean;
};

/** Listing-page selectors for pages without configured ones: article cards with a linked heading. */
export const GENERIC_PAGE_SELECTORS = { item: 'article', title: 'h1 a, h2 a, h3 a', link: 'h1 a, h2 a, h3 a', time: 'time' };

/**
 * Fetches, parses and normalizes every source, at most SOURCE_CONCURRENCY at a time. One failing
 * source never stops the others: each yields a SourceStatus, `ok` (items = headlines kept, bytes, ms;
 * `detail` notes a 304 or an empty feed) or `failed` with a reason. Headlines keep source order, then
 * feed order; items without title or usable link are dropped; duplicates of a canonical URL within one
 * source are kept once. Validators go to `cache` only after the body parsed.
 */
export async function collectHeadlines(input: CollectHeadlinesInput): Promise<{ headlines: Headline[]; statuses: SourceStatus[] }> {
  const elapsed = input.elapsedMs ?? (() => performance.now());
  const results = await mapWithLimit(input.sources, SOURCE_CONCURRENCY, async (source) => {
    const start = elapsed();
    const kind = source.kind === 'html' ? 'page' : 'feed';
    try {
      const { headlines, bytes, detail } = await collectOne(source, input);
      const status: SourceStatus = { id: source.id, kind, status: 'ok', items: headlines.length, bytes, ms: round(elapsed() - start), ...(detail ? { detail } : {}) };
      return { headlines, status };
    } catch (error) {
      const known = error instanceof SourceError ? error : new SourceError('parse-error', `${source.url}: ${String(error)}`, { cause: error });
      const status: SourceStatus = { id: source.id, kind, status: 'failed', items: 0, ms: round(elapsed() - start), reason: known.reason, detail: known.message };
      return { headlines: [] as Headline[], status };
    }
  });
  return { headlines: results.flatMap((r) => r.headlines), statuses: results.map((r) => r.status) };
}

async function collectOne(source: SourceConfig, input: CollectHeadlinesInput): Promise<{ headlines: Headline[]; bytes: number; detail?: string }> {
  const fetched = await fetchFeed({
    url: source.url, fetch: input.fetch, accept: source.kind === 'html' ? 'page' : 'feed',
    timeoutMs: input.timeoutMs, maxBytes: input.maxBytes, cache: input.cache,
  });
  if (fetched.kind === 'not-modified') return { headlines: [], bytes: 0, detail: '304 Not Modified: nothing new since the last run' };
  let raw: RawItem[];
  if (source.kind === 'html') raw = parsePage(fetched.text, source.selectors);
  else if (input.detectHtml && sniffDocument(fetched.text) === 'html') raw = parseUnknownPage(fetched.text);
  else raw = (await parseFeed(fetched.text)).items;
  if (input.cache && (fetched.validators.etag || fetched.validators.lastModified)) await input.cache.set(source.url, fetched.validators).catch(() => {});
  const seen = new Set<string>();
  const headlines: Headline[] = [];
  for (const item of raw) {
    const headline = normalizeHeadline(item, source, input.now);
    if (!headline || seen.has(headline.canonicalUrl)) continue;
    seen.add(headline.canonicalUrl);
    headlines.push(headline);
  }
  const dropped = raw.length - headlines.length;
  const detail = raw.length === 0 ? 'the feed has no items' : dropped > 0 ? `${dropped} item(s) dropped (no title, no usable link, or a repeated link)` : undefined;
  return { headlines, bytes: fetched.bytes, detail };
}

function parseUnknownPage(html: string): RawItem[] {
  try {
    return parsePage(html, GENERIC_PAGE_SELECTORS);
  } catch (cause) {
    throw new SourceError('not-a-feed', 'not a feed: an HTML page without article listings', { cause });
  }
}

const round = (ms: number) => Math.max(0, Math.round(ms * 10) / 10);
