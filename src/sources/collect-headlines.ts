import type { SourceConfig } from '../config/sources.ts';
import type { Headline } from '../domain/headline.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import { MAX_CACHED_BODY_BYTES, utf8Length, type CachedFeed, type ConditionalCache } from './conditional-cache.ts';
import { fetchFeed, type FetchedFeed } from './fetch-feed.ts';
import { mapWithLimit } from '../lib/map-with-limit.ts';
import { normalizeHeadline } from './normalize-headline.ts';
import { parseFeed } from './parse-feed.ts';
import { parsePage } from './parse-page.ts';
import type { RawItem } from './raw-item.ts';
import { SourceError } from './source-error.ts';
import { sniffDocument } from './sniff-document.ts';

/**
 * Items read per source, in feed order (feeds list newest first): real feeds carry 10-100; an 8,000-item
 * feed would only add cost. The status detail says how many were skipped.
 */
export const MAX_ITEMS_PER_SOURCE = 200;

/** Sources fetched at once: the Workers limit of simultaneous open connections. */
export const SOURCE_CONCURRENCY = 6;

export type CollectHeadlinesInput = {
  sources: readonly SourceConfig[];
  fetch: typeof fetch;
  /** Run time: future-dated items are judged against it. */
  now: Date;
  /**
   * Conditional GET store. A 200 with ETag/Last-Modified is remembered (body + validators) once it
   * parsed; a later 304 is answered from the cached body: status ok, the same items, bytes 0,
   * detail NOT_MODIFIED_DETAIL. Without a cache every request is a full GET.
   */
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
export const GENERIC_PAGE_SELECTORS = {
  item: 'article',
  title: 'h1 a, h2 a, h3 a',
  link: 'h1 a, h2 a, h3 a',
  time: 'time',
};

/**
 * Fetches, parses and normalizes every source, at most SOURCE_CONCURRENCY at a time. One failing
 * source never stops the others: each yields a SourceStatus, `ok` (items = headlines kept, bytes, ms;
 * `detail` notes a 304 served from the cache, an empty feed or dropped items) or `failed` with a reason.
 * Headlines keep source order, then feed order; items without title or usable link are dropped;
 * duplicates of a canonical URL within one source are kept once; at most MAX_ITEMS_PER_SOURCE items are read. Body + validators go to `cache` only
 * after the body parsed.
 */
export async function collectHeadlines(
  input: CollectHeadlinesInput,
): Promise<{ headlines: Headline[]; statuses: SourceStatus[] }> {
  const elapsed = input.elapsedMs ?? (() => performance.now());
  const results = await mapWithLimit(input.sources, SOURCE_CONCURRENCY, async (source) => {
    const start = elapsed();
    const kind = source.kind === 'html' ? 'page' : 'feed';
    try {
      const { headlines, bytes, detail } = await collectOne(source, input);
      const status: SourceStatus = {
        id: source.id,
        kind,
        status: 'ok',
        items: headlines.length,
        bytes,
        ms: round(elapsed() - start),
        ...(detail ? { detail } : {}),
      };
      return { headlines, status };
    } catch (error) {
      const known =
        error instanceof SourceError
          ? error
          : new SourceError('parse-error', `${source.url}: ${String(error)}`, { cause: error });
      const status: SourceStatus = {
        id: source.id,
        kind,
        status: 'failed',
        items: 0,
        ms: round(elapsed() - start),
        reason: known.reason,
        detail: known.message,
      };
      return { headlines: [] as Headline[], status };
    }
  });
  return { headlines: results.flatMap((r) => r.headlines), statuses: results.map((r) => r.status) };
}

async function collectOne(
  source: SourceConfig,
  input: CollectHeadlinesInput,
): Promise<{ headlines: Headline[]; bytes: number; detail?: string }> {
  const fetched = await fetchFeed({
    url: source.url,
    fetch: input.fetch,
    accept: source.kind === 'html' ? 'page' : 'feed',
    timeoutMs: input.timeoutMs,
    maxBytes: input.maxBytes,
    cache: input.cache,
  });
  const { items: parsed, repair } =
    fetched.kind === 'body'
      ? await parseSource(fetched.text, source, input)
      : await parseCached(fetched.cached.body, source, input);
  const raw = parsed.slice(0, MAX_ITEMS_PER_SOURCE);
  if (input.cache) await remember(input.cache, source.url, fetched);
  const seen = new Set<string>();
  const headlines: Headline[] = [];
  for (const item of raw) {
    const headline = normalizeHeadline(item, source, input.now);
    if (!headline || seen.has(headline.canonicalUrl)) continue;
    seen.add(headline.canonicalUrl);
    headlines.push(headline);
  }
  const dropped = raw.length - headlines.length;
  const notes = [
    fetched.kind === 'not-modified' ? NOT_MODIFIED_DETAIL : undefined,
    fetched.kind === 'body' ? fetched.charsetNote : undefined,
    repair,
    raw.length === 0
      ? 'the feed has no items'
      : dropped > 0
        ? `${dropped} item(s) dropped (no title, no usable link, or a repeated link)`
        : undefined,
    parsed.length > raw.length
      ? `${parsed.length - raw.length} item(s) over the cap of ${MAX_ITEMS_PER_SOURCE} per source skipped`
      : undefined,
  ].filter((note): note is string => note !== undefined);
  return { headlines, bytes: fetched.bytes, ...(notes.length > 0 ? { detail: notes.join('; ') } : {}) };
}

/** Status detail of a source answered 304 and read from the cache (its headlines are all there). */
export const NOT_MODIFIED_DETAIL = 'not modified (cached)';

type ParsedItems = { items: RawItem[]; repair?: string };

async function parseSource(text: string, source: SourceConfig, input: CollectHeadlinesInput): Promise<ParsedItems> {
  if (source.kind === 'html') return { items: parsePage(text, source.selectors) };
  if (input.detectHtml && sniffDocument(text) === 'html') return { items: parseUnknownPage(text) };
  const { items, repair } = await parseFeed(text);
  return { items, ...(repair ? { repair } : {}) };
}

/** The cached body after a 304: it parsed when stored, so a failure here names the cache. */
async function parseCached(text: string, source: SourceConfig, input: CollectHeadlinesInput): Promise<ParsedItems> {
  try {
    return await parseSource(text, source, input);
  } catch (error) {
    const reason = error instanceof SourceError ? error.reason : 'parse-error';
    throw new SourceError(
      reason,
      `${source.url}: 304 Not Modified, but the cached copy failed to parse: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Stores a parsed 200's body with its validators (only when it has validators and fits
 * MAX_CACHED_BODY_BYTES), or a 304's refreshed validators. Cache errors are swallowed.
 */
async function remember(cache: ConditionalCache, url: string, fetched: FetchedFeed): Promise<void> {
  let entry: CachedFeed | undefined;
  if (fetched.kind === 'not-modified') entry = fetched.refreshed ? fetched.cached : undefined;
  else if (
    (fetched.validators.etag || fetched.validators.lastModified) &&
    utf8Length(fetched.text) <= MAX_CACHED_BODY_BYTES
  ) {
    entry = {
      ...fetched.validators,
      body: fetched.text,
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
    };
  }
  if (entry) await cache.set(url, entry).catch(() => {});
}

function parseUnknownPage(html: string): RawItem[] {
  try {
    return parsePage(html, GENERIC_PAGE_SELECTORS);
  } catch (cause) {
    throw new SourceError('not-a-feed', 'not a feed: an HTML page without article listings', { cause });
  }
}

const round = (ms: number) => Math.max(0, Math.round(ms * 10) / 10);
