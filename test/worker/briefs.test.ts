import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/index.ts';
import { get, postRun, type ErrorJson } from './helpers.ts';

type Summary = { id: string; editionDate: string; style: string; status: string; verified: boolean };
type ListJson = { items: Summary[]; nextCursor: string | null; next: string | null };

let latestId = '';

beforeAll(async () => {
  expect((await postRun({})).status).toBe(201);
  // Copies of the run's brief on earlier days (and one unpublished), so paging and filters have something to walk.
  const store = createStore(env.DB, () => new Date());
  const source = (await store.briefs.get((await store.briefs.latestPublished())!.id))!;
  latestId = source.id;
  const record = (await store.snapshots.get(source.id))!;
  for (const [day, status] of [
    ['2026-01-03', 'published'],
    ['2026-01-02', 'published'],
    ['2026-01-01', 'needs_review'],
  ] as const) {
    await store.briefs.insertEdition({
      brief: {
        editionDate: day,
        style: 'daily-snapshot',
        title: `Brief of ${day}`,
        markdown: `# Brief of ${day}\n\nText.`,
        writer: source.writer,
        createdAt: `${day}T06:00:00.000Z`,
      },
      report: source.report,
      status,
      record,
      actor: 'test',
      at: `${day}T06:00:00.000Z`,
    });
  }
});

describe('GET /api/briefs', () => {
  it('lists published briefs newest first and pages with the cursor', async () => {
    const first = (await (await get('/api/briefs?limit=2')).json()) as ListJson;
    expect(first.items.map((item) => item.id)).toEqual([latestId, '2026-01-03-daily-snapshot']);
    expect(first.nextCursor).toBeTruthy();
    expect(first.next).toContain('cursor=');
    const second = (await (await get(`/api/briefs?limit=2&cursor=${first.nextCursor}`)).json()) as ListJson;
    expect(second.items.map((item) => item.id)).toEqual(['2026-01-02-daily-snapshot']);
    expect(second.nextCursor).toBeNull();
    expect(second.items.every((item) => item.status === 'published')).toBe(true);
  });

  it('filters by style', async () => {
    const none = (await (await get('/api/briefs?style=weekly-update')).json()) as ListJson;
    expect(none.items).toEqual([]);
    const daily = (await (await get('/api/briefs?style=daily-snapshot')).json()) as ListJson;
    expect(daily.items).toHaveLength(3);
  });

  it('400 naming the parameter for bad limit, style, status, cursor or an unknown parameter', async () => {
    for (const [query, name] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=51', 'limit'],
      ['style=poem', 'style'],
      ['status=needs_review', 'status'],
      ['cursor=zzz', 'cursor'],
      ['sort=asc', 'sort'],
    ]) {
      const response = await get(`/api/briefs?${query}`);
      expect(response.status, query).toBe(400);
      const error = ((await response.json()) as ErrorJson).error;
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message, query).toContain(name);
    }
  });
});

describe('GET /api/briefs/latest and /api/briefs/:id', () => {
  it('returns the latest verified brief as JSON with ETag and Cache-Control', async () => {
    const response = await get('/api/briefs/latest');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(response.headers.get('ETag')).toBeTruthy();
    expect(response.headers.get('Cache-Control')).toContain('max-age=');
    const brief = (await response.json()) as Summary & { markdown: string; html: string };
    expect(brief).toMatchObject({ id: latestId, status: 'published', verified: true });
    expect(brief.markdown.startsWith('# ')).toBe(true);
    expect(brief.html).toContain('<h1>');
  });

  it('serves Markdown and HTML by ?format= and by Accept', async () => {
    const markdown = await get(`/api/briefs/${latestId}?format=md`);
    expect(markdown.headers.get('Content-Type')).toContain('text/markdown');
    expect((await markdown.text()).startsWith('# ')).toBe(true);
    const html = await get(`/api/briefs/${latestId}`, { Accept: 'text/html' });
    expect(html.headers.get('Content-Type')).toContain('text/html');
    expect(await html.text()).toContain('<h1>');
    for (const response of [
      html,
      await get(`/api/briefs/${latestId}?format=html`),
      await get('/api/briefs/latest?format=html'),
    ]) {
      const csp = response.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    const byAccept = await get('/api/briefs/latest', { Accept: 'text/markdown' });
    expect(byAccept.headers.get('Content-Type')).toContain('text/markdown');
  });

  it('answers 304 to a matching If-None-Match, 200 to a stale one', async () => {
    const first = await get(`/api/briefs/${latestId}`);
    const tag = first.headers.get('ETag')!;
    const cached = await get(`/api/briefs/${latestId}`, { 'If-None-Match': tag });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('ETag')).toBe(tag);
    expect(await cached.text()).toBe('');
    const stale = await get(`/api/briefs/${latestId}`, { 'If-None-Match': '"not-the-tag"' });
    expect(stale.status).toBe(200);
  });

  it('404 for an unknown id and for a brief that is not published', async () => {
    for (const id of ['2099-01-01-daily-snapshot', 'nonsense', '2026-01-01-daily-snapshot']) {
      const response = await get(`/api/briefs/${id}`);
      expect(response.status, id).toBe(404);
      expect(((await response.json()) as ErrorJson).error.code).toBe('NOT_FOUND');
    }
  });

  it('400 for an unknown format', async () => {
    const response = await get(`/api/briefs/${latestId}?format=pdf`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.message).toContain('format');
  });
});
