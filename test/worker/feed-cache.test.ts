import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSources, type SourceConfig } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { fixtureDay } from '../../src/generated/fixture-day.js';
import { buildEditionSource } from '../../src/pipeline/edition-source.ts';
import { runEdition } from '../../src/pipeline/run-edition.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';
import { collectHeadlines } from '../../src/sources/collect-headlines.ts';
import { MAX_CACHED_BODY_BYTES } from '../../src/sources/conditional-cache.ts';
import { createStore } from '../../src/store/index.ts';
import { withEtags, type EtagLog } from '../pipeline/helpers/etag-fetch.ts';
import { postRun } from './helpers.ts';

// The D1 feed_cache (migrations 0001 + 0003) as the conditional-GET store, inside workerd.
const asOf = new Date(fixtureDay.recording.asOf);
const store = createStore(env.DB, () => asOf);
type Row = {
  url: string;
  etag: string | null;
  last_modified: string | null;
  body: string | null;
  content_type: string | null;
};
const readRow = (url: string) =>
  env.DB.prepare('SELECT url, etag, last_modified, body, content_type FROM feed_cache WHERE url = ?')
    .bind(url)
    .first<Row>();

const feedXml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Bitcoin holds above $90,000 as ETF inflows return</title><link>https://desk.test/a?utm_source=rss</link><pubDate>Fri, 20 Nov 2026 05:00:00 GMT</pubDate></item>
<item><title>Ether staking queue shrinks – validators “exit”</title><link>https://desk.test/b</link><pubDate>Fri, 20 Nov 2026 04:00:00 GMT</pubDate></item>
</channel></rss>`;
const desk: SourceConfig = { id: 'desk', name: 'Desk', kind: 'rss', url: 'https://desk.test/rss' };

afterEach(() => vi.unstubAllGlobals());

describe('feed_cache in D1', () => {
  it('has the body and content_type columns of migration 0003', async () => {
    const { results } = await env.DB.prepare('PRAGMA table_info(feed_cache)').all<{ name: string }>();
    expect(results.map((column) => column.name)).toEqual([
      'url',
      'etag',
      'last_modified',
      'updated_at',
      'body',
      'content_type',
    ]);
  });

  it('round-trips validators and body across two runs: the 304 run yields the same headlines', async () => {
    const requests: { ifNoneMatch: string | null; ifModifiedSince: string | null }[] = [];
    const fetch: typeof globalThis.fetch = async (resource, init) => {
      const request = new Request(resource, init);
      requests.push({
        ifNoneMatch: request.headers.get('if-none-match'),
        ifModifiedSince: request.headers.get('if-modified-since'),
      });
      if (request.headers.get('if-none-match') === 'W/"d1"') return new Response(null, { status: 304 });
      return new Response(feedXml, {
        headers: {
          etag: 'W/"d1"',
          'last-modified': 'Fri, 20 Nov 2026 05:01:00 GMT',
          'content-type': 'application/rss+xml; charset=utf-8',
        },
      });
    };
    const first = await collectHeadlines({ sources: [desk], fetch, now: asOf, cache: store.feedCache });
    expect(await readRow(desk.url)).toEqual({
      url: desk.url,
      etag: 'W/"d1"',
      last_modified: 'Fri, 20 Nov 2026 05:01:00 GMT',
      body: feedXml,
      content_type: 'application/rss+xml; charset=utf-8',
    });
    const second = await collectHeadlines({ sources: [desk], fetch, now: asOf, cache: store.feedCache });
    expect(requests).toEqual([
      { ifNoneMatch: null, ifModifiedSince: null },
      { ifNoneMatch: 'W/"d1"', ifModifiedSince: 'Fri, 20 Nov 2026 05:01:00 GMT' },
    ]);
    expect(first.headlines.map((h) => [h.title, h.canonicalUrl])).toEqual([
      ['Bitcoin holds above $90,000 as ETF inflows return', 'https://desk.test/a'],
      ['Ether staking queue shrinks – validators “exit”', 'https://desk.test/b'],
    ]);
    expect(second.headlines).toEqual(first.headlines);
    expect(second.statuses[0]).toMatchObject({ status: 'ok', items: 2, bytes: 0, detail: 'not modified (cached)' });
  });

  it('a row from before 0003 (validators, no body) is a miss: no conditional headers are sent', async () => {
    await env.DB.prepare(
      "INSERT INTO feed_cache (url, etag, updated_at) VALUES ('https://old.test/rss', '\"old\"', '2026-11-19T06:00:00Z')",
    ).run();
    expect(await store.feedCache.get('https://old.test/rss')).toBeUndefined();
    let sent: string | null = 'unset';
    const fetch: typeof globalThis.fetch = async (resource, init) => {
      sent = new Request(resource, init).headers.get('if-none-match');
      return new Response(feedXml, { headers: { etag: '"new"' } });
    };
    const { statuses } = await collectHeadlines({
      sources: [{ ...desk, url: 'https://old.test/rss' }],
      fetch,
      now: asOf,
      cache: store.feedCache,
    });
    expect(sent).toBeNull();
    expect(statuses[0]).toMatchObject({ status: 'ok', items: 2 });
    expect(await readRow('https://old.test/rss')).toMatchObject({ etag: '"new"', body: feedXml });
  });

  it('refuses a body over the cap (D1 values stop at 2 MB)', async () => {
    await expect(
      store.feedCache.set('https://big.test/rss', { etag: '"x"', body: 'x'.repeat(MAX_CACHED_BODY_BYTES + 1) }),
    ).rejects.toThrow(RangeError);
    expect(await readRow('https://big.test/rss')).toBeNull();
  });
});

describe('wiring: live runs use the D1 cache, offline replays do not', () => {
  it('live: two runEdition calls over the same feeds, the second served by 304s, keep the same headlines', async () => {
    await env.DB.exec(
      'DELETE FROM claims; DELETE FROM snapshots; DELETE FROM audit_log; DELETE FROM briefs; DELETE FROM feed_cache;',
    );
    const log: EtagLog = [];
    const replay = buildReplayFetch(fixtureDay.recording, new Map(Object.entries(fixtureDay.bodies)));
    vi.stubGlobal(
      'fetch',
      withEtags(
        replay,
        defaultSources.map((source) => source.url),
        (url) => `"${url.length}"`,
        log,
      ),
    );
    const source = {
      ...buildEditionSource({ mode: 'live', now: () => asOf, feedCache: store.feedCache }),
      marketConfig: { enableRateLimit: false },
    };
    expect(source.feedCache).toBe(store.feedCache);
    const deps = {
      store,
      registry: defaultRegistry,
      sources: defaultSources,
      source,
      writer: { kind: 'template' as const, write: templateWriter },
      autoPublish: true,
      elapsedMs: () => 0,
      now: () => asOf,
    };

    const first = await runEdition({ style: 'daily-snapshot', actor: 'test' }, deps);
    const second = await runEdition({ style: 'sector-recap', actor: 'test' }, deps);
    expect([first.outcome, second.outcome]).toEqual(['created', 'created']);
    const a = (await store.snapshots.get(first.brief.id))!;
    const b = (await store.snapshots.get(second.brief.id))!;
    const okFeeds = a.snapshot.sources
      .filter((s) => (s.kind === 'feed' || s.kind === 'page') && s.status === 'ok')
      .map((s) => s.id);
    expect(okFeeds.length).toBeGreaterThanOrEqual(3);
    const okUrls = defaultSources
      .filter((s) => okFeeds.includes(s.id))
      .map((s) => s.url)
      .sort();
    expect(
      log
        .filter((entry) => entry.status === 304)
        .map((entry) => entry.url)
        .sort(),
    ).toEqual(okUrls);
    const { results } = await env.DB.prepare('SELECT url FROM feed_cache WHERE body IS NOT NULL ORDER BY url').all<{
      url: string;
    }>();
    expect(results.map((row) => row.url)).toEqual(okUrls);
    expect(b.snapshot.headlines).toEqual(a.snapshot.headlines);
    for (const id of okFeeds)
      expect(b.snapshot.sources.find((s) => s.id === id)?.detail).toMatch(/^not modified \(cached\)/);
  });

  it('offline: buildEditionSource drops the cache, and a replayed run writes nothing to feed_cache', async () => {
    await env.DB.exec(
      'DELETE FROM claims; DELETE FROM snapshots; DELETE FROM audit_log; DELETE FROM briefs; DELETE FROM feed_cache;',
    );
    expect(
      buildEditionSource({ mode: 'offline', now: () => asOf, feedCache: store.feedCache }).feedCache,
    ).toBeUndefined();
    const response = await postRun({ style: 'daily-snapshot' });
    expect(response.status).toBe(201);
    const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM feed_cache').first<{ n: number }>();
    expect(row?.n).toBe(0);
  });
});
