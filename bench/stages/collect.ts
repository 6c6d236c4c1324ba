// Collection stage: replaying the fixtures day through the real adapters (parse + normalize), and its request count.
import { fileURLToPath } from 'node:url';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { collectSnapshot } from '../../src/pipeline/collect-snapshot.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';
import { medianMs } from '../median.ts';

export const name = 'collect (fixtures day replay)';

export async function run() {
  const dir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));
  const { recording, bodies } = await readRecordingDir(dir);
  const bytes = [...bodies.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  let requestCount = 0;
  let market = 0;
  const once = async () => {
    const result = await collectSnapshot({
      registry: defaultRegistry,
      sources: defaultSources,
      fetch: buildReplayFetch(recording, bodies),
      now: new Date(recording.asOf),
      editionDate: recording.editionDate,
      config: { enableRateLimit: false },
      elapsedMs: () => 0,
    });
    requestCount = result.requestCount;
    market = recording.entries.filter((e) => !e.source.startsWith('feed:') && !e.source.startsWith('page:')).length;
  };
  const readMs = await medianMs(() => readRecordingDir(dir), { runs: 10, warmup: 2 });
  const replayMs = await medianMs(once, { runs: 15, warmup: 3 });
  return [
    { figure: 'read recording dir (49 bodies) median', value: `${readMs.toFixed(1)} ms` },
    { figure: 'replay + parse + normalize (collectSnapshot) median', value: `${replayMs.toFixed(1)} ms` },
    { figure: 'raw bytes parsed per run', value: `${(bytes / 1024).toFixed(0)} KiB` },
    { figure: 'outbound requests per full collection (market + news)', value: String(requestCount) },
    { figure: '  of which market (exchanges + CoinGecko)', value: String(market) },
    { figure: '  of which news sources', value: String(requestCount - market) },
  ];
}
