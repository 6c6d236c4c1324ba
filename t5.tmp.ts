import { defaultRegistry } from './src/config/watchlist.ts';
import { clusterHeadlines } from './src/sources/cluster-headlines.ts';
import { loadLabelled } from './test/sources/helpers/labelled-clusters.ts';
const { now, headlines, storyOf } = loadLabelled(process.argv[2]);
for (const t of [0.17]) {
  console.log('t', t);
  for (const c of clusterHeadlines({ headlines, registry: defaultRegistry, now, threshold: t })) {
    const stories = new Set(c.headlines.map(h => storyOf.get(h.id)));
    if (stories.size > 1 || c.headlines.length < 2) console.log('  ', [...stories].join(','), '|', c.headlines.map(h => h.title).join(' || '));
  }
}
