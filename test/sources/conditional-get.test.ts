import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/sources.ts';
import { collectHeadlines } from '../../src/sources/collect-headlines.ts';
import {
  createMemoryConditionalCache,
  MAX_CACHED_BODY_BYTES,
  type ConditionalCache,
} from '../../src/sources/conditional-cache.ts';
import { fixtureBytes } from './helpers/serve-fixtures.ts';

// Conditional GET must never cost a run its headlines: a 304 is answered from the cached body.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = new Date('2026-11-20T22:00:00Z');
const feed = (id: string): SourceConfig => ({
  id,
  name: id.toUpperCase(),
  kind: 'rss',
  url: `https://feeds.test/${id}`,
});
type Seen = { ifNoneMatch: string | null; ifModifiedSince: string | null; answered: number };

/** A feed whose current version is `version()`: 200 with ETag, or 304 when If-None-Match names it. */
function etagFeed(id: string, files: Record<string, string>, version: () => string, seen: Seen[]) {
  return http.get(`https://feeds.test/${id}`, ({ request }) => {
    const etag = `"${version()}"`;
    const record = {
      ifNoneMatch: request.headers.get('if-none-match'),
      ifModifiedSince: request.headers.get('if-modified-since'),
      answered: 0,
    };
    seen.push(record);
    record.answered = record.ifNoneMatch === etag ? 304 : 200;
    if (record.answered === 304) return new HttpResponse(null, { status: 304, headers: { etag } });
    return new HttpResponse(fixtureBytes(files[version()]!), {
      headers: { etag, 'content-type': 'application/rss+xml; charset=utf-8' },
    });
  });
}

describe('conditional GET with a cache of the last good body', () => {
  it('ETag: the second run sends If-None-Match, gets 304 and still yields the same headlines', async () => {
    const seen: Seen[] = [];
    server.use(etagFeed('wire', { v1: 'rss2-cdata.xml' }, () => 'v1', seen));
    const cache = createMemoryConditionalCache();
    const first = await collectHeadlines({ sources: [feed('wire')], fetch, now, cache });
    const second = await collectHeadlines({ sources: [feed('wire')], fetch, now, cache });

    expect(seen.map((s) => [s.ifNoneMatch, s.answered])).toEqual([
      [null, 200],
      ['"v1"', 304],
    ]);
    expect(first.headlines).toHaveLength(5); // rss2-cdata.xml: 6 items, 1 without a link
    expect(second.headlines).toEqual(first.headlines);
    expect(second.statuses[0]).toMatchObject({ status: 'ok', items: 5, bytes: 0 });
    expect(second.statuses[0]!.detail).toMatch(/^not modified \(cached\); 1 item\(s\) dropped/);
    expect(first.statuses[0]!.detail).not.toMatch(/cached/);
  });

  it('Last-Modified only: If-Modified-Since is sent, and a Latin-1 body comes back from the cache with its accents', async () => {
    const stamp = 'Fri, 20 Nov 2026 10:00:00 GMT';
    const seen: Seen[] = [];
    server.use(
      http.get('https://feeds.test/pt', ({ request }) => {
        const record = {
          ifNoneMatch: request.headers.get('if-none-match'),
          ifModifiedSince: request.headers.get('if-modified-since'),
          answered: 200,
        };
        seen.push(record);
        if (record.ifModifiedSince === stamp) {
          record.answered = 304;
          return new HttpResponse(null, { status: 304 });
        }
        return new HttpResponse(fixtureBytes('latin1-crlf.xml'), {
          headers: { 'content-type': 'text/xml', 'last-modified': stamp },
        });
      }),
    );
    const cache = createMemoryConditionalCache();
    const first = await collectHeadlines({ sources: [feed('pt')], fetch, now, cache });
    const second = await collectHeadlines({ sources: [feed('pt')], fetch, now, cache });
    expect(seen).toEqual([
      { ifNoneMatch: null, ifModifiedSince: null, answered: 200 },
      { ifNoneMatch: null, ifModifiedSince: stamp, answered: 304 },
    ]);
    expect(second.headlines.map((h) => h.title)).toEqual([
      'Regulação das criptomoedas avança em Bruxelas',
      'Bitcoin sobe após notícia do BCE',
    ]);
    expect(second.headlines).toEqual(first.headlines);
    expect(second.statuses[0]).toMatchObject({ status: 'ok', items: 2, detail: 'not modified (cached)' });
    expect(cache.entries.get('https://feeds.test/pt')).toMatchObject({ lastModified: stamp, contentType: 'text/xml' });
  });

  it('a 304 without a cached copy (no validators were sent) fails with a clear reason', async () => {
    const seen: Seen[] = [];
    server.use(
      http.get('https://feeds.test/odd', ({ request }) => {
        seen.push({
          ifNoneMatch: request.headers.get('if-none-match'),
          ifModifiedSince: request.headers.get('if-modified-since'),
          answered: 304,
        });
        return new HttpResponse(null, { status: 304 });
      }),
    );
    for (const cache of [createMemoryConditionalCache(), undefined]) {
      const { headlines, statuses } = await collectHeadlines({
        sources: [feed('odd')],
        fetch,
        now,
        ...(cache ? { cache } : {}),
      });
      expect(headlines).toEqual([]);
      expect(statuses[0]).toMatchObject({ status: 'failed', reason: 'http-status' });
      expect(statuses[0]!.detail).toBe(
        '[GET] https://feeds.test/odd: 304 Not Modified to a request without validators (no cached copy to serve)',
      );
    }
    expect(seen.every((s) => s.ifNoneMatch === null && s.ifModifiedSince === null)).toBe(true);
  });

  it('a changed feed replaces the cached body, and the next 304 serves the new items', async () => {
    let version = 'v1';
    const seen: Seen[] = [];
    server.use(etagFeed('moving', { v1: 'rss1-rdf.xml', v2: 'rss2-cdata.xml' }, () => version, seen));
    const cache = createMemoryConditionalCache();
    const v1 = await collectHeadlines({ sources: [feed('moving')], fetch, now, cache });
    version = 'v2';
    const v2 = await collectHeadlines({ sources: [feed('moving')], fetch, now, cache });
    const again = await collectHeadlines({ sources: [feed('moving')], fetch, now, cache });
    expect(seen.map((s) => [s.ifNoneMatch, s.answered])).toEqual([
      [null, 200],
      ['"v1"', 200],
      ['"v2"', 304],
    ]);
    expect(v1.headlines).toHaveLength(2);
    expect(v2.headlines).toHaveLength(5);
    expect(again.headlines).toEqual(v2.headlines);
  });

  it('a 304 carrying a new ETag refreshes the stored validators and keeps the body', async () => {
    let calls = 0;
    server.use(
      http.get('https://feeds.test/re', () => {
        calls++;
        if (calls === 1) return new HttpResponse(fixtureBytes('rss1-rdf.xml'), { headers: { etag: '"a"' } });
        return new HttpResponse(null, { status: 304, headers: { etag: '"b"' } });
      }),
    );
    const cache = createMemoryConditionalCache();
    await collectHeadlines({ sources: [feed('re')], fetch, now, cache });
    const body = cache.entries.get('https://feeds.test/re')!.body;
    const second = await collectHeadlines({ sources: [feed('re')], fetch, now, cache });
    expect(second.statuses[0]).toMatchObject({ status: 'ok', items: 2 });
    expect(cache.entries.get('https://feeds.test/re')).toMatchObject({ etag: '"b"', body });
  });

  it(`does not cache a body over ${MAX_CACHED_BODY_BYTES} bytes: the next run is a full GET`, async () => {
    const long = 'x'.repeat(MAX_CACHED_BODY_BYTES);
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><item><title>Bitcoin big item</title><link>https://big.test/a</link><description>${long}</description></item></channel></rss>`;
    const seen: (string | null)[] = [];
    server.use(
      http.get('https://feeds.test/big', ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        return new HttpResponse(xml, { headers: { etag: '"big"', 'content-type': 'application/rss+xml' } });
      }),
    );
    const cache = createMemoryConditionalCache();
    const first = await collectHeadlines({ sources: [feed('big')], fetch, now, cache });
    await collectHeadlines({ sources: [feed('big')], fetch, now, cache });
    expect(first.statuses[0]).toMatchObject({ status: 'ok', items: 1 });
    expect(cache.entries.size).toBe(0);
    expect(seen).toEqual([null, null]);
  });

  it('a broken cache (get and set throw) only costs a full GET', async () => {
    const seen: Seen[] = [];
    server.use(etagFeed('wire', { v1: 'rss2-cdata.xml' }, () => 'v1', seen));
    const broken: ConditionalCache = {
      get: () => Promise.reject(new Error('D1 down')),
      set: () => Promise.reject(new Error('D1 down')),
    };
    const { statuses } = await collectHeadlines({ sources: [feed('wire')], fetch, now, cache: broken });
    expect(statuses[0]).toMatchObject({ status: 'ok', items: 5 });
    expect(seen.map((s) => s.ifNoneMatch)).toEqual([null]);
  });
});
