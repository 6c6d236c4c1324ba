// runEditions (several styles, one collection) and runMorningEdition over fakes: a style whose writer throws fails
// alone, is audited, and the others are stored, judged and mailed.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import type { BriefWriter } from '../../src/brief/brief-writer.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { BriefStyle } from '../../src/domain/brief.ts';
import { runMorningEdition } from '../../src/pipeline/morning-edition.ts';
import { type RunEditionDeps, type RunEditionsRequest, runEditions } from '../../src/pipeline/run-edition.ts';
import type { Services } from '../../src/ports.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';
import type { AuditEntry, NewEdition, StoredBrief } from '../../src/store/index.ts';
import { storedBriefOf } from './helpers/stored-brief.ts';

const fixturesDir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));
let replay: typeof fetch;
let asOf: Date;
let editionDate: string;
beforeAll(async () => {
  const { recording, bodies } = await readRecordingDir(fixturesDir);
  replay = buildReplayFetch(recording, bodies);
  asOf = new Date(recording.asOf);
  editionDate = recording.editionDate;
});

/** The real runEditions over an in-memory store keyed like D1's UNIQUE (edition_date, style), counting requests. */
function harness(options: { write?: BriefWriter; autoPublish?: boolean } = {}) {
  const rows = new Map<string, StoredBrief>();
  const stored: NewEdition[] = [];
  let requests = 0;
  const deps: RunEditionDeps = {
    store: {
      briefs: {
        getByEdition: async (date, style) => rows.get(`${date}-${style}`) ?? null,
        insertEdition: async (edition) => {
          const brief = storedBriefOf(edition);
          const existing = rows.get(brief.id);
          if (existing) return { inserted: false, brief: existing };
          rows.set(brief.id, brief);
          stored.push(edition);
          return { inserted: true, brief };
        },
      },
    },
    registry: defaultRegistry,
    sources: defaultSources,
    source: {
      mode: 'offline',
      fetch: (resource, init) => {
        requests++;
        return replay(resource, init);
      },
      now: () => asOf,
      editionDate: () => editionDate,
      marketConfig: { enableRateLimit: false },
    },
    writer: { kind: 'template', write: options.write ?? templateWriter },
    autoPublish: options.autoPublish ?? true,
    elapsedMs: () => 0,
    now: () => asOf,
  };
  return { deps, rows, stored, requests: () => requests };
}

type MorningServices = Pick<Services, 'config' | 'runEditions' | 'email' | 'store' | 'now'>;
const allStyles = (): BriefStyle[] => ['daily-snapshot', 'sector-recap', 'weekly-update'];
/** A template writer whose sector recap throws (a bug in one style's writer). */
const brokenSector: BriefWriter = (input) =>
  input.style === 'sector-recap' ? Promise.reject(new Error('sector table broke')) : templateWriter(input);

describe('runEditions', () => {
  it('collects once for three styles; each style is stored with that one snapshot and its own status', async () => {
    const { deps, stored, requests } = harness();
    const { results } = await runEditions({ actor: 'cron', stylesFor: allStyles }, deps);
    expect(results.map((result) => [result.style, result.outcome])).toEqual([
      ['daily-snapshot', 'created'],
      ['sector-recap', 'created'],
      ['weekly-update', 'created'],
    ]);
    expect(stored).toHaveLength(3);
    const [first] = stored;
    expect(requests()).toBe(first!.record.run.requestCount);
    expect(requests()).toBeGreaterThan(40);
    for (const edition of stored) {
      expect(edition.record.snapshot).toBe(first!.record.snapshot);
      expect(edition.record.run.requestCount).toBe(requests());
      expect(edition.status).toBe('published'); // verified + AUTO_PUBLISH
    }
  });

  it('AUTO_PUBLISH off: every verified style waits as needs_review', async () => {
    const { deps, stored } = harness({ autoPublish: false });
    await runEditions({ actor: 'cron', stylesFor: allStyles }, deps);
    expect(stored.map((edition) => edition.status)).toEqual(['needs_review', 'needs_review', 'needs_review']);
  });

  it('the schedule gets the edition date; a second call finds every style and collects nothing', async () => {
    const { deps, requests } = harness();
    const asked: string[] = [];
    const stylesFor = (date: string): BriefStyle[] => {
      asked.push(date);
      return ['daily-snapshot', 'sector-recap'];
    };
    await runEditions({ actor: 'cron', stylesFor }, deps);
    const afterFirst = requests();
    const again = await runEditions({ actor: 'cron', stylesFor }, deps);
    expect(asked).toEqual([editionDate, editionDate]);
    expect(again.results.map((result) => result.outcome)).toEqual(['exists', 'exists']);
    expect(requests()).toBe(afterFirst);
  });

  it('only the missing styles are written (one collection for them)', async () => {
    const { deps, stored, requests } = harness();
    await runEditions({ actor: 'api', stylesFor: () => ['sector-recap'] }, deps);
    const one = requests();
    const { results } = await runEditions({ actor: 'cron', stylesFor: allStyles }, deps);
    expect(results.map((result) => result.outcome)).toEqual(['created', 'exists', 'created']);
    expect(stored.map((edition) => edition.brief.style)).toEqual(['sector-recap', 'daily-snapshot', 'weekly-update']);
    expect(requests()).toBe(2 * one);
  });

  it('a writer that throws fails its style only; the others are stored', async () => {
    const { deps, stored } = harness({ write: brokenSector });
    const { results } = await runEditions({ actor: 'cron', stylesFor: allStyles }, deps);
    expect(results.map((result) => [result.style, result.outcome])).toEqual([
      ['daily-snapshot', 'created'],
      ['sector-recap', 'failed'],
      ['weekly-update', 'created'],
    ]);
    expect(results[1]?.message).toBe('sector-recap failed: sector table broke');
    expect(stored.map((edition) => edition.brief.style)).toEqual(['daily-snapshot', 'weekly-update']);
  });
});

describe('runMorningEdition', () => {
  it('audits and reports the failed style and mails the published ones', async () => {
    const { deps } = harness({ write: brokenSector });
    const audit: AuditEntry[] = [];
    const dispatched: string[] = [];
    const services = {
      config: { WEEKLY_EDITION_DAY: 'fri' },
      runEditions: (request: RunEditionsRequest) => runEditions(request, deps),
      email: { dispatch: async (id: string) => void dispatched.push(id) },
      store: { audit: { append: async (entry: AuditEntry) => void audit.push(entry) } },
      now: () => asOf,
    } as unknown as MorningServices;

    const report = await runMorningEdition(services);
    expect(report).toEqual({ editionDate, failed: ['sector-recap'] });
    expect(dispatched).toEqual([`${editionDate}-daily-snapshot`, `${editionDate}-weekly-update`]);
    expect(audit).toEqual([
      {
        briefId: null,
        actor: 'cron',
        action: 'run_failed',
        reason: 'sector-recap failed: sector table broke',
        detail: { editionDate, style: 'sector-recap' },
        at: asOf.toISOString(),
      },
    ]);
  });

  it('not the weekly day: the weekly update is not asked for', async () => {
    const { deps, stored } = harness();
    const services = {
      config: { WEEKLY_EDITION_DAY: 'mon' },
      runEditions: (request: RunEditionsRequest) => runEditions(request, deps),
      email: { dispatch: async () => undefined },
      store: { audit: { append: async () => undefined } },
      now: () => asOf,
    } as unknown as MorningServices;
    expect(await runMorningEdition(services)).toEqual({ editionDate, failed: [] });
    expect(stored.map((edition) => edition.brief.style)).toEqual(['daily-snapshot', 'sector-recap']);
  });
});
