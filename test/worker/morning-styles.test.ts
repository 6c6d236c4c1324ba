// The morning cron through the Worker's real scheduled handler (real local D1): the daily snapshot and the sector
// recap every day, the weekly update on WEEKLY_EDITION_DAY, every style from ONE collection, mailed by style.
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekdayOf } from '../../src/domain/edition-schedule.ts';
import { fixtureDay } from '../../src/generated/fixture-day.js';
import { morningCron } from '../../src/pipeline/morning-edition.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';
import { resetEmailTables, seedSubscriber } from './email-seed.ts';
import { fireCron, mailEnv, recordingBinding } from './shared-setup.ts';

// every recipient the send_email binding was given (the outbox row says which brief it carried)
const { binding, delivered } = recordingBinding();
const fire = (overrides: Record<string, string> = {}) =>
  fireCron(morningCron, { ...mailEnv, EMAIL: binding, ...overrides });

type BriefRow = { id: string; style: string; status: string };
const briefRows = async () =>
  (await env.DB.prepare('SELECT id, style, status FROM briefs ORDER BY id').all<BriefRow>()).results;
const runRows = async () =>
  (
    await env.DB.prepare('SELECT brief_id, snapshot_json, run_json FROM snapshots ORDER BY brief_id').all<{
      brief_id: string;
      snapshot_json: string;
      run_json: string;
    }>()
  ).results;
const createdCount = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'created'").first<{ n: number }>())?.n;

const edition = fixtureDay.recording.editionDate;

beforeEach(async () => {
  delivered.length = 0;
  await resetEmailTables(env.DB);
});

describe('morning cron, offline (the fixture day)', () => {
  it('the fixture day is a Friday (the tests below depend on it)', () => {
    expect(weekdayOf(edition)).toBe('fri');
  });

  it('on the weekly day: three briefs, each mailed only to the subscribers of its style; a second fire adds nothing', async () => {
    await seedSubscriber(env.DB, 'sub_sector', 'sector@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_daily', 'daily@example.com', 'confirmed');
    await seedSubscriber(env.DB, 'sub_all', 'all@example.com', 'confirmed');
    await env.DB.batch([
      env.DB.prepare("UPDATE subscribers SET styles = 'sector-recap' WHERE id = 'sub_sector'"),
      env.DB.prepare("UPDATE subscribers SET styles = 'daily-snapshot' WHERE id = 'sub_daily'"),
    ]);
    const vars = { WEEKLY_EDITION_DAY: 'fri' };
    await fire(vars);
    expect(await briefRows()).toEqual([
      { id: `${edition}-daily-snapshot`, style: 'daily-snapshot', status: 'published' },
      { id: `${edition}-sector-recap`, style: 'sector-recap', status: 'published' },
      { id: `${edition}-weekly-update`, style: 'weekly-update', status: 'published' },
    ]);
    // one collection: every brief stores the same snapshot and the same request count
    const runs = await runRows();
    expect(runs).toHaveLength(3);
    expect(new Set(runs.map((row) => row.snapshot_json)).size).toBe(1);
    expect(new Set(runs.map((row) => (JSON.parse(row.run_json) as { requestCount: number }).requestCount)).size).toBe(
      1,
    );

    const outbox = (
      await env.DB.prepare('SELECT subscriber_id, brief_id, status FROM outbox ORDER BY subscriber_id, brief_id').all()
    ).results;
    expect(outbox).toEqual([
      { subscriber_id: 'sub_all', brief_id: `${edition}-daily-snapshot`, status: 'sent' },
      { subscriber_id: 'sub_all', brief_id: `${edition}-sector-recap`, status: 'sent' },
      { subscriber_id: 'sub_all', brief_id: `${edition}-weekly-update`, status: 'sent' },
      { subscriber_id: 'sub_daily', brief_id: `${edition}-daily-snapshot`, status: 'sent' },
      { subscriber_id: 'sub_sector', brief_id: `${edition}-sector-recap`, status: 'sent' },
    ]);
    // the sector subscriber got one email (its only outbox row: the sector recap, sent)
    expect(delivered.filter((to) => to === 'sector@example.com')).toHaveLength(1);
    expect(delivered).toHaveLength(5);

    await fire(vars);
    expect((await briefRows()).map((row) => row.id)).toHaveLength(3);
    expect(await createdCount()).toBe(3);
    expect(delivered).toHaveLength(5);
  });

  it('one style failing (an injected store fault) does not stop the others; it is audited and the next fire retries it', async () => {
    await seedSubscriber(env.DB, 'sub_all', 'all@example.com', 'confirmed');
    await env.DB.prepare(
      `CREATE TRIGGER fail_sector BEFORE INSERT ON briefs WHEN NEW.style = 'sector-recap'
       BEGIN SELECT RAISE(ABORT, 'injected sector failure'); END`,
    ).run();
    const vars = { WEEKLY_EDITION_DAY: 'fri' };
    try {
      const fired = await fire(vars).then(
        () => 'ok',
        (error: unknown) => String(error),
      );
      expect(fired).toMatch(/morning edition 2026-11-20: sector-recap failed/);
    } finally {
      await env.DB.prepare('DROP TRIGGER IF EXISTS fail_sector').run();
    }
    expect(await briefRows()).toEqual([
      { id: `${edition}-daily-snapshot`, style: 'daily-snapshot', status: 'published' },
      { id: `${edition}-weekly-update`, style: 'weekly-update', status: 'published' },
    ]);
    const failures = (
      await env.DB.prepare(
        "SELECT brief_id, actor, reason, detail_json FROM audit_log WHERE action = 'run_failed'",
      ).all()
    ).results;
    expect(failures).toEqual([
      {
        brief_id: null,
        actor: 'cron',
        reason: expect.stringMatching(/^sector-recap failed: .*injected sector failure/),
        detail_json: JSON.stringify({ editionDate: edition, style: 'sector-recap' }),
      },
    ]);
    expect(delivered).toEqual(['all@example.com', 'all@example.com']);

    await fire(vars);
    expect((await briefRows()).map((row) => row.style)).toEqual(['daily-snapshot', 'sector-recap', 'weekly-update']);
    expect(await createdCount()).toBe(3);
    expect(delivered).toHaveLength(3);
  });

  it('on any other day (WEEKLY_EDITION_DAY defaults to mon): the daily snapshot and the sector recap only', async () => {
    expect(env.WEEKLY_EDITION_DAY).toBe('mon');
    await fire();
    expect((await briefRows()).map((row) => row.style)).toEqual(['daily-snapshot', 'sector-recap']);
    await fire();
    expect(await createdCount()).toBe(2);
  });
});

describe('morning cron, live: one collection per fire, counted at the fetch', () => {
  let requests = 0;
  beforeEach(async () => {
    await env.DB.exec('DELETE FROM feed_cache;');
    requests = 0;
    const replay = buildReplayFetch(fixtureDay.recording, new Map(Object.entries(fixtureDay.bodies)));
    vi.stubGlobal('fetch', (async (resource, init) => {
      requests++;
      return replay(resource, init);
    }) as typeof fetch);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** The Worker's clock (live mode: the edition is the UTC date of "now") set to `iso`, advancing from there. */
  const clockAt = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(iso));
  };
  const storedRequestCounts = async () =>
    (await runRows()).map((row) => (JSON.parse(row.run_json) as { requestCount: number }).requestCount);

  it('a Monday fire writes three briefs from one collection; a second fire collects nothing and creates nothing', async () => {
    clockAt('2026-11-23T06:00:05Z');
    await fire({ GROUNDBRIEF_MODE: 'live' });
    const rows = await briefRows();
    expect(rows.map((row) => row.id)).toEqual([
      '2026-11-23-daily-snapshot',
      '2026-11-23-sector-recap',
      '2026-11-23-weekly-update',
    ]);
    const counts = await storedRequestCounts();
    expect(counts[0]).toBeGreaterThan(40);
    // every request the Worker made is the one collection all three briefs record
    expect(counts).toEqual([requests, requests, requests]);

    const before = requests;
    await fire({ GROUNDBRIEF_MODE: 'live' });
    expect(requests).toBe(before);
    expect(await createdCount()).toBe(3);
  });

  it('a Tuesday fire writes two briefs from one collection', async () => {
    clockAt('2026-11-24T06:00:05Z');
    await fire({ GROUNDBRIEF_MODE: 'live' });
    expect((await briefRows()).map((row) => row.id)).toEqual(['2026-11-24-daily-snapshot', '2026-11-24-sector-recap']);
    const counts = await storedRequestCounts();
    expect(counts[0]).toBeGreaterThan(40);
    expect(counts).toEqual([requests, requests]);
  });
});
