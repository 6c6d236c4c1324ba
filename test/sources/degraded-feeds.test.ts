import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/sources.ts';
import { collectHeadlines, MAX_ITEMS_PER_SOURCE } from '../../src/sources/collect-headlines.ts';
import { TITLE_MAX_CHARS } from '../../src/sources/normalize-headline.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = new Date('2026-11-20T22:00:00Z');
const source: SourceConfig = { id: 'wire', name: 'Wire', kind: 'rss', url: 'https://feeds.test/wire' };
const item = (title: string, n: number) =>
  `<item><title>${title}</title><link>https://wire.test/${n}</link><pubDate>Fri, 20 Nov 2026 09:${String(n % 60).padStart(2, '0')}:00 GMT</pubDate></item>`;
const rss = (items: string[], encoding = 'UTF-8') =>
  `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
const serve = (body: string | Uint8Array, contentType = 'application/rss+xml; charset=utf-8') =>
  server.use(http.get(source.url, () => new HttpResponse(body, { headers: { 'content-type': contentType } })));
const collect = () => collectHeadlines({ sources: [source], fetch, now });

describe('feeds degraded by their publisher', () => {
  it('an ISO-8859-1 body under a charset=UTF-8 header is read by its XML declaration, and the status says so', async () => {
    const text = rss([item('Café owners in Zürich accept bitcoin', 1), item('Señor Ether', 2)], 'ISO-8859-1');
    serve(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    const { headlines, statuses } = await collect();
    expect(headlines.map((h) => h.title)).toEqual(['Café owners in Zürich accept bitcoin', 'Señor Ether']);
    expect(statuses[0]).toMatchObject({ status: 'ok', items: 2 });
    expect(statuses[0]!.detail).toMatch(/charset=utf-8 .* decoded as windows-1252/);
  });

  it('a UTF-8 body under a UTF-8 header is left alone (no note)', async () => {
    serve(new TextEncoder().encode(rss([item('Café', 1)], 'ISO-8859-1')));
    const { headlines, statuses } = await collect();
    expect(headlines[0]!.title).toBe('Café');
    expect(statuses[0]!.detail).toBeUndefined();
  });

  it('one bare & and one bare < in titles do not drop the feed: every item is kept, the status says repaired', async () => {
    serve(rss([item('AT&T adds bitcoin payments', 1), item('Ether < $3,000 again', 2), item('Plain title', 3)]));
    const { headlines, statuses } = await collect();
    expect(headlines.map((h) => h.title)).toEqual([
      'AT&T adds bitcoin payments',
      'Ether < $3,000 again',
      'Plain title',
    ]);
    expect(statuses[0]).toMatchObject({ status: 'ok', items: 3 });
    expect(statuses[0]!.detail).toMatch(/repaired broken XML: escaped 2/);
  });

  it('a title with a tag-like <word> is skipped alone: the other items are read one by one', async () => {
    serve(rss([item('Good one', 1), item('Broken <Bitcoin rally', 2), item('Good two', 3)]));
    const { headlines, statuses } = await collect();
    expect(headlines.map((h) => h.title)).toEqual(['Good one', 'Good two']);
    expect(statuses[0]!.detail).toMatch(/read 2 item\(s\) one by one, 1 unreadable skipped/);
  });

  it(`reads at most ${MAX_ITEMS_PER_SOURCE} items of a source and says how many it skipped`, async () => {
    serve(rss(Array.from({ length: MAX_ITEMS_PER_SOURCE + 50 }, (_, n) => item(`Story number ${n}`, n))));
    const { headlines, statuses } = await collect();
    expect(headlines).toHaveLength(MAX_ITEMS_PER_SOURCE);
    expect(headlines[0]!.title).toBe('Story number 0');
    expect(statuses[0]!.detail).toMatch(/50 item\(s\) over the cap of 200/);
  });

  it(`cuts a huge title to ${TITLE_MAX_CHARS} characters at a word`, async () => {
    serve(rss([item(Array.from({ length: 20_000 }, () => 'bitcoin').join(' '), 1)]));
    const { headlines } = await collect();
    expect(headlines[0]!.title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(headlines[0]!.title).toMatch(/^bitcoin bitcoin .*bitcoin…$/);
  });
});
