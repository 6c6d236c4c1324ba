import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/sources.ts';
import { collectHeadlines, SOURCE_CONCURRENCY } from '../../src/sources/collect-headlines.ts';
import { createMemoryConditionalCache } from '../../src/sources/conditional-cache.ts';
import { endlessStream, fixtureBytes } from './helpers/serve-fixtures.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = new Date('2026-11-20T22:00:00Z');
const feed = (id: string, kind: 'rss' | 'atom' = 'rss'): SourceConfig => ({
  id,
  name: id.toUpperCase(),
  kind,
  url: `https://feeds.test/${id}`,
});
const serve = (id: string, file: string, contentType: string) =>
  http.get(
    `https://feeds.test/${id}`,
    () => new HttpResponse(fixtureBytes(file), { headers: { 'content-type': contentType } }),
  );

describe('collectHeadlines over authored fixtures (msw)', () => {
  it('reads RSS 2.0 with CDATA: entities once, tags stripped, tracking removed, Eastern time as UTC, flags', async () => {
    server.use(serve('wire', 'rss2-cdata.xml', 'application/rss+xml; charset=utf-8'));
    const { headlines, statuses } = await collectHeadlines({ sources: [feed('wire')], fetch, now });
    expect(statuses[0]).toMatchObject({ id: 'wire', kind: 'feed', status: 'ok', items: 5 });
    expect(statuses[0]!.detail).toMatch(/1 item/);
    const [first, second, undated, future, relative] = headlines;
    expect(first).toMatchObject({
      title: 'Bitcoin & Ether Rise as Funding Turns Positive',
      canonicalUrl: 'https://wire.example.com/markets/btc-eth-funding?id=42',
      publishedAt: '2026-11-20T14:15:00.000Z', // 09:15 at -0500
      timeFlag: 'ok',
      sourceId: 'wire',
      sourceName: 'WIRE',
    });
    expect(first!.summary).toBe(
      'Perpetual funding on major venues flipped positive overnight, a sign that traders are paying to hold long positions again.',
    );
    expect(second).toMatchObject({
      title: "What's Next for Solana After the Validator Upgrade",
      canonicalUrl: 'https://wire.example.com/tech/solana-next',
    });
    expect(undated).toMatchObject({ title: 'Undated Item About Dogecoin', publishedAt: null, timeFlag: 'missing' });
    expect(future).toMatchObject({ timeFlag: 'future', publishedAt: now.toISOString() });
    expect(relative).toMatchObject({
      canonicalUrl: 'https://feeds.test/markets/relative-story',
      publishedAt: '2026-11-20T06:30:00.000Z',
    });
  });

  it('reads RSS 1.0 (RDF) and Atom (html titles, published before updated, broken dates flagged)', async () => {
    server.use(serve('rdf', 'rss1-rdf.xml', 'application/rdf+xml'), serve('atom', 'atom.xml', 'application/atom+xml'));
    const { headlines, statuses } = await collectHeadlines({
      sources: [feed('rdf'), feed('atom', 'atom')],
      fetch,
      now,
    });
    expect(statuses.map((s) => [s.id, s.status, s.items])).toEqual([
      ['rdf', 'ok', 2],
      ['atom', 'ok', 3],
    ]);
    expect(headlines.map((h) => [h.title, h.canonicalUrl, h.publishedAt, h.timeFlag])).toEqual([
      ['Cardano Developers Publish Upgrade Timeline', 'https://rdf.example.org/a', '2026-11-20T06:00:00.000Z', 'ok'],
      ['Polkadot Treasury Funds New Tooling Grants', 'https://rdf.example.org/b', '2026-11-20T06:45:00.000Z', 'ok'],
      [
        'Avalanche & Polygon Teams Announce Bridge Audit',
        'https://atom.example.net/posts/bridge-audit?page=2',
        '2026-11-20T12:00:00.000Z',
        'ok',
      ],
      [
        'Only Updated, Never Published',
        'https://atom.example.net/posts/updated-only',
        '2026-11-20T01:02:03.000Z',
        'ok',
      ],
      ['Entry With A Broken Date', 'https://atom.example.net/posts/broken-date', null, 'missing'],
    ]);
    expect(headlines[2]!.summary).toBe('An external firm will review the bridge contracts.');
  });

  it('decodes ISO-8859-1 with CRLF from the XML prolog, and windows-1252 from the HTTP header', async () => {
    server.use(
      serve('pt', 'latin1-crlf.xml', 'text/xml'),
      serve('cp', 'cp1252.xml', 'application/rss+xml; charset=windows-1252'),
    );
    const { headlines } = await collectHeadlines({ sources: [feed('pt'), feed('cp')], fetch, now });
    expect(headlines.map((h) => h.title)).toEqual([
      'Regulação das criptomoedas avança em Bruxelas',
      'Bitcoin sobe após notícia do BCE',
      '“Bitcoin at €80,000” — traders’ target for December',
      'Café owners accept Ether… slowly',
    ]);
    expect(headlines[0]!.summary).toBe('A Comissão Europeia publicou orientações sobre stablecoins.');
    expect(headlines[0]!.publishedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('reads an HTML listing page with the configured selectors', async () => {
    const page: SourceConfig = {
      id: 'slate',
      name: 'Slate',
      kind: 'html',
      url: 'https://cryptoslate.com/news/',
      selectors: { item: 'article.post-card', title: 'h2 a', link: 'h2 a', time: 'time', summary: 'p.excerpt' },
    };
    server.use(
      http.get(
        'https://cryptoslate.com/news/',
        () => new HttpResponse(fixtureBytes('listing.html'), { headers: { 'content-type': 'text/html' } }),
      ),
    );
    const { headlines, statuses } = await collectHeadlines({ sources: [page], fetch, now });
    expect(statuses[0]).toMatchObject({ kind: 'page', status: 'ok', items: 3 });
    expect(headlines.map((h) => [h.title, h.canonicalUrl, h.publishedAt])).toEqual([
      [
        'XRP Ledger Validators Approve Amendment',
        'https://cryptoslate.com/news/xrp-ledger-upgrade/',
        '2026-11-20T08:00:00.000Z',
      ],
      [
        'Render Network Opens Creator Grants',
        'https://cryptoslate.com/news/render-network-grants/',
        '2026-11-20T08:30:00.000Z',
      ],
      ['Story Without a Time Element', 'https://cryptoslate.com/news/no-time/', null],
    ]);
    expect(headlines[0]!.summary).toBe(
      'Validators reached the supermajority needed for the change & it activates next week.',
    );
  });
});

describe('bad input gives a per-source reason and never stops the others', () => {
  it('maps each failure to its reason while the good source still succeeds', async () => {
    const big = endlessStream(20 * 1024 * 1024);
    server.use(
      serve('good', 'rss1-rdf.xml', 'application/rdf+xml'),
      serve('truncated', 'truncated.xml', 'application/rss+xml'),
      serve('html', 'html-instead-of-feed.xml', 'text/html'),
      serve('garbage', 'garbage.bin', 'application/octet-stream'),
      serve('empty', 'empty.xml', 'application/rss+xml'),
      http.get(
        'https://feeds.test/huge',
        () => new HttpResponse(big.stream, { headers: { 'content-type': 'application/rss+xml' } }),
      ),
      http.get(
        'https://feeds.test/declared-huge',
        () => new HttpResponse('x', { headers: { 'content-length': String(20 * 1024 * 1024) } }),
      ),
      http.get(
        'https://feeds.test/error',
        () => new HttpResponse('oops', { status: 500, statusText: 'Internal Server Error' }),
      ),
      http.get(
        'https://feeds.test/limited',
        () => new HttpResponse('slow down', { status: 429, statusText: 'Too Many Requests' }),
      ),
      http.get('https://feeds.test/slow', async () => {
        await delay('infinite');
        return new HttpResponse('');
      }),
      http.get('https://feeds.test/down', () => HttpResponse.error()),
    );
    const ids = [
      'good',
      'truncated',
      'html',
      'garbage',
      'empty',
      'huge',
      'declared-huge',
      'error',
      'limited',
      'slow',
      'down',
    ];
    const { headlines, statuses } = await collectHeadlines({
      sources: ids.map((id) => feed(id)),
      fetch,
      now,
      timeoutMs: 300,
      maxBytes: 1024 * 1024,
    });
    const byId = Object.fromEntries(statuses.map((s) => [s.id, s]));
    expect(byId.good).toMatchObject({ status: 'ok', items: 2 });
    expect(byId.empty).toMatchObject({ status: 'ok', items: 0, detail: 'the feed has no items' });
    expect(byId.truncated).toMatchObject({ status: 'failed', reason: 'parse-error' });
    expect(byId.html).toMatchObject({
      status: 'failed',
      reason: 'not-a-feed',
      detail: 'not a feed: the document is an HTML page',
    });
    expect(byId.garbage).toMatchObject({ status: 'failed', reason: 'not-a-feed' });
    expect(byId.huge).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(big.pulled()).toBeLessThan(3 * 1024 * 1024); // stopped reading near the 1 MiB cap, not at 20 MB
    expect(byId['declared-huge']).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(byId.error).toMatchObject({
      status: 'failed',
      reason: 'http-status',
      detail: '[GET] https://feeds.test/error: 500 Internal Server Error',
    });
    expect(byId.limited).toMatchObject({ status: 'failed', reason: 'rate-limited' });
    expect(byId.slow).toMatchObject({ status: 'failed', reason: 'timeout' });
    expect(byId.down).toMatchObject({ status: 'failed', reason: 'network' });
    expect(statuses.map((s) => s.id)).toEqual(ids);
    expect(headlines.every((h) => h.sourceId === 'good')).toBe(true);
  });

  it('caps the default size at 5 MiB: a streamed 20 MB body is too-large', async () => {
    const big = endlessStream(20 * 1024 * 1024);
    server.use(http.get('https://feeds.test/huge', () => new HttpResponse(big.stream)));
    const { statuses } = await collectHeadlines({ sources: [feed('huge')], fetch, now });
    expect(statuses[0]).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(big.pulled()).toBeLessThan(7 * 1024 * 1024);
  });
});

describe('fetch etiquette', () => {
  it('sends a User-Agent naming groundbrief and keeps at most 6 requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const agents = new Set<string>();
    server.use(
      http.get('https://feeds.test/:id', async ({ request }) => {
        agents.add(request.headers.get('user-agent') ?? '');
        inFlight++;
        peak = Math.max(peak, inFlight);
        await delay(20);
        inFlight--;
        return new HttpResponse(fixtureBytes('empty.xml'), { headers: { 'content-type': 'application/rss+xml' } });
      }),
    );
    const sources = Array.from({ length: 15 }, (_, i) => feed(`f${i}`));
    const { statuses } = await collectHeadlines({ sources, fetch, now });
    expect(statuses.every((s) => s.status === 'ok')).toBe(true);
    expect(peak).toBe(SOURCE_CONCURRENCY);
    expect([...agents]).toHaveLength(1);
    expect([...agents][0]).toMatch(/^groundbrief\//);
  });

  it('sends If-None-Match / If-Modified-Since from the cache and answers a 304 from the cached body', async () => {
    const seen: (string | null)[][] = [];
    server.use(
      http.get('https://feeds.test/cond', ({ request }) => {
        seen.push([request.headers.get('if-none-match'), request.headers.get('if-modified-since')]);
        if (request.headers.get('if-none-match') === '"v1"') return new HttpResponse(null, { status: 304 });
        return new HttpResponse(fixtureBytes('rss1-rdf.xml'), {
          headers: { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 06:00:00 GMT' },
        });
      }),
    );
    const cache = createMemoryConditionalCache();
    const first = await collectHeadlines({ sources: [feed('cond')], fetch, now, cache });
    const second = await collectHeadlines({ sources: [feed('cond')], fetch, now, cache });
    expect(seen).toEqual([
      [null, null],
      ['"v1"', 'Fri, 20 Nov 2026 06:00:00 GMT'],
    ]);
    expect(first.statuses[0]).toMatchObject({ status: 'ok', items: 2 });
    expect(second.statuses[0]).toMatchObject({ status: 'ok', items: 2, bytes: 0, detail: 'not modified (cached)' });
    expect(second.headlines).toEqual(first.headlines);
  });

  it('does not remember validators of a body that failed to parse', async () => {
    server.use(
      http.get(
        'https://feeds.test/bad',
        () => new HttpResponse(fixtureBytes('truncated.xml'), { headers: { etag: '"broken"' } }),
      ),
    );
    const cache = createMemoryConditionalCache();
    await collectHeadlines({ sources: [feed('bad')], fetch, now, cache });
    expect(cache.entries.size).toBe(0);
  });
});
