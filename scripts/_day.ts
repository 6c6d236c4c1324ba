import { readFileSync } from 'node:fs';
import { writeFromTemplate } from '../src/brief/write-from-template.ts';
import { buildPrompt } from '../src/brief/build-prompt.ts';
import { defaultRegistry } from '../src/config/watchlist.ts';
import { marketSnapshotSchema } from '../src/domain/market-snapshot.ts';
import { clusterHeadlines } from '../src/sources/cluster-headlines.ts';
import { buildFactsSheet } from '../src/metrics/build-facts-sheet.ts';
const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync('fixtures/day.snapshot.json','utf8')));
const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry: defaultRegistry, now: new Date(snapshot.asOf) });
const sheet = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters });
for (const style of ['daily-snapshot','sector-recap','weekly-update'] as const) { console.log(writeFromTemplate({sheet, registry: defaultRegistry, style}).markdown); console.log('========== tokens', buildPrompt({sheet, registry: defaultRegistry, style}).tokens); }
console.log(sheet.clusters.slice(0,8).map(c=>c.score+' '+c.title+' '+c.sectors).join('\n'));
