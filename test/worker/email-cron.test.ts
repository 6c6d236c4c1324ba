// Two real cron fires through the Worker's scheduled handler, with a send_email binding that fails once.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { morningCron } from '../../src/pipeline/morning-edition.ts';
import { mailerFor, resetEmailTables, seedSubscriber, storeOf } from './email-seed.ts';
import { fireCron, mailEnv } from './shared-setup.ts';

const attempts = new Map<string, number>();
const delivered: string[] = [];
/** Stands in for the send_email binding: throws (a plain Error, as the binding does) on b's first attempt. */
const flakyBinding = {
  async send(message: EmailMessage) {
    const n = (attempts.get(message.to) ?? 0) + 1;
    attempts.set(message.to, n);
    if (message.to === 'b@example.com' && n === 1) throw new Error('upstream mail service unavailable');
    delivered.push(message.to);
    return { messageId: `m-${delivered.length}` };
  },
} as unknown as SendEmail;

// AUTO_PUBLISH=false: the morning brief waits for review whatever the checker says, so the test is deterministic.
const cronEnv = { ...mailEnv, EMAIL: flakyBinding, AUTO_PUBLISH: 'false' };

const fire = (cron: string) => fireCron(cron, cronEnv);

beforeAll(async () => {
  await resetEmailTables(env.DB);
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_p', 'pending@example.com', 'pending');
  await seedSubscriber(env.DB, 'sub_u', 'gone@example.com', 'unsubscribed');
});

describe('cron + email', () => {
  it('an unverified brief is never mailed; after approval two cron fires and a failing-once binding give one email each', async () => {
    await fire(morningCron);
    const brief = (await env.DB.prepare("SELECT id, status FROM briefs WHERE style = 'daily-snapshot'").first<{
      id: string;
      status: string;
    }>())!;
    expect(brief.status).toBe('needs_review');
    await fire(morningCron);
    expect(attempts.size).toBe(0);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first('n')).toBe(0);

    // The editor approves (what the review helper's approve action does), which dispatches at once.
    expect(
      await storeOf(env.DB).review.moveStatus({
        id: brief.id,
        from: 'needs_review',
        to: 'published',
        version: 1,
        entry: { actor: 'editor:test', action: 'approved', at: new Date().toISOString() },
      }),
    ).toBe(true);
    await mailerFor(cronEnv).dispatch(brief.id);
    expect(delivered).toEqual(['a@example.com']);

    // A double morning fire right after: the edition exists, b is still backing off, nothing is re-sent.
    await fire(morningCron);
    expect(delivered).toEqual(['a@example.com']);
    // Time passes (the retry is due); the */15 sweep sends b's retry; later sweeps find nothing.
    await env.DB.prepare(
      `UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE status = 'queued'`,
    ).run();
    await fire('*/15 * * * *');
    await fire('*/15 * * * *');
    expect(delivered.sort()).toEqual(['a@example.com', 'b@example.com']);
    expect(attempts.get('b@example.com')).toBe(2);
    expect(attempts.has('pending@example.com') || attempts.has('gone@example.com')).toBe(false);
    const rows = (await env.DB.prepare('SELECT subscriber_id, status FROM outbox ORDER BY subscriber_id').all())
      .results;
    expect(rows).toEqual([
      { subscriber_id: 'sub_a', status: 'sent' },
      { subscriber_id: 'sub_b', status: 'sent' },
    ]);
  });
});
