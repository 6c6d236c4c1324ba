import { env } from 'cloudflare:workers';
import PostalMime from 'postal-mime';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransientEmailError } from '../../src/email/email-provider.ts';
import { signLinkToken } from '../../src/email/sign-link.ts';
import { emailPreviewRoutes } from '../../src/http/subscribe/email-preview-routes.ts';
import { subscribeRoutes } from '../../src/http/subscribe/subscribe-routes.ts';
import { createRecordingProvider, emailVars, resetEmailTables, seedBrief, seedSubscriber } from './email-seed.ts';
import { appSendingThrough, mailEnv } from './shared-setup.ts';

const now = new Date('2026-11-20T07:00:00.000Z');
let recording: ReturnType<typeof createRecordingProvider>;
const app = appSendingThrough({ '/': subscribeRoutes, '/review': emailPreviewRoutes }, () => ({
  emailProvider: recording.provider,
  now: () => now,
}));

const subscribe = (body: string, type = 'application/json') =>
  app.request('/api/subscribe', { method: 'POST', headers: { 'content-type': type }, body }, mailEnv);

async function subscriberRow(email: string) {
  return env.DB.prepare('SELECT id, status FROM subscribers WHERE email = ?')
    .bind(email)
    .first<{ id: string; status: string }>();
}

beforeEach(async () => {
  recording = createRecordingProvider();
  await resetEmailTables(env.DB);
});

describe('POST /api/subscribe', () => {
  it('answers 400 for a bad address or a malformed body, storing nothing', async () => {
    for (const body of [
      JSON.stringify({ email: 'not-an-address' }),
      JSON.stringify({ email: 'a@b' }),
      JSON.stringify({}),
      '{oops',
      JSON.stringify({ email: `${'x'.repeat(250)}@example.com` }),
    ]) {
      const response = await subscribe(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
    }
    expect((await subscribe('email=nope', 'application/x-www-form-urlencoded')).status).toBe(400);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM subscribers').first('n')).toBe(0);
    expect(recording.sent).toHaveLength(0);
  });

  it('double opt-in: a pending row and a confirmation email whose signed link confirms', async () => {
    const response = await subscribe(JSON.stringify({ email: '  Reader@Example.COM ' }));
    expect(response.status).toBe(202);
    expect((await subscriberRow('reader@example.com'))?.status).toBe('pending');
    expect(recording.sent).toHaveLength(1);
    const parsed = await PostalMime.parse(recording.sent[0]!.raw);
    expect(parsed.to?.[0]?.address).toBe('reader@example.com');
    const link = /https:\/\/groundbrief\.test\/subscribe\/confirm\?token=\S+/.exec(parsed.text!)![0];

    const confirmed = await app.request(link.replace('https://groundbrief.test', ''), {}, mailEnv);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('You are subscribed');
    expect((await subscriberRow('reader@example.com'))?.status).toBe('confirmed');
  });

  it('sends at most one confirmation per hour to a pending address, and lets a failed send be retried', async () => {
    expect((await subscribe(JSON.stringify({ email: 'p@example.com' }))).status).toBe(202);
    expect((await subscribe(JSON.stringify({ email: 'p@example.com' }))).status).toBe(202);
    expect(recording.sent).toHaveLength(1);

    recording = createRecordingProvider(() => new TransientEmailError('recording', 'down'));
    const failed = await subscribe(JSON.stringify({ email: 'q@example.com' }));
    expect(failed.status).toBe(502);
    recording = createRecordingProvider();
    expect((await subscribe(JSON.stringify({ email: 'q@example.com' }))).status).toBe(202);
    expect(recording.sent.map((m) => m.to)).toEqual(['q@example.com']);
  });

  it('gives the same answer for an address that is already confirmed, and sends it nothing', async () => {
    await seedSubscriber(env.DB, 'sub_1', 'known@example.com', 'confirmed');
    const response = await subscribe(JSON.stringify({ email: 'known@example.com' }));
    expect(response.status).toBe(202);
    expect(recording.sent).toHaveLength(0);
    expect((await subscriberRow('known@example.com'))?.status).toBe('confirmed');
  });
});

describe('confirm and unsubscribe links', () => {
  beforeEach(async () => {
    await seedSubscriber(env.DB, 'sub_p', 'p@example.com', 'pending');
    await seedSubscriber(env.DB, 'sub_c', 'c@example.com', 'confirmed');
  });

  it('refuses a forged, wrong-secret or wrong-purpose confirm token', async () => {
    const wrongSecret = await signLinkToken({
      secret: 'some-other-secret-0123456789',
      purpose: 'confirm',
      subscriberId: 'sub_p',
    });
    const wrongPurpose = await signLinkToken({
      secret: emailVars.EMAIL_LINK_SECRET,
      purpose: 'unsubscribe',
      subscriberId: 'sub_p',
    });
    const good = await signLinkToken({
      secret: emailVars.EMAIL_LINK_SECRET,
      purpose: 'confirm',
      subscriberId: 'sub_p',
    });
    const forged = `${good.split('.')[0]}.${'A'.repeat(43)}`;
    for (const token of [wrongSecret, wrongPurpose, forged, 'garbage', '']) {
      const response = await app.request(`/subscribe/confirm?token=${encodeURIComponent(token)}`, {}, mailEnv);
      expect(response.status).toBe(400);
    }
    expect((await subscriberRow('p@example.com'))?.status).toBe('pending');
  });

  it('GET /unsubscribe shows a one-button page and changes nothing (link scanners)', async () => {
    const token = await signLinkToken({
      secret: emailVars.EMAIL_LINK_SECRET,
      purpose: 'unsubscribe',
      subscriberId: 'sub_c',
    });
    const response = await app.request(`/unsubscribe?token=${encodeURIComponent(token)}`, {}, mailEnv);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<form method="post" action="\/unsubscribe\?token=/);
    expect((await subscriberRow('c@example.com'))?.status).toBe('confirmed');
  });

  it('RFC 8058 one-click POST unsubscribes at once; queued mail for the address is dropped', async () => {
    await seedBrief(env.DB, { id: 'b-pub', status: 'published', editionDate: '2026-11-20' });
    await env.DB.prepare(
      `INSERT INTO outbox (brief_id, subscriber_id, status, created_at, next_attempt_at) VALUES ('b-pub', 'sub_c', 'queued', ?1, ?1)`,
    )
      .bind(now.toISOString())
      .run();
    const token = await signLinkToken({
      secret: emailVars.EMAIL_LINK_SECRET,
      purpose: 'unsubscribe',
      subscriberId: 'sub_c',
    });
    const response = await app.request(
      `/unsubscribe?token=${encodeURIComponent(token)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      },
      mailEnv,
    );
    expect(response.status).toBe(200);
    expect((await subscriberRow('c@example.com'))?.status).toBe('unsubscribed');
    expect(await env.DB.prepare(`SELECT status FROM outbox WHERE subscriber_id = 'sub_c'`).first('status')).toBe(
      'failed',
    );
  });

  it('refuses a forged unsubscribe token (POST) and keeps the subscription', async () => {
    const forged = await signLinkToken({
      secret: 'attacker-secret-0123456789',
      purpose: 'unsubscribe',
      subscriberId: 'sub_c',
    });
    const response = await app.request(
      `/unsubscribe?token=${encodeURIComponent(forged)}`,
      {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      mailEnv,
    );
    expect(response.status).toBe(400);
    expect((await subscriberRow('c@example.com'))?.status).toBe('confirmed');
  });
});

describe('GET /review/:id/email (preview)', () => {
  it('renders the email as sent, for any status, and 404s an unknown brief', async () => {
    await seedBrief(env.DB, { id: 'b-review', status: 'needs_review', editionDate: '2026-11-19' });
    const response = await app.request('/review/b-review/email', {}, mailEnv);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Sector moves, 24h');
    expect(html).toContain('https://groundbrief.test/briefs/b-review');
    const eml = await (await app.request('/review/b-review/email?format=eml', {}, mailEnv)).text();
    expect((await PostalMime.parse(eml)).to?.[0]?.address).toBe('reader@example.com');
    expect((await app.request('/review/nope/email', {}, mailEnv)).status).toBe(404);
  });
});
