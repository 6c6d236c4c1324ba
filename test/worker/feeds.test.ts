import { env } from 'cloudflare:workers';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, postRun, type ErrorJson } from './helpers.ts';

let briefId = '';
beforeAll(async () => {
  const response = await postRun({});
  briefId = ((await response.json()) as { brief: { id: string } }).brief.id;
});

describe('GET /feed.xml', () => {
  it('is RSS 2.0 that rss-parser reads, one item per published brief, linking its page', async () => {
    const response = await get('/feed.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/rss+xml');
    const feed = await new Parser().parseString(await response.text());
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.link).toBe(`https://groundbrief.test/briefs/${briefId}`);
    expect(feed.items[0]?.title?.length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(feed.items[0]!.pubDate!))).toBe(false);
  });

  it('supports ETag revalidation', async () => {
    const tag = (await get('/feed.xml')).headers.get('ETag')!;
    expect((await get('/feed.xml', { 'If-None-Match': tag })).status).toBe(304);
  });

  it('still parses when a published title carries a control character (\\x07 dropped)', async () => {
    const original = (await env.DB.prepare('SELECT title FROM briefs WHERE id = ?')
      .bind(briefId)
      .first<{ title: string }>())!.title;
    await env.DB.prepare('UPDATE briefs SET title = ?2 WHERE id = ?1').bind(briefId, `Bell\x07 ${original}`).run();
    try {
      const feed = await new Parser().parseString(await (await get('/feed.xml')).text());
      expect(feed.items[0]?.title).toBe(`Bell ${original}`);
    } finally {
      await env.DB.prepare('UPDATE briefs SET title = ?2 WHERE id = ?1').bind(briefId, original).run();
    }
  });

  it('400 for an unknown style filter', async () => {
    const response = await get('/feed.xml?style=limerick');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.message).toContain('style');
  });
});

describe('GET /feed.json', () => {
  it('is JSON Feed 1.1 served as application/feed+json', async () => {
    const response = await get('/feed.json');
    expect(response.headers.get('Content-Type')).toContain('application/feed+json');
    const feed = (await response.json()) as {
      version: string;
      feed_url: string;
      items: { id: string; url: string; content_html: string; date_published: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://groundbrief.test/feed.json');
    expect(feed.items.map((item) => item.id)).toEqual([briefId]);
    expect(feed.items[0]?.content_html).toContain('<h1>');
  });
});
