import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { collectSnapshot } from '../../src/pipeline/collect-snapshot.ts';
import { produceBrief } from '../../src/pipeline/produce-brief.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';

// The fixtures day replayed with every CoinGecko answer turned into a 503.
it('CoinGecko down: the snapshot has no caps; the brief is produced without cap-based facts and waits for review', async () => {
  const { recording, bodies } = await readRecordingDir(fileURLToPath(new URL('../../fixtures/day', import.meta.url)));
  const down = {
    ...recording,
    entries: recording.entries.map((entry) =>
      entry.source === 'coingecko' ? { ...entry, response: { ...entry.response, status: 503 } } : entry,
    ),
  };
  const { snapshot } = await collectSnapshot({
    registry: defaultRegistry,
    sources: defaultSources,
    fetch: buildReplayFetch(down, bodies),
    now: new Date(recording.asOf),
    config: { enableRateLimit: false },
    elapsedMs: () => 0,
  });
  expect(snapshot.global).toBeUndefined();
  expect(snapshot.categories).toEqual([]);
  expect(snapshot.assets.filter((a) => a.marketCapUsd !== undefined)).toEqual([]);
  expect(snapshot.sources.filter((s) => s.kind === 'coingecko').map((s) => [s.id, s.status, s.reason])).toEqual([
    ['coingecko:categories', 'failed', 'http-status'],
    ['coingecko:global', 'failed', 'http-status'],
    ['coingecko:markets', 'failed', 'http-status'],
  ]);

  const outcome = await produceBrief({
    snapshot,
    registry: defaultRegistry,
    style: 'daily-snapshot',
    writer: templateWriter,
    elapsedMs: () => 0,
  });
  const ids = outcome.sheet.facts.map((fact) => fact.id);
  expect(ids).toContain('btc.price');
  expect(ids).not.toContain('market.total_cap');
  expect(ids.filter((id) => id.endsWith('.market_cap') || id.endsWith('.category_cap'))).toEqual([]);
  expect(outcome.brief.markdown.length).toBeGreaterThan(200);
  expect(outcome.brief.markdown).not.toContain('trillion');
  // The sector moves are equal-weighted without caps: the text says so and the degraded run waits for review.
  expect(outcome.brief.markdown).toMatch(/over 24h \(equal-weighted\)/);
  expect(outcome.report.ok).toBe(true);
  expect(outcome.status).toBe('needs_review');
  expect(outcome.degradations[0]).toMatch(/^CoinGecko unavailable/);
});
