// The per-recipient throttle by normalized address and the global cap on confirmation emails (real local D1).
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';
import { createRecordingProvider, resetEmailTables, seedSubscriber } from './email-seed.ts';
import { mailEnv } from './shared-setup.ts';

let recording: ReturnType<typeof createRecordingProvider>;
let nowMs = Date.parse('2026-11-20T07:00:00.000Z');
const app = createApp({
  services: (workerEnv, invocation) =>
    buildServices(workerEnv, { ...invocation, emailProvider: recording.provider, now: () => new Date(nowMs) }),
});

let client = 0;
/** Each call from a new client address, so only the D1 throttles are in play. */
const subscribe = (email: string, workerEnv: object = mailEnv) =>
  app.request(
    '/api/subscribe',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'CF-Connecting-IP': `198.51.100.${++client % 250}` },
      body: JSON.stringify({ email }),
    },
    workerEnv,
  );

beforeEach(async () => {
  recording = createRecordingProvider();
  nowMs = Date.parse('2026-11-20T07:00:00.000Z');
  await resetEmailTables(env.DB);
});

describe('per-recipient throttle', () => {
  it('counts name@, Name+1@ and name+2@ as one recipient: one confirmation email an hour', async () => {
    for (const email of ['name@example.com', 'Name+1@example.com', 'name+2@EXAMPLE.com'])
      expect((await subscribe(email)).status).toBe(202);
    expect(recording.sent.map((message) => message.to)).toEqual(['name@example.com']);
    nowMs += 61 * 60 * 1000;
    expect((await subscribe('name+3@example.com')).status).toBe(202);
    expect(recording.sent.map((message) => message.to)).toEqual(['name@example.com', 'name+3@example.com']);
  });

  it('folds Gmail dots and googlemail.com, and leaves other domains dotted', async () => {
    for (const email of ['a.b.c@gmail.com', 'abc+x@googlemail.com', 'a.bc@gmail.com', 'a.b.c@example.com'])
      expect((await subscribe(email)).status).toBe(202);
    expect(recording.sent.map((message) => message.to)).toEqual(['a.b.c@gmail.com', 'a.b.c@example.com']);
  });
});

describe('CONFIRM_EMAILS_PER_HOUR', () => {
  it('caps confirmation emails across all addresses: past it 429 with Retry-After until the oldest leaves the hour', async () => {
    const capped = { ...mailEnv, CONFIRM_EMAILS_PER_HOUR: '3' };
    for (const name of ['a', 'b', 'c']) {
      expect((await subscribe(`${name}@example.com`, capped)).status).toBe(202);
      nowMs += 60_000;
    }
    const refused = await subscribe('d@example.com', capped);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(57 * 60));
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
    expect(recording.sent).toHaveLength(3);
    nowMs += 57 * 60 * 1000;
    expect((await subscribe('d@example.com', capped)).status).toBe(202);
    expect(recording.sent.map((message) => message.to)).toContain('d@example.com');
  });

  it('while capped answers every address alike, subscribed or not (the 429 tells nobody who is subscribed)', async () => {
    const capped = { ...mailEnv, CONFIRM_EMAILS_PER_HOUR: '2' };
    await seedSubscriber(env.DB, 'sub_in', 'reader@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_out', 'gone@example.com', 'unsubscribed');
    for (const name of ['a', 'b']) expect((await subscribe(`${name}@example.com`, capped)).status).toBe(202);
    const answers = await Promise.all(
      ['new@example.com', 'a@example.com', 'reader@example.com', 'gone@example.com'].map(async (email) => {
        const response = await subscribe(email, capped);
        // The requestId differs per request; everything else must not.
        const body = (await response.json()) as { error?: { requestId?: string } };
        if (body.error) body.error.requestId = undefined;
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
      }),
    );
    expect(answers[0]?.status).toBe(429);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // Nothing about an address was written while capped: the unsubscribed one is still unsubscribed, no new row.
    const rows = await env.DB.prepare('SELECT email, status FROM subscribers ORDER BY email').all();
    expect(rows.results).toEqual([
      { email: 'a@example.com', status: 'pending' },
      { email: 'b@example.com', status: 'pending' },
      { email: 'gone@example.com', status: 'unsubscribed' },
      { email: 'reader@example.com', status: 'confirmed' },
    ]);
  });
});
