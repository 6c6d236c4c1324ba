/**
 * The seeded fixtures days beyond the bundled one, authored by `npx tsx scripts/author-fixtures.ts NAME`:
 * the rally (fixtures/day-rally/), the chop (fixtures/day-chop/), the squeeze (fixtures/day-squeeze/), the drift
 * (fixtures/day-drift/), the rotation (fixtures/day-rotation/), the flush (fixtures/day-flush/), the altseason
 * (fixtures/day-altseason/), the grind (fixtures/day-grind/), the whipsaw (fixtures/day-whipsaw/), the ethdump
 * (fixtures/day-ethdump/), the meltup (fixtures/day-meltup/), the bleed (fixtures/day-bleed/), the doldrums
 * (fixtures/day-doldrums/), the breakdown (fixtures/day-breakdown/), the mania (fixtures/day-mania/), the rollup
 * (fixtures/day-rollup/), the capitulation (fixtures/day-capitulation/), the rebound (fixtures/day-rebound/), the
 * fakeout (fixtures/day-fakeout/), the spotlight (fixtures/day-spotlight/), the decouple (fixtures/day-decouple/) and
 * the solstorm (fixtures/day-solstorm/). Each replays into its snapshot JSON, re-authoring it yields the same bytes, its
 * facts sheet holds the sheet invariants, each brief style verifies on it with the template writer, and it has the
 * properties it was authored for.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorDay } from '../../scripts/fixture-day/author-day.ts';
import { dayDirName, days } from '../../scripts/fixture-day/days.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import type { FactsSheet } from '../../src/domain/fact.ts';
import type { MarketSnapshot } from '../../src/domain/market-snapshot.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { computeRoundLevels } from '../../src/metrics/compute-levels.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';
import { expectSheetInvariants } from './sheet-invariants.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

type Day = { snapshot: MarketSnapshot; sheet: FactsSheet; value: (id: string) => number };

/** Loads an authored day (recording directory replayed) and its facts sheet, once per describe block. */
function useDay(name: string): () => Day {
  let day: Day | undefined;
  beforeAll(async () => {
    const snapshot = await loadSnapshot(join(fixtures, dayDirName(name)));
    const clusters = clusterHeadlines({
      headlines: snapshot.headlines,
      registry: defaultRegistry,
      now: new Date(snapshot.asOf),
    });
    const sheet = buildFactsSheet({ snapshot, registry: defaultRegistry, clusters });
    const value = (id: string) => {
      const fact = sheet.facts.find((f) => f.id === id);
      if (!fact) throw new Error(`no fact ${id}`);
      return fact.value as number;
    };
    day = { snapshot, sheet, value };
  });
  return () => day!;
}

describe.each([
  { name: 'rally', asOf: '2026-12-03T07:00:00.000Z' },
  { name: 'chop', asOf: '2026-12-05T07:00:00.000Z' },
  { name: 'squeeze', asOf: '2026-12-06T07:00:00.000Z' },
  { name: 'drift', asOf: '2026-12-02T07:00:00.000Z' },
  { name: 'rotation', asOf: '2026-11-28T07:00:00.000Z' },
  { name: 'flush', asOf: '2026-11-19T07:00:00.000Z' },
  { name: 'altseason', asOf: '2026-11-12T07:00:00.000Z' },
  { name: 'grind', asOf: '2026-11-05T07:00:00.000Z' },
  { name: 'whipsaw', asOf: '2026-10-29T07:00:00.000Z' },
  { name: 'ethdump', asOf: '2026-10-22T07:00:00.000Z' },
  { name: 'meltup', asOf: '2026-10-15T07:00:00.000Z' },
  { name: 'bleed', asOf: '2026-10-08T07:00:00.000Z' },
  { name: 'doldrums', asOf: '2026-09-27T07:00:00.000Z' },
  { name: 'breakdown', asOf: '2026-11-05T07:00:00.000Z' },
  { name: 'mania', asOf: '2026-09-17T07:00:00.000Z' },
  { name: 'rollup', asOf: '2026-09-03T07:00:00.000Z' },
  { name: 'capitulation', asOf: '2026-08-20T07:00:00.000Z' },
  { name: 'rebound', asOf: '2026-08-06T07:00:00.000Z' },
  { name: 'fakeout', asOf: '2026-07-09T07:00:00.000Z' },
  { name: 'spotlight', asOf: '2026-06-25T07:00:00.000Z' },
  { name: 'decouple', asOf: '2026-08-27T07:00:00.000Z' },
  { name: 'solstorm', asOf: '2026-09-10T07:00:00.000Z' },
])('fixtures/day-$name', ({ name, asOf }) => {
  const day = useDay(name);
  const dayDir = join(fixtures, dayDirName(name));
  const snapshotFile = join(fixtures, `${dayDirName(name)}.snapshot.json`);

  it('replays into exactly its snapshot JSON, every source ok; the sheet holds the invariants', async () => {
    const { snapshot, sheet } = day();
    expect(snapshot).toEqual(JSON.parse(await readFile(snapshotFile, 'utf8')));
    expect(snapshot.asOf).toBe(asOf);
    expect(snapshot.sources.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(snapshot.headlines.length).toBeGreaterThanOrEqual(25);
    expectSheetInvariants(sheet, snapshot, defaultRegistry);
  });

  describe('re-authoring', () => {
    let scratch: string;
    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), `gb-${name}-`));
    });
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });
    it('yields the committed bytes (seeded, deterministic)', async () => {
      const outDir = join(scratch, dayDirName(name));
      const outFile = join(scratch, `${dayDirName(name)}.snapshot.json`);
      await authorDay({ spec: days[name]!, dayDir: outDir, snapshotFile: outFile });
      expect(await readFile(outFile, 'utf8')).toBe(await readFile(snapshotFile, 'utf8'));
      const bodies = await readdir(join(dayDir, 'bodies'));
      expect(await readdir(join(outDir, 'bodies'))).toEqual(bodies);
      for (const file of ['recording.json', ...bodies.map((body) => `bodies/${body}`)])
        expect(await readFile(join(outDir, file), 'utf8'), file).toBe(await readFile(join(dayDir, file), 'utf8'));
    });
  });

  it.each(briefStyleSchema.options)('%s template brief is produced and verified', async (style) => {
    const { brief, report } = await templateWriter({ sheet: day().sheet, registry: defaultRegistry, style });
    expect(brief.markdown.length).toBeGreaterThan(500);
    expect(report.claims.filter((claim) => claim.verdict !== 'supported')).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

const sectors = defaultRegistry.sectors.map((sector) => sector.id);
/** Sector ids, best first, by their change over a window. */
const sectorOrder = (value: (id: string) => number, window: string) =>
  [...sectors].sort((a, b) => value(`sector.${b}.change_${window}`) - value(`sector.${a}.change_${window}`));
const perps = ['btc', 'eth', 'sol', 'xrp', 'doge'];
/** Expects a fact's value strictly between low and high. */
const within = (value: (id: string) => number, id: string, low: number, high: number) => {
  expect(value(id), id).toBeGreaterThan(low);
  expect(value(id), id).toBeLessThan(high);
};
/** The 24h high-low range of BTC in pct of its price. */
const btcRange = (value: (id: string) => number) =>
  ((value('btc.high_24h') - value('btc.low_24h')) / value('btc.price')) * 100;
/** BTC dominance 24h ago (pct): BTC's cap and the total cap each taken back by their 24h change. */
const dominance24hAgo = (value: (id: string) => number) =>
  (value('btc.market_cap') /
    (1 + value('btc.change_24h') / 100) /
    (value('market.total_cap') / (1 + value('market.cap_change_24h') / 100))) *
  100;

/** The authored days other than `day` (22 of them), each with its sheet's fact values by id. */
const otherDays = async (day: string) => {
  const others = Object.keys(days).filter((name) => name !== day);
  expect(others).toHaveLength(22);
  return Promise.all(
    others.map(async (name) => {
      const snapshot = await loadSnapshot(join(fixtures, `${dayDirName(name)}.snapshot.json`));
      const sheet = sheetFromSnapshot({ snapshot, registry: defaultRegistry });
      return { name, value: (id: string) => sheet.facts.find((fact) => fact.id === id)!.value as number };
    }),
  );
};

describe('fixtures/day-rally: a broad rally', () => {
  const day = useDay('rally');

  it('27 of 30 up over 24h, BTC, ETH and SOL up', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(27);
    expect(value('market.decliners_24h')).toBe(3);
    for (const id of ['btc', 'eth', 'sol']) expect(value(`${id}.change_24h`), id).toBeGreaterThan(0);
    expect(value('btc.change_24h')).toBeGreaterThan(3);
    expect(value('btc.change_24h')).toBeLessThan(5);
    expect(value('market.cap_change_24h')).toBeGreaterThan(0);
  });

  it('BTC trades above its 30-day swing high', () => {
    const { value, snapshot } = day();
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_high_30d'));
    // The swing high is from completed candles only; the breakout is today's.
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    expect(Math.max(...btc.candles.slice(-31, -1).map((candle) => candle[2]))).toBe(value('btc.swing_high_30d'));
  });

  it('funding is negative on SOL and DOGE perps, positive on the others; OI changes of both signs', () => {
    const { value } = day();
    expect(perps.filter((id) => value(`${id}.funding_rate`) < 0)).toEqual(['sol', 'doge']);
    const oi = perps.map((id) => value(`${id}.oi_change_24h`));
    expect(oi.some((change) => change > 0) && oi.some((change) => change < 0)).toBe(true);
  });

  it('AI leads and L2 lags over 24h; windows disagree on sign for some sectors', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')[0]).toBe('ai');
    expect(sectorOrder(value, '24h').at(-1)).toBe('l2');
    const flipped = sectors.filter(
      (id) =>
        Math.sign(value(`sector.${id}.change_24h`)) !== Math.sign(value(`sector.${id}.change_7d`)) ||
        Math.sign(value(`sector.${id}.change_24h`)) !== Math.sign(value(`sector.${id}.change_30d`)),
    );
    expect(flipped.length).toBeGreaterThanOrEqual(3);
  });
});

describe('fixtures/day-chop: a mixed, range-bound rotation', () => {
  const day = useDay('chop');

  it('breadth is split, 13 up and 17 down; BTC nearly flat and ETH down 2 to 3 % over 24h', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(13);
    expect(value('market.decliners_24h')).toBe(17);
    expect(value('btc.change_24h')).toBeGreaterThan(0);
    expect(value('btc.change_24h')).toBeLessThan(0.5);
    expect(value('eth.change_24h')).toBeLessThan(-2);
    expect(value('eth.change_24h')).toBeGreaterThan(-3);
    expect(value('market.cap_change_24h')).toBeLessThan(0);
    expect(value('market.cap_change_24h')).toBeGreaterThan(-1);
  });

  it('BTC is down over 7 days, up over 30, between support and resistance and inside its 30-day range', () => {
    const { value } = day();
    expect(value('btc.change_7d')).toBeLessThan(0);
    expect(value('btc.change_30d')).toBeGreaterThan(0);
    const price = value('btc.price');
    expect(value('btc.support')).toBeLessThan(price);
    expect(value('btc.resistance')).toBeGreaterThan(price);
    expect(value('btc.swing_low_30d')).toBeLessThan(price);
    expect(value('btc.swing_high_30d')).toBeGreaterThan(price);
  });

  it('memes lead and DePIN lags over 24h; L1 slightly down; AI mixed', () => {
    const { value } = day();
    const order = sectorOrder(value, '24h');
    expect(order[0]).toBe('memes');
    expect(order.at(-1)).toBe('depin');
    expect(value('sector.memes.change_24h')).toBeGreaterThan(5);
    expect(value('sector.l1.change_24h')).toBeLessThan(0);
    expect(value('sector.l1.change_24h')).toBeGreaterThan(-1);
    expect(value('sector.ai.advancers_24h')).toBeGreaterThanOrEqual(3);
    expect(value('sector.ai.decliners_24h')).toBeGreaterThanOrEqual(3);
  });

  it('funding is highest and positive on DOGE, negative on ETH only; total open interest is down', () => {
    const { value } = day();
    expect(perps.filter((id) => value(`${id}.funding_rate`) < 0)).toEqual(['eth']);
    const byFunding = [...perps].sort((a, b) => value(`${b}.funding_rate`) - value(`${a}.funding_rate`));
    expect(byFunding[0]).toBe('doge');
    expect(value('doge.funding_rate')).toBeGreaterThan(5 * value('btc.funding_rate'));
    expect(value('market.oi_change_24h')).toBeLessThan(0);
    expect(value('doge.oi_change_24h')).toBeGreaterThan(0);
  });

  it('24h volume is below the 7-day average for the majors, above it for DOGE and PEPE', () => {
    const { value } = day();
    for (const id of ['btc', 'eth', 'sol', 'xrp', 'bnb']) expect(value(`${id}.volume_ratio_7d`), id).toBeLessThan(0.9);
    for (const id of ['doge', 'pepe']) expect(value(`${id}.volume_ratio_7d`), id).toBeGreaterThan(1.2);
  });
});

describe('fixtures/day-squeeze: a short squeeze led by the altcoins', () => {
  const day = useDay('squeeze');

  it('24 of 30 up; BTC up 1 to 2 % over 24h but down over 7 and 30 days; ETH up about 6 %, more than BTC', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(24);
    expect(value('market.decliners_24h')).toBe(6);
    expect(value('btc.change_24h')).toBeGreaterThan(1);
    expect(value('btc.change_24h')).toBeLessThan(2);
    expect(value('btc.change_7d')).toBeLessThan(0);
    expect(value('btc.change_30d')).toBeLessThan(0);
    expect(value('eth.change_24h')).toBeGreaterThan(5);
    expect(value('eth.change_24h')).toBeLessThan(7);
    // The total cap rose more than BTC's: BTC dominance fell over the day.
    expect(value('market.cap_change_24h')).toBeGreaterThan(value('btc.change_24h'));
    expect(value('market.btc_dominance')).toBeLessThan(60);
  });

  it('BTC set its 30-day swing low in the last 7 days, bounced off it, and trades under $100,000', () => {
    const { value, snapshot } = day();
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    const completed = btc.candles.slice(-31, -1);
    const lowAt = completed.findIndex((candle) => candle[3] === value('btc.swing_low_30d'));
    expect(lowAt).toBeGreaterThanOrEqual(completed.length - 7);
    const price = value('btc.price');
    expect(price).toBeGreaterThan(value('btc.swing_low_30d'));
    expect(price / value('btc.swing_low_30d')).toBeLessThan(1.05);
    expect(value('btc.low_24h') / value('btc.swing_low_30d')).toBeLessThan(1.01);
    expect(value('btc.support')).toBe(95_000);
    expect(value('btc.resistance')).toBe(100_000);
  });

  it('gaming leads by double digits, memes are the only sector down; sub-dollar tokens move double digits', () => {
    const { value } = day();
    const order = sectorOrder(value, '24h');
    expect(order[0]).toBe('gaming');
    expect(order.at(-1)).toBe('memes');
    expect(value('sector.gaming.change_24h')).toBeGreaterThan(14);
    expect(value('sector.gaming.change_24h')).toBeLessThan(18);
    expect(sectors.filter((id) => value(`sector.${id}.change_24h`) < 0)).toEqual(['memes']);
    for (const id of ['gala', 'sand', 'iotx', 'op']) {
      expect(value(`${id}.price`), id).toBeLessThan(1);
      expect(value(`${id}.change_24h`), id).toBeGreaterThan(10);
    }
  });

  it('funding is negative on every perp but XRP; total open interest falls 8 to 12 %', () => {
    const { value } = day();
    expect(perps.filter((id) => value(`${id}.funding_rate`) > 0)).toEqual(['xrp']);
    expect(value('market.funding_avg')).toBeLessThan(0);
    expect(value('market.oi_change_24h')).toBeLessThan(-8);
    expect(value('market.oi_change_24h')).toBeGreaterThan(-12);
  });

  it('24h volume is about 2 to 3 times the 7-day average for the majors and the gaming tokens', () => {
    const { value } = day();
    for (const id of ['btc', 'eth', 'sol', 'axs', 'sand', 'gala']) {
      expect(value(`${id}.volume_ratio_7d`), id).toBeGreaterThan(2);
      expect(value(`${id}.volume_ratio_7d`), id).toBeLessThan(3.1);
    }
  });
});

describe('fixtures/day-drift: a quiet, low-volume drift to a 30-day high', () => {
  const day = useDay('drift');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('16 of 30 up; BTC up 0.2 to 0.5 % over 24h and 3 to 4.5 % over 7 days; ETH down 0.5 to 1 %, up on the week', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(16);
    expect(value('market.decliners_24h')).toBe(14);
    expect(value('btc.change_24h')).toBeGreaterThan(0.2);
    expect(value('btc.change_24h')).toBeLessThan(0.5);
    expect(value('btc.change_7d')).toBeGreaterThan(3);
    expect(value('btc.change_7d')).toBeLessThan(4.5);
    expect(value('btc.change_30d')).toBeGreaterThan(1.5);
    expect(value('btc.change_30d')).toBeLessThan(2.5);
    expect(value('eth.change_24h')).toBeGreaterThan(-1);
    expect(value('eth.change_24h')).toBeLessThan(-0.5);
    expect(value('eth.change_7d')).toBeGreaterThan(0);
    // The total cap fell while BTC rose: BTC dominance rose over the day.
    expect(value('market.cap_change_24h')).toBeLessThan(0);
    expect(value('market.cap_change_24h')).toBeGreaterThan(-0.5);
    expect(value('market.btc_dominance')).toBeGreaterThan(60);
  });

  it('BTC set its 30-day swing high on the last completed day and trades within 1 % under it', () => {
    const { value, snapshot } = day();
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    const completed = btc.candles.slice(-31, -1);
    const highs = completed.map((candle) => candle[2]);
    expect(Math.max(...highs)).toBe(value('btc.swing_high_30d'));
    expect(highs.indexOf(value('btc.swing_high_30d'))).toBe(completed.length - 1);
    const price = value('btc.price');
    expect(price).toBeLessThan(value('btc.swing_high_30d'));
    expect(price / value('btc.swing_high_30d')).toBeGreaterThan(0.99);
    expect(value('btc.support')).toBe(100_000);
    expect(value('btc.resistance')).toBe(105_000);
  });

  it('a quiet tape: 24h moves within 2 % but for four small caps within 6 %; BTC realized volatility under 20 %', () => {
    const { value } = day();
    const large = assets.filter((id) => Math.abs(value(`${id}.change_24h`)) > 2);
    expect(large.sort()).toEqual(['doge', 'grt', 'iotx', 'pepe', 'shib', 'virtual', 'wif']);
    for (const id of large) expect(Math.abs(value(`${id}.change_24h`)), id).toBeLessThan(6);
    expect(assets.filter((id) => Math.abs(value(`${id}.change_24h`)) > 3).sort()).toEqual(
      ['iotx', 'pepe', 'virtual', 'wif'].sort(),
    );
    expect(value('btc.volatility_7d')).toBeLessThan(20);
    expect(value('btc.volatility_30d')).toBeLessThan(20);
  });

  it('memes lead at about 2.4 % with PEPE above 5 %, AI is last near -1.3 %, gaming is flat, the rest within 0.8 %', () => {
    const { value } = day();
    const order = sectorOrder(value, '24h');
    expect(order[0]).toBe('memes');
    expect(order.at(-1)).toBe('ai');
    expect(value('sector.memes.change_24h')).toBeGreaterThan(2.2);
    expect(value('sector.memes.change_24h')).toBeLessThan(2.6);
    expect(value('pepe.change_24h')).toBeGreaterThan(5);
    expect(value('sector.ai.change_24h')).toBeGreaterThan(-1.5);
    expect(value('sector.ai.change_24h')).toBeLessThan(-1);
    expect(Math.abs(value('sector.gaming.change_24h'))).toBeLessThan(0.1);
    for (const id of ['l1', 'l2', 'depin', 'gaming'])
      expect(Math.abs(value(`sector.${id}.change_24h`)), id).toBeLessThan(0.8);
  });

  it('funding is positive on every perp, DOGE settling every 4 hours; total open interest up 3 to 4 %, XRP down', () => {
    const { value, snapshot } = day();
    expect(perps.filter((id) => value(`${id}.funding_rate`) > 0)).toEqual(perps);
    expect(value('btc.funding_rate')).toBe(0.0142);
    expect(value('eth.funding_rate')).toBe(0.0187);
    const intervals = perps.map((id) => snapshot.assets.find((asset) => asset.id === id)!.perp!.fundingIntervalHours);
    expect(intervals).toEqual([8, 8, 8, 8, 4]);
    // Per 8h, OI-weighted: DOGE's 4-hour rate counts twice (about 0.0159 %; 0.0154 % if it counted once).
    expect(value('market.funding_avg')).toBeGreaterThan(0.0156);
    expect(value('market.funding_avg')).toBeLessThan(0.0162);
    expect(value('market.oi_change_24h')).toBeGreaterThan(3);
    expect(value('market.oi_change_24h')).toBeLessThan(4);
    expect(perps.filter((id) => value(`${id}.oi_change_24h`) < 0)).toEqual(['xrp']);
  });

  it('24h volume is 0.5 to 0.75 times the 7-day average for every asset', () => {
    const { value } = day();
    for (const id of assets) {
      expect(value(`${id}.volume_ratio_7d`), id).toBeGreaterThan(0.5);
      expect(value(`${id}.volume_ratio_7d`), id).toBeLessThan(0.75);
    }
  });
});

describe('fixtures/day-rotation: money rotates out of bitcoin into ether and the AI tokens', () => {
  const day = useDay('rotation');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('13 of 30 up; BTC down 1.5 to 2 % near $96,400, down about 3 % on 7 days, up on 30; ETH up 4 to 4.5 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(13);
    expect(value('market.decliners_24h')).toBe(17);
    expect(value('btc.price')).toBeGreaterThan(96_400);
    expect(value('btc.price')).toBeLessThan(96_500);
    expect(value('btc.change_24h')).toBeGreaterThan(-2);
    expect(value('btc.change_24h')).toBeLessThan(-1.5);
    expect(value('btc.change_7d')).toBeGreaterThan(-3.5);
    expect(value('btc.change_7d')).toBeLessThan(-2.5);
    expect(value('btc.change_30d')).toBeGreaterThan(0);
    expect(value('eth.change_24h')).toBeGreaterThan(4);
    expect(value('eth.change_24h')).toBeLessThan(4.5);
    expect(value('eth.change_7d')).toBeGreaterThan(0);
    // The total cap rose while BTC fell: BTC dominance fell over the day, by a point or more.
    expect(value('market.cap_change_24h')).toBeGreaterThan(0.3);
    expect(value('market.cap_change_24h')).toBeLessThan(0.5);
    const dominanceBefore = dominance24hAgo(value);
    expect(value('market.btc_dominance')).toBeLessThan(57);
    expect(dominanceBefore - value('market.btc_dominance')).toBeGreaterThan(1);
    expect(dominanceBefore - value('market.btc_dominance')).toBeLessThan(1.5);
  });

  it('ETH trades above its 30-day swing high, set on the completed candles before today', () => {
    const { value, snapshot } = day();
    const eth = snapshot.assets.find((asset) => asset.id === 'eth')!;
    const highs = eth.candles.slice(-31, -1).map((candle) => candle[2]);
    expect(Math.max(...highs)).toBe(value('eth.swing_high_30d'));
    expect(value('eth.price')).toBeGreaterThan(value('eth.swing_high_30d'));
    // BTC, by contrast, sits inside its 30-day range, between $95,000 support and $100,000 resistance.
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
    expect(value('btc.support')).toBe(95_000);
    expect(value('btc.resistance')).toBe(100_000);
  });

  it('AI leads at about 6 % with every member up and VIRTUAL above 11 %; memes last near -2.5 %, L1 next near -1 %', () => {
    const { value } = day();
    const order = sectorOrder(value, '24h');
    expect(order[0]).toBe('ai');
    expect(order.at(-1)).toBe('memes');
    expect(order.at(-2)).toBe('l1');
    expect(value('sector.ai.change_24h')).toBeGreaterThan(5.5);
    expect(value('sector.ai.change_24h')).toBeLessThan(6.5);
    expect(value('sector.ai.decliners_24h')).toBe(0);
    expect(value('virtual.change_24h')).toBeGreaterThan(11);
    expect(value('sector.memes.change_24h')).toBeGreaterThan(-3);
    expect(value('sector.memes.change_24h')).toBeLessThan(-2);
    expect(value('sector.l1.change_24h')).toBeGreaterThan(-1.2);
    expect(value('sector.l1.change_24h')).toBeLessThan(-0.8);
    for (const id of ['btc', 'bnb', 'xrp']) expect(value(`${id}.change_24h`), id).toBeLessThan(0);
    expect(value('sol.change_24h')).toBeGreaterThan(0);
    expect(value('sol.change_24h')).toBeLessThan(1);
    for (const id of ['l2', 'depin', 'gaming']) expect(Math.abs(value(`sector.${id}.change_24h`)), id).toBeLessThan(2);
  });

  it('funding negative on BTC and DOGE, strongest on ETH; OI BTC -4 %, ETH +9 %, total up about 1.5 %', () => {
    const { value } = day();
    expect(perps.filter((id) => value(`${id}.funding_rate`) < 0)).toEqual(['btc', 'doge']);
    const byFunding = [...perps].sort((a, b) => value(`${b}.funding_rate`) - value(`${a}.funding_rate`));
    expect(byFunding).toEqual(['eth', 'sol', 'xrp', 'btc', 'doge']);
    expect(value('eth.funding_rate')).toBe(0.0215);
    expect(value('btc.oi_change_24h')).toBeGreaterThan(-4.5);
    expect(value('btc.oi_change_24h')).toBeLessThan(-3.5);
    expect(value('eth.oi_change_24h')).toBeGreaterThan(8.5);
    expect(value('eth.oi_change_24h')).toBeLessThan(9.5);
    expect(value('market.oi_change_24h')).toBeGreaterThan(1.2);
    expect(value('market.oi_change_24h')).toBeLessThan(1.8);
  });

  it('24h volume is 1.2 to 1.6 times the 7-day average for every asset, highest for ETH; BTC volatility moderate', () => {
    const { value } = day();
    for (const id of assets) {
      expect(value(`${id}.volume_ratio_7d`), id).toBeGreaterThan(1.2);
      expect(value(`${id}.volume_ratio_7d`), id).toBeLessThan(1.6);
    }
    const byVolume = [...assets].sort((a, b) => value(`${b}.volume_ratio_7d`) - value(`${a}.volume_ratio_7d`));
    expect(byVolume[0]).toBe('eth');
    expect(value('btc.volatility_30d')).toBeGreaterThan(20);
    expect(value('btc.volatility_30d')).toBeLessThan(45);
  });
});

describe('fixtures/day-flush: a liquidation flush with a long lower wick', () => {
  const day = useDay('flush');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC dips about 6 % under its price 24h before, to a fresh 30-day low, and recovers to close about -0.9 %', () => {
    const { value, snapshot } = day();
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    const open24h = value('btc.price') / (1 + value('btc.change_24h') / 100);
    const dip = (value('btc.low_24h') / open24h - 1) * 100;
    expect(dip).toBeGreaterThan(-6.5);
    expect(dip).toBeLessThan(-5.5);
    expect(value('btc.low_24h')).toBeGreaterThan(88_000);
    expect(value('btc.low_24h')).toBeLessThan(89_000);
    // The swing low is from the 30 completed candles before today; the wick goes under it, the close does not.
    const lows = btc.candles.slice(-31, -1).map((candle) => candle[3]);
    expect(Math.min(...lows)).toBe(value('btc.swing_low_30d'));
    expect(value('btc.low_24h')).toBeLessThan(value('btc.swing_low_30d'));
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
    // A long lower wick: the recovery from the low is several times what is left of the loss.
    expect(value('btc.price') - value('btc.low_24h')).toBeGreaterThan(5 * (open24h - value('btc.price')));
    expect(value('btc.price')).toBeGreaterThan(93_800);
    expect(value('btc.price')).toBeLessThan(93_900);
    expect(value('btc.change_24h')).toBeGreaterThan(-1);
    expect(value('btc.change_24h')).toBeLessThan(-0.8);
    expect(value('btc.change_7d')).toBeLessThan(0);
    expect(value('btc.change_30d')).toBeLessThan(0);
    expect(value('eth.change_24h')).toBeGreaterThan(-2.8);
    expect(value('eth.change_24h')).toBeLessThan(-2.4);
  });

  it('6 of 30 up; the total cap falls about 1.6 %, more than BTC, so BTC dominance rises slightly', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(6);
    expect(value('market.decliners_24h')).toBe(24);
    expect(value('market.cap_change_24h')).toBeGreaterThan(-1.8);
    expect(value('market.cap_change_24h')).toBeLessThan(-1.4);
    const dominanceBefore = dominance24hAgo(value);
    expect(value('market.btc_dominance') - dominanceBefore).toBeGreaterThan(0.2);
    expect(value('market.btc_dominance') - dominanceBefore).toBeLessThan(0.8);
  });

  it('gaming leads near +1.2 % (AXS about +4 %), DePIN is last near -6.5 % (FIL about -11 %), AI about -3 %', () => {
    const { value } = day();
    const order = sectorOrder(value, '24h');
    expect(order[0]).toBe('gaming');
    expect(order.at(-1)).toBe('depin');
    expect(value('sector.gaming.change_24h')).toBeGreaterThan(0.8);
    expect(value('sector.gaming.change_24h')).toBeLessThan(1.6);
    expect(value('axs.change_24h')).toBeGreaterThan(3.5);
    expect(value('axs.change_24h')).toBeLessThan(4.5);
    expect(value('sector.depin.change_24h')).toBeGreaterThan(-7.2);
    expect(value('sector.depin.change_24h')).toBeLessThan(-6);
    expect(value('sector.depin.decliners_24h')).toBe(4);
    expect(value('fil.change_24h')).toBeGreaterThan(-11.5);
    expect(value('fil.change_24h')).toBeLessThan(-10.5);
    expect(value('sector.ai.change_24h')).toBeGreaterThan(-3.6);
    expect(value('sector.ai.change_24h')).toBeLessThan(-2.6);
    expect(value('sector.memes.change_24h')).toBeGreaterThan(-4.6);
    expect(value('sector.memes.change_24h')).toBeLessThan(-3.6);
    expect(value('sector.l2.change_24h')).toBeGreaterThan(-3);
    expect(value('sector.l2.change_24h')).toBeLessThan(-2);
    expect(value('sector.l1.change_24h')).toBeGreaterThan(-1.6);
    expect(value('sector.l1.change_24h')).toBeLessThan(-1);
  });

  it('funding negative on every perp but XRP; open interest down sharply, about 11 % in total', () => {
    const { value } = day();
    expect(perps.filter((id) => value(`${id}.funding_rate`) > 0)).toEqual(['xrp']);
    expect(value('btc.funding_rate')).toBe(-0.0087);
    expect(value('doge.funding_rate')).toBe(-0.021);
    const oi = Object.fromEntries(perps.map((id) => [id, value(`${id}.oi_change_24h`)]));
    expect(oi.btc).toBeGreaterThan(-9.5);
    expect(oi.btc).toBeLessThan(-8.5);
    expect(oi.eth).toBeGreaterThan(-13.5);
    expect(oi.eth).toBeLessThan(-12.5);
    expect(oi.sol).toBeGreaterThan(-15.5);
    expect(oi.sol).toBeLessThan(-14.5);
    expect(oi.xrp).toBeGreaterThan(-4.5);
    expect(oi.xrp).toBeLessThan(-3.5);
    expect(oi.doge).toBeGreaterThan(-19);
    expect(oi.doge).toBeLessThan(-18);
    expect(value('market.oi_change_24h')).toBeGreaterThan(-11.5);
    expect(value('market.oi_change_24h')).toBeLessThan(-10.5);
  });

  it('24h volume 1.9 to 2.6 times the 7-day average everywhere; BTC 7-day volatility 60-70 %, 30-day about 40 %', () => {
    const { value } = day();
    for (const id of assets) {
      expect(value(`${id}.volume_ratio_7d`), id).toBeGreaterThan(1.9);
      expect(value(`${id}.volume_ratio_7d`), id).toBeLessThan(2.6);
    }
    expect(value('btc.volatility_7d')).toBeGreaterThan(60);
    expect(value('btc.volatility_7d')).toBeLessThan(70);
    expect(value('btc.volatility_30d')).toBeGreaterThan(35);
    expect(value('btc.volatility_30d')).toBeLessThan(45);
  });
});

describe('fixtures/day-altseason: bitcoin flat while the altcoins rally broadly', () => {
  const day = useDay('altseason');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('26 of 30 up, only BTC, BNB, TAO and HNT down; BTC about -0.2 % near $101,600 and +1 % on 7 days', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(26);
    expect(value('market.decliners_24h')).toBe(4);
    expect(assets.filter((id) => value(`${id}.change_24h`) < 0)).toEqual(['btc', 'bnb', 'tao', 'hnt']);
    expect(value('btc.price')).toBeGreaterThan(101_600);
    expect(value('btc.price')).toBeLessThan(101_700);
    expect(value('btc.change_24h')).toBeGreaterThan(-0.3);
    expect(value('btc.change_24h')).toBeLessThan(-0.1);
    expect(value('btc.change_7d')).toBeGreaterThan(0.8);
    expect(value('btc.change_7d')).toBeLessThan(1.2);
    // BTC sits inside its 30-day range, between $100,000 support and $105,000 resistance.
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
    expect(value('btc.support')).toBe(100_000);
    expect(value('btc.resistance')).toBe(105_000);
  });

  it('ETH +6.5 % near $3,950, above its 30-day swing high set on the completed candles before today', () => {
    const { value, snapshot } = day();
    expect(value('eth.change_24h')).toBeGreaterThan(6.3);
    expect(value('eth.change_24h')).toBeLessThan(6.7);
    expect(value('eth.price')).toBeGreaterThan(3_900);
    expect(value('eth.price')).toBeLessThan(4_000);
    const eth = snapshot.assets.find((asset) => asset.id === 'eth')!;
    const highs = eth.candles.slice(-31, -1).map((candle) => candle[2]);
    expect(Math.max(...highs)).toBe(value('eth.swing_high_30d'));
    expect(value('eth.price')).toBeGreaterThan(value('eth.swing_high_30d'));
    expect(value('eth.high_24h')).toBeLessThan(4_000);
  });

  it('the total cap rises about 2.9 % while BTC slips, so BTC dominance falls 1.5 to 2 points to about 57 %', () => {
    const { value } = day();
    expect(value('market.cap_change_24h')).toBeGreaterThan(2.7);
    expect(value('market.cap_change_24h')).toBeLessThan(3.1);
    const dominanceBefore = dominance24hAgo(value);
    expect(value('market.btc_dominance')).toBeGreaterThan(56.5);
    expect(value('market.btc_dominance')).toBeLessThan(57.5);
    expect(dominanceBefore - value('market.btc_dominance')).toBeGreaterThan(1.5);
    expect(dominanceBefore - value('market.btc_dominance')).toBeLessThan(2);
  });

  it('L2 leads near +11 % (OP about +15 %), then memes (PEPE about +14 %), AI, gaming, DePIN; L1 last near +1.5 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l2', 'memes', 'ai', 'gaming', 'depin', 'l1']);
    const within = (id: string, low: number, high: number) => {
      expect(value(id), id).toBeGreaterThan(low);
      expect(value(id), id).toBeLessThan(high);
    };
    within('sector.l2.change_24h', 10.5, 11.8);
    within('op.change_24h', 14.8, 15.6);
    expect(value('sector.l2.decliners_24h')).toBe(0);
    within('sector.memes.change_24h', 8.5, 9.5);
    within('pepe.change_24h', 13.8, 14.6);
    within('sector.ai.change_24h', 6.4, 7.4);
    within('sector.gaming.change_24h', 4.5, 5.5);
    within('sector.depin.change_24h', 3.8, 4.8);
    within('sector.l1.change_24h', 1.2, 1.8);
  });

  it('funding positive on every perp, richest on the altcoins; OI BTC -1 %, ETH +9 %, SOL +12 %, DOGE +22 %, total +7 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.006, 0.024, 0.031, 0.011, 0.045]);
    const oi = Object.fromEntries(perps.map((id) => [id, value(`${id}.oi_change_24h`)]));
    expect(oi.btc).toBeCloseTo(-1, 1);
    expect(oi.eth).toBeCloseTo(9, 1);
    expect(oi.sol).toBeCloseTo(12, 1);
    expect(oi.doge).toBeCloseTo(22, 1);
    expect(value('market.oi_change_24h')).toBeGreaterThan(6.5);
    expect(value('market.oi_change_24h')).toBeLessThan(7.5);
  });

  it('24h volume 1.5 to 2.2 times the 7-day average on every altcoin, under it on BTC; BTC calm, the altcoins not', () => {
    const { value } = day();
    for (const id of assets.filter((asset) => asset !== 'btc')) {
      expect(value(`${id}.volume_ratio_7d`), id).toBeGreaterThan(1.5);
      expect(value(`${id}.volume_ratio_7d`), id).toBeLessThan(2.2);
    }
    expect(value('btc.volume_ratio_7d')).toBeGreaterThan(0.85);
    expect(value('btc.volume_ratio_7d')).toBeLessThan(0.95);
    expect(value('btc.volatility_7d')).toBeLessThan(25);
    expect(value('btc.volatility_30d')).toBeLessThan(25);
    for (const id of ['eth', 'sol', 'op', 'pepe']) expect(value(`${id}.volatility_30d`), id).toBeGreaterThan(50);
  });
});

describe('fixtures/day-grind: a slow grind lower just under $100K', () => {
  const day = useDay('grind');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('9 of 30 up, 21 down; BTC -1.3 % near $99,200, under $100K resistance, -4 % on 7 days and -6 % on 30', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(9);
    expect(value('market.decliners_24h')).toBe(21);
    expect(assets.filter((id) => value(`${id}.change_24h`) > 0).sort()).toEqual(
      ['bnb', 'fil', 'hnt', 'iotx', 'op', 'pol', 'render', 'sui', 'tao'].sort(),
    );
    within(value, 'btc.price', 99_200, 99_300);
    within(value, 'btc.change_24h', -1.4, -1.2);
    within(value, 'btc.change_7d', -4.2, -3.8);
    within(value, 'btc.change_30d', -6.2, -5.8);
    within(value, 'eth.change_24h', -2.2, -2);
    expect(value('btc.support')).toBe(95_000);
    expect(value('btc.resistance')).toBe(100_000);
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
  });

  it('the total cap falls about 1.7 %, more than BTC, so BTC dominance edges up by under a point to about 58.4 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -1.8, -1.6);
    within(value, 'market.btc_dominance', 58.2, 58.6);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(0.1);
    expect(rise).toBeLessThan(0.5);
  });

  it('DePIN leads near +1.8 % (IOTX about +6 %), then L2, L1, AI, memes; gaming last near -4.5 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['depin', 'l2', 'l1', 'ai', 'memes', 'gaming']);
    within(value, 'sector.depin.change_24h', 1.5, 2.1);
    within(value, 'iotx.change_24h', 5.8, 6.4);
    expect(value('sector.depin.decliners_24h')).toBe(0);
    within(value, 'sector.l2.change_24h', -0.8, -0.4);
    within(value, 'sector.l1.change_24h', -1.6, -1.2);
    within(value, 'sector.ai.change_24h', -2.2, -1.8);
    within(value, 'sector.memes.change_24h', -3.2, -2.8);
    within(value, 'sector.gaming.change_24h', -4.8, -4.2);
    expect(value('sector.gaming.advancers_24h')).toBe(0);
  });

  it('funding mixed near zero (ETH and XRP negative); OI flat in total (+0.4 %), BTC +1.8 %, SOL -3.5 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.0031, -0.0018, 0.0052, -0.0009, 0.0024]);
    expect(value('btc.oi_change_24h')).toBeCloseTo(1.8, 1);
    expect(value('sol.oi_change_24h')).toBeCloseTo(-3.5, 1);
    within(value, 'market.oi_change_24h', 0.2, 0.6);
  });

  it('24h volume 0.8 to 1.1 times the 7-day average on every asset', () => {
    const { value } = day();
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 0.8, 1.1);
  });
});

describe('fixtures/day-whipsaw: BTC wicks both ways and ends flat while ETH and layer 2 lead', () => {
  const day = useDay('whipsaw');
  const grind = useDay('grind');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC +0.3 % near $108,450 after a 24h range of about $104,100 to $111,900; +2.2 % on 7 days, -1.5 % on 30', () => {
    const { value } = day();
    within(value, 'btc.price', 108_400, 108_500);
    within(value, 'btc.change_24h', 0.2, 0.4);
    within(value, 'btc.low_24h', 103_900, 104_300);
    within(value, 'btc.high_24h', 111_700, 112_100);
    within(value, 'btc.change_7d', 2.1, 2.3);
    within(value, 'btc.change_30d', -1.6, -1.4);
    // Round levels: the wick pierced both the $105K support and the $110K resistance.
    expect(value('btc.support')).toBe(105_000);
    expect(value('btc.resistance')).toBe(110_000);
    expect(value('btc.low_24h')).toBeLessThan(value('btc.support'));
    expect(value('btc.high_24h')).toBeGreaterThan(value('btc.resistance'));
  });

  it("BTC's 24h range is over three times the grind day's (higher hourly volatility)", () => {
    expect(btcRange(day().value)).toBeGreaterThan(7);
    expect(btcRange(day().value)).toBeGreaterThan(3 * btcRange(grind().value));
  });

  it('ETH leads the majors at +4.6 % near $3,905 (ETH/BTC up); 17 of 30 up, 13 down; ARB top, DOGE last', () => {
    const { value } = day();
    within(value, 'eth.price', 3_900, 3_910);
    within(value, 'eth.change_24h', 4.5, 4.7);
    for (const id of ['btc', 'sol', 'xrp', 'bnb'])
      expect(value('eth.change_24h'), id).toBeGreaterThan(value(`${id}.change_24h`));
    expect(value('market.advancers_24h')).toBe(17);
    expect(value('market.decliners_24h')).toBe(13);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('arb');
    expect(byChange.at(-1)).toBe('doge');
    within(value, 'arb.change_24h', 7.8, 8.2);
    within(value, 'doge.change_24h', -4.1, -3.7);
  });

  it('L2 leads near +3.8 %, then AI, L1, DePIN, gaming; memes last near -3.5 %; the DeFi category is flat', async () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l2', 'ai', 'l1', 'depin', 'gaming', 'memes']);
    within(value, 'sector.l2.change_24h', 3.6, 4.1);
    within(value, 'sector.ai.change_24h', 1, 1.5);
    within(value, 'sector.l1.change_24h', 0.6, 1.1);
    within(value, 'sector.depin.change_24h', -1, -0.6);
    within(value, 'sector.gaming.change_24h', -1.8, -1.4);
    within(value, 'sector.memes.change_24h', -3.7, -3.2);
    expect(value('sector.memes.advancers_24h')).toBe(0);
    // DeFi is no watchlist sector: its flat day is only in the recorded CoinGecko categories body.
    const bodies = join(fixtures, 'day-whipsaw', 'bodies');
    const file = (await readdir(bodies)).find((body) => body.includes('coins-categories'))!;
    const categories = JSON.parse(await readFile(join(bodies, file), 'utf8')) as { id: string }[];
    const defi = categories.find((category) => category.id === 'decentralized-finance-defi');
    expect(defi).toMatchObject({ market_cap_change_24h: 0.2 });
  });

  it('funding mostly negative after the wick (ETH the only positive); OI down about 6 %, BTC -4.8 %, ETH -7.5 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([-0.0041, 0.0063, -0.0087, -0.0012, -0.0105]);
    expect(value('btc.oi_change_24h')).toBeCloseTo(-4.8, 1);
    expect(value('eth.oi_change_24h')).toBeCloseTo(-7.5, 1);
    within(value, 'market.oi_change_24h', -6.5, -5.5);
    for (const id of perps) expect(value(`${id}.oi_change_24h`), id).toBeLessThan(0);
  });

  it('the total cap rises about 0.9 %, more than BTC, so BTC dominance slips under half a point to about 57.6 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 0.8, 1);
    within(value, 'market.btc_dominance', 57.4, 57.8);
    const drop = dominance24hAgo(value) - value('market.btc_dominance');
    expect(drop).toBeGreaterThan(0.1);
    expect(drop).toBeLessThan(0.5);
  });

  it('24h volume 1.4 to 2.1 times the 7-day average on every asset', () => {
    const { value } = day();
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 1.4, 2.1);
  });
});

describe('fixtures/day-ethdump: an ETH-led selloff while BTC barely moves, layer 2 last and AI leading', () => {
  const day = useDay('ethdump');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC -0.8 % near $110,900 between its $110K support and $115K resistance; +1.5 % on 7 days, +4 % on 30', () => {
    const { value } = day();
    within(value, 'btc.price', 110_850, 110_950);
    within(value, 'btc.change_24h', -0.9, -0.7);
    within(value, 'btc.change_7d', 1.4, 1.6);
    within(value, 'btc.change_30d', 3.9, 4.1);
    expect(value('btc.support')).toBe(110_000);
    expect(value('btc.resistance')).toBe(115_000);
  });

  it('ETH -6.2 % near $3,410, just above its $3,400 support, -9 % on 7 days; ETH/BTC falls over 5 %', () => {
    const { value } = day();
    within(value, 'eth.price', 3_405, 3_415);
    within(value, 'eth.change_24h', -6.3, -6.1);
    within(value, 'eth.change_7d', -9.1, -8.9);
    expect(value('eth.support')).toBe(3_400);
    expect(value('eth.resistance')).toBe(3_600);
    // The 24h low broke the $3,400 support.
    expect(value('eth.low_24h')).toBeLessThan(value('eth.support'));
    const ethBtc = ((1 + value('eth.change_24h') / 100) / (1 + value('btc.change_24h') / 100) - 1) * 100;
    expect(ethBtc).toBeLessThan(-5);
    for (const id of ['btc', 'sol', 'xrp', 'bnb', 'ada', 'avax', 'dot', 'near', 'sui'])
      expect(value('eth.change_24h'), id).toBeLessThan(value(`${id}.change_24h`));
  });

  it('11 of 30 up, 19 down; TAO the top mover near +7.4 %, OP last near -8.9 % with ARB near -8.6 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(11);
    expect(value('market.decliners_24h')).toBe(19);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('tao');
    expect(byChange.slice(-2)).toEqual(['arb', 'op']);
    within(value, 'tao.change_24h', 7.2, 7.6);
    within(value, 'fet.change_24h', 4.8, 5.2);
    within(value, 'arb.change_24h', -8.8, -8.4);
    within(value, 'op.change_24h', -9.1, -8.7);
  });

  it('AI leads near +2.5 %, then DePIN, memes, L1 (held up by BTC), gaming; L2 last near -6.9 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['ai', 'depin', 'memes', 'l1', 'gaming', 'l2']);
    within(value, 'sector.ai.change_24h', 2.3, 2.7);
    within(value, 'sector.depin.change_24h', 0.7, 1.1);
    within(value, 'sector.memes.change_24h', -1.5, -1.1);
    within(value, 'sector.l1.change_24h', -2.1, -1.6);
    within(value, 'sector.gaming.change_24h', -3, -2.6);
    within(value, 'sector.l2.change_24h', -7.2, -6.7);
    expect(value('sector.l2.advancers_24h')).toBe(0);
  });

  it('ETH funding deeply negative (-0.0152 %) with its OI +5.5 %; BTC OI -0.6 %, total OI up about 2.4 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.0068, -0.0152, 0.0031, 0.0045, -0.0022]);
    expect(value('eth.oi_change_24h')).toBeCloseTo(5.5, 1);
    expect(value('btc.oi_change_24h')).toBeCloseTo(-0.6, 1);
    within(value, 'market.oi_change_24h', 2.2, 2.6);
  });

  it('the total cap falls about 2.2 %, more than BTC, so BTC dominance rises near a point to about 59.3 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -2.3, -2.1);
    within(value, 'market.btc_dominance', 59.2, 59.4);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(0.7);
    expect(rise).toBeLessThan(1.1);
  });

  it('ETH 24h volume about 2.4 times its 7-day average; every other asset 0.9 to 1.4 times', () => {
    const { value } = day();
    within(value, 'eth.volume_ratio_7d', 2.3, 2.5);
    for (const id of assets.filter((asset) => asset !== 'eth')) within(value, `${id}.volume_ratio_7d`, 0.9, 1.4);
  });
});

describe('fixtures/day-meltup: a new all-time-high melt-up, memes leading and funding hot everywhere', () => {
  const day = useDay('meltup');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC +5.4 % near $131,800 above its 30-day swing high after a new high near $132,400; +9 % on 7d', () => {
    const { value } = day();
    within(value, 'btc.price', 131_750, 131_850);
    within(value, 'btc.change_24h', 5.3, 5.5);
    within(value, 'btc.change_7d', 8.9, 9.1);
    within(value, 'btc.change_30d', 13.5, 14.5);
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_high_30d'));
    // The overnight high prints in today's unfinished candle, above every completed daily candle of the window.
    within(value, 'btc.high_24h', 132_300, 132_500);
    expect(value('btc.high_24h')).toBeGreaterThan(value('btc.swing_high_30d'));
    expect(value('btc.support')).toBe(130_000);
    expect(value('btc.resistance')).toBe(135_000);
  });

  it('ETH +3.1 % near $4,620, SOL +7.8 %, XRP -0.6 % the only red major', () => {
    const { value } = day();
    within(value, 'eth.price', 4_615, 4_625);
    within(value, 'eth.change_24h', 3, 3.2);
    within(value, 'sol.change_24h', 7.7, 7.9);
    within(value, 'xrp.change_24h', -0.7, -0.5);
    expect(value('eth.support')).toBe(4_600);
    expect(value('eth.resistance')).toBe(4_800);
    for (const id of ['btc', 'eth', 'sol', 'bnb', 'ada', 'avax', 'dot', 'near', 'sui'])
      expect(value(`${id}.change_24h`), id).toBeGreaterThan(0);
  });

  it('26 of 30 up, 4 down (XRP and three DePIN tokens); PEPE the top mover near +14 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(26);
    expect(value('market.decliners_24h')).toBe(4);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('pepe');
    expect(assets.filter((id) => value(`${id}.change_24h`) < 0).sort()).toEqual(['fil', 'hnt', 'iotx', 'xrp']);
    within(value, 'pepe.change_24h', 14, 14.5);
    within(value, 'wif.change_24h', 11.9, 12.3);
  });

  it('memes lead near +9.5 %, then L1, AI, gaming, L2; DePIN last near -0.7 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['memes', 'l1', 'ai', 'gaming', 'l2', 'depin']);
    within(value, 'sector.memes.change_24h', 9.3, 9.7);
    within(value, 'sector.l1.change_24h', 4.6, 5);
    within(value, 'sector.ai.change_24h', 3.4, 3.8);
    within(value, 'sector.gaming.change_24h', 2, 2.4);
    within(value, 'sector.l2.change_24h', 0.9, 1.3);
    within(value, 'sector.depin.change_24h', -0.9, -0.5);
    expect(value('sector.memes.advancers_24h')).toBe(4);
  });

  it('funding hot and positive on every perp; OI +11 % in total, BTC +9.6 %, DOGE +22 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.0215, 0.0182, 0.0264, 0.0071, 0.0338]);
    expect(value('btc.oi_change_24h')).toBeCloseTo(9.6, 1);
    expect(value('doge.oi_change_24h')).toBeCloseTo(22, 1);
    within(value, 'market.oi_change_24h', 10.8, 11.2);
  });

  it('the total cap rises about 4.6 %, less than BTC, so BTC dominance edges up to about 60.1 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 4.5, 4.7);
    within(value, 'market.btc_dominance', 60, 60.2);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(0.3);
    expect(rise).toBeLessThan(0.6);
  });

  it('every 24h volume 1.6 to 3.2 times its 7-day average', () => {
    const { value } = day();
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 1.6, 3.2);
    within(value, 'pepe.volume_ratio_7d', 3, 3.2);
  });
});

describe('fixtures/day-bleed: a slow alt bleed with BTC steady, DePIN leading and memes last', () => {
  const day = useDay('bleed');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC +0.4 % near $121,300 between $120K support and $125K resistance; -1.2 % on 7d, about +6 % on 30d', () => {
    const { value } = day();
    within(value, 'btc.price', 121_250, 121_350);
    within(value, 'btc.change_24h', 0.3, 0.5);
    within(value, 'btc.change_7d', -1.3, -1.1);
    within(value, 'btc.change_30d', 5.5, 6.5);
    expect(value('btc.support')).toBe(120_000);
    expect(value('btc.resistance')).toBe(125_000);
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
  });

  it('ETH -1.8 % near $4,180, SOL -3.9 %, BNB +1.1 %', () => {
    const { value } = day();
    within(value, 'eth.price', 4_175, 4_185);
    within(value, 'eth.change_24h', -1.9, -1.7);
    within(value, 'sol.change_24h', -4, -3.8);
    within(value, 'bnb.change_24h', 1, 1.2);
  });

  it('7 of 30 up, 23 down (BTC, BNB, SUI and the DePIN tokens up); VIRTUAL the worst mover near -9 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(7);
    expect(value('market.decliners_24h')).toBe(23);
    expect(assets.filter((id) => value(`${id}.change_24h`) > 0).sort()).toEqual([
      'bnb',
      'btc',
      'fil',
      'hnt',
      'iotx',
      'render',
      'sui',
    ]);
    const byChange = [...assets].sort((a, b) => value(`${a}.change_24h`) - value(`${b}.change_24h`));
    expect(byChange[0]).toBe('virtual');
    within(value, 'virtual.change_24h', -9.4, -9);
    within(value, 'wif.change_24h', -8.3, -7.9);
  });

  it('DePIN leads near +1.4 %, then L1 near flat, gaming, L2, AI; memes last near -5.8 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['depin', 'l1', 'gaming', 'l2', 'ai', 'memes']);
    within(value, 'sector.depin.change_24h', 1.3, 1.5);
    // BTC's cap weight holds layer 1 near flat while most of its members fall.
    within(value, 'sector.l1.change_24h', -0.4, 0);
    within(value, 'sector.gaming.change_24h', -2.7, -2.5);
    within(value, 'sector.l2.change_24h', -3.3, -3.1);
    within(value, 'sector.ai.change_24h', -4.2, -4);
    within(value, 'sector.memes.change_24h', -5.9, -5.7);
    expect(value('sector.depin.advancers_24h')).toBe(4);
    expect(value('sector.memes.advancers_24h')).toBe(0);
  });

  it('funding mild and mixed; OI -3.4 % in total, SOL -7.2 %, BTC +1.1 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.0052, 0.0019, -0.0034, 0.0027, -0.0061]);
    expect(value('sol.oi_change_24h')).toBeCloseTo(-7.2, 1);
    expect(value('btc.oi_change_24h')).toBeCloseTo(1.1, 1);
    within(value, 'market.oi_change_24h', -3.6, -3.2);
  });

  it('the total cap falls about 1.3 % while BTC rises, so BTC dominance climbs to about 61.2 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -1.4, -1.2);
    within(value, 'market.btc_dominance', 61.1, 61.3);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(0.8);
    expect(rise).toBeLessThan(1.3);
  });

  it('every 24h volume 0.7 to 1.2 times its 7-day average (a quiet day)', () => {
    const { value } = day();
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 0.7, 1.2);
    within(value, 'btc.volume_ratio_7d', 0.8, 1);
  });
});

describe('fixtures/day-doldrums: a flat, thin weekend, breadth split and every sector within 1 %', () => {
  const day = useDay('doldrums');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC -0.05 % near $117,460, mid-way between $115K support and $120K resistance; +0.6 % on 7d, -2 % on 30d', () => {
    const { value } = day();
    within(value, 'btc.price', 117_400, 117_500);
    within(value, 'btc.change_24h', -0.1, 0);
    within(value, 'btc.change_7d', 0.5, 0.7);
    within(value, 'btc.change_30d', -2.2, -1.8);
    expect(value('btc.support')).toBe(115_000);
    expect(value('btc.resistance')).toBe(120_000);
    const mid = (value('btc.support') + value('btc.resistance')) / 2;
    expect(Math.abs(value('btc.price') - mid)).toBeLessThan(100);
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
  });

  it('ETH +0.12 % near $4,307 between $4,200 and $4,400; the flat coins round to a tenth, DOT exactly 0.00 %', () => {
    const { value } = day();
    within(value, 'eth.price', 4_300, 4_310);
    within(value, 'eth.change_24h', 0.1, 0.15);
    expect(value('eth.support')).toBe(4_200);
    expect(value('eth.resistance')).toBe(4_400);
    expect(value('dot.change_24h')).toBe(0);
    for (const id of ['btc', 'xrp', 'bnb', 'sui', 'pol']) within(value, `${id}.change_24h`, -0.1, 0.1);
  });

  it('14 of 30 up, 15 down, DOT unchanged; the largest mover WLD near -3 %, ARB the top gainer near +2.4 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(14);
    expect(value('market.decliners_24h')).toBe(15);
    expect(value('market.members')).toBe(30);
    expect(assets.filter((id) => value(`${id}.change_24h`) === 0)).toEqual(['dot']);
    const bySize = [...assets].sort((a, b) => Math.abs(value(`${b}.change_24h`)) - Math.abs(value(`${a}.change_24h`)));
    expect(bySize[0]).toBe('wld');
    within(value, 'wld.change_24h', -3.1, -2.9);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('arb');
    within(value, 'arb.change_24h', 2.3, 2.5);
  });

  it('every sector within 1 %: L2 leads near +0.8 %, then AI, L1 near 0.0 %, memes, DePIN; gaming last', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l2', 'ai', 'l1', 'memes', 'depin', 'gaming']);
    for (const id of sectors) within(value, `sector.${id}.change_24h`, -1, 1);
    within(value, 'sector.l2.change_24h', 0.7, 0.9);
    within(value, 'sector.l1.change_24h', -0.05, 0.05);
    within(value, 'sector.gaming.change_24h', -1, -0.85);
    expect(value('sector.gaming.decliners_24h')).toBe(4);
  });

  it('funding near zero with mixed signs; OI -0.3 % in total, small mixed moves per perp', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.0012, -0.0008, -0.0005, 0.0003, -0.0014]);
    within(value, 'market.funding_avg', -0.001, 0.001);
    within(value, 'market.oi_change_24h', -0.4, -0.2);
    const oi = perps.map((id) => value(`${id}.oi_change_24h`));
    expect(oi.filter((change) => change > 0).length).toBe(2);
    for (const change of oi) expect(Math.abs(change)).toBeLessThan(1.2);
  });

  it('the total cap and BTC both near flat, so BTC dominance holds at about 60.6 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -0.1, 0.1);
    within(value, 'market.btc_dominance', 60.5, 60.7);
    expect(Math.abs(value('market.btc_dominance') - dominance24hAgo(value))).toBeLessThan(0.05);
  });

  it('every 24h volume 0.4 to 0.7 times its 7-day average (a thin weekend)', () => {
    const { value } = day();
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 0.4, 0.7);
    within(value, 'btc.volume_ratio_7d', 0.5, 0.6);
  });

  it("the lowest realized volatility and BTC's narrowest 24h range of all the days", async () => {
    const { value } = day();
    const mean = (sheetValue: (id: string) => number, window: string) =>
      assets.reduce((sum, id) => sum + sheetValue(`${id}.volatility_${window}`), 0) / assets.length;
    const earlier = Object.keys(days).filter((name) => name !== 'doldrums');
    expect(earlier).toHaveLength(22);
    for (const name of earlier) {
      const snapshot = await loadSnapshot(join(fixtures, `${dayDirName(name)}.snapshot.json`));
      const sheet = sheetFromSnapshot({ snapshot, registry: defaultRegistry });
      const other = (id: string) => sheet.facts.find((fact) => fact.id === id)!.value as number;
      for (const window of ['7d', '30d']) {
        expect(value(`btc.volatility_${window}`), `${name} btc ${window}`).toBeLessThan(
          other(`btc.volatility_${window}`),
        );
        expect(mean(value, window), `${name} mean ${window}`).toBeLessThan(mean(other, window));
      }
      expect(btcRange(value), name).toBeLessThan(btcRange(other));
    }
  });
});

describe('fixtures/day-breakdown: a bitcoin-specific breakdown to a new 30-day low while the alts hold up', () => {
  const day = useDay('breakdown');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  /** The member a sector's best or worst 24h fact names. */
  const member = (facts: FactsSheet['facts'], id: string) => facts.find((fact) => fact.id === id)?.related;
  /** Each sector's best and worst 24h member, `best/worst`. */
  const pairs = (facts: FactsSheet['facts']) =>
    sectors.map((id) => `${member(facts, `sector.${id}.best_24h`)}/${member(facts, `sector.${id}.worst_24h`)}`);

  it('BTC -4.5 % near $102,460, under its 30-day swing low and through the $105K of a day before; -7 % on 7d', () => {
    const { value } = day();
    within(value, 'btc.price', 102_400, 102_500);
    within(value, 'btc.change_24h', -4.6, -4.4);
    within(value, 'btc.change_7d', -7.1, -6.9);
    within(value, 'btc.change_30d', -9.3, -8.7);
    // a fresh 30-day low: under the lowest low of the 30 completed days, yesterday's included
    expect(value('btc.price')).toBeLessThan(value('btc.swing_low_30d'));
    expect(value('btc.low_24h')).toBeLessThan(value('btc.swing_low_30d'));
    expect(value('btc.support')).toBe(100_000);
    expect(value('btc.resistance')).toBe(105_000);
    // 24h earlier, $105K was its support; now it is its resistance
    const dayBefore = value('btc.price') / (1 + value('btc.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.support).toBe(105_000);
  });

  it('ETH -0.4 % near $3,529, above its $3,400 support and its 30-day swing low; SOL +1.2 %, BNB -2 %', () => {
    const { value } = day();
    within(value, 'eth.price', 3_525, 3_535);
    within(value, 'eth.change_24h', -0.5, -0.3);
    expect(value('eth.support')).toBe(3_400);
    expect(value('eth.price')).toBeGreaterThan(value('eth.swing_low_30d'));
    within(value, 'sol.change_24h', 1.1, 1.3);
    within(value, 'bnb.change_24h', -2.1, -1.9);
  });

  it('11 of 30 up, 19 down; BTC the worst mover of all, SAND the top gainer near +6.2 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(11);
    expect(value('market.decliners_24h')).toBe(19);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('sand');
    within(value, 'sand.change_24h', 6.1, 6.3);
    expect(byChange.at(-1)).toBe('btc');
  });

  it('gaming leads near +3 %, AI second near +1 %, then memes, L2, DePIN near -2.6 %; L1 last near -3.4 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['gaming', 'ai', 'memes', 'l2', 'depin', 'l1']);
    within(value, 'sector.gaming.change_24h', 3, 3.4);
    within(value, 'sector.ai.change_24h', 0.9, 1.1);
    within(value, 'sector.depin.change_24h', -2.8, -2.4);
    // BTC's cap weight drags layer 1 down while most of its members hold up
    within(value, 'sector.l1.change_24h', -3.6, -3.2);
    expect(value('sector.gaming.advancers_24h')).toBe(4);
  });

  it("each sector's best and worst member, a pair no other day has", async () => {
    const { sheet } = day();
    const today = pairs(sheet.facts);
    expect(today).toEqual(['dot/btc', 'pol/arb', 'wld/render', 'iotx/render', 'sand/imx', 'doge/pepe']);
    const others = Object.keys(days).filter((name) => name !== 'breakdown');
    expect(others).toHaveLength(22);
    for (const name of others) {
      const snapshot = await loadSnapshot(join(fixtures, `${dayDirName(name)}.snapshot.json`));
      const other = pairs(sheetFromSnapshot({ snapshot, registry: defaultRegistry }).facts);
      for (const [i, pair] of today.entries()) expect(other[i], `${name} ${sectors[i]}`).not.toBe(pair);
    }
  });

  it('funding deeply negative on BTC, positive on ETH; OI about -6 % in total, BTC -12 %, ETH +4 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([-0.015, 0.006, 0.0021, -0.0038, 0.0047]);
    expect(value('btc.oi_change_24h')).toBeCloseTo(-12, 1);
    expect(value('eth.oi_change_24h')).toBeCloseTo(4, 1);
    within(value, 'market.oi_change_24h', -6.3, -5.7);
  });

  it('BTC falls about twice as far as the total cap (-2.2 %), so its dominance drops about 1.5 points to 61 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -2.3, -2.1);
    within(value, 'market.btc_dominance', 60.9, 61.1);
    const drop = dominance24hAgo(value) - value('market.btc_dominance');
    expect(drop).toBeGreaterThan(1.4);
    expect(drop).toBeLessThan(1.6);
  });

  it("BTC's 24h volume about 2.8x its 7-day average, the alts' 0.9-1.5x; its 7d volatility far above its 30d", () => {
    const { value } = day();
    within(value, 'btc.volume_ratio_7d', 2.7, 2.9);
    for (const id of assets.filter((id) => id !== 'btc')) within(value, `${id}.volume_ratio_7d`, 0.9, 1.5);
    within(value, 'btc.volatility_7d', 50, 55);
    expect(value('btc.volatility_7d')).toBeGreaterThan(1.5 * value('btc.volatility_30d'));
  });
});

describe('fixtures/day-mania: a memecoin mania while the majors barely move, memes leading by far', () => {
  const day = useDay('mania');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  const memes = ['doge', 'shib', 'pepe', 'wif'];
  /** The first sector's 24h change less the second's (pct points). */
  const sectorLead = (value: (id: string) => number) => {
    const [first, second] = sectorOrder(value, '24h');
    return value(`sector.${first}.change_24h`) - value(`sector.${second}.change_24h`);
  };

  it('BTC +0.3 % near $115,820 between its $115K support and $120K resistance; +1.5 % on 7d, -1 % on 30d', () => {
    const { value } = day();
    within(value, 'btc.price', 115_770, 115_870);
    within(value, 'btc.change_24h', 0.25, 0.35);
    within(value, 'btc.change_7d', 1.4, 1.6);
    within(value, 'btc.change_30d', -1.2, -0.8);
    expect(value('btc.support')).toBe(115_000);
    expect(value('btc.resistance')).toBe(120_000);
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
  });

  it('ETH +1.1 % near $4,480 between $4,400 and $4,600; SOL +1.6 %, XRP -0.2 %', () => {
    const { value } = day();
    within(value, 'eth.price', 4_475, 4_485);
    within(value, 'eth.change_24h', 1, 1.2);
    expect(value('eth.support')).toBe(4_400);
    expect(value('eth.resistance')).toBe(4_600);
    within(value, 'sol.change_24h', 1.5, 1.7);
    within(value, 'xrp.change_24h', -0.3, -0.1);
  });

  it('every meme up: PEPE +34 % to a new 30-day high, WIF +27 %, DOGE +13 % above its 30-day swing high', () => {
    const { value } = day();
    within(value, 'pepe.change_24h', 33.9, 34.2);
    within(value, 'wif.change_24h', 26.9, 27.1);
    within(value, 'doge.change_24h', 12.9, 13.1);
    within(value, 'shib.change_24h', 9.4, 9.6);
    expect(value('pepe.price')).toBe(0.0000148);
    expect(value('shib.price')).toBe(0.0000162);
    expect(value('pepe.price')).toBeGreaterThan(value('pepe.swing_high_30d'));
    expect(value('doge.price')).toBeGreaterThan(value('doge.swing_high_30d'));
    within(value, 'doge.price', 0.28, 0.29);
    expect(value('sector.memes.advancers_24h')).toBe(4);
  });

  it('21 of 30 up, 9 down; PEPE the top gainer, AXS near -3.9 % the worst mover', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(21);
    expect(value('market.decliners_24h')).toBe(9);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange.slice(0, 4)).toEqual(['pepe', 'wif', 'doge', 'shib']);
    expect(byChange.at(-1)).toBe('axs');
    within(value, 'axs.change_24h', -4, -3.8);
  });

  it('memes lead near +14.5 %, then AI, L1, L2, DePIN; gaming last near -1.8 % with every member down', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['memes', 'ai', 'l1', 'l2', 'depin', 'gaming']);
    within(value, 'sector.memes.change_24h', 14.3, 14.8);
    within(value, 'sector.ai.change_24h', 1.4, 1.8);
    // BTC's cap weight holds layer 1 near its +0.3 %
    within(value, 'sector.l1.change_24h', 0.35, 0.6);
    within(value, 'sector.l2.change_24h', 0.3, 0.5);
    within(value, 'sector.depin.change_24h', -0.8, -0.5);
    within(value, 'sector.gaming.change_24h', -2, -1.6);
    expect(value('sector.gaming.decliners_24h')).toBe(4);
  });

  it('funding hot on DOGE (0.052 %), mild elsewhere, XRP negative; OI DOGE +38 %, BTC +1 %, +3.3 % in total', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.009, 0.011, 0.006, -0.002, 0.052]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([1, 2, 0.5, -1, 38]);
    within(value, 'market.oi_change_24h', 3.1, 3.4);
  });

  it('the memes trade 4.7-5.2x their 7-day average volume, DOGE about 5x; every other token 0.9-1.3x', () => {
    const { value } = day();
    for (const id of memes) within(value, `${id}.volume_ratio_7d`, 4.6, 5.3);
    within(value, 'doge.volume_ratio_7d', 4.9, 5.1);
    for (const id of assets.filter((id) => !memes.includes(id))) within(value, `${id}.volume_ratio_7d`, 0.9, 1.3);
  });

  it('the total cap rises about 1 % while BTC gains 0.3 %, so BTC dominance slips about 0.4 point to 59.5 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 0.9, 1.1);
    within(value, 'market.btc_dominance', 59.4, 59.6);
    const drop = dominance24hAgo(value) - value('market.btc_dominance');
    expect(drop).toBeGreaterThan(0.3);
    expect(drop).toBeLessThan(0.5);
  });

  it('the largest sector lead (of days with more than one sector up), top gainer, DOGE funding, OI rise, volume', async () => {
    const { value } = day();
    const sectorsUp = (sheetValue: (id: string) => number) =>
      sectors.filter((id) => sheetValue(`sector.${id}.change_24h`) > 0).length;
    const topGainer = (sheetValue: (id: string) => number) =>
      Math.max(...assets.map((id) => sheetValue(`${id}.change_24h`)));
    const topVolumeRatio = (sheetValue: (id: string) => number) =>
      Math.max(...assets.map((id) => sheetValue(`${id}.volume_ratio_7d`)));
    const others = await otherDays('mania');
    for (const { name, value: other } of others) {
      expect(topGainer(value), name).toBeGreaterThan(topGainer(other));
      expect(value('doge.funding_rate'), name).toBeGreaterThan(other('doge.funding_rate'));
      expect(value('doge.oi_change_24h'), name).toBeGreaterThan(other('doge.oi_change_24h'));
      expect(topVolumeRatio(value), name).toBeGreaterThan(topVolumeRatio(other));
    }
    // the widest lead of the days with more than one sector up: the spotlight's lone DePIN spike leads by more
    expect(sectorsUp(value)).toBeGreaterThan(1);
    const withCompany = others.filter(({ value: other }) => sectorsUp(other) > 1);
    expect(withCompany).toHaveLength(14);
    for (const { name, value: other } of withCompany) {
      expect(sectorLead(value), name).toBeGreaterThan(sectorLead(other));
    }
    expect(sectorLead(value)).toBeGreaterThan(12);
  });
});

describe('fixtures/day-rollup: an ether-and-rollups rally to a fresh ETH 30-day high, bitcoin slipping', () => {
  const day = useDay('rollup');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  const l2 = ['arb', 'op', 'pol', 'imx'];
  const memes = ['doge', 'shib', 'pepe', 'wif'];
  /** Layer 2's 24h change less the best other sector's (pct points; negative when layer 2 does not lead). */
  const l2Lead = (value: (id: string) => number) =>
    value('sector.l2.change_24h') -
    Math.max(...sectors.filter((id) => id !== 'l2').map((id) => value(`sector.${id}.change_24h`)));

  it('ETH +4.8 % near $4,720, above its 30-day swing high and the $4,600 resistance of a day before', () => {
    const { value } = day();
    within(value, 'eth.price', 4_715, 4_725);
    within(value, 'eth.change_24h', 4.7, 4.9);
    within(value, 'eth.change_7d', 8.9, 9.1);
    within(value, 'eth.change_30d', 11.5, 12.5);
    // a fresh 30-day high: above the highest high of the 30 completed days, yesterday's included
    expect(value('eth.price')).toBeGreaterThan(value('eth.swing_high_30d'));
    expect(value('eth.support')).toBe(4_600);
    expect(value('eth.resistance')).toBe(4_800);
    // 24h earlier, $4,600 was its resistance; now it is its support
    const dayBefore = value('eth.price') / (1 + value('eth.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.resistance).toBe(4_600);
  });

  it('BTC -0.6 % near $111,950 between its $110K support and $115K resistance; -1.5 % on 7d, -3 % on 30d', () => {
    const { value } = day();
    within(value, 'btc.price', 111_900, 112_000);
    within(value, 'btc.change_24h', -0.7, -0.5);
    within(value, 'btc.change_7d', -1.6, -1.4);
    within(value, 'btc.change_30d', -3.3, -2.7);
    expect(value('btc.support')).toBe(110_000);
    expect(value('btc.resistance')).toBe(115_000);
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
  });

  it('14 of 30 up, 16 down; OP the top gainer near +12.5 %, then ARB; PEPE the worst mover near -4.6 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(14);
    expect(value('market.decliners_24h')).toBe(16);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange.slice(0, 2)).toEqual(['op', 'arb']);
    within(value, 'op.change_24h', 12.4, 12.6);
    within(value, 'arb.change_24h', 10.4, 10.6);
    within(value, 'pol.change_24h', 6.5, 6.7);
    within(value, 'imx.change_24h', 3.9, 4.1);
    expect(byChange.at(-1)).toBe('pepe');
    within(value, 'pepe.change_24h', -4.7, -4.4);
    within(value, 'doge.change_24h', -2.3, -2.1);
  });

  it('L2 leads near +8.5 %, every member up, then gaming, L1, DePIN, AI; memes last, every member down', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l2', 'gaming', 'l1', 'depin', 'ai', 'memes']);
    within(value, 'sector.l2.change_24h', 8.3, 8.7);
    expect(value('sector.l2.advancers_24h')).toBe(4);
    within(value, 'sector.gaming.change_24h', 1.8, 2.2);
    // ETH's cap weight against BTC's holds layer 1 a little up
    within(value, 'sector.l1.change_24h', 0.5, 0.9);
    within(value, 'sector.depin.change_24h', -0.5, -0.1);
    within(value, 'sector.ai.change_24h', -1.4, -1);
    within(value, 'sector.memes.change_24h', -2.6, -2.2);
    expect(value('sector.memes.decliners_24h')).toBe(4);
  });

  it('funding positive on ETH (0.018 %), negative on BTC; OI ETH +9 %, BTC -2 %, DOGE -3 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([-0.004, 0.018, -0.001, 0.005, -0.008]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([-2, 9, 1, 0.5, -3]);
    within(value, 'market.oi_change_24h', 1.6, 2.1);
  });

  it("OP's and ARB's 24h volume 3.2-3.7x their 7-day average, ETH's 1.9x, BTC's 0.8x, the rest 0.85-1.2x", () => {
    const { value } = day();
    within(value, 'op.volume_ratio_7d', 3.4, 3.7);
    within(value, 'arb.volume_ratio_7d', 3.2, 3.5);
    within(value, 'eth.volume_ratio_7d', 1.8, 2);
    within(value, 'btc.volume_ratio_7d', 0.75, 0.9);
    for (const id of assets.filter((id) => !['op', 'arb', 'eth', 'btc'].includes(id)))
      within(value, `${id}.volume_ratio_7d`, 0.85, 1.2);
  });

  it('the total cap rises about 0.7 % while BTC loses 0.6 %, so BTC dominance drops about 0.8 point to 58.5 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 0.6, 0.8);
    within(value, 'market.btc_dominance', 58.4, 58.6);
    const drop = dominance24hAgo(value) - value('market.btc_dominance');
    expect(drop).toBeGreaterThan(0.7);
    expect(drop).toBeLessThan(0.85);
  });

  // and the only ETH 30-day high with BTC down over 24h, 7d and 30d, the only day with every L2 up and every meme down
  it("layer 2's widest lead and OP's and ARB's highest volume ratios of all the days", async () => {
    const { value } = day();
    const ethHighBtcDown = (sheetValue: (id: string) => number) =>
      sheetValue('eth.price') > sheetValue('eth.swing_high_30d') &&
      ['24h', '7d', '30d'].every((window) => sheetValue(`btc.change_${window}`) < 0);
    const l2UpMemesDown = (sheetValue: (id: string) => number) =>
      l2.every((id) => sheetValue(`${id}.change_24h`) > 0) && memes.every((id) => sheetValue(`${id}.change_24h`) < 0);
    expect(ethHighBtcDown(value)).toBe(true);
    expect(l2UpMemesDown(value)).toBe(true);
    for (const { name, value: other } of await otherDays('rollup')) {
      expect(l2Lead(value), name).toBeGreaterThan(l2Lead(other));
      expect(value('op.volume_ratio_7d'), name).toBeGreaterThan(other('op.volume_ratio_7d'));
      expect(value('arb.volume_ratio_7d'), name).toBeGreaterThan(other('arb.volume_ratio_7d'));
      expect(ethHighBtcDown(other), name).toBe(false);
      expect(l2UpMemesDown(other), name).toBe(false);
    }
    expect(l2Lead(value)).toBeGreaterThan(6);
  });
});

describe('fixtures/day-capitulation: a broad capitulation to fresh BTC and ETH 30-day lows, 29 of 30 down', () => {
  const day = useDay('capitulation');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  const majors = ['btc', 'eth', 'sol', 'xrp', 'bnb'];

  it('BTC -7.5 % near $104,300, a fresh 30-day low through the $110K support of a day before; -11 % on 7d', () => {
    const { value } = day();
    within(value, 'btc.price', 104_250, 104_350);
    within(value, 'btc.change_24h', -7.6, -7.4);
    within(value, 'btc.change_7d', -11.1, -10.9);
    within(value, 'btc.change_30d', -14.6, -13.8);
    // a fresh 30-day low: under the lowest low of the 30 completed days, yesterday's included
    expect(value('btc.price')).toBeLessThan(value('btc.swing_low_30d'));
    expect(value('btc.support')).toBe(100_000);
    expect(value('btc.resistance')).toBe(105_000);
    // 24h earlier, $110,000 was its support; it now trades under it
    const dayBefore = value('btc.price') / (1 + value('btc.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.support).toBe(110_000);
    expect(value('btc.price')).toBeLessThan(110_000);
    within(value, 'btc.high_24h', 113_300, 113_700);
    within(value, 'btc.low_24h', 103_000, 103_300);
    expect(btcRange(value)).toBeGreaterThan(9.5);
  });

  it('ETH -9.5 % near $3,650, also a fresh 30-day low; -13.4 % on 7d', () => {
    const { value } = day();
    within(value, 'eth.price', 3_645, 3_655);
    within(value, 'eth.change_24h', -9.6, -9.4);
    within(value, 'eth.change_7d', -13.5, -13.3);
    within(value, 'eth.change_30d', -15.5, -14.5);
    expect(value('eth.price')).toBeLessThan(value('eth.swing_low_30d'));
    expect(value('eth.support')).toBe(3_600);
    expect(value('eth.resistance')).toBe(3_800);
  });

  it('1 of 30 up (TAO near +1.2 %), 29 down; WIF the worst mover near -18 %, then PEPE', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(1);
    expect(value('market.decliners_24h')).toBe(29);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('tao');
    within(value, 'tao.change_24h', 1.1, 1.3);
    expect(byChange.slice(-2)).toEqual(['pepe', 'wif']);
    within(value, 'wif.change_24h', -18.2, -18);
    within(value, 'pepe.change_24h', -16.9, -16.7);
  });

  it("every sector down: L1 (BTC's weight) then AI (TAO its only gainer), DePIN, L2, gaming; memes last", () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l1', 'ai', 'depin', 'l2', 'gaming', 'memes']);
    within(value, 'sector.l1.change_24h', -8.3, -7.8);
    within(value, 'sector.ai.change_24h', -8.9, -8.4);
    within(value, 'sector.depin.change_24h', -10.4, -9.9);
    within(value, 'sector.l2.change_24h', -12.4, -11.9);
    within(value, 'sector.gaming.change_24h', -13.3, -12.8);
    within(value, 'sector.memes.change_24h', -15.4, -14.9);
    expect(value('sector.ai.advancers_24h')).toBe(1);
    for (const id of sectors.filter((id) => id !== 'ai')) expect(value(`sector.${id}.advancers_24h`), id).toBe(0);
  });

  it('funding negative on all five perps (DOGE -0.060 %); OI BTC -18 %, ETH -22 %, SOL -25 %, DOGE -30 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([-0.021, -0.03, -0.045, -0.012, -0.06]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([-18, -22, -25, -15, -30]);
    within(value, 'market.oi_change_24h', -20.6, -20);
  });

  it("every asset's 24h volume 3-4x its 7-day average, BTC's about 3.8x", () => {
    const { value } = day();
    within(value, 'btc.volume_ratio_7d', 3.7, 3.85);
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 3, 4);
  });

  it('the total cap falls about 8.5 % while BTC loses 7.5 %, so BTC dominance rises about 0.6 point to 59.9 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -8.6, -8.4);
    within(value, 'market.btc_dominance', 59.8, 59.9);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(0.55);
    expect(rise).toBeLessThan(0.75);
  });

  // and the only day with BTC and ETH both at a fresh 30-day low, the only one with funding negative on all five perps
  it('the lowest breadth, the most negative funding, the largest OI and total-cap drops of all days', async () => {
    const { value } = day();
    const bothAtLows = (sheetValue: (id: string) => number) =>
      ['btc', 'eth'].every((id) => sheetValue(`${id}.price`) < sheetValue(`${id}.swing_low_30d`));
    const fundingAllNegative = (sheetValue: (id: string) => number) =>
      perps.every((id) => sheetValue(`${id}.funding_rate`) < 0);
    const bestSector = (sheetValue: (id: string) => number) =>
      Math.max(...sectors.map((id) => sheetValue(`sector.${id}.change_24h`)));
    const worstMover = (sheetValue: (id: string) => number) =>
      Math.min(...assets.map((id) => sheetValue(`${id}.change_24h`)));
    const lowestMajorVolumeRatio = (sheetValue: (id: string) => number) =>
      Math.min(...majors.map((id) => sheetValue(`${id}.volume_ratio_7d`)));
    expect(bothAtLows(value)).toBe(true);
    expect(fundingAllNegative(value)).toBe(true);
    for (const { name, value: other } of await otherDays('capitulation')) {
      expect(value('market.advancers_24h'), name).toBeLessThan(other('market.advancers_24h'));
      expect(value('market.funding_avg'), name).toBeLessThan(other('market.funding_avg'));
      expect(value('market.oi_change_24h'), name).toBeLessThan(other('market.oi_change_24h'));
      expect(value('market.cap_change_24h'), name).toBeLessThan(other('market.cap_change_24h'));
      expect(value('btc.change_24h'), name).toBeLessThan(other('btc.change_24h'));
      expect(value('eth.change_24h'), name).toBeLessThan(other('eth.change_24h'));
      expect(bestSector(value), name).toBeLessThan(bestSector(other));
      expect(worstMover(value), name).toBeLessThan(worstMover(other));
      expect(lowestMajorVolumeRatio(value), name).toBeGreaterThan(lowestMajorVolumeRatio(other));
      expect(bothAtLows(other), name).toBe(false);
      expect(fundingAllNegative(other), name).toBe(false);
    }
  });
});

describe('fixtures/day-rebound: a sharp relief rebound after a week-long selloff, up on 24h and down on 7 days', () => {
  const day = useDay('rebound');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  /** Assets up over 24h but down over 7 days. */
  const reboundingAssets = (sheetValue: (id: string) => number) =>
    assets.filter((id) => sheetValue(`${id}.change_24h`) > 0 && sheetValue(`${id}.change_7d`) < 0);

  it('BTC +5.8 % near $97,400 after an overnight dip under its 30-day swing low; -6.5 % on 7d, -12 % on 30d', () => {
    const { value, snapshot } = day();
    within(value, 'btc.price', 97_350, 97_450);
    within(value, 'btc.change_24h', 5.7, 5.9);
    within(value, 'btc.change_7d', -6.6, -6.4);
    within(value, 'btc.change_30d', -12.5, -11.7);
    // the 24h low is under the lowest low of the 30 completed days, the price back above it
    expect(value('btc.low_24h')).toBeLessThan(value('btc.swing_low_30d'));
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_low_30d'));
    within(value, 'btc.low_24h', 89_500, 89_650);
    within(value, 'btc.high_24h', 97_400, 97_600);
    // the dip came after midnight: the swing low is yesterday's and earlier candles', the 24h low today's candle's
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    expect(Math.min(...btc.candles.slice(-31, -1).map((candle) => candle[3]))).toBe(value('btc.swing_low_30d'));
    expect(btc.candles.at(-1)![3]).toBe(value('btc.low_24h'));
    // back above the $95K support, under the $100K resistance; a day before, $95K was its resistance
    expect(value('btc.support')).toBe(95_000);
    expect(value('btc.resistance')).toBe(100_000);
    const dayBefore = value('btc.price') / (1 + value('btc.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.resistance).toBe(95_000);
    expect(value('btc.low_24h')).toBeLessThan(90_000);
    // the selloff's daily closes: a high 7-day realized volatility, a moderate 30-day one
    within(value, 'btc.volatility_7d', 34, 36);
    within(value, 'btc.volatility_30d', 27.5, 29);
  });

  it('ETH +7.9 % near $3,486 but -9 % on 7d; SOL +9.5 %, XRP +4.2 %, BNB +3.1 %', () => {
    const { value } = day();
    within(value, 'eth.price', 3_480, 3_490);
    within(value, 'eth.change_24h', 7.8, 8);
    within(value, 'eth.change_7d', -9.1, -8.9);
    within(value, 'eth.change_30d', -15.2, -14.2);
    expect(value('eth.low_24h')).toBeLessThan(value('eth.swing_low_30d'));
    expect(value('eth.support')).toBe(3_400);
    expect(value('eth.resistance')).toBe(3_600);
    within(value, 'sol.change_24h', 9.4, 9.6);
    within(value, 'xrp.change_24h', 4.1, 4.3);
    within(value, 'bnb.change_24h', 3, 3.2);
    for (const id of ['btc', 'eth', 'sol', 'xrp', 'bnb']) expect(value(`${id}.change_7d`), id).toBeLessThan(0);
  });

  it('26 of 30 up, 4 down (GALA, WLD, SHIB, WIF); VIRTUAL the top gainer, WIF the worst mover', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(26);
    expect(value('market.decliners_24h')).toBe(4);
    expect(assets.filter((id) => value(`${id}.change_24h`) < 0)).toEqual(['wld', 'gala', 'shib', 'wif']);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('virtual');
    expect(byChange.at(-1)).toBe('wif');
    within(value, 'virtual.change_24h', 13.5, 13.7);
    within(value, 'wif.change_24h', -3.5, -3.3);
  });

  it('sectors on 24h: DePIN leads near +11 %, AI (WLD its one loser), L2, L1, memes mixed; gaming flat, last', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['depin', 'ai', 'l2', 'l1', 'memes', 'gaming']);
    within(value, 'sector.depin.change_24h', 11.1, 11.6);
    within(value, 'sector.ai.change_24h', 8.5, 9);
    within(value, 'sector.l2.change_24h', 7.2, 7.8);
    within(value, 'sector.l1.change_24h', 5.8, 6.3);
    within(value, 'sector.memes.change_24h', 3, 3.5);
    within(value, 'sector.gaming.change_24h', -0.3, 0);
    expect(value('sector.ai.decliners_24h')).toBe(1);
    expect([value('sector.memes.advancers_24h'), value('sector.memes.decliners_24h')]).toEqual([2, 2]);
    expect(value('sector.gaming.decliners_24h')).toBe(1);
    for (const id of sectors) expect(value(`sector.${id}.change_7d`), id).toBeLessThan(0);
  });

  it('funding still negative on BTC and ETH, positive on SOL, XRP and DOGE; OI +9 %, SOL the largest rise', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([-0.006, -0.011, 0.008, 0.002, 0.009]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([8, 9.2, 16.5, 6.1, 11.4]);
    within(value, 'market.oi_change_24h', 8.8, 9.3);
  });

  it("every asset's 24h volume 1.5-2.5x its 7-day average, BTC's about 2.2x", () => {
    const { value } = day();
    within(value, 'btc.volume_ratio_7d', 2.15, 2.3);
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 1.5, 2.5);
  });

  it('the total cap rises 6 %, a little more than BTC, so BTC dominance slips about 0.1 point to 58.75 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 5.9, 6.1);
    within(value, 'market.btc_dominance', 58.7, 58.8);
    const fall = dominance24hAgo(value) - value('market.btc_dominance');
    expect(fall).toBeGreaterThan(0.05);
    expect(fall).toBeLessThan(0.2);
  });

  it('the only day with BTC up over 5 % on 24h and down on 7d, and most assets up on 24h and down on 7d', async () => {
    const { value } = day();
    const upOn24hDownOn7d = (sheetValue: (id: string) => number) =>
      sheetValue('btc.change_24h') > 5 && sheetValue('btc.change_7d') < 0;
    const dippedUnderSwingLowAndUp = (sheetValue: (id: string) => number) =>
      sheetValue('btc.low_24h') < sheetValue('btc.swing_low_30d') && sheetValue('btc.change_24h') > 0;
    const fundingPattern = (sheetValue: (id: string) => number) =>
      perps.map((id) => Math.sign(sheetValue(`${id}.funding_rate`))).join(',');
    const everySectorDownOn7dMostUpOn24h = (sheetValue: (id: string) => number) =>
      sectors.every((id) => sheetValue(`sector.${id}.change_7d`) < 0) &&
      sectors.filter((id) => sheetValue(`sector.${id}.change_24h`) > 0).length >= 5;
    const btcGap = (sheetValue: (id: string) => number) => sheetValue('btc.change_24h') - sheetValue('btc.change_7d');
    expect(upOn24hDownOn7d(value)).toBe(true);
    expect(dippedUnderSwingLowAndUp(value)).toBe(true);
    expect(everySectorDownOn7dMostUpOn24h(value)).toBe(true);
    expect(reboundingAssets(value)).toHaveLength(26);
    expect(fundingPattern(value)).toBe('-1,-1,1,1,1');
    for (const { name, value: other } of await otherDays('rebound')) {
      expect(upOn24hDownOn7d(other), name).toBe(false);
      expect(dippedUnderSwingLowAndUp(other), name).toBe(false);
      expect(everySectorDownOn7dMostUpOn24h(other), name).toBe(false);
      expect(fundingPattern(other), name).not.toBe('-1,-1,1,1,1');
      expect(reboundingAssets(other).length, name).toBeLessThan(reboundingAssets(value).length);
      expect(btcGap(value), name).toBeGreaterThan(btcGap(other));
      // the highest DePIN move of the days BTC rose (the spotlight's DePIN rose more while BTC slipped)
      if (other('btc.change_24h') > 0) {
        expect(value('sector.depin.change_24h'), name).toBeGreaterThan(other('sector.depin.change_24h'));
      }
    }
  });
});

describe('fixtures/day-fakeout: a failed breakout, BTC through its 30-day high and back down, longs crowded', () => {
  const day = useDay('fakeout');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('BTC -3.2 % near $108,900 after piercing its 30-day swing high after midnight; +2.5 % on 7d, +6.7 % on 30d', () => {
    const { value, snapshot } = day();
    within(value, 'btc.price', 108_850, 108_950);
    within(value, 'btc.change_24h', -3.3, -3.1);
    within(value, 'btc.change_7d', 2.4, 2.6);
    within(value, 'btc.change_30d', 6.2, 7.2);
    // the 24h high is above the highest high of the 30 completed days, the price back under it
    expect(value('btc.high_24h')).toBeGreaterThan(value('btc.swing_high_30d'));
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
    within(value, 'btc.high_24h', 114_600, 114_900);
    within(value, 'btc.swing_high_30d', 113_300, 113_800);
    within(value, 'btc.low_24h', 108_800, 108_900);
    // the peak came after midnight: the swing high is yesterday's and earlier candles', the 24h high today's candle's
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    expect(Math.max(...btc.candles.slice(-31, -1).map((candle) => candle[2]))).toBe(value('btc.swing_high_30d'));
    expect(btc.candles.at(-1)![2]).toBe(value('btc.high_24h'));
    // back under $110K, its support a day before and now its resistance
    expect(value('btc.support')).toBe(105_000);
    expect(value('btc.resistance')).toBe(110_000);
    const dayBefore = value('btc.price') / (1 + value('btc.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.support).toBe(110_000);
    // the week's swinging closes and the reversal: 7-day realized volatility above the 30-day one
    within(value, 'btc.volatility_7d', 30, 31.5);
    within(value, 'btc.volatility_30d', 23.5, 25.5);
  });

  it('ETH -4.6 %, SOL -6.1 %, BNB -1.9 %, DOGE -9.8 %; XRP +6.4 %, the one large cap up, at a fresh 30-day high', () => {
    const { value } = day();
    within(value, 'eth.price', 3_810, 3_815);
    within(value, 'eth.change_24h', -4.7, -4.5);
    within(value, 'sol.change_24h', -6.2, -6);
    within(value, 'bnb.change_24h', -2, -1.8);
    within(value, 'doge.change_24h', -9.9, -9.7);
    within(value, 'xrp.change_24h', 6.3, 6.5);
    within(value, 'xrp.price', 2.84, 2.845);
    expect(value('xrp.price')).toBeGreaterThan(value('xrp.swing_high_30d'));
    for (const id of ['btc', 'eth', 'sol', 'bnb']) expect(value(`${id}.change_24h`), id).toBeLessThan(0);
  });

  it('6 of 30 up (XRP, ADA, POL, TAO, HNT, AXS), 24 down; XRP the top gainer, WIF the worst mover', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(6);
    expect(value('market.decliners_24h')).toBe(24);
    expect(assets.filter((id) => value(`${id}.change_24h`) > 0)).toEqual(['xrp', 'ada', 'pol', 'tao', 'hnt', 'axs']);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('xrp');
    expect(byChange[1]).toBe('tao');
    expect(byChange.at(-1)).toBe('wif');
    within(value, 'wif.change_24h', -13.3, -13.1);
  });

  it('sectors on 24h: AI barely up (TAO its one gainer), the only sector up; L1, L2, gaming, DePIN; memes last', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['ai', 'l1', 'l2', 'gaming', 'depin', 'memes']);
    within(value, 'sector.ai.change_24h', 0.2, 0.5);
    within(value, 'sector.l1.change_24h', -3.2, -2.8);
    within(value, 'sector.l2.change_24h', -3.6, -3.2);
    within(value, 'sector.gaming.change_24h', -3.9, -3.5);
    within(value, 'sector.depin.change_24h', -5.8, -5.3);
    within(value, 'sector.memes.change_24h', -10, -9.6);
    expect(value('sector.ai.advancers_24h')).toBe(1);
    expect(value('sector.memes.decliners_24h')).toBe(4);
  });

  it('funding positive on every perp, DOGE the highest; OI about -7 %, DOGE the largest drop, XRP the only rise', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.021, 0.018, 0.035, 0.03, 0.05]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([-6.8, -7.6, -9.2, 4.2, -13.4]);
    within(value, 'market.oi_change_24h', -7.2, -6.7);
  });

  it("every asset's 24h volume 1.75-2.6x its 7-day average, DOGE's the highest multiple", () => {
    const { value } = day();
    for (const id of assets) within(value, `${id}.volume_ratio_7d`, 1.75, 2.6);
    const byRatio = [...assets].sort((a, b) => value(`${b}.volume_ratio_7d`) - value(`${a}.volume_ratio_7d`));
    expect(byRatio[0]).toBe('doge');
    within(value, 'btc.volume_ratio_7d', 2, 2.1);
  });

  it('the total cap falls 3.9 %, more than BTC, so BTC dominance rises about 0.4 point to 58.2 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -4, -3.8);
    within(value, 'market.btc_dominance', 58.2, 58.3);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(0.35);
    expect(rise).toBeLessThan(0.5);
  });

  it('the only day BTC pierced its 30-day high and fell, with XRP at a 30-day high and longs paying as OI falls', async () => {
    const { value } = day();
    const piercedAndFell = (sheetValue: (id: string) => number) =>
      sheetValue('btc.high_24h') > sheetValue('btc.swing_high_30d') && sheetValue('btc.change_24h') < 0;
    const downOn24hUpOn7d = (sheetValue: (id: string) => number) =>
      sheetValue('btc.change_24h') < -3 && sheetValue('btc.change_7d') > 0;
    const xrpAt30dHigh = (sheetValue: (id: string) => number) =>
      sheetValue('xrp.price') > sheetValue('xrp.swing_high_30d');
    const longsPayAsOiFalls = (sheetValue: (id: string) => number) =>
      perps.every((id) => sheetValue(`${id}.funding_rate`) > 0) && sheetValue('market.oi_change_24h') < 0;
    const meanFunding = (sheetValue: (id: string) => number) =>
      perps.reduce((sum, id) => sum + sheetValue(`${id}.funding_rate`), 0) / perps.length;
    const onlyAiUp = (sheetValue: (id: string) => number) =>
      sectors.filter((id) => sheetValue(`sector.${id}.change_24h`) > 0).join() === 'ai';
    expect(piercedAndFell(value)).toBe(true);
    expect(downOn24hUpOn7d(value)).toBe(true);
    expect(xrpAt30dHigh(value)).toBe(true);
    expect(longsPayAsOiFalls(value)).toBe(true);
    expect(onlyAiUp(value)).toBe(true);
    for (const { name, value: other } of await otherDays('fakeout')) {
      expect(piercedAndFell(other), name).toBe(false);
      expect(downOn24hUpOn7d(other), name).toBe(false);
      expect(xrpAt30dHigh(other), name).toBe(false);
      expect(longsPayAsOiFalls(other), name).toBe(false);
      expect(onlyAiUp(other), name).toBe(false);
      expect(meanFunding(value), name).toBeGreaterThan(meanFunding(other));
    }
  });
});

describe('fixtures/day-spotlight: a quiet, slightly red day with DePIN pumping on its own story', () => {
  const day = useDay('spotlight');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  const depin = ['render', 'fil', 'hnt', 'iotx'];

  it('BTC -0.6 % near $101,300 inside its range, no 30-day swing level touched; -2.1 % on 7d, +1.4 % on 30d', () => {
    const { value } = day();
    within(value, 'btc.price', 101_250, 101_350);
    within(value, 'btc.change_24h', -0.7, -0.5);
    within(value, 'btc.change_7d', -2.2, -2);
    within(value, 'btc.change_30d', 1.2, 1.7);
    expect(value('btc.support')).toBe(100_000);
    expect(value('btc.resistance')).toBe(105_000);
    // the whole 24h range sits above the support and the 30-day swing low, below the resistance and the swing high
    expect(value('btc.low_24h')).toBeGreaterThan(value('btc.support'));
    expect(value('btc.low_24h')).toBeGreaterThan(value('btc.swing_low_30d'));
    expect(value('btc.high_24h')).toBeLessThan(value('btc.resistance'));
    expect(value('btc.high_24h')).toBeLessThan(value('btc.swing_high_30d'));
    within(value, 'btc.volatility_7d', 20.5, 22.5);
    within(value, 'btc.volatility_30d', 26.5, 28.5);
  });

  it('ETH -1.1 %, SOL -1.8 %, XRP -0.4 %, BNB +0.3 %, DOGE -2.2 %', () => {
    const { value } = day();
    within(value, 'eth.price', 3_485, 3_488);
    within(value, 'eth.change_24h', -1.2, -1);
    within(value, 'sol.change_24h', -1.9, -1.7);
    within(value, 'xrp.change_24h', -0.5, -0.3);
    within(value, 'bnb.change_24h', 0.2, 0.4);
    within(value, 'doge.change_24h', -2.3, -2.1);
  });

  it('9 of 30 up (the four DePIN members, BNB, ADA, SUI, POL, AXS), 21 down; HNT the top gainer, WIF last', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(9);
    expect(value('market.decliners_24h')).toBe(21);
    expect(assets.filter((id) => value(`${id}.change_24h`) > 0)).toEqual([
      'bnb',
      'ada',
      'sui',
      'pol',
      'render',
      'fil',
      'hnt',
      'iotx',
      'axs',
    ]);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange.slice(0, 4)).toEqual(['hnt', 'fil', 'render', 'iotx']);
    expect(byChange.at(-1)).toBe('wif');
    within(value, 'hnt.change_24h', 21.8, 22.2);
    within(value, 'fil.change_24h', 15.8, 16.2);
    within(value, 'render.change_24h', 9.8, 10.2);
    within(value, 'iotx.change_24h', 8.8, 9.2);
  });

  it('sectors: DePIN +13.9 % with every member up, the only one up and the best on 7d; the rest -0.5 to -2.5', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['depin', 'l1', 'ai', 'l2', 'gaming', 'memes']);
    within(value, 'sector.depin.change_24h', 13.5, 14.3);
    expect(value('sector.depin.advancers_24h')).toBe(4);
    for (const id of sectors.filter((sector) => sector !== 'depin')) {
      within(value, `sector.${id}.change_24h`, -2.5, -0.5);
    }
    within(value, 'sector.memes.change_24h', -2.5, -2.3);
    expect(value('sector.memes.decliners_24h')).toBe(4);
    expect(sectorOrder(value, '7d')[0]).toBe('depin');
    within(value, 'sector.depin.change_7d', 16.5, 17.5);
  });

  it('funding mixed in sign (BTC, SOL, XRP below zero; ETH, DOGE above); open interest about flat, +0.8 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([-0.003, 0.008, -0.006, -0.001, 0.012]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([0.6, 1.2, -0.4, 0.9, 2.1]);
    within(value, 'market.oi_change_24h', 0.6, 1);
  });

  it("volumes below their 7-day average (0.75-0.9x) everywhere but DePIN, whose members' run 1.9-2.5x", () => {
    const { value } = day();
    for (const id of assets.filter((asset) => !depin.includes(asset))) within(value, `${id}.volume_ratio_7d`, 0.75, 1);
    for (const id of perps) within(value, `${id}.volume_ratio_7d`, 0.75, 0.9);
    for (const id of depin) within(value, `${id}.volume_ratio_7d`, 1.9, 2.5);
  });

  it('the total cap -0.5 %, a touch less than BTC, so BTC dominance is about unchanged near 58.05 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', -0.6, -0.4);
    within(value, 'market.btc_dominance', 58, 58.1);
    const change = value('market.btc_dominance') - dominance24hAgo(value);
    expect(Math.abs(change)).toBeLessThan(0.1);
  });

  it('the only day one sector rises over 10 % while the rest fall; the widest sector lead', async () => {
    const { value } = day();
    const loneSpike = (sheetValue: (id: string) => number) => {
      const up = sectors.filter((id) => sheetValue(`sector.${id}.change_24h`) > 0);
      return up.length === 1 && sheetValue(`sector.${up[0]}.change_24h`) > 10;
    };
    const lead = (sheetValue: (id: string) => number) => {
      const [first, second] = sectorOrder(sheetValue, '24h');
      return sheetValue(`sector.${first}.change_24h`) - sheetValue(`sector.${second}.change_24h`);
    };
    const depinWeek = (sheetValue: (id: string) => number) => sheetValue('sector.depin.change_7d') > 10;
    const depinAloneBusy = (sheetValue: (id: string) => number) =>
      assets.every((id) => (depin.includes(id) ? 1.5 : 0) < sheetValue(`${id}.volume_ratio_7d`)) &&
      assets.every((id) => depin.includes(id) || sheetValue(`${id}.volume_ratio_7d`) < 1);
    expect(loneSpike(value)).toBe(true);
    expect(depinWeek(value)).toBe(true);
    expect(depinAloneBusy(value)).toBe(true);
    for (const { name, value: other } of await otherDays('spotlight')) {
      expect(loneSpike(other), name).toBe(false);
      expect(depinWeek(other), name).toBe(false);
      expect(depinAloneBusy(other), name).toBe(false);
      expect(lead(value), name).toBeGreaterThan(lead(other));
    }
  });
});

describe('fixtures/day-decouple: bitcoin decouples upward to a fresh 30-day high while the altcoins bleed', () => {
  const day = useDay('decouple');
  const assets = defaultRegistry.assets.map((asset) => asset.id);
  const alts = assets.filter((id) => id !== 'btc');
  /** The median altcoin's 24h change (29 of them: the 15th by change). */
  const medianAlt = (sheetValue: (id: string) => number) =>
    alts.map((id) => sheetValue(`${id}.change_24h`)).sort((a, b) => a - b)[Math.floor(alts.length / 2)]!;
  /** BTC's 24h change less the median altcoin's. */
  const btcLead = (sheetValue: (id: string) => number) => sheetValue('btc.change_24h') - medianAlt(sheetValue);

  it('BTC +2.9 % near $111,742, above its 30-day swing high and through its old resistance; +6.1 % on 7d', () => {
    const { value, snapshot } = day();
    within(value, 'btc.price', 111_700, 111_800);
    within(value, 'btc.change_24h', 2.8, 3);
    within(value, 'btc.change_7d', 6, 6.2);
    within(value, 'btc.change_30d', 3.9, 4.5);
    // a fresh 30-day high at the close: above the highest high of the 30 completed days, the 24h high just above it
    expect(value('btc.price')).toBeGreaterThan(value('btc.swing_high_30d'));
    within(value, 'btc.swing_high_30d', 110_800, 111_300);
    within(value, 'btc.high_24h', 111_742, 111_900);
    within(value, 'btc.low_24h', 108_200, 108_600);
    const btc = snapshot.assets.find((asset) => asset.id === 'btc')!;
    expect(Math.max(...btc.candles.slice(-31, -1).map((candle) => candle[2]))).toBe(value('btc.swing_high_30d'));
    // through $110K, its resistance a day before and now its support
    expect(value('btc.support')).toBe(110_000);
    expect(value('btc.resistance')).toBe(115_000);
    const dayBefore = value('btc.price') / (1 + value('btc.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.resistance).toBe(110_000);
    // the week's stepping closes: 7-day realized volatility a little above the 30-day one
    within(value, 'btc.volatility_7d', 20, 22);
    within(value, 'btc.volatility_30d', 17, 19);
    expect(value('btc.volatility_7d')).toBeGreaterThan(value('btc.volatility_30d'));
  });

  it('ETH -1.5 %, SOL -4.1 %, XRP -2.3 %, DOGE -3.7 %; BNB +0.4 %', () => {
    const { value } = day();
    within(value, 'eth.price', 3_640, 3_644);
    within(value, 'eth.change_24h', -1.6, -1.4);
    within(value, 'sol.change_24h', -4.2, -4);
    within(value, 'xrp.change_24h', -2.4, -2.2);
    within(value, 'doge.change_24h', -3.8, -3.6);
    within(value, 'bnb.change_24h', 0.3, 0.5);
  });

  it('7 of 30 up (BTC, BNB, ADA, DOT, OP, FIL, HNT), 23 down; BTC the top gainer, the median altcoin -3.4 %', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(7);
    expect(value('market.decliners_24h')).toBe(23);
    expect(assets.filter((id) => value(`${id}.change_24h`) > 0)).toEqual([
      'btc',
      'bnb',
      'ada',
      'dot',
      'op',
      'fil',
      'hnt',
    ]);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange[0]).toBe('btc');
    expect(byChange.at(-1)).toBe('virtual');
    within(value, 'virtual.change_24h', -7.7, -7.5);
    within(value, 'btc.change_24h', 2.8, 3);
    expect(medianAlt(value)).toBeCloseTo(-3.4, 1);
    expect(btcLead(value)).toBeGreaterThan(6);
  });

  it('sectors on 24h: L1 the best (BTC its weight), every other down, AI last near -6 % with all seven down', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l1', 'depin', 'l2', 'memes', 'gaming', 'ai']);
    within(value, 'sector.l1.change_24h', 1.4, 1.8);
    for (const id of sectors.filter((sector) => sector !== 'l1')) {
      expect(value(`sector.${id}.change_24h`), id).toBeLessThan(0);
    }
    within(value, 'sector.ai.change_24h', -6.2, -5.8);
    expect(value('sector.ai.decliners_24h')).toBe(7);
    within(value, 'sector.memes.change_24h', -4, -3);
    within(value, 'sector.gaming.change_24h', -4, -3);
    // DePIN mixed: FIL and HNT up, IOTX and RENDER down
    expect(value('sector.depin.advancers_24h')).toBe(2);
    expect(value('sector.depin.decliners_24h')).toBe(2);
    // on 7 days layer 1 is the only sector up
    expect(sectors.filter((id) => value(`sector.${id}.change_7d`) > 0)).toEqual(['l1']);
  });

  it('funding hot on BTC, slightly positive on ETH and XRP, negative on SOL and DOGE; OI +5.2 %, BTC +8.7 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.017, 0.006, -0.008, 0.003, -0.004]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([8.7, 3.1, -3.6, 0.8, -1.3]);
    within(value, 'market.oi_change_24h', 5, 5.4);
  });

  it("BTC's 24h volume about 1.6x its 7-day average, every altcoin's under 1x", () => {
    const { value } = day();
    within(value, 'btc.volume_ratio_7d', 1.55, 1.7);
    for (const id of alts) within(value, `${id}.volume_ratio_7d`, 0.75, 1);
  });

  it('the total cap +0.64 %, far less than BTC, so BTC dominance rises about 1.3 points to 59.1 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 0.6, 0.7);
    within(value, 'market.btc_dominance', 59.1, 59.2);
    const rise = value('market.btc_dominance') - dominance24hAgo(value);
    expect(rise).toBeGreaterThan(1.25);
    expect(rise).toBeLessThan(1.35);
  });

  it('the only day BTC rises over 2 % with under a third of assets up; the widest lead over the median', async () => {
    const { value } = day();
    const btcUpAltsDown = (sheetValue: (id: string) => number) =>
      sheetValue('btc.change_24h') > 2 && sheetValue('market.advancers_24h') < 10;
    const highWhileAltsFall = (sheetValue: (id: string) => number) =>
      sheetValue('btc.price') > sheetValue('btc.swing_high_30d') && medianAlt(sheetValue) < 0;
    const btcAloneBusy = (sheetValue: (id: string) => number) =>
      sheetValue('btc.volume_ratio_7d') > 1.5 && alts.every((id) => sheetValue(`${id}.volume_ratio_7d`) < 1);
    const onlyL1UpOnWeek = (sheetValue: (id: string) => number) =>
      sectors.filter((id) => sheetValue(`sector.${id}.change_7d`) > 0).join() === 'l1';
    /** BTC's week beat SOL's: layer 1's week is bitcoin's, not Solana's. */
    const btcWeekOverSol = (sheetValue: (id: string) => number) =>
      sheetValue('btc.change_7d') > sheetValue('sol.change_7d');
    const dominanceRise = (sheetValue: (id: string) => number) =>
      sheetValue('market.btc_dominance') - dominance24hAgo(sheetValue);
    expect(btcUpAltsDown(value)).toBe(true);
    expect(highWhileAltsFall(value)).toBe(true);
    expect(btcAloneBusy(value)).toBe(true);
    expect(onlyL1UpOnWeek(value)).toBe(true);
    expect(btcWeekOverSol(value)).toBe(true);
    for (const { name, value: other } of await otherDays('decouple')) {
      expect(btcUpAltsDown(other), name).toBe(false);
      expect(highWhileAltsFall(other), name).toBe(false);
      expect(btcAloneBusy(other), name).toBe(false);
      // the only one with L1 the only sector up on 7 days of the days BTC's week beat SOL's (the solstorm's L1 is
      // also the only sector up on 7 days, carried by SOL's +17 % while BTC gains 1.4 %)
      if (btcWeekOverSol(other)) expect(onlyL1UpOnWeek(other), name).toBe(false);
      expect(btcLead(value), name).toBeGreaterThan(btcLead(other));
      expect(dominanceRise(value), name).toBeGreaterThan(dominanceRise(other));
    }
  });
});

describe('fixtures/day-solstorm: a Solana-led day on its own news, SOL +11 % to a 30-day high, BTC about flat', () => {
  const day = useDay('solstorm');
  const assets = defaultRegistry.assets.map((asset) => asset.id);

  it('SOL +11.2 % near $232.86, above its 30-day swing high, through the $210 of a day before; +17.3 % on 7d', () => {
    const { value, snapshot } = day();
    within(value, 'sol.price', 232.8, 232.9);
    within(value, 'sol.change_24h', 11.1, 11.3);
    within(value, 'sol.change_7d', 17.2, 17.4);
    within(value, 'sol.change_30d', 12.5, 14);
    // a fresh 30-day high: above the highest high of the 30 completed days (an earlier range high near $219.40)
    expect(value('sol.price')).toBeGreaterThan(value('sol.swing_high_30d'));
    within(value, 'sol.swing_high_30d', 220, 223);
    within(value, 'sol.high_24h', 232.86, 233);
    within(value, 'sol.low_24h', 208.5, 209.5);
    const sol = snapshot.assets.find((asset) => asset.id === 'sol')!;
    expect(Math.max(...sol.candles.slice(-31, -1).map((candle) => candle[2]))).toBe(value('sol.swing_high_30d'));
    // $210 was its resistance a day before; it has since cleared $220 and $230 too
    const dayBefore = value('sol.price') / (1 + value('sol.change_24h') / 100);
    expect(computeRoundLevels(dayBefore)?.resistance).toBe(210);
    expect(value('sol.support')).toBe(230);
    expect(value('sol.resistance')).toBe(240);
    // the week's swinging closes: 7-day realized volatility far above the 30-day one
    within(value, 'sol.volatility_7d', 74, 79);
    within(value, 'sol.volatility_30d', 40, 43);
    expect(value('sol.volatility_7d')).toBeGreaterThan(1.75 * value('sol.volatility_30d'));
  });

  it('BTC +0.3 % near $113,384 between its $110K support and $115K resistance, under its 30-day high; quiet', () => {
    const { value } = day();
    within(value, 'btc.price', 113_350, 113_420);
    within(value, 'btc.change_24h', 0.3, 0.35);
    within(value, 'btc.change_7d', 1.35, 1.45);
    within(value, 'btc.change_30d', 4.3, 4.9);
    expect(value('btc.support')).toBe(110_000);
    expect(value('btc.resistance')).toBe(115_000);
    within(value, 'btc.high_24h', 113_800, 113_900);
    within(value, 'btc.low_24h', 112_550, 112_650);
    expect(value('btc.high_24h')).toBeLessThan(value('btc.resistance'));
    expect(value('btc.price')).toBeLessThan(value('btc.swing_high_30d'));
    within(value, 'btc.swing_high_30d', 115_900, 116_100);
    within(value, 'btc.swing_low_30d', 108_200, 108_300);
    within(value, 'btc.volatility_7d', 12.5, 14);
    within(value, 'btc.volatility_30d', 15, 16.5);
    expect(btcRange(value)).toBeLessThan(1.2);
  });

  it('ETH -0.8 % near $3,874, XRP +1.3 %, BNB +0.6 %, DOGE +0.4 %', () => {
    const { value } = day();
    within(value, 'eth.price', 3_874, 3_875);
    within(value, 'eth.change_24h', -0.85, -0.75);
    within(value, 'eth.change_7d', -1.95, -1.85);
    within(value, 'xrp.change_24h', 1.25, 1.35);
    within(value, 'bnb.change_24h', 0.55, 0.65);
    within(value, 'doge.change_24h', 0.35, 0.45);
    expect(value('xrp.price')).toBeLessThan(value('xrp.swing_high_30d'));
  });

  it('17 of 30 up, 13 down; WIF the top gainer near +14.6 %, then SOL, SUI and AVAX; OP the worst mover', () => {
    const { value } = day();
    expect(value('market.advancers_24h')).toBe(17);
    expect(value('market.decliners_24h')).toBe(13);
    expect(assets.filter((id) => value(`${id}.change_24h`) > 0)).toEqual([
      'btc',
      'sol',
      'xrp',
      'bnb',
      'ada',
      'avax',
      'near',
      'sui',
      'pol',
      'render',
      'grt',
      'hnt',
      'axs',
      'gala',
      'doge',
      'pepe',
      'wif',
    ]);
    const byChange = [...assets].sort((a, b) => value(`${b}.change_24h`) - value(`${a}.change_24h`));
    expect(byChange.slice(0, 4)).toEqual(['wif', 'sol', 'sui', 'avax']);
    within(value, 'wif.change_24h', 14.5, 14.7);
    expect(value('wif.price')).toBeGreaterThan(value('wif.swing_high_30d'));
    expect(byChange.at(-1)).toBe('op');
    within(value, 'op.change_24h', -4.2, -4);
  });

  it('sectors on 24h: L1 the best (SOL and the alt L1s over BTC), memes second, AI flat, L2 last near -2.3 %', () => {
    const { value } = day();
    expect(sectorOrder(value, '24h')).toEqual(['l1', 'memes', 'ai', 'depin', 'gaming', 'l2']);
    within(value, 'sector.l1.change_24h', 0.6, 0.75);
    expect(value('sector.l1.change_24h')).toBeGreaterThan(value('btc.change_24h'));
    expect(value('sector.l1.advancers_24h')).toBe(8);
    within(value, 'sector.memes.change_24h', 0.4, 0.6);
    expect(value('sector.memes.advancers_24h')).toBe(3);
    within(value, 'sector.ai.change_24h', -0.1, 0.1);
    // DePIN and gaming mixed, two members up and two down in each
    for (const id of ['depin', 'gaming']) {
      expect([value(`sector.${id}.advancers_24h`), value(`sector.${id}.decliners_24h`)], id).toEqual([2, 2]);
    }
    within(value, 'sector.gaming.change_24h', -1.2, -1);
    within(value, 'sector.l2.change_24h', -2.4, -2.2);
    expect(value('sector.l2.decliners_24h')).toBe(3);
    // on 7 days layer 1 the best and layer 2 the worst as well
    expect(sectorOrder(value, '7d')[0]).toBe('l1');
    expect(sectorOrder(value, '7d').at(-1)).toBe('l2');
    within(value, 'sector.l1.change_7d', 1.2, 1.5);
    within(value, 'sector.l2.change_7d', -5.8, -5.4);
  });

  it('funding hot on SOL (0.04 %), modest on BTC, ETH and DOGE, XRP below zero; OI +3.9 %, SOL +19.2 %', () => {
    const { value } = day();
    expect(perps.map((id) => value(`${id}.funding_rate`))).toEqual([0.0072, 0.0046, 0.04, -0.0023, 0.0094]);
    expect(perps.map((id) => Number(value(`${id}.oi_change_24h`).toFixed(1)))).toEqual([0.2, -0.7, 19.2, 3.6, 6.1]);
    within(value, 'market.oi_change_24h', 3.7, 4.1);
  });

  it("SOL's 24h volume about 3x its 7-day average, WIF's about 1.9x, every other asset's 0.8-1.2x", () => {
    const { value } = day();
    within(value, 'sol.volume_ratio_7d', 2.9, 3.1);
    within(value, 'wif.volume_ratio_7d', 1.8, 1.95);
    for (const id of assets.filter((id) => !['sol', 'wif'].includes(id))) {
      within(value, `${id}.volume_ratio_7d`, 0.8, 1.2);
    }
  });

  it('the total cap +1.04 %, more than BTC, so BTC dominance slips about 0.4 point to 59.3 %', () => {
    const { value } = day();
    within(value, 'market.cap_change_24h', 1, 1.1);
    within(value, 'market.btc_dominance', 59.2, 59.35);
    const drop = dominance24hAgo(value) - value('market.btc_dominance');
    expect(drop).toBeGreaterThan(0.38);
    expect(drop).toBeLessThan(0.48);
  });

  it('the only day SOL rises over 10 % while BTC moves under 1 %; the hottest SOL funding and OI rise', async () => {
    const { value } = day();
    const solAlone = (sheetValue: (id: string) => number) =>
      sheetValue('sol.change_24h') > 10 && Math.abs(sheetValue('btc.change_24h')) < 1;
    const l1LeadsL2Trails = (sheetValue: (id: string) => number) =>
      ['24h', '7d'].every((window) => {
        const order = sectorOrder(sheetValue, window);
        return order[0] === 'l1' && order.at(-1) === 'l2';
      });
    /** SOL's volume ratio over BTC's. */
    const solVolumeLead = (sheetValue: (id: string) => number) =>
      sheetValue('sol.volume_ratio_7d') / sheetValue('btc.volume_ratio_7d');
    const solVolatilityMultiple = (sheetValue: (id: string) => number) =>
      sheetValue('sol.volatility_7d') / sheetValue('sol.volatility_30d');
    expect(solAlone(value)).toBe(true);
    expect(l1LeadsL2Trails(value)).toBe(true);
    for (const { name, value: other } of await otherDays('solstorm')) {
      expect(solAlone(other), name).toBe(false);
      expect(l1LeadsL2Trails(other), name).toBe(false);
      expect(value('sol.funding_rate'), name).toBeGreaterThan(other('sol.funding_rate'));
      expect(value('sol.oi_change_24h'), name).toBeGreaterThan(other('sol.oi_change_24h'));
      expect(value('sol.change_7d'), name).toBeGreaterThan(other('sol.change_7d'));
      expect(solVolumeLead(value), name).toBeGreaterThan(solVolumeLead(other));
      expect(solVolatilityMultiple(value), name).toBeGreaterThan(solVolatilityMultiple(other));
      // the highest SOL volume ratio of the days SOL rose (the capitulation's SOL traded more while falling 11 %)
      if (other('sol.change_24h') > 0) {
        expect(value('sol.volume_ratio_7d'), name).toBeGreaterThan(other('sol.volume_ratio_7d'));
      }
    }
    expect(solVolumeLead(value)).toBeGreaterThan(2.5);
  });
});
