// A Worker stopped mid-send: rows left `sending` are retried with the same idempotency key when that is safe, and
// otherwise become `unknown`, shown on the review desk and in the API.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ATTEMPTS, deliverOutbox, enqueueBriefEmail, SENDING_LEASE_MS } from '../../src/email/deliver.ts';
import type { EmailProvider } from '../../src/email/email-provider.ts';
import { createResendProvider } from '../../src/email/providers/resend-provider.ts';
import { createRecordingProvider, deliverDepsFor, seedBrief, seedSubscriber, storeOf } from './email-seed.ts';
import { apiHeaders, app, auditActions, postForm, resetDb } from './review-helpers.ts';
import { apiPost, clockFrom, editorSession, mailEnv } from './shared-setup.ts';

const t0 = new Date('2026-11-20T06:00:00.000Z');
const at = clockFrom(t0);
const afterLease = SENDING_LEASE_MS + 60_000;

/**
 * One delivery round that is "killed" mid-send: it claims every due row and starts each send, which first reaches
 * `base` when `reachProvider` (the provider sends, the Worker dies before recording) and then never returns. Resolves
 * once every due row's send has got that far (awaited, not guessed with a sleep: a loaded machine only makes it later).
 */
async function crashedRound(base: EmailProvider, clock: () => Date, { reachProvider = false } = {}) {
  const due = await env.DB.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'queued'`).first<{ n: number }>();
  const expected = due?.n ?? 0;
  let reached = 0;
  let allReached = () => {};
  const started = new Promise<void>((resolve) => {
    allReached = resolve;
  });
  const provider: EmailProvider = {
    name: base.name,
    idempotencyWindowMs: base.idempotencyWindowMs,
    send: async (message) => {
      if (reachProvider) await base.send(message);
      if (++reached === expected) allReached();
      return new Promise(() => {});
    },
  };
  const round = deliverOutbox(deliverDepsFor(mailEnv, { provider, now: clock }));
  // A round that fails before its sends must fail the test, not leave it waiting; the cap only bounds a broken run.
  let cap: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    started,
    round.then(() => {
      throw new Error(`the round ended: ${reached} of ${expected} sends started`);
    }),
    new Promise((_, reject) => {
      cap = setTimeout(() => reject(new Error(`${reached} of ${expected} sends started within 30 s`)), 30_000);
    }),
  ]).finally(() => clearTimeout(cap));
}

async function statuses() {
  const { results } = await env.DB.prepare(
    'SELECT subscriber_id, status, attempts FROM outbox ORDER BY subscriber_id',
  ).all<{ subscriber_id: string; status: string; attempts: number }>();
  return results.map((row) => [row.subscriber_id, row.status, row.attempts]);
}

/**
 * Resend's API as a fetch: dedupes on Idempotency-Key the way Resend documents (same key -> same answer, no send;
 * same key with another body -> 409 invalid_idempotent_request).
 */
function fakeResend() {
  const delivered = new Map<string, string>();
  const bodies = new Map<string, string>();
  const keys: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const key = new Headers(init?.headers).get('idempotency-key') ?? '';
    keys.push(key);
    const body = String(init?.body);
    if (bodies.has(key) && bodies.get(key) !== body)
      return Response.json({ name: 'invalid_idempotent_request', message: 'different payload' }, { status: 409 });
    bodies.set(key, body);
    if (!delivered.has(key)) delivered.set(key, `re_${delivered.size + 1}`);
    return Response.json({ id: delivered.get(key) });
  };
  return { fetch: fetch as typeof globalThis.fetch, delivered, keys };
}

beforeEach(async () => {
  await resetDb();
  await seedBrief(env.DB, { id: 'b-pub', status: 'published', editionDate: '2026-11-20' });
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
  await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: t0 });
});

describe('a crash mid-send with Resend (idempotency key)', () => {
  it('retries the stopped rows with the same key: each reader gets exactly one email', async () => {
    const resend = fakeResend();
    const provider = createResendProvider({ apiKey: 're_test', fetch: resend.fetch });
    // the first round reaches Resend (which sends) but dies before recording
    await crashedRound(provider, at(0), { reachProvider: true });
    expect(await statuses()).toEqual([
      ['sub_a', 'sending', 1],
      ['sub_b', 'sending', 1],
    ]);
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider, now: at(afterLease) }));
    expect(report).toMatchObject({ recovered: 2, unknown: 0, claimed: 2, sent: 2 });
    expect(await statuses()).toEqual([
      ['sub_a', 'sent', 2],
      ['sub_b', 'sent', 2],
    ]);
    // four requests, two keys, two emails: one edition x subscriber key, reused by the retry
    expect(resend.keys.sort()).toEqual([
      'brief/b-pub/sub_a',
      'brief/b-pub/sub_a',
      'brief/b-pub/sub_b',
      'brief/b-pub/sub_b',
    ]);
    expect(resend.delivered.size).toBe(2);
  });

  it('a brief corrected between the stopped send and its retry: Resend refuses the changed repeat, the row is unknown', async () => {
    const resend = fakeResend();
    const provider = createResendProvider({ apiKey: 're_test', fetch: resend.fetch });
    await crashedRound(provider, at(0), { reachProvider: true });
    await env.DB.prepare(
      `UPDATE briefs SET markdown = markdown || '\n\nCorrection: one figure fixed.' WHERE id = 'b-pub'`,
    ).run();
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider, now: at(afterLease) }));
    expect(report).toMatchObject({ recovered: 2, claimed: 2, sent: 0, failed: 0, unknown: 2 });
    expect(await statuses()).toEqual([
      ['sub_a', 'unknown', 2],
      ['sub_b', 'unknown', 2],
    ]);
    expect(resend.delivered.size).toBe(2);
  });

  it('past the idempotency window (or out of attempts) a stopped row is unknown, not re-sent', async () => {
    const resend = fakeResend();
    const provider = createResendProvider({ apiKey: 're_test', fetch: resend.fetch });
    await crashedRound(provider, at(0));
    await env.DB.prepare(`UPDATE outbox SET attempts = ?1 WHERE subscriber_id = 'sub_b'`)
      .bind(DEFAULT_MAX_ATTEMPTS)
      .run();
    const late = at(24 * 60 * 60 * 1000);
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider, now: late }));
    expect(report).toMatchObject({ recovered: 0, unknown: 2, claimed: 0 });
    expect(await statuses()).toEqual([
      ['sub_a', 'unknown', 1],
      ['sub_b', 'unknown', DEFAULT_MAX_ATTEMPTS],
    ]);
    expect(resend.keys).toEqual([]);
  });
});

describe('a crash mid-send without an idempotency key (send_email binding)', () => {
  it('marks the stopped rows unknown and shows them to the editor and in the API', async () => {
    const recording = createRecordingProvider();
    await crashedRound(recording.provider, at(0));
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: at(afterLease) }));
    expect(report).toMatchObject({ recovered: 0, unknown: 2, claimed: 0, sent: 0 });
    expect(recording.sent).toHaveLength(0);
    expect(await statuses()).toEqual([
      ['sub_a', 'unknown', 1],
      ['sub_b', 'unknown', 1],
    ]);

    const session = await editorSession();
    const page = await (await app.request('/review', { headers: { Cookie: session.cookie } }, mailEnv)).text();
    expect(page).toContain('2 emails with an unknown outcome');
    expect(page).toContain('a@example.com');
    expect(page).toContain('b@example.com');

    const api = (await (await app.request('/api/review', { headers: apiHeaders }, mailEnv)).json()) as {
      emailUnknown: { count: number; items: { briefId: string; email: string }[] };
    };
    expect(api.emailUnknown.count).toBe(2);
    expect(api.emailUnknown.items.map((item) => item.email)).toEqual(['a@example.com', 'b@example.com']);

    const decide = (body: object) => apiPost('/api/review/email-unknown', body, mailEnv);
    expect((await decide({ briefId: 'b-pub', subscriberId: 'sub_a', decision: 'maybe' })).status).toBe(400);
    const settled = await decide({ briefId: 'b-pub', subscriberId: 'sub_a', decision: 'delivered' });
    expect(settled.status).toBe(200);
    expect(((await settled.json()) as { emailUnknown: { count: number } }).emailUnknown.count).toBe(1);
    expect((await decide({ briefId: 'b-pub', subscriberId: 'sub_a', decision: 'resend' })).status).toBe(409);

    const run = await apiPost('/api/runs', { style: 'weekly-update' }, mailEnv);
    expect(((await run.json()) as { email: { unknownOutcomes: number } }).email).toEqual({ unknownOutcomes: 1 });
  });

  it('the editor settles each unknown row: send again (queued, sent by the next round) or mark delivered', async () => {
    const recording = createRecordingProvider();
    await crashedRound(recording.provider, at(0));
    await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: at(afterLease) }));
    const session = await editorSession();
    const decide = (subscriber: string, decision: string, fields: Record<string, string> = {}) =>
      postForm('/review/email-unknown', session, { brief: 'b-pub', subscriber, decision, ...fields });

    expect((await decide('sub_a', 'resend', { _csrf: '' })).status).toBe(403);
    expect((await decide('sub_a', 'resend')).status).toBe(303);
    expect((await decide('sub_b', 'delivered')).status).toBe(303);
    expect((await decide('sub_b', 'resend')).status).toBe(409);
    expect(await statuses()).toEqual([
      ['sub_a', 'queued', 1],
      ['sub_b', 'sent', 1],
    ]);
    // the desk stamps the wall clock (it queued the row due now)
    const report = await deliverOutbox(
      deliverDepsFor(mailEnv, { provider: recording.provider, now: () => new Date(Date.now() + 1000) }),
    );
    expect(report).toMatchObject({ claimed: 1, sent: 1 });
    expect(recording.sent.map((message) => message.to)).toEqual(['a@example.com']);
    expect((await auditActions('b-pub')).map((entry) => [entry.action, entry.actor])).toEqual(
      expect.arrayContaining([
        ['email_unknown_resent', 'editor:ana'],
        ['email_unknown_marked_delivered', 'editor:ana'],
      ]),
    );
    const page = await (await app.request('/review', { headers: { Cookie: session.cookie } }, mailEnv)).text();
    expect(page).not.toContain('unknown outcome');
  });
});
