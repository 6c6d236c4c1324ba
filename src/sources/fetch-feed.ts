// HTTP adapter for news sources (feeds and listing pages) over an injected WHATWG `fetch`.
import type { CachedFeed, ConditionalCache, ConditionalValidators } from './conditional-cache.ts';
import { decodeBody } from './decode-body.ts';
import { findCause, RunBudgetExceededError } from '../lib/upstream-errors.ts';
import { SourceError } from './source-error.ts';

export const USER_AGENT = 'groundbrief/0.1 (crypto market brief; news reader; +https://github.com/groundbrief)';
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Response size cap in bytes (5 MiB): real feeds are 20-200 KB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const ACCEPT_FEED =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export type FetchFeedOptions = {
  url: string;
  fetch: typeof fetch;
  /** `page` asks for HTML, `feed` for RSS/Atom. */
  accept?: 'feed' | 'page';
  timeoutMs?: number;
  maxBytes?: number;
  cache?: ConditionalCache;
};

export type FetchedFeed =
  | {
      kind: 'body';
      text: string;
      bytes: number;
      charset: string;
      /** Set when the HTTP charset did not decode cleanly and the document's own declaration was used. */
      charsetNote?: string;
      contentType: string | null;
      validators: ConditionalValidators;
    }
  /** 304: `cached` is the stored response (validators refreshed from the 304's headers; `refreshed` if they changed). */
  | { kind: 'not-modified'; bytes: 0; cached: CachedFeed; refreshed: boolean };

/**
 * GETs one source with a User-Agent naming groundbrief, a timeout covering connect AND body, a size cap
 * enforced while reading the stream (and up front from Content-Length), and If-None-Match /
 * If-Modified-Since from `cache` (only for an entry that has a body). Returns the decoded text (see
 * decodeBody), or on 304 `not-modified` carrying the cached entry read for THIS request.
 * Throws SourceError: timeout, too-large, rate-limited (429), http-status (other non-2xx, and a 304 to a
 * request that sent no validators: nothing cached to answer it with), network.
 * It does not write the cache: the caller stores body + `validators` once the body parsed.
 */
export async function fetchFeed(options: FetchFeedOptions): Promise<FetchedFeed> {
  const { url, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new SourceError('timeout', `[GET] ${url}: no complete response within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  timedOut.catch(() => {});
  try {
    return await Promise.race([request(options, url, maxBytes, controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function request(
  options: FetchFeedOptions,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<FetchedFeed> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.accept === 'page' ? ACCEPT_PAGE : ACCEPT_FEED,
  };
  const stored = await options.cache?.get(url).catch(() => undefined); // a broken cache only costs a full GET
  const known = stored && typeof stored.body === 'string' && (stored.etag || stored.lastModified) ? stored : undefined;
  if (known?.etag) headers['if-none-match'] = known.etag;
  if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
  let response: Response;
  try {
    response = await options.fetch(url, { headers, signal, redirect: 'follow' });
  } catch (cause) {
    if (signal.aborted) throw new SourceError('timeout', `[GET] ${url}: aborted by timeout`, { cause });
    const cut = findCause(cause, RunBudgetExceededError);
    if (cut) throw new SourceError('timeout', `[GET] ${url}: ${cut.message}`, { cause });
    throw new SourceError('network', `[GET] ${url}: ${describeNetworkError(cause)}`, { cause });
  }
  if (response.status === 304) {
    void response.body?.cancel().catch(() => {});
    if (!known)
      throw new SourceError(
        'http-status',
        `[GET] ${url}: 304 Not Modified to a request without validators (no cached copy to serve)`,
      );
    const fresh = readValidators(response.headers);
    const cached: CachedFeed = { ...known, ...fresh };
    const refreshed = cached.etag !== known.etag || cached.lastModified !== known.lastModified;
    return { kind: 'not-modified', bytes: 0, cached, refreshed };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    const reason = response.status === 429 ? 'rate-limited' : 'http-status';
    throw new SourceError(reason, `[GET] ${url}: ${response.status} ${response.statusText}`.trim());
  }
  const bytes = await readCapped(response, url, maxBytes);
  const contentType = response.headers.get('content-type');
  const { text, charset, note } = decodeBody(bytes, contentType);
  return {
    kind: 'body',
    text,
    bytes: bytes.byteLength,
    charset,
    ...(note ? { charsetNote: note } : {}),
    contentType,
    validators: readValidators(response.headers),
  };
}

function readValidators(headers: Headers): ConditionalValidators {
  const validators: ConditionalValidators = {};
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return validators;
}

/** Reads the body stream, stopping (and cancelling) as soon as it passes `maxBytes`. */
async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    new SourceError('too-large', `[GET] ${url}: body ${size} exceeds the ${maxBytes}-byte cap`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge(`of ${declared} bytes`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (cause) {
      // The run budget cut the body: a deadline, not the network.
      throw new SourceError(
        findCause(cause, RunBudgetExceededError) ? 'timeout' : 'network',
        `[GET] ${url}: body read failed: ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause },
      );
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {}); // not awaited: some streams never settle a cancel
      throw tooLarge('over');
    }
    chunks.push(chunk.value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** `fetch failed (ENOTFOUND)`: undici hides the useful code in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code =
    typeof inner?.code === 'string' ? inner.code : typeof inner?.message === 'string' ? inner.message : undefined;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}
