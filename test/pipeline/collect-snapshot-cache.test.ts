import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { collectSnapshot } from '../../src/pipeline/collect-snapshot.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';
import { createMemoryConditionalCache } from '../../src/sources/conditional-cache.ts';
import { withEtags, type EtagLog } from './helpers/etag-fetch.ts';

// collectSnapshot threads `cache` to the headline collector: the fixtures day replayed, its feeds
// answering with ETags and 304s, collected twice with one cache.
describe('collectSnapshot with a conditional-GET cache', () => {
  it('a second run against unchanged feeds gets 304s and keeps every headline', async () => {
    const { recording, bodies } = await readRecordingDir(fileURLToPath(new URL('../../fixtures/day', import.meta.url)));
    const feedUrls = defaultSources.map((source) => source.url);
    const log: EtagLog = [];
    const fetch = withEtags(buildReplayFetch(recording, bodies), feedUrls, (url) => `"${url.length}"`, log);
    const cache = createMemoryConditionalCache();
    const collect = async () =>
      (
        await collectSnapshot({
          registry: defaultRegistry,
          sources: defaultSources,
          fetch: fetch,
          now: new Date(recording.asOf),
          config: { enableRateLimit: false },
          elapsedMs: () => 0,
          cache,
        })
      ).snapshot;

    const first = await collect();
    const okFeeds = first.sources
      .filter((s) => (s.kind === 'feed' || s.kind === 'page') && s.status === 'ok')
      .map((s) => s.id);
    expect(okFeeds.length).toBeGreaterThanOrEqual(3);
    expect(first.headlines.length).toBeGreaterThan(20);
    const second = await collect();

    const okUrls = defaultSources.filter((source) => okFeeds.includes(source.id)).map((source) => source.url);
    expect(
      log
        .filter((entry) => entry.status === 304)
        .map((entry) => entry.url)
        .sort(),
    ).toEqual([...okUrls].sort());
    expect(second.headlines).toEqual(first.headlines);
    for (const id of okFeeds) {
      expect(second.sources.find((s) => s.id === id)).toMatchObject({
        status: 'ok',
        bytes: 0,
        detail: expect.stringMatching(/^not modified \(cached\)/),
      });
    }
  });

  it('without a cache nothing conditional is sent', async () => {
    const { recording, bodies } = await readRecordingDir(fileURLToPath(new URL('../../fixtures/day', import.meta.url)));
    const log: EtagLog = [];
    const fetch = withEtags(
      buildReplayFetch(recording, bodies),
      defaultSources.map((s) => s.url),
      () => '"x"',
      log,
    );
    for (let run = 0; run < 2; run++) {
      await collectSnapshot({
        registry: defaultRegistry,
        sources: defaultSources,
        fetch,
        now: new Date(recording.asOf),
        config: { enableRateLimit: false },
        elapsedMs: () => 0,
      });
    }
    expect(log.length).toBe(defaultSources.length * 2);
    expect(log.every((entry) => entry.ifNoneMatch === null)).toBe(true);
  });
});
