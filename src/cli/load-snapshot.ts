// Loads a MarketSnapshot for the CLI from a recording directory (replayed) or a snapshot JSON file (Node only).
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readRecordingDir, RecordingDirError } from '../adapters/node/recording-files.ts';
import { defaultRegistry } from '../config/watchlist.ts';
import { marketSnapshotSchema, type MarketSnapshot } from '../domain/market-snapshot.ts';
import { collectSnapshot } from '../pipeline/collect-snapshot.ts';
import { sourcesOfRecording } from '../recording/recorded-sources.ts';
import { buildReplayFetch } from '../recording/replay-fetch.ts';
import { CliError } from './cli-error.ts';
import { loadConfiguredSources } from './configured-sources.ts';
import { marketConfigFromEnv } from './market-config-from-env.ts';

/** The bundled fixtures day. */
export const defaultFixturesDir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));

/**
 * `DIR` (a recording): replays it through collectSnapshot with now = the recording's asOf, so the
 * same parse code as a live run produces the snapshot. `FILE`: a MarketSnapshot JSON, validated.
 * `live`: collects from the real upstreams now (live mode). Missing or malformed input throws CliError
 * (exit 2) with a one-line reason. Default: fixtures/day, or live when GROUNDBRIEF_LIVE=1.
 */
export async function loadSnapshot(
  pathOrDir?: string,
  options: { signal?: AbortSignal } = {},
): Promise<MarketSnapshot> {
  if (pathOrDir === 'live' || (pathOrDir === undefined && process.env.GROUNDBRIEF_LIVE === '1'))
    return collectLiveSnapshot(options.signal);
  pathOrDir ??= defaultFixturesDir;
  const info = await stat(pathOrDir).catch(() => undefined);
  if (!info) throw new CliError(`snapshot not found: ${pathOrDir}`);
  if (info.isDirectory()) return replayRecordingDir(pathOrDir);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(pathOrDir, 'utf8'));
  } catch (cause) {
    throw new CliError(`${pathOrDir}: not valid JSON`, 2, { cause });
  }
  const parsed = marketSnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `${pathOrDir}: not a valid snapshot (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'schema mismatch'})`,
      2,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

/** Live mode: the configured sources (GROUNDBRIEF_SOURCES) and venues, the platform fetch, the real clock. */
async function collectLiveSnapshot(signal?: AbortSignal): Promise<MarketSnapshot> {
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
