// Cached public responses (src/http/public-cache.ts): a repeat read is served from the cache, and a publish makes
// the next read fresh. The cache is observed by changing a brief behind the store's back (same length, same stamps):
// a cached response keeps the old text until the public version moves.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeOf } from './email-seed.ts';
import { get, postRun } from './helpers.ts';

let id = '';
beforeAll(async () => {
  id = ((await (await postRun({})).json()) as { brief: { id: string } }).brief.id;
});

const markdownOf = async (path: string) => ((await (await get(path)).json()) as { markdown: string }).markdown;

describe('public response cache', () => {
  it('serves a repeat read from the cache, with the same ETag, and answers 304 to it', async () => {
    const first = await get(`/api/briefs/${id}`);
    const etag = first.headers.get('ETag');
    const text = ((await first.json()) as { markdown: string }).markdown;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    await env.DB.prepare("UPDATE briefs SET markdown = replace(markdown, 'Bitcoin', 'Bitcoim') WHERE id = ?")
      .bind(id)
      .run();
    const again = await get(`/api/briefs/${id}`);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(((await again.json()) as { markdown: string }).markdown).toBe(text);
    expect((await get(`/api/briefs/${id}`, { 'If-None-Match': etag! })).status).toBe(304);
  });

  it('a publish changes the public version: the next read renders the stored text', async () => {
    expect(await markdownOf(`/api/briefs/${id}`)).not.toContain('Bitcoim');
    expect((await postRun({ style: 'sector-recap' })).status).toBe(201);
    expect(await markdownOf(`/api/briefs/${id}`)).toContain('Bitcoim');
  });

  it('keys on the negotiated format: Markdown and JSON of one brief are cached apart', async () => {
    const markdown = await (await get(`/api/briefs/${id}?format=md`)).text();
    const json = await (await get(`/api/briefs/${id}`, { Accept: 'text/markdown' })).text();
    expect(markdown).toBe(json);
    expect((await get(`/api/briefs/${id}`)).headers.get('Content-Type')).toContain('application/json');
  });
});

describe('check counts in columns (migration 0007)', () => {
  it('are written with the report and read back by the lean list and latest reads', async () => {
    const store = storeOf(env.DB);
    const full = (await store.briefs.get(id))!;
    expect(full.report.claims.length).toBeGreaterThan(10);
    const listed = (await store.briefs.list({ status: 'published', limit: 10 })).items.find((item) => item.id === id)!;
    expect(listed.report).toEqual({ ok: full.report.ok, counts: full.report.counts });
    expect(listed).not.toHaveProperty('html');
    const summary = ((await (await get('/api/briefs?limit=10')).json()) as { items: { id: string; check: unknown }[] })
      .items;
    expect(summary.find((item) => item.id === id)?.check).toEqual(full.report.counts);
  });
});
