// The per-isolate memo of the public version (src/store/public-version-cache.ts): a cached public read makes no D1
// query; a write through the store in this isolate (publish, correction, withdrawal) is seen on the next read; a write
// behind the store's back is seen once the memo's TTL has passed on the injected clock (never a timed assertion).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Env } from '../../src/env.ts';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';
import { createStore } from '../../src/store/index.ts';
import { apiToken } from './helpers.ts';

const ttlMs = 3_000;
let clockMs = Date.parse('2026-12-06T06:00:00.000Z');
const now = () => new Date(clockMs);

/** The pool's D1, counting every statement prepared or batched through it (one object: the memo is per database). */
let queries = 0;
const countingDb = new Proxy(env.DB, {
  get(target, property) {
    const value = Reflect.get(target, property, target) as unknown;
    if (typeof value !== 'function') return value;
    if (property === 'prepare' || property === 'exec') {
      return (...args: unknown[]) => {
        queries += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    }
    return (value as (...a: unknown[]) => unknown).bind(target);
  },
});
const testEnv = { ...env, DB: countingDb } as Env;
const app = createApp({
  services: (workerEnv, invocation) => buildServices(workerEnv, { ...invocation, now, publicVersionTtlMs: ttlMs }),
});
const store = createStore(countingDb, now, { publicVersionTtlMs: ttlMs });

const get = (path: string) => app.request(path, {}, testEnv);
const latest = async () =>
  (await (await get('/api/briefs/latest')).json()) as { id: string; title: string; markdown: string; version: number };
const postRun = (body: unknown) =>
  app.request(
    '/api/runs',
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
    testEnv,
  );

let id = '';
beforeAll(async () => {
  const response = await postRun({});
  expect(response.status).toBe(201);
  id = ((await response.json()) as { brief: { id: string } }).brief.id;
});

describe('public version memo', () => {
  it('answers a repeat public read without any D1 query', async () => {
    await latest();
    await get('/feed.xml');
    queries = 0;
    expect((await latest()).id).toBe(id);
    expect((await get('/feed.xml')).status).toBe(200);
    expect(queries).toBe(0);
  });

  it('sees a change made behind the store only after the TTL on the injected clock', async () => {
    const before = await latest();
    await env.DB.prepare("UPDATE briefs SET title = title || ' (edited by SQL)', updated_at = ?2 WHERE id = ?1")
      .bind(id, now().toISOString())
      .run();
    clockMs += ttlMs - 1;
    expect((await latest()).title).toBe(before.title);
    clockMs += 1;
    queries = 0;
    expect((await latest()).title).toBe(`${before.title} (edited by SQL)`);
    expect(queries).toBeGreaterThan(0);
  });

  it('sees a publish in this isolate at once (clock not moved)', async () => {
    const before = await latest();
    const response = await postRun({ style: 'sector-recap' });
    expect(response.status).toBe(201);
    const published = ((await response.json()) as { brief: { id: string; status: string } }).brief;
    expect(published.status).toBe('published');
    const listed = (await (await get('/api/briefs?limit=10')).json()) as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).toContain(published.id);
    expect(listed.items.map((item) => item.id)).toContain(before.id);
  });

  it('sees a correction and a withdrawal through the store in this isolate at once (clock not moved)', async () => {
    const current = (await store.briefs.get(id))!;
    expect((await (await get(`/api/briefs/${id}`)).json()) as { markdown: string }).toMatchObject({
      markdown: current.markdown,
    });
    const markdown = `${current.markdown}\n\nCorrected in this isolate.`;
    const corrected = await store.corrections.publishCorrection({
      before: current,
      title: current.title,
      markdown,
      report: current.report,
      note: 'test correction',
      notifySubscribers: false,
      actor: 'test',
      at: now().toISOString(),
    });
    expect(corrected).toBe(true);
    expect(((await (await get(`/api/briefs/${id}`)).json()) as { markdown: string }).markdown).toBe(markdown);
    const version = (await store.briefs.get(id))!.version;
    expect(
      await store.corrections.withdraw({
        id,
        version,
        reason: 'test withdrawal',
        actor: 'test',
        at: now().toISOString(),
      }),
    ).toBe(true);
    expect((await get(`/api/briefs/${id}`)).status).toBe(404); // the API shows published briefs only
    expect((await get(`/briefs/${id}`)).status).toBe(410);
  });
});
