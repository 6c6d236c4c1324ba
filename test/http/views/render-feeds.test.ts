import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildJsonFeed, buildSummary, renderRssFeed } from '../../../src/http/views/render-feeds.ts';
import type { StoredBrief } from '../../../src/store/index.ts';

function makeBrief(overrides: Partial<StoredBrief>): StoredBrief {
  return {
    id: '2026-11-20-daily-snapshot',
    editionDate: '2026-11-20',
    style: 'daily-snapshot',
    status: 'published',
    title: 'Bitcoin & friends <slide>',
    dek: null,
    markdown: '# Bitcoin & friends <slide>\n\nBTC fell **3.2%** over 24h; see [a](https://x.test/a).\n\nMore.',
    report: {
      ok: true,
      counts: { supported: 1, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
      claims: [],
      ignored: [],
    },
    writer: { kind: 'template' },
    fallback: null,
    version: 1,
    createdAt: '2026-11-20T06:00:01.000Z',
    updatedAt: '2026-11-20T06:00:01.000Z',
    publishedAt: '2026-11-20T06:00:02.000Z',
    ...overrides,
  };
}

const input = {
  briefs: [
    makeBrief({}),
    makeBrief({
      id: '2026-11-19-daily-snapshot',
      editionDate: '2026-11-19',
      title: 'Older',
      publishedAt: '2026-11-19T06:00:00.000Z',
    }),
  ],
  baseUrl: 'https://gb.test',
  title: 'groundbrief',
  description: 'briefs',
};

describe('renderRssFeed', () => {
  it('parses with rss-parser: titles unescaped, links to the pages, dates and content intact', async () => {
    const feed = await new Parser().parseString(renderRssFeed(input));
    expect(feed.title).toBe('groundbrief');
    expect(feed.items).toHaveLength(2);
    const [first] = feed.items;
    expect(first?.title).toBe('Bitcoin & friends <slide>');
    expect(first?.link).toBe('https://gb.test/briefs/2026-11-20-daily-snapshot');
    expect(first?.guid).toBe('https://gb.test/briefs/2026-11-20-daily-snapshot');
    expect(new Date(first!.pubDate!).toISOString()).toBe('2026-11-20T06:00:02.000Z');
    // rendered from the Markdown on read (not the stored html column), raw HTML escaped
    expect(first?.['content:encoded']).toContain('<h1>Bitcoin &amp; friends &lt;slide&gt;</h1>');
    expect(first?.['content:encoded']).toContain('<strong>3.2%</strong> over 24h');
    expect(first?.contentSnippet ?? first?.content).toBeTruthy();
  });

  it('still parses when feed text carries C0 control characters (dropped; tab and newline kept)', async () => {
    const dirty = makeBrief({
      title: 'Bell\x07 in the title\x00',
      dek: 'Dek with\x1b escape\x0b and\ttab',
      markdown: 'body\x08 text\x07',
    });
    const xml = renderRssFeed({ ...input, briefs: [dirty], title: 'ground\x01brief' });
    expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('groundbrief');
    expect(feed.items[0]?.title).toBe('Bell in the title');
    expect(feed.items[0]?.content).toBe('Dek with escape and\ttab');
    expect(feed.items[0]?.['content:encoded']).toMatch(/^<p>body text<\/p>\n<p class="disclosure">/);
  });

  it('is a valid empty channel when nothing is published', async () => {
    const feed = await new Parser().parseString(renderRssFeed({ ...input, briefs: [] }));
    expect(feed.items).toHaveLength(0);
  });
});

describe('buildJsonFeed', () => {
  it('follows JSON Feed 1.1: version URL, unique ids, RFC 3339 dates, content', () => {
    const feed = buildJsonFeed(input);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://gb.test/feed.json');
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(2);
    for (const item of feed.items) {
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      expect(item.content_html.length).toBeGreaterThan(0);
      expect(item.url.startsWith('https://gb.test/briefs/')).toBe(true);
    }
  });
});

describe('buildSummary', () => {
  it('uses the first paragraph without markup when there is no dek', () => {
    expect(buildSummary(makeBrief({}))).toBe('BTC fell 3.2% over 24h; see a.');
    expect(buildSummary(makeBrief({ dek: 'The dek.' }))).toBe('The dek.');
  });
});
