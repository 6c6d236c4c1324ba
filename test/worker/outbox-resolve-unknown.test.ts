// The editor's decision on an unknown email outcome changes the outbox row and writes its audit row together or not at
// all (one D1 batch): an audit insert that fails leaves the row unknown, never settled without a trace.
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueBriefEmail } from '../../src/email/deliver.ts';
import { seedBrief, seedSubscriber, storeOf } from './email-seed.ts';
import { resetDb } from './review-helpers.ts';

const at = '2026-11-20T09:00:00.000Z';
const resolve = (decision: 'resend' | 'delivered') =>
  storeOf(env.DB).outbox.resolveUnknown({
    briefId: 'b-pub',
    subscriberId: 'sub_a',
    correctionVersion: 0,
    decision,
    actor: 'ana',
    at,
  });

async function state() {
  const row = await env.DB.prepare(`SELECT status FROM outbox WHERE subscriber_id = 'sub_a'`).first<{
    status: string;
  }>();
  const { results } = await env.DB.prepare(
    `SELECT action FROM audit_log WHERE action LIKE 'email_unknown_%' ORDER BY id`,
  ).all<{ action: string }>();
  return { status: row?.status, audit: results.map((entry) => entry.action) };
}

beforeEach(async () => {
  await resetDb();
  await seedBrief(env.DB, { id: 'b-pub', status: 'published', editionDate: '2026-11-20' });
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await enqueueBriefEmail(storeOf(env.DB), 'b-pub', { now: new Date('2026-11-20T06:00:00.000Z') });
  await env.DB.prepare(`UPDATE outbox SET status = 'unknown' WHERE subscriber_id = 'sub_a'`).run();
});
afterEach(async () => {
  await env.DB.prepare('DROP TRIGGER IF EXISTS audit_down').run();
});

describe('outbox.resolveUnknown', () => {
  it.each(['resend', 'delivered'] as const)(
    '%s: an audit insert that fails leaves the row unknown',
    async (decision) => {
      await env.DB.prepare(
        `CREATE TRIGGER audit_down BEFORE INSERT ON audit_log WHEN NEW.action LIKE 'email_unknown_%'
        BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`,
      ).run();
      await expect(resolve(decision)).rejects.toThrow(/audit log unavailable/);
      expect(await state()).toEqual({ status: 'unknown', audit: [] });
    },
  );

  it('settles the row once, with exactly one audit row; a second decision changes nothing', async () => {
    expect(await resolve('delivered')).toBe(true);
    expect(await resolve('resend')).toBe(false);
    expect(await state()).toEqual({ status: 'sent', audit: ['email_unknown_marked_delivered'] });
  });
});
