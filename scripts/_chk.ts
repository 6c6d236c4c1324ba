import { readFileSync } from 'node:fs';
import { writeFromTemplate } from '../src/brief/write-from-template.ts';
import { checkBrief } from '../src/factcheck/check-brief.ts';
import { defaultRegistry } from '../src/config/watchlist.ts';
import { marketSnapshotSchema } from '../src/domain/market-snapshot.ts';
import { clusterHeadlines } from '../src/sources/cluster-headlines.ts';
import { buildFactsSheet } from '../src/metrics/build-facts-sheet.ts';
import { sampleSheet } from '../test/brief/sample-sheet.ts';
const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync('fixtures/day.snapshot.json','utf8')));
const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry: defaultRegistry, now: new Date(snapshot.asOf) });
const day = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters });
for (const [name, sheet] of [['day', day], ['sample', sampleSheet]] as const)
for (const style of ['daily-snapshot','sector-recap','weekly-update'] as const) {
  const b = writeFromTemplate({sheet, registry: defaultRegistry, style});
  const r = checkBrief({markdown: b.markdown, sheet, registry: defaultRegistry});
  console.log(name, style, JSON.stringify(r.counts));
  for (const c of r.claims) if (c.verdict !== 'supported') console.log('   ', c.verdict, c.text, '|', c.factId, '|', c.reason, '|', c.sentence.slice(0,120));
}
