// The editor's subscriber list: counts (status, style), delivery figures from the outbox, and the CSV export.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedBrief, seedSubscriber, storeOf } from './email-seed.ts';
import { app, auditActions, resetDb, signIn } from './review-helpers.ts';

async function outboxRow(briefId: string, subscriberId: string, status: string, lastError: string | null = null) {
  await env.DB.prepare(
    `INSERT INTO outbox (brief_id, subscriber_id, status, attempts, last_error, created_at, next_attempt_at, sent_at)
     VALUES (?1, ?2, ?3, 1, ?4, '2026-11-20T06:00:00Z', '2026-11-20T06:00:00Z', ?5)`,
  )
    .bind(briefId, subscriberId, status, lastError, status === 'sent' ? `2026-11-${briefId.slice(-2)}T06:01:00Z` : null)
    .run();
}

beforeEach(async () => {
  await resetDb();
  for (const day of ['18', '19', '20'])
    await seedBrief(env.DB, { id: `b-${day}`, status: 'published', editionDate: `2026-11-${day}` });
  await seedSubscriber(env.DB, 'sub_a', 'a@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_b', '=HYPERLINK("http://x.example")@example.com', 'confirmed');
  await seedSubscriber(env.DB, 'sub_p', 'p@example.com', 'pending');
  await seedSubscriber(env.DB, 'sub_u', 'u@example.com', 'unsubscribed');
  const subscribers = storeOf(env.DB).subscribers;
  await subscribers.setStyles('sub_b', ['weekly-update']);
  await subscribers.setStyles('sub_p', ['daily-snapshot', 'sector-recap']);
  await outboxRow('b-18', 'sub_a', 'sent');
  await outboxRow('b-19', 'sub_a', 'sent');
  await outboxRow('b-20', 'sub_a', 'failed', 'permanent: mailbox full');
  await outboxRow('b-18', 'sub_b', 'failed', 'skipped: subscriber no longer chooses daily-snapshot');
  await outboxRow('b-19', 'sub_b', 'queued');
});

describe('GET /review/subscribers', () => {
  it('needs a signed-in editor: the page and the CSV (GETs) redirect to sign-in, a POST is refused with 401', async () => {
    for (const path of ['/review/subscribers', '/review/subscribers.csv?status=confirmed']) {
      const response = await app.request(path, {}, env);
      // exactly the sign-in redirect (a 500 or an error page would not pass), back to the path asked for
      expect(response.status, path).toBe(303);
      const pathname = path.split('?')[0]!;
      expect(response.headers.get('location'), path).toBe(`/review/sign-in?next=${encodeURIComponent(pathname)}`);
      expect(response.headers.get('content-type') ?? '', path).not.toContain('text/csv');
      expect(await response.text()).not.toContain('a@example.com');
    }
    for (const path of ['/review/subscribers', '/review/subscribers.csv']) {
      const response = await app.request(path, { method: 'POST', body: new URLSearchParams({ status: 'x' }) }, env);
      expect(response.status, path).toBe(401);
      const html = await response.text();
      expect(html).toContain('Not signed in');
      expect(html).not.toContain('a@example.com');
    }
  });

  it('shows counts by status and style, and each subscriber with sent/failed/queued from the outbox', async () => {
    const session = await signIn();
    const response = await app.request('/review/subscribers', { headers: { Cookie: session.cookie! } }, env);
    expect(response.status).toBe(200);
    const html = await response.text();
    const count = (status: string) => new RegExp(`data-count="${status}">[^<]*<strong>(\\d+)</strong>`).exec(html)?.[1];
    expect([count('confirmed'), count('pending'), count('unsubscribed')]).toEqual(['2', '1', '1']);
    const styleRow = (style: string) =>
      [...new RegExp(`<tr data-style="${style}">(.*?)</tr>`).exec(html)![1]!.matchAll(/<td>(\d+)<\/td>/g)].map(
        (m) => m[1],
      );
    expect(styleRow('daily-snapshot')).toEqual(['1', '1']); // a (all styles) active; p pending
    expect(styleRow('sector-recap')).toEqual(['1', '1']);
    expect(styleRow('weekly-update')).toEqual(['2', '0']);
    expect(html).toContain('Emails: 2 sent, 1 failed, 1 queued, 0 outcome unknown, 1 skipped');
    const row = (id: string) =>
      [...new RegExp(`<tr data-subscriber="${id}">(.*?)</tr>`).exec(html)![1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(
        (m) => m[1]!.replace(/<[^>]+>/g, ''),
      );
    expect(row('sub_a').slice(0, 3)).toEqual([
      'a@example.com',
      'Active',
      'Daily snapshot, Sector recap, Weekly update',
    ]);
    expect(row('sub_a').slice(4, 7)).toEqual(['2', '1', '0']);
    expect(row('sub_b').slice(4, 7)).toEqual(['0', '0', '1']);
    expect(row('sub_a')[7]).toBe('19 Nov 2026, 06:01 UTC');
    expect(html).toContain('=HYPERLINK(&quot;http://x.example&quot;)@example.com');

    const pending = await (
      await app.request('/review/subscribers?status=pending', { headers: { Cookie: session.cookie! } }, env)
    ).text();
    expect([...pending.matchAll(/<tr data-subscriber="(\w+)">/g)].map((m) => m[1])).toEqual(['sub_p']);
  });

  it('exports every subscriber as CSV: text/csv attachment, quoted, formula cells neutralised, audited', async () => {
    const session = await signIn();
    const response = await app.request('/review/subscribers.csv', { headers: { Cookie: session.cookie! } }, env);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="groundbrief-subscribers-/);
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe(
      'email,status,briefs,created_at,confirmed_at,unsubscribed_at,sent,failed,skipped,queued,unknown,last_sent_at',
    );
    expect(lines).toHaveLength(6); // header, 4 subscribers, the empty string after the last CRLF
    expect(lines).toContain(
      `"'=HYPERLINK(""http://x.example"")@example.com",confirmed,weekly-update,2026-11-01T00:00:00Z,2026-11-01T00:01:00Z,,0,0,1,1,0,`,
    );
    expect(lines).toContain(
      'a@example.com,confirmed,daily-snapshot sector-recap weekly-update,2026-11-01T00:00:00Z,2026-11-01T00:01:00Z,,2,1,0,0,0,2026-11-19T06:01:00Z',
    );
    expect((await auditActions(null)).map((entry) => entry.action)).toContain('subscribers_exported');
  });
});
