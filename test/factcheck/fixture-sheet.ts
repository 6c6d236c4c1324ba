/** The fixtures-day facts sheet (fixtures/day.snapshot.json -> clusterHeadlines -> buildFactsSheet), built once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { FactsSheet } from '../../src/domain/fact.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';

let sheet: FactsSheet | undefined;

export function fixtureSheet(): FactsSheet {
  if (sheet) return sheet;
  const path = fileURLToPath(new URL('../../fixtures/day.snapshot.json', import.meta.url));
  const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const clusters = clusterHeadlines({
    headlines: snapshot.headlines,
    registry: defaultRegistry,
    now: new Date(snapshot.asOf),
  });
  sheet = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters });
  return sheet;
}
