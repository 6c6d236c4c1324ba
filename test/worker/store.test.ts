import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/index.ts';
import { postRun } from './helpers.ts';
import { storeOf } from './email-seed.ts';

const store = createStore(env.DB, () => new Date('2026-11-20T07:00:00Z'));
let id = '';
beforeAll(async () => {
  id = ((await (await postRun({}, { AUTO_PUBLISH: 'false' })).json()) as { brief: { id: string } }).brief.id;
});

// Status moves go through the review store (the only writer of status after creation).
const reviewStore = storeOf(env.DB).review;

describe('status moves (reviewStore.moveStatus)', () => {
  it('moves the status, stamps published_at and appends exactly one audit row', async () => {
    expect(
      await reviewStore.moveStatus({
        id,
        from: 'needs_review',
        to: 'published',
        version: 1,
        entry: { actor: 'editor:ada', action: 'published', reason: 'looks right', at: '2026-11-20T07:00:00.000Z' },
      }),
    ).toBe(true);
    const updated = (await store.briefs.get(id))!;
    expect(updated.status).toBe('published');
    expect(updated.publishedAt).toBe('2026-11-20T07:00:00.000Z');
    const audit = await store.audit.listForBrief(id);
    expect(audit.map((entry) => [entry.action, entry.fromStatus, entry.toStatus, entry.actor])).toEqual([
      ['created', null, 'needs_review', 'api'],
      ['published', 'needs_review', 'published', 'editor:ada'],
    ]);
  });

  it('refuses a stale transition (false) and writes no audit row', async () => {
    expect(
      await reviewStore.moveStatus({
        id,
        from: 'needs_review',
        to: 'rejected',
        version: 1,
        entry: { actor: 'editor:bob', action: 'rejected', at: '2026-11-20T07:01:00.000Z' },
      }),
    ).toBe(false);
    expect((await store.audit.listForBrief(id)).length).toBe(2);
    expect((await store.briefs.get(id))?.status).toBe('published');
  });

  it('false for an unknown id, no audit row', async () => {
    expect(
      await reviewStore.moveStatus({
        id: 'nope',
        from: 'draft',
        to: 'published',
        version: 1,
        entry: { actor: 'x', action: 'published', at: '2026-11-20T07:00:00.000Z' },
      }),
    ).toBe(false);
    expect(await store.audit.listForBrief('nope')).toEqual([]);
  });
});

describe('claims and feed cache', () => {
  it('stored one claim row per checked number of the report, in the report order, every field kept', async () => {
    const brief = (await store.briefs.get(id))!;
    expect(brief.report.claims.length).toBeGreaterThan(10);
    expect(await store.claims.list(id)).toEqual(
      brief.report.claims.map((claim, idx) => ({
        idx,
        text: claim.text,
        span: claim.span,
        verdict: claim.verdict,
        factId: claim.factId,
        expected: claim.expected,
        reason: claim.reason,
      })),
    );
  });

  it('replace keeps the order it was given (a re-check after an edit)', async () => {
    const claims = (await store.briefs.get(id))!.report.claims;
    const reordered = [...claims.slice(1), claims[0]!];
    await store.claims.replace(id, reordered);
    expect((await store.claims.list(id)).map((row) => [row.idx, row.text, row.span])).toEqual(
      reordered.map((claim, idx) => [idx, claim.text, claim.span]),
    );
    await store.claims.replace(id, claims);
  });

  it('remembers and overwrites validators and body per URL', async () => {
    expect(await store.feedCache.get('https://x.test/feed')).toBeUndefined();
    await store.feedCache.set('https://x.test/feed', {
      etag: '"a"',
      body: '<rss>a</rss>',
      contentType: 'application/rss+xml',
    });
    await store.feedCache.set('https://x.test/feed', {
      etag: '"b"',
      lastModified: 'Thu, 20 Nov 2026 06:00:00 GMT',
      body: '<rss>b</rss>',
    });
    expect(await store.feedCache.get('https://x.test/feed')).toEqual({
      etag: '"b"',
      lastModified: 'Thu, 20 Nov 2026 06:00:00 GMT',
      body: '<rss>b</rss>',
    });
  });
});
