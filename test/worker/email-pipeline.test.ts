// The email path over a brief made by the real pipeline (offline fixture day through POST /api/runs).
import { env } from 'cloudflare:workers';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { enqueueBriefEmail } from '../../src/email/deliver.ts';
import { TransientEmailError } from '../../src/email/email-provider.ts';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';
import { createStore } from '../../src/store/index.ts';
import { createRecordingProvider, mailerFor, resetEmailTables, seedSubscriber, storeOf } from './email-seed.ts';
import { mailEnv } from './shared-setup.ts';

const holdForReview = { ...env, AUTO_PUBLISH: 'false' };
let briefId = '';

beforeAll(async () => {
  await resetEmailTables(env.DB);
  const response = await createApp({ services: buildServices }).request(
    '/api/runs',
    { method: 'POST', headers: { Authorization: 'Bearer test-api-token' } },
    holdForReview,
  );
  expect(response.status).toBe(201);
  briefId = ((await response.json()) as { brief: { id: string } }).brief.id;
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_u', 'gone@example.com', 'unsubscribed');
});

describe('email over a pipeline brief', () => {
  it('sends nothing while the brief waits for review, then exactly once per subscriber after approval', async () => {
    const recording = createRecordingProvider((message, attempt) =>
      message.to === 'a@example.com' && attempt === 1 ? new TransientEmailError('recording', 'flaky') : null,
    );
    const t0 = Date.parse('2026-11-20T07:00:00Z');

    expect(await enqueueBriefEmail(storeOf(env.DB), briefId)).toEqual({ enqueued: 0 });
    expect(
      await mailerFor(mailEnv, { provider: recording.provider, now: () => new Date(t0) }).dispatch(briefId),
    ).toMatchObject({ enqueued: 0, report: { claimed: 0 } });
    expect(recording.attempts.size).toBe(0);

    const store = createStore(env.DB, () => new Date(t0));
    expect(
      await storeOf(env.DB).review.moveStatus({
        id: briefId,
        from: 'needs_review',
        to: 'published',
        version: 1,
        entry: { actor: 'editor:test', action: 'approved', at: new Date(t0).toISOString() },
      }),
    ).toBe(true);
    const first = await mailerFor(mailEnv, {
      provider: recording.provider,
      now: () => new Date(t0 + 1_000),
    }).dispatch(briefId);
    const again = await mailerFor(mailEnv, {
      provider: recording.provider,
      now: () => new Date(t0 + 2_000),
    }).dispatch(briefId);
    const retry = await mailerFor(mailEnv, {
      provider: recording.provider,
      now: () => new Date(t0 + 120_000),
    }).dispatch(briefId);
    expect(first).toMatchObject({ enqueued: 2, report: { sent: 1, retrying: 1 } });
    expect(again).toMatchObject({ enqueued: 0, report: { claimed: 0 } });
    expect(retry).toMatchObject({ enqueued: 0, report: { sent: 1, remaining: 0 } });
    expect(recording.sent.map((m) => m.to).sort()).toEqual(['a@example.com', 'b@example.com']);

    const parsed = await PostalMime.parse(recording.sent[0]!.raw);
    const stored = await store.briefs.get(briefId);
    expect(parsed.subject).toBe(stored!.title);
    expect(parsed.html).toContain(`https://groundbrief.test/briefs/${briefId}`);
    expect(parsed.html).toContain('Sector moves, 24h');
    expect(new TextEncoder().encode(parsed.html!).length).toBeLessThan(100 * 1024);
  });
});
