// `collect --out DIR [--sources FILE]`: live collection through record-fetch; writes a recording directory.
import { readFile } from 'node:fs/promises';
import { writeRecordingDir } from '../../adapters/node/recording-files.ts';
import type { SourceConfig } from '../../config/sources.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import type { MarketSnapshot } from '../../domain/market-snapshot.ts';
import { collectSnapshot } from '../../pipeline/collect-snapshot.ts';
import { buildSourceNamer } from '../../recording/name-source.ts';
import { recordFetch } from '../../recording/record-fetch.ts';
import { parseSourceList, SourceListError } from '../../sources/parse-source-list.ts';
import { CliError } from '../cli-error.ts';
import { loadConfiguredSources } from '../configured-sources.ts';
import { marketConfigFromEnv } from '../market-config-from-env.ts';
import { flag, parseArgs } from '../parse-args.ts';

export const help = `usage: groundbrief collect --out DIR [--sources FILE]
Collects market data (exchanges, CoinGecko) and headlines from the live upstreams now and records every request
and response into DIR (replay it with --snapshot DIR). Progress goes to stderr, one line per response.
Exit 0 when something was collected, 1 when nothing was (every upstream failed; DIR is still written).
  --out DIR        the recording directory to write
  --sources FILE   news sources (a JSON array); default GROUNDBRIEF_SOURCES, else the built-in list`;

async function readSources(file: string | undefined): Promise<SourceConfig[]> {
  if (!file) return loadConfiguredSources(process.env.GROUNDBRIEF_SOURCES);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new CliError(`--sources ${file}: cannot read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, 2, {
      cause,
    });
  }
  try {
    return parseSourceList(text, `--sources ${file}`);
  } catch (error) {
    if (error instanceof SourceListError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
}

/** Nothing usable came back: no ticker, no candles, no CoinGecko data and no headline. */
export function collectedNothing(snapshot: MarketSnapshot): boolean {
  const market = snapshot.assets.some((asset) => asset.ticker || asset.candles.length > 0);
  return !market && snapshot.categories.length === 0 && !snapshot.global && snapshot.headlines.length === 0;
}

/**
 * Collects from the live upstreams (base URLs from the environment, see market-config-from-env.ts), records
 * every request and response, with the source list, into DIR, and prints the request count and the status of
 * each source. Exit 0 when anything was collected, 1 when nothing was (the directory is written either way).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { command: 'collect', values: ['out', 'sources'] });
  const out = flag(args, 'out');
  if (!out) throw new CliError('collect needs --out DIR (see groundbrief collect --help)');
  const config = marketConfigFromEnv(process.env);
  const sources = await readSources(flag(args, 'sources'));
  const started = Date.now();
  let responses = 0;
  const recorder = recordFetch({
    fetch: async (resource, init) => {
      const response = await fetch(resource, init);
      const url = new URL(resource instanceof Request ? resource.url : String(resource));
      responses++;
      console.error(
        `collect: [${String(responses).padStart(3)}] ${response.status} ${url.host}${url.pathname} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      return response;
    },
    sourceOf: buildSourceNamer({ sources, baseUrls: { ...config.baseUrls, coingecko: config.coingecko.baseUrl } }),
    clock: () => new Date(),
  });
  console.error(`collect: asking ${sources.length} news sources, the venues and CoinGecko (about 47 requests)...`);
  const { snapshot, requestCount } = await collectSnapshot({
    registry: defaultRegistry,
    sources,
    fetch: recorder.fetch,
    now: new Date(),
    config,
  });
  const { recording, bodies } = recorder.toRecording({
    asOf: snapshot.asOf,
    editionDate: snapshot.editionDate,
    sources,
  });
  await writeRecordingDir(out, recording, bodies);
  for (const status of snapshot.sources)
    console.error(
      `${status.status.padEnd(8)} ${status.id}${status.items !== undefined ? ` (${status.items})` : ''}${status.reason ? ` ${status.reason}: ${status.detail ?? ''}` : ''}`,
    );
  console.log(
    `wrote ${out}: ${recording.entries.length} responses, ${requestCount} requests, ` +
      `${snapshot.assets.filter((a) => a.ticker).length}/${snapshot.assets.length} tickers, ${snapshot.headlines.length} headlines`,
  );
  if (collectedNothing(snapshot)) {
    console.error('collect: nothing was collected (every upstream failed; see the statuses above)');
    return 1;
  }
  return 0;
}
