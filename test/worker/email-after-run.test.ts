// The morning email is queued whenever a run ends with a published brief (POST /api/runs, a cron fire that finds the
// brief already published), and the 15-minute sweep queues recent published briefs that never got outbox rows.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { morningCron } from '../../src/pipeline/morning-edition.ts';
import { emailVars, resetEmailTables, seedBrief, seedSubscriber, storeOf } from './email-seed.ts';
import { postRun } from './helpers.ts';
import { fireCron, mailEnv as emailEnv, recordingBinding } from './shared-setup.ts';

const { binding, delivered } = recordingBinding();
const mailEnv = { ...emailEnv, EMAIL: binding };
const fire = (cron: string, overrides: Record<string, string> = {}) => fireCron(cron, { ...mailEnv, ...overrides });

async function outboxRows(briefId?: string) {
  const sql = `SELECT brief_id, subscriber_id FROM outbox ${briefId ? 'WHERE brief_id = ?1' : ''} ORDER BY brief_id, subscriber_id`;
  return (
    await env.DB.prepare(sql)
      .bind(...(briefId ? [briefId] : []))
      .all<{ brief_id: string; subscriber_id: string }>()
  ).results;
}

const publish = (id: string) =>
  storeOf(env.DB).review.moveStatus({
    id,
    from: 'needs_review',
    to: 'published',
    version: 1,
    entry: { actor: 'editor:test', action: 'approved', at: new Date().toISOString() },
  });

beforeEach(async () => {
  delivered.length = 0;
  await resetEmailTables(env.DB);
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_b', 'b@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_p', 'pending@example.com', 'pending');
});

describe('email after a run', () => {
  it('POST /api/runs that publishes queues the email before answering; repeating the run adds no rows', async () => {
    const response = await postRun({}, emailVars);
    expect(response.status).toBe(201);
    const { brief } = (await response.json()) as { brief: { id: string; status: string } };
    expect(brief.status).toBe('published');
    const expected = [
      { brief_id: brief.id, subscriber_id: 'sub_a' },
      { brief_id: brief.id, subscriber_id: 'sub_b' },
    ];
    expect(await outboxRows()).toEqual(expected);
    expect((await postRun({}, emailVars)).status).toBe(200);
    expect(await outboxRows()).toEqual(expected);
  });

  it('POST /api/runs that finds the brief published (exists) queues it too', async () => {
    const held = (await (await postRun({}, { ...emailVars, AUTO_PUBLISH: 'false' })).json()) as {
      brief: { id: string; status: string };
    };
    expect(held.brief.status).toBe('needs_review');
    expect(await outboxRows()).toEqual([]);
    expect(await publish(held.brief.id)).toBe(true); // published without any dispatch
    const again = await postRun({}, emailVars);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { outcome: string }).outcome).toBe('exists');
    expect((await outboxRows()).map((row) => row.subscriber_id)).toEqual(['sub_a', 'sub_b']);
  });

  it('a morning cron fire that finds the brief published mails it, once per subscriber across fires', async () => {
    await fire(morningCron, { AUTO_PUBLISH: 'false' });
    const brief = (await env.DB.prepare("SELECT id, status FROM briefs WHERE style = 'daily-snapshot'").first<{
      id: string;
      status: string;
    }>())!;
    expect(brief.status).toBe('needs_review');
    expect(delivered).toEqual([]);
    expect(await publish(brief.id)).toBe(true);
    await fire(morningCron, { AUTO_PUBLISH: 'false' });
    await fire(morningCron, { AUTO_PUBLISH: 'false' });
    expect(delivered.sort()).toEqual(['a@example.com', 'b@example.com']);
  });
});

describe('the 15-minute sweep', () => {
  it('queues and sends published briefs of the last 24 h without outbox rows; never old, unpublished or already queued ones', async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await seedBrief(env.DB, { id: 'recent', status: 'published', editionDate: '2026-11-20' });
    await seedBrief(env.DB, { id: 'old', status: 'published', editionDate: '2026-11-18' });
    await seedBrief(env.DB, { id: 'held', status: 'needs_review', editionDate: '2026-11-19' });
    await seedBrief(env.DB, { id: 'partly', status: 'published', editionDate: '2026-11-17' });
    const setPublishedAt = (id: string, at: string) =>
      env.DB.prepare('UPDATE briefs SET published_at = ?2 WHERE id = ?1').bind(id, at).run();
    await setPublishedAt('recent', hoursAgo(1));
    await setPublishedAt('old', hoursAgo(30));
    await setPublishedAt('partly', hoursAgo(2));
    // 'partly' already has a row (dispatched before b confirmed, say): the sweep leaves it alone.
    await env.DB.prepare(
      `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, next_attempt_at) VALUES ('partly', 'sub_a', 'sent', 1, ?1, ?1)`,
    )
      .bind(hoursAgo(2))
      .run();

    await fire('*/15 * * * *');
    await fire('*/15 * * * *');
    expect(await outboxRows()).toEqual([
      { brief_id: 'partly', subscriber_id: 'sub_a' },
      { brief_id: 'recent', subscriber_id: 'sub_a' },
      { brief_id: 'recent', subscriber_id: 'sub_b' },
    ]);
    expect(delivered.sort()).toEqual(['a@example.com', 'b@example.com']);
  });
});
