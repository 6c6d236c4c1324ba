/**
 * Golden Markdown per style over the fixtures day (fixtures/day.snapshot.json -> clusterHeadlines ->
 * buildFactsSheet -> writeFromTemplate). The files in test/brief/golden/ were read and reviewed by hand;
 * regenerate with UPDATE_GOLDEN=1 only after reviewing the diff. The fixture and the golden files
 * are tracked: a missing one fails the test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

const fixture = fileURLToPath(new URL('../../fixtures/day.snapshot.json', import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));

describe('template briefs on the fixtures day (golden)', () => {
  const snapshot = () => marketSnapshotSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  for (const style of briefStyleSchema.options) {
    it(`${style} matches test/brief/golden/${style}.md`, () => {
      const registry = defaultRegistry;
      const sheet = sheetFromSnapshot({ snapshot: snapshot(), registry });
      const markdown = writeFromTemplate({ sheet, registry, style }).markdown;
      const file = `${goldenDir}${style}.md`;
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, markdown);
      }
      expect(markdown).toBe(readFileSync(file, 'utf8'));
    });
  }
});
