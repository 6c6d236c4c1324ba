// A new edition is written in one transaction: never a (published) brief without its snapshot, claims and audit row.
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/domain/check-report.ts';
import { createStore, type NewEdition, type SnapshotRecord } from '../../src/store/index.ts';
import { sampleBrief, sampleSheet } from '../email/sample-brief.ts';
import { countRows, postRun } from './helpers.ts';

const store = createStore(env.DB, () => new Date('2026-11-20T07:00:00Z'));

const claim = (text: string, idx: number): CheckReport['claims'][number] => ({
  text,
  span: [idx * 10, idx * 10 + text.length],
  sentence: text,
  value: 1,
  unit: 'pct',
  entity: null,
  metric: null,
  window: null,
  direction: null,
  hedge: null,
  verdict: 'supported',
  factId: 'btc.price',
  expected: 1,
  sourceUrl: null,
  reason: 'matches',
});
const report: CheckReport = {
  ok: true,
  counts: { supported: 2, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
  claims: [claim('1%', 0), claim('2%', 1)],
  ignored: [],
};

function edition(at: string, actor = 'test'): NewEdition {
  const { id: _id, ...brief } = sampleBrief;
  return {
    brief: { ...brief, style: 'daily-snapshot', dek: brief.dek ?? undefined } as NewEdition['brief'],
    report,
    status: 'published',
    actor,
    at,
    record: {
      snapshot: { editionDate: sampleBrief.editionDate },
      sheet: sampleSheet,
      run: {
        mode: 'offline',
        actor,
        timings: { collect: 1, metrics: 1, write: 1, total: 3 },
        sources: [],
        requestCount: 0,
      },
    } as unknown as SnapshotRecord,
  };
}

const dropTriggers = () =>
  env.DB.batch(
    ['DROP TRIGGER IF EXISTS fail_snapshot', 'DROP TRIGGER IF EXISTS fail_claim'].map((sql) => env.DB.prepare(sql)),
  );

beforeEach(async () => {
  await dropTriggers();
  await env.DB.batch(
    [
      'DELETE FROM outbox',
      'DELETE FROM audit_log',
      'DELETE FROM snapshots',
      'DELETE FROM claims',
      'DELETE FROM briefs',
    ].map((sql) => env.DB.prepare(sql)),
  );
});
afterEach(dropTriggers);

describe('insertEdition is atomic', () => {
  it('a run whose snapshot insert fails leaves no brief at all (never a published brief without its snapshot)', async () => {
    await env.DB.prepare(
      `CREATE TRIGGER fail_snapshot BEFORE INSERT ON snapshots BEGIN SELECT RAISE(ABORT, 'injected snapshot failure'); END`,
    ).run();
    const response = await postRun({});
    expect(response.status).toBe(500);
    expect(await countRows('briefs')).toBe(0);
    expect(await countRows('claims')).toBe(0);
    expect(await countRows('audit_log')).toBe(0);

    // Once the fault is gone the same run succeeds and the published brief has its snapshot.
    await dropTriggers();
    const ok = await postRun({});
    expect(ok.status).toBe(201);
    const { brief } = (await ok.json()) as { brief: { id: string; status: string } };
    expect(brief.status).toBe('published');
    expect(await countRows('snapshots', `brief_id = '${brief.id}'`)).toBe(1);
  });

  it('a failing claim insert rolls the brief back too', async () => {
    await env.DB.prepare(
      `CREATE TRIGGER fail_claim BEFORE INSERT ON claims BEGIN SELECT RAISE(ABORT, 'injected claim failure'); END`,
    ).run();
    await expect(store.briefs.insertEdition(edition('2026-11-20T06:00:00.000Z'))).rejects.toThrow(
      /injected claim failure/,
    );
    expect(await countRows('briefs')).toBe(0);
    expect(await countRows('snapshots')).toBe(0);
  });

  it('writes brief, snapshot, every claim and one created audit row; a second run (even with the same timestamp) adds nothing', async () => {
    const at = '2026-11-20T06:00:00.000Z';
    const first = await store.briefs.insertEdition(edition(at, 'cron'));
    expect(first.inserted).toBe(true);
    expect(first.brief.status).toBe('published');
    const second = await store.briefs.insertEdition({
      ...edition(at, 'api'),
      report: { ...report, claims: [claim('3%', 0), claim('4%', 1), claim('5%', 2)] },
    });
    expect(second.inserted).toBe(false);
    // The inserted row comes back from the insert itself (RETURNING); the ignored one is read: both are the stored row.
    const stored = await store.briefs.get(first.brief.id);
    expect(stored).not.toBeNull();
    expect(first.brief).toStrictEqual(stored);
    expect(second.brief).toStrictEqual(stored);
    expect(await countRows('briefs')).toBe(1);
    expect(await countRows('snapshots')).toBe(1);
    expect((await store.claims.list(first.brief.id)).map((c) => c.text)).toEqual(['1%', '2%']);
    expect((await store.audit.listForBrief(first.brief.id)).map((e) => [e.action, e.actor])).toEqual([
      ['created', 'cron'],
    ]);
    expect((await store.snapshots.get(first.brief.id))?.run.actor).toBe('cron');
  });
});
