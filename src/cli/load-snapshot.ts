// Loads a MarketSnapshot for the CLI from a snapshot JSON file or a recording directory (replayed) (Node only).
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { marketSnapshotSchema, type MarketSnapshot } from '../domain/market-snapshot.ts';
import { CliError } from './cli-error.ts';
import { marketConfigFromEnv } from './market-config-from-env.ts';

/** The bundled fixtures day (a recording). */
export const defaultFixturesDir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));
/**
 * The committed replay of the fixtures day under the default market settings: what replayRecordingDir(fixtures/day)
 * returns, written as JSON with two-space indents (test/recording/load-snapshot.test.ts fails when the two differ).
 */
export const defaultFixturesSnapshot = fileURLToPath(new URL('../../fixtures/day.snapshot.json', import.meta.url));

/**
 * The default snapshot when no --snapshot is given: the committed replay (read and validated, without loading ccxt
 * or the feed parsers), unless a market variable in the environment (GROUNDBRIEF_VENUES, GROUNDBRIEF_MAX_AGE_MINUTES,
 * base URLs ...) changes the settings a replay runs under; then the recording itself, replayed with them.
 */
export function defaultSnapshotPath(env: Record<string, string | undefined>): string {
  return isDeepStrictEqual(marketConfigFromEnv(env), marketConfigFromEnv({}))
    ? defaultFixturesSnapshot
    : defaultFixturesDir;
}

/**
 * `DIR` (a recording): replays it through collectSnapshot with now = the recording's asOf, so the
 * same parse code as a live run produces the snapshot. `FILE`: a MarketSnapshot JSON, validated.
 * `live`: collects from the real upstreams now (live mode). Missing or malformed input throws CliError
 * (exit 2) with a one-line reason. Default: the fixtures day (defaultSnapshotPath), or live when GROUNDBRIEF_LIVE=1.
 * Replay and live collection (ccxt, the feed parsers) are imported only when used.
 */
export async function loadSnapshot(
  pathOrDir?: string,
  options: { signal?: AbortSignal } = {},
): Promise<MarketSnapshot> {
  if (pathOrDir === 'live' || (pathOrDir === undefined && process.env.GROUNDBRIEF_LIVE === '1'))
    return (await import('./replay-snapshot.ts')).collectLiveSnapshot(options.signal);
  pathOrDir ??= defaultSnapshotPath(process.env);
  const info = await stat(pathOrDir).catch(() => undefined);
  if (!info) throw new CliError(`snapshot not found: ${pathOrDir}`);
  if (info.isDirectory()) return (await import('./replay-snapshot.ts')).replayRecordingDir(pathOrDir);
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
