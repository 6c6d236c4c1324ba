/** Bench: buildFactsSheet on the fixtures day (median of in-process runs); snapshot loading timed separately. */
import { medianMs } from '../median.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';

export const name = 'metrics';

export async function run(): Promise<{ figure: string; value: string }[]> {
  const loadMs = await medianMs(() => loadSnapshot(), { runs: 10, warmup: 1 });
  const snapshot = await loadSnapshot();
  const registry = defaultRegistry;
  const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry, now: new Date(snapshot.asOf) });
  const sheet = buildFactsSheet({ snapshot, registry, clusters });
  const metricsMs = await medianMs(() => buildFactsSheet({ snapshot, registry, clusters }), { runs: 200, warmup: 20 });
  return [
    { figure: 'loadSnapshot fixtures/day (replay + parse, median of 10)', value: `${loadMs.toFixed(2)} ms` },
    { figure: 'buildFactsSheet, fixtures/day (median of 200)', value: `${metricsMs.toFixed(3)} ms` },
    { figure: 'facts in the sheet', value: String(sheet.facts.length) },
    {
      figure: `assets / candles in the snapshot`,
      value: `${snapshot.assets.length} / ${snapshot.assets.reduce((n, a) => n + a.candles.length, 0)}`,
    },
  ];
}
