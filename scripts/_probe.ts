import { readFileSync } from 'node:fs';
import { checkBrief } from '../src/factcheck/check-brief.ts';
import { defaultRegistry } from '../src/config/watchlist.ts';
import { marketSnapshotSchema } from '../src/domain/market-snapshot.ts';
import { clusterHeadlines } from '../src/sources/cluster-headlines.ts';
import { buildFactsSheet } from '../src/metrics/build-facts-sheet.ts';
const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync('fixtures/day.snapshot.json','utf8')));
const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry: defaultRegistry, now: new Date(snapshot.asOf) });
const sheet = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters });
const lines = readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const line of lines) {
  const r = checkBrief({ markdown: `# T\n\n${line}\n`, sheet, registry: defaultRegistry });
  console.log(r.ok ? 'OK ' : 'BAD', line);
  for (const c of r.claims) if (c.verdict !== 'supported') console.log('     ', c.verdict, c.text, '|', c.factId, '|', c.reason);
}
