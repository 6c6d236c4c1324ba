// The CLI's collecting paths: a recording directory replayed through collectSnapshot (ccxt, the feed parsers), or a
// live collection. Imported lazily by load-snapshot.ts, so a command reading a snapshot JSON never loads ccxt.
import { readRecordingDir, RecordingDirError } from '../adapters/node/recording-files.ts';
import { defaultRegistry } from '../config/watchlist.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import { collectSnapshot } from '../pipeline/collect-snapshot.ts';
import { sourcesOfRecording } from '../recording/recorded-sources.ts';
import { buildReplayFetch } from '../recording/replay-fetch.ts';
import { CliError } from './cli-error.ts';
import { loadConfiguredSources } from './configured-sources.ts';
import { marketConfigFromEnv } from './market-config-from-env.ts';

/** Live mode: the configured sources (GROUNDBRIEF_SOURCES) and venues, the platform fetch, the real clock. */
export async function collectLiveSnapshot(signal?: AbortSignal): Promise<MarketSnapshot> {
  const { snapshot } = await collectSnapshot({
    registry: defaultRegistry,
    sources: await loadConfiguredSources(process.env.GROUNDBRIEF_SOURCES),
    fetch: (resource, init) => fetch(resource, init),
    now: new Date(),
    config: marketConfigFromEnv(process.env),
    ...(signal ? { signal } : {}),
  });
  return snapshot;
}

/**
 * Replays a recording directory into a snapshot (headline timings fixed at 0 for reproducibility).
 * Market settings come from the same environment variables as `collect` (base URLs, max age), so a
 * directory replays the way it was collected; requests match by path when only the host differs. The news
 * sources are the recording's own (sourcesOfRecording), never the current defaults.
 */
export async function replayRecordingDir(dir: string): Promise<MarketSnapshot> {
  let loaded;
  try {
    loaded = await readRecordingDir(dir);
  } catch (cause) {
    if (cause instanceof RecordingDirError) throw new CliError(cause.message, 2, { cause });
    throw cause;
  }
  const { recording, bodies } = loaded;
  const { snapshot } = await collectSnapshot({
    registry: defaultRegistry,
    sources: sourcesOfRecording(recording),
    fetch: buildReplayFetch(recording, bodies),
    now: new Date(recording.asOf),
    editionDate: recording.editionDate,
    config: { ...marketConfigFromEnv(process.env), enableRateLimit: false },
    elapsedMs: () => 0,
  });
  return snapshot;
}
