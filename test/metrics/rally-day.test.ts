/**
 * The second seeded fixtures day, a rally (fixtures/day-rally/, authored by
 * `npx tsx scripts/author-fixtures.ts rally`): it replays into its snapshot JSON, re-authoring it yields
 * the same bytes, it has the properties it was authored for, and each brief style verifies on it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorDay } from '../../scripts/fixture-day/author-day.ts';
import { days } from '../../scripts/fixture-day/days.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import type { FactsSheet } from '../../src/domain/fact.ts';
import type { MarketSnapshot } from '../../src/domain/market-snapshot.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const rallyDir = join(fixtures, 'day-rally');
const rallySnapshotFile = join(fixtures, 'day-rally.snapshot.json');

let snapshot: MarketSnapshot;
let sheet: FactsSheet;
const value = (id: string) => {
  const fact = sheet.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact.value as number;
};
beforeAll(async () => {
  snapshot = await loadSnapshot(rallyDir);
  const clusters = clusterHeadlines({
    headlines: snapshot.headlines,
    registry: defaultRegistry,
    now: new Date(snapshot.asOf),
  });
  sheet = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters });
});

describe('fixtures/day-rally', () => {
  it('replays into exactly fixtures/day-rally.snapshot.json, every source ok', async () => {
    expect(snapshot).toEqual(JSON.parse(await readFile(rallySnapshotFile, 'utf8')));
    expect(snapshot.asOf).toBe('2026-12-03T07:00:00.000Z');
    expect(snapshot.sources.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(snapshot.headlines.length).toBeGreaterThanOrEqual(25);
  });

  describe('re-authoring', () => {
    let scratch: string;
    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), 'gb-rally-'));
    });
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });
    it('yields the committed bytes (seeded, deterministic)', async () => {
      const dayDir = join(scratch, 'day-rally');
      const snapshotFile = join(scratch, 'day-rally.snapshot.json');
      await authorDay({ spec: days.rally!, dayDir, snapshotFile });
      expect(await readFile(snapshotFile, 'utf8')).toBe(await readFile(rallySnapshotFile, 'utf8'));
      const bodies = await readdir(join(rallyDir, 'bodies'));
      expect(await readdir(join(dayDir, 'bodies'))).toEqual(bodies);
      for (const file of ['recording.json', ...bodies.map((body) => `bodies/${body}`)])
        expect(await readFile(join(dayDir, file), 'utf8'), file).toBe(await readFile(join(rallyDir, file), 'utf8'));
    });
  });

  it('is a broad rally: 27 of 30 up over 24h, BTC, ETH and SOL up', () => {
    expect(value('market.advancers_24h')).toBe(27);
    expect(value('market.decliners_24h')).toBe(3);
    for (const id of ['btc', 'eth', 'sol']) expect(value(`${id}.change_24h`), id).toBeGreaterThan(0);
    expect(value('btc.change_24h')).toBeGreaterThan(3);
    expect(value('btc.change_24h')).toBeLessThan(5);
    expect(value('market.cap_change_24h')).toBeGreaterThan(0);
  });

  it('BTC trades above its 30-day swing high', () => {
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_high_30d'));
    // The swing high is from completed candles only; the breakout is today's.
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    expect(Math.max(...btc.candles.slice(-31, -1).map((candle) => candle[2]))).toBe(value('btc.swing_high_30d'));
  });

  it('funding is negative on SOL and DOGE perps, positive on the others; OI changes of both signs', () => {
    const perps = ['btc', 'eth', 'sol', 'xrp', 'doge'];
    expect(perps.filter((id) => value(`${id}.funding_rate`) < 0)).toEqual(['sol', 'doge']);
    const oi = perps.map((id) => value(`${id}.oi_change_24h`));
    expect(oi.some((change) => change > 0) && oi.some((change) => change < 0)).toBe(true);
  });

  it('AI leads and L2 lags over 24h; windows disagree on sign for some sectors', () => {
    const sectors = defaultRegistry.sectors.map((sector) => sector.id);
    const by = (window: string) =>
      [...sectors].sort((a, b) => value(`sector.${b}.change_${window}`) - value(`sector.${a}.change_${window}`));
    expect(by('24h')[0]).toBe('ai');
    expect(by('24h').at(-1)).toBe('l2');
    const flipped = sectors.filter(
      (id) =>
        Math.sign(value(`sector.${id}.change_24h`)) !== Math.sign(value(`sector.${id}.change_7d`)) ||
        Math.sign(value(`sector.${id}.change_24h`)) !== Math.sign(value(`sector.${id}.change_30d`)),
    );
    expect(flipped.length).toBeGreaterThanOrEqual(3);
  });

  it.each(briefStyleSchema.options)('%s template brief is produced and verified', async (style) => {
    const { brief, report } = await templateWriter({ sheet, registry: defaultRegistry, style });
    expect(brief.markdown.length).toBeGreaterThan(500);
    expect(report.claims.filter((claim) => claim.verdict !== 'supported')).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
