// `collect --out DIR [--sources FILE]`: live collection through record-fetch; writes a recording directory.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeRecordingDir } from '../../adapters/node/recording-files.ts';
import { defaultSources, sourceConfigSchema, type SourceConfig } from '../../config/sources.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import { collectSnapshot } from '../../pipeline/collect-snapshot.ts';
import { buildSourceNamer } from '../../recording/name-source.ts';
import { recordFetch } from '../../recording/record-fetch.ts';
import { CliError } from '../cli-error.ts';
import { marketConfigFromEnv } from '../market-config-from-env.ts';
import { flag, parseArgs } from '../parse-args.ts';

async function readSources(file: string | undefined): Promise<SourceConfig[]> {
  if (!file) return defaultSources;
  try {
    return z.array(sourceConfigSchema).parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (cause) {
    throw new CliError(`--sources ${file}: not a JSON array of source configs`, 2, { cause });
  }
}

/**
 * Collects market data and headlines from the live upstreams (base URLs from the environment, see
 * market-config-from-env.ts), records every request and response into DIR, and prints the request count
 * and the status of each source. Exit 0 when the directory was written (failed sources are in the statuses).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const out = flag(args, 'out');
  if (!out) throw new CliError('collect needs --out DIR');
  const config = marketConfigFromEnv(process.env);
  const sources = await readSources(flag(args, 'sources'));
  const recorder = recordFetch({
    fetch: (resource, init) => fetch(resource, init),
    sourceOf: buildSourceNamer({ sources, baseUrls: { ...config.baseUrls, coingecko: config.coingecko.baseUrl } }),
    clock: () => new Date(),
  });
  const now = new Date();
  const { snapshot, requestCount } = await collectSnapshot({
    registry: defaultRegistry,
    sources,
    fetch: recorder.fetch,
    now,
    config,
  });
  const { recording, bodies } = recorder.toRecording({ asOf: snapshot.asOf, editionDate: snapshot.editionDate });
  await writeRecordingDir(out, recording, bodies);
  for (const status of snapshot.sources)
    console.error(
      `${status.status.padEnd(8)} ${status.id}${status.items !== undefined ? ` (${status.items})` : ''}${status.reason ? ` ${status.reason}: ${status.detail ?? ''}` : ''}`,
    );
  console.log(
    `wrote ${out}: ${recording.entries.length} responses, ${requestCount} requests, ` +
      `${snapshot.assets.filter((a) => a.ticker).length}/${snapshot.assets.length} tickers, ${snapshot.headlines.length} headlines`,
  );
  return 0;
}
