// Migrations on a database that already holds data: each migration after 0001 must apply to a populated database,
// keep its rows, and leave the foreign keys whole (an empty database hides a table rebuild that breaks them).
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const db = env.MIGRATION_TEST_DB;
const at = '2026-11-20T07:00:00.000Z';

async function seedAtFirstSchema(): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO briefs (id, edition_date, style, status, title, dek, markdown, html, report_json, writer_json,
           version, created_at, updated_at, published_at)
         VALUES (?1, '2026-11-20', 'daily-snapshot', 'published', 'Bitcoin slips', 'dek', '# md', '<p>md</p>', '{}',
           '{}', 2, ?2, ?2, ?2)`,
      )
      .bind('2026-11-20-daily-snapshot', at),
    db
      .prepare(`INSERT INTO snapshots (brief_id, snapshot_json, sheet_json, run_json, created_at) VALUES (?1, '{"s":1}',
        '{}', '{}', ?2)`)
      .bind('2026-11-20-daily-snapshot', at),
    db
      .prepare(`INSERT INTO claims (brief_id, idx, text, span_start, span_end, verdict, fact_id, expected, reason)
        VALUES (?1, 0, '2.1%', 10, 14, 'supported', 'btc.change_24h', -2.1, 'ok')`)
      .bind('2026-11-20-daily-snapshot'),
    db
      .prepare(`INSERT INTO brief_versions (brief_id, version, title, markdown, report_json, author, created_at)
        VALUES (?1, 1, 'Bitcoin slips', '# first', '{}', 'cron', ?2)`)
      .bind('2026-11-20-daily-snapshot', at),
    db
      .prepare(`INSERT INTO subscribers (id, email, status, created_at, confirmed_at)
        VALUES ('s1', 'reader@example.com', 'confirmed', ?1, ?1)`)
      .bind(at),
    db
      .prepare(`INSERT INTO outbox (brief_id, subscriber_id, status, attempts, created_at, sent_at)
        VALUES (?1, 's1', 'sent', 1, ?2, ?2)`)
      .bind('2026-11-20-daily-snapshot', at),
  ]);
}

async function count(table: string): Promise<number> {
  const row = await db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? -1;
}

describe('migrations on a populated database', () => {
  it('apply one by one after 0001 with a published brief, its children and a send, keeping every row', async () => {
    const all = env.TEST_MIGRATIONS;
    expect(all[0]?.name).toMatch(/^0001_/);
    await applyD1Migrations(db, all.slice(0, 1));
    await seedAtFirstSchema();

    for (let i = 1; i < all.length; i++) {
      await applyD1Migrations(db, all.slice(0, i + 1));
      for (const table of ['briefs', 'snapshots', 'claims', 'brief_versions', 'subscribers', 'outbox']) {
        expect(await count(table), `${table} after ${all[i]?.name}`).toBe(1);
      }
    }

    const violations = await db.prepare('PRAGMA foreign_key_check').all();
    expect(violations.results).toEqual([]);
    const brief = await db.prepare('SELECT status, version, markdown FROM briefs').first();
    expect(brief).toEqual({ status: 'published', version: 2, markdown: '# md' });
    // 0008: the stored HTML is gone (every view renders the Markdown); the Markdown, the only text, is kept
    const columns = (await db.prepare('PRAGMA table_info(briefs)').all<{ name: string }>()).results.map((c) => c.name);
    expect(columns).toContain('markdown');
    expect(columns).not.toContain('html');
    const send = await db.prepare('SELECT status, subscriber_id, correction_version FROM outbox').first();
    // 0008: the send from before corrections had emails is the brief's edition email (correction_version 0)
    expect(send).toEqual({ status: 'sent', subscriber_id: 's1', correction_version: 0 });
    // and the same reader may now also have the email of the correction that published version 2, once
    const correctionSend = `INSERT INTO outbox (brief_id, subscriber_id, correction_version, status, created_at)
      VALUES ('2026-11-20-daily-snapshot', 's1', 2, 'queued', '${at}')`;
    await db.prepare(correctionSend).run();
    await expect(db.prepare(correctionSend).run()).rejects.toThrow(/UNIQUE/i);

    // the children still point at the live briefs table: a row for a brief that does not exist is refused
    await expect(
      db
        .prepare(`INSERT INTO claims (brief_id, idx, text, span_start, span_end, verdict, reason)
          VALUES ('no-such-brief', 0, '1', 0, 1, 'supported', 'x')`)
        .run(),
    ).rejects.toThrow(/FOREIGN KEY/i);
  });
});
