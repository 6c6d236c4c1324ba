import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fixtureDay } from '../../src/generated/fixture-day.js';
import worker from '../../src/worker.ts';
import { countRows } from './helpers.ts';

async function fireCron(): Promise<void> {
  const controller = createScheduledController({
    scheduledTime: Date.parse('2026-11-20T06:00:00Z'),
    cron: '0 6 * * *',
  });
  const ctx = createExecutionContext();
  worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('scheduled (morning cron)', () => {
  it('writes one brief per edition and style even when the cron fires twice', async () => {
    await fireCron();
    await fireCron();
    // the fixture day is a Friday: daily snapshot and sector recap (the weekly update is Monday's: morning-styles.test.ts)
    expect(await countRows('briefs')).toBe(2);
    expect(await countRows('snapshots')).toBe(2);
    expect(await countRows('audit_log', "action = 'created' AND actor = 'cron'")).toBe(2);
    const { results } = await env.DB.prepare('SELECT id, status, edition_date FROM briefs ORDER BY id').all();
    expect(results).toEqual(
      ['daily-snapshot', 'sector-recap'].map((style) => ({
        id: `${fixtureDay.recording.editionDate}-${style}`,
        status: 'published',
        edition_date: fixtureDay.recording.editionDate,
      })),
    );
  });

  it('two concurrent fires still make one brief per style (the unique key decides)', async () => {
    await env.DB.exec('DELETE FROM claims; DELETE FROM snapshots; DELETE FROM audit_log; DELETE FROM briefs;');
    await Promise.all([fireCron(), fireCron()]);
    expect(await countRows('briefs')).toBe(2);
    expect(await countRows('snapshots')).toBe(2);
    expect(await countRows('audit_log', "action = 'created'")).toBe(2);
  });
});
