import { env } from 'cloudflare:workers';
import PostalMime from 'postal-mime';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ATTEMPTS, deliverOutbox, enqueueBriefEmail } from '../../src/email/deliver.ts';
import { PermanentEmailError, TransientEmailError } from '../../src/email/email-provider.ts';
import {
  createRecordingProvider,
  deliverDepsFor,
  mailerFor,
  resetEmailTables,
  seedBrief,
  seedSubscriber,
  storeOf,
} from './email-seed.ts';
import { clockFrom, mailEnv } from './shared-setup.ts';

const t0 = new Date('2026-11-20T06:00:00.000Z');
const at = clockFrom(t0);

/** One cron fire: enqueue the published brief, then one delivery round, at the given clock. */
async function cronFire(
  provider: ReturnType<typeof createRecordingProvider>['provider'],
  clock: () => Date,
  briefId = 'b-pub',
) {
  await enqueueBriefEmail(storeOf(env.DB), briefId, { now: clock() });
  return deliverOutbox(deliverDepsFor(mailEnv, { provider, now: clock }));
}

async function outboxRows() {
  return (
    await env.DB.prepare(
      'SELECT brief_id, subscriber_id, status, attempts, last_error FROM outbox ORDER BY subscriber_id',
    ).all<{ brief_id: string; subscriber_id: string; status: string; attempts: number; last_error: string | null }>()
  ).results;
}

beforeEach(async () => {
  await resetEmailTables(env.DB);
  await seedBrief(env.DB, { id: 'b-pub', status: 'published', editionDate: '2026-11-20' });
  await seedBrief(env.DB, { id: 'b-review', status: 'needs_review', editionDate: '2026-11-19' });
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_c', 'c@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_p', 'pending@example.com', 'pending');
  await seedSubscriber(env.DB, 'sub_u', 'gone@example.com', 'unsubscribed');
});

describe('exactly-once delivery over the D1 outbox', () => {
  it('two cron fires and a provider failing once (transient) give one email per confirmed subscriber', async () => {
    const recording = createRecordingProvider((message, attempt) =>
      message.to === 'b@example.com' && attempt === 1 ? new TransientEmailError('recording', 'try later') : null,
    );

    const first = await cronFire(recording.provider, at(0));
    expect(first).toMatchObject({ claimed: 3, sent: 2, retrying: 1, failed: 0, remaining: 1 });
    // The double fire a second later: nothing new is queued and b is still backing off.
    const second = await cronFire(recording.provider, at(1_000));
    expect(second).toMatchObject({ claimed: 0, sent: 0, remaining: 1 });
    // After the backoff (1 min after the first attempt) the retry goes out; later sweeps find nothing.
    const third = await cronFire(recording.provider, at(61_000));
    expect(third).toMatchObject({ claimed: 1, sent: 1, remaining: 0, nextDueAt: null });
    expect(await cronFire(recording.provider, at(3_600_000))).toMatchObject({ claimed: 0, sent: 0 });

    expect(recording.sent.map((m) => m.to).sort()).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
    expect(recording.attempts.get('b@example.com')).toBe(2);
    expect(recording.attempts.has('pending@example.com')).toBe(false);
    expect(recording.attempts.has('gone@example.com')).toBe(false);
    const rows = await outboxRows();
    expect(rows.map((r) => [r.subscriber_id, r.status, r.attempts])).toEqual([
      ['sub_a', 'sent', 1],
      ['sub_b', 'sent', 2],
      ['sub_c', 'sent', 1],
    ]);
  });

  it('two rounds running at the same time never claim the same row', async () => {
    const recording = createRecordingProvider();
    await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: t0 });
    await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: t0 });
    const deps = deliverDepsFor(mailEnv, { provider: recording.provider, now: at(0) });
    const reports = await Promise.all([deliverOutbox(deps), deliverOutbox(deps), deliverOutbox(deps)]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect(recording.sent).toHaveLength(3);
    expect(new Set(recording.sent.map((m) => m.to)).size).toBe(3);
  });

  it('an unverified (needs_review) brief produces no outbox rows and no email', async () => {
    const recording = createRecordingProvider();
    expect(await enqueueBriefEmail(storeOf(env.DB), 'b-review', { now: t0 })).toEqual({ enqueued: 0 });
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: at(0) }));
    expect(report.claimed).toBe(0);
    expect(recording.sent).toHaveLength(0);
    expect(await outboxRows()).toEqual([]);
  });

  it('a row whose brief is no longer published is skipped, not sent', async () => {
    const recording = createRecordingProvider();
    await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: t0 });
    await env.DB.prepare(`UPDATE briefs SET status = 'rejected' WHERE id = 'b-pub'`).run();
    const report = await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: at(0) }));
    expect(report).toMatchObject({ claimed: 3, sent: 0, skipped: 3 });
    expect(recording.sent).toHaveLength(0);
  });

  it('an address that unsubscribes after enqueue gets nothing', async () => {
    const recording = createRecordingProvider();
    await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: t0 });
    await env.DB.prepare(`UPDATE subscribers SET status = 'unsubscribed' WHERE id = 'sub_c'`).run();
    await deliverOutbox(deliverDepsFor(mailEnv, { provider: recording.provider, now: at(0) }));
    expect(recording.sent.map((m) => m.to).sort()).toEqual(['a@example.com', 'b@example.com']);
  });

  it('records a permanent failure per subscriber (outbox + audit) and never retries it', async () => {
    const recording = createRecordingProvider((message) =>
      message.to === 'a@example.com'
        ? new PermanentEmailError('recording', 'mailbox does not exist', { status: 422 })
        : null,
    );
    await cronFire(recording.provider, at(0));
    await cronFire(recording.provider, at(24 * 3_600_000));
    expect(recording.attempts.get('a@example.com')).toBe(1);
    const failed = (await outboxRows()).find((r) => r.subscriber_id === 'sub_a')!;
    expect(failed.status).toBe('failed');
    expect(failed.last_error).toContain('mailbox does not exist');
    const audit = await env.DB.prepare(
      `SELECT action, reason, detail_json FROM audit_log WHERE action = 'email_failed'`,
    ).all<{ reason: string; detail_json: string }>();
    expect(audit.results).toHaveLength(1);
    expect(JSON.parse(audit.results[0]!.detail_json)).toEqual({ subscriberId: 'sub_a' });
  });

  it('gives up on a transient failure after the bounded number of attempts', async () => {
    const recording = createRecordingProvider((message) =>
      message.to === 'a@example.com' ? new TransientEmailError('recording', 'still down') : null,
    );
    for (let hour = 0; hour < 12; hour++) await cronFire(recording.provider, at(hour * 3_600_000));
    expect(recording.attempts.get('a@example.com')).toBe(DEFAULT_MAX_ATTEMPTS);
    const row = (await outboxRows()).find((r) => r.subscriber_id === 'sub_a')!;
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/gave up after 5 attempts/);
  });

  it('batches: at most batchSize sends per round', async () => {
    for (let i = 0; i < 7; i++) await seedSubscriber(env.DB, `sub_x${i}`, `x${i}@example.com`, 'confirmed');
    const recording = createRecordingProvider();
    await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: t0 });
    const deps = deliverDepsFor(mailEnv, { provider: recording.provider, now: at(0) });
    expect(await deliverOutbox(deps, { batchSize: 4 })).toMatchObject({ sent: 4, remaining: 6 });
    expect(await deliverOutbox(deps, { batchSize: 4 })).toMatchObject({ sent: 4, remaining: 2 });
    expect(await deliverOutbox(deps, { batchSize: 4 })).toMatchObject({ sent: 2, remaining: 0 });
    expect(new Set(recording.sent.map((m) => m.to)).size).toBe(10);
  });

  it('sends through the real send_email binding (local): MIME accepted, rows marked sent', async () => {
    const result = await mailerFor(mailEnv, { now: at(0) }).dispatch('b-pub');
    expect(result).toMatchObject({ enqueued: 3, report: { sent: 3, failed: 0 } });
    expect((await outboxRows()).every((r) => r.status === 'sent')).toBe(true);
    // A second dispatch (approve after auto-publish, or a repeated cron) sends nothing more.
    expect(await mailerFor(mailEnv, { now: at(5_000) }).dispatch('b-pub')).toMatchObject({
      enqueued: 0,
      report: { claimed: 0 },
    });
  });

  it('the message a provider receives parses with both parts and the RFC 8058 headers', async () => {
    const recording = createRecordingProvider();
    await cronFire(recording.provider, at(0));
    const parsed = await PostalMime.parse(recording.sent[0]!.raw);
    expect(parsed.html).toContain('Sector moves, 24h');
    expect(parsed.text).toContain('Not investment advice');
    expect(parsed.headers.find((h) => h.key === 'list-unsubscribe-post')?.value).toBe('List-Unsubscribe=One-Click');
  });
});
