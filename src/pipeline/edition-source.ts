// Where a run's inputs come from: the bundled fixture day replayed (offline) or the real upstreams (live).
import { fixtureDayMeta } from '../generated/fixture-day-meta.ts';
import { loadFixtureDay } from '../load-fixture-day.ts';
import type { MarketConfigInput } from '../market/market-config.ts';
import { buildReplayFetch } from '../recording/replay-fetch.ts';
import type { ConditionalCache } from '../sources/conditional-cache.ts';

/** The fetch and clock one run uses, and the edition date they produce. */
export type EditionSource = {
  mode: 'offline' | 'live';
  fetch: typeof fetch;
  /** The run's "now": the recording's asOf offline, the wall clock live. */
  now: () => Date;
  /** The only edition date this source can produce (YYYY-MM-DD, UTC). */
  editionDate: () => string;
  /** Market collection settings: a replay needs no client-side rate limiting. */
  marketConfig?: MarketConfigInput;
  /** Conditional-GET store for the headline sources: live only (a replay must see exactly the recorded requests). */
  feedCache?: ConditionalCache;
};

/**
 * offline: replay `fixtures/day` (embedded at build time, workerd has no fs; loaded on the first fetch); live: global fetch, plus
 * `feedCache` (the D1 feed_cache) for conditional GET. `feedCache` is ignored offline.
 */
export function buildEditionSource(input: {
  mode: 'offline' | 'live';
  now: () => Date;
  feedCache?: ConditionalCache;
}): EditionSource {
  if (input.mode === 'live') {
    return {
      mode: 'live',
      fetch: (resource, init) => fetch(resource, init),
      now: input.now,
      editionDate: () => input.now().toISOString().slice(0, 10),
      ...(input.feedCache ? { feedCache: input.feedCache } : {}),
    };
  }
  const asOf = new Date(fixtureDayMeta.asOf);
  let replay: Promise<typeof fetch> | undefined;
  return {
    mode: 'offline',
    fetch: async (resource, init) => {
      replay ??= loadFixtureReplay();
      return (await replay)(resource, init);
    },
    now: () => new Date(asOf),
    editionDate: () => fixtureDayMeta.editionDate,
    marketConfig: { enableRateLimit: false },
  };
}

/** The 400 KB fixture day is a module of its own (wrangler.toml [[rules]]): a live Worker never loads it. */
async function loadFixtureReplay(): Promise<typeof fetch> {
  const { fixtureDay } = await loadFixtureDay();
  return buildReplayFetch(fixtureDay.recording, new Map(Object.entries(fixtureDay.bodies)));
}
