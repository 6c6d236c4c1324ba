// Loads a MarketSnapshot for the CLI from a snapshot JSON file or a recording directory (replayed) (Node only).
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import { CliError } from './cli-error.ts';

/** The bundled fixtures day (a recording). */
export const defaultFixturesDir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));
/**
 * The committed replay of the fixtures day under the default market settings: what replayRecordingDir(fixtures/day)
 * returns, written as JSON with two-space indents (test/recording/load-snapshot.test.ts fails when the two differ).
 */
export const defaultFixturesSnapshot = fileURLToPath(new URL('../../fixtures/day.snapshot.json', import.meta.url));

/** Every environment variable marketConfigFromEnv reads (test/market/market-config-from-env.test.ts holds them equal). */
export const marketEnvNames = [
  'GROUNDBRIEF_BINANCE_URL',
  'GROUNDBRIEF_OKX_URL',
  'GROUNDBRIEF_BYBIT_URL',
  'GROUNDBRIEF_COINGECKO_URL',
  'COINGECKO_API_KEY',
  'COINGECKO_API_KEY_HEADER',
  'GROUNDBRIEF_VENUES',
  'GROUNDBRIEF_TIMEOUT_MS',
  'GROUNDBRIEF_MAX_AGE_MINUTES',
] as const;

/**
 * The default snapshot when no --snapshot is given: the committed replay (read and validated, without loading ccxt
 * or the feed parsers) when no market variable is set; with any of them set (GROUNDBRIEF_VENUES, a base URL ...), the
 * recording itself, replayed under those settings (and refused, exit 2, when they are invalid).
 */
export function defaultSnapshotPath(env: Record<string, string | undefined>): string {
  return marketEnvNames.some((name) => env[name]) ? defaultFixturesDir : defaultFixturesSnapshot;
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
  if (pathOrDir === undefined) {
    pathOrDir = defaultSnapshotPath(process.env);
    if (pathOrDir === defaultFixturesSnapshot) return readCommittedSnapshot();
  }
  const info = await stat(pathOrDir).catch(() => undefined);
  if (!info) throw new CliError(`snapshot not found: ${pathOrDir}`);
  if (info.isDirectory()) return (await import('./replay-snapshot.ts')).replayRecordingDir(pathOrDir);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(pathOrDir, 'utf8'));
  } catch (cause) {
    throw new CliError(`${pathOrDir}: not valid JSON`, 2, { cause });
  }
  // The schema (and zod) load only here: the default path reads the committed replay without them.
  const { marketSnapshotSchema } = await import('../domain/market-snapshot.ts');
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

/**
 * The committed replay, without zod: `npm start` reads it on every run, and validating its 200 KB costs more than the
 * rest of reading it. It is validated by tests instead: test/recording/load-snapshot.test.ts fails unless it is the
 * replay of fixtures/day byte for byte and unless `marketSnapshotSchema.parse` returns it unchanged. A path given with
 * --snapshot (this file included) is always validated.
 */
function readCommittedSnapshot(): MarketSnapshot {
  let text: string;
  try {
    text = readFileSync(defaultFixturesSnapshot, 'utf8');
  } catch (cause) {
    throw new CliError(`snapshot not found: ${defaultFixturesSnapshot}`, 2, { cause });
  }
  try {
    return JSON.parse(text) as MarketSnapshot;
  } catch (cause) {
    throw new CliError(`${defaultFixturesSnapshot}: not valid JSON`, 2, { cause });
  }
}
