/**
 * Sweeps the title-similarity threshold over fixtures/feeds/cluster-labelled.json and prints repeats and
 * merges per value: `npx tsx scripts/sweep-cluster-threshold.ts [cluster-holdout.json]`. Used to choose
 * CLUSTER_SIMILARITY_THRESHOLD (see docs/headlines.md).
 */
import { defaultRegistry } from '../src/config/watchlist.ts';
import { clusterHeadlines } from '../src/sources/cluster-headlines.ts';
import { loadLabelled, scoreClusters } from '../test/sources/helpers/labelled-clusters.ts';

const file = process.argv[2] ?? 'cluster-labelled.json';
const { now, headlines, storyOf } = loadLabelled(file);
console.log(file);
console.log('threshold  clusters  stories  repeats  repeat%  merged');
for (let t = 0.04; t <= 0.6001; t += 0.02) {
  const s = scoreClusters(clusterHeadlines({ headlines, registry: defaultRegistry, now, threshold: t }), storyOf);
  console.log(
    `${t.toFixed(2).padStart(9)}  ${String(s.clusters).padStart(8)}  ${String(s.stories).padStart(7)}  ${String(s.repeats).padStart(7)}  ${(s.repeatRate * 100).toFixed(1).padStart(7)}  ${String(s.merged).padStart(6)}`,
  );
}
