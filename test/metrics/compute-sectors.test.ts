import { describe, expect, it } from 'vitest';
import type { SectorConfig } from '../../src/domain/registry.ts';
import type { AssetMetrics } from '../../src/metrics/compute-asset-metrics.ts';
import { computeBreadth } from '../../src/metrics/compute-breadth.ts';
import { computeSector, sectorMinMembers } from '../../src/metrics/compute-sectors.ts';

const sector: SectorConfig = {
  id: 'ai',
  name: 'AI',
  aliases: [],
  coingeckoCategory: 'artificial-intelligence',
  members: ['aaa', 'bbb', 'ccc'],
};
const metricsOf = (id: string, change: AssetMetrics['change'], marketCap?: number): AssetMetrics => ({
  id,
  change,
  changeReference: {},
  volatility: {},
  completedCandles: 0,
  ...(marketCap === undefined ? {} : { marketCap }),
});
const mapOf = (...list: AssetMetrics[]) => new Map(list.map((m) => [m.id, m]));

describe('computeSector', () => {
  // 24h changes: aaa +20 % (cap 600), bbb -25 % (cap 300), ccc +100 % (cap 200)
  // start caps (constant supply): 600/1.2 = 500, 300/0.75 = 400, 200/2 = 100 -> sum 1,000; caps now sum 1,100
  const full = mapOf(
    metricsOf('aaa', { '24h': 20 }, 600),
    metricsOf('bbb', { '24h': -25 }, 300),
    metricsOf('ccc', { '24h': 100 }, 200),
  );

  it('cap-weighted: sum(caps now) / sum(start caps) - 1', () => {
    const result = computeSector(sector, full);
    const day = result.windows['24h']!;
    expect(day.weighting).toBe('cap');
    expect(day.change).toBeCloseTo(10, 10); // 1,100 / 1,000 - 1 = 10 pct
    // the same as the start-cap weighted mean: (500 x 20 + 400 x -25 + 100 x 100) / 1,000 = (10,000 - 10,000 + 10,000) / 1,000 = 10
    expect(result.marketCap).toBe(1_100);
    expect(day.capStart).toBeCloseTo(1_000, 9);
    expect(day.capChange).toBeCloseTo(100, 9);
    expect(day.best).toEqual({ id: 'ccc', change: 100 });
    expect(day.worst).toEqual({ id: 'bbb', change: -25 });
    expect([day.advancers, day.decliners]).toEqual([2, 1]);
  });

  it('equal-weighted when a member has no cap, and says which', () => {
    const noCap = mapOf(
      metricsOf('aaa', { '24h': 20 }, 600),
      metricsOf('bbb', { '24h': -25 }, 300),
      metricsOf('ccc', { '24h': 100 }),
    );
    const result = computeSector(sector, noCap);
    const day = result.windows['24h']!;
    expect(day.weighting).toBe('equal');
    expect(day.uncapped).toEqual(['ccc']);
    expect(day.change).toBeCloseTo(31.6666666667, 9); // (20 - 25 + 100) / 3 = 95 / 3
    // no sector cap (a partial sum would understate), no start cap
    expect(result.marketCap).toBeUndefined();
    expect(day.capStart).toBeUndefined();
  });

  it('a member without data is left out of that window only; no cap totals then', () => {
    const partial = mapOf(
      metricsOf('aaa', { '24h': 20, '7d': 5, '30d': 1 }, 600),
      metricsOf('bbb', { '24h': -25, '7d': -15 }, 300),
      metricsOf('ccc', { '24h': 100 }, 200),
    );
    const result = computeSector(sector, partial);
    const week = result.windows['7d']!;
    expect(week.members).toEqual(['aaa', 'bbb']);
    expect(week.missing).toEqual(['ccc']);
    expect(week.capStart).toBeUndefined();
    expect(result.windows['24h']!.capStart).toBeCloseTo(1_000, 9);
  });

  it('minimum coverage: a window with fewer than 2/3 of the members has no statistics at all', () => {
    expect([1, 2, 3, 5, 7, 8].map(sectorMinMembers)).toEqual([1, 2, 2, 4, 5, 6]);
    const thin = mapOf(metricsOf('aaa', { '24h': 20, '30d': 1 }, 600), metricsOf('bbb', { '24h': -25 }, 300));
    const result = computeSector(sector, thin);
    // 24h: 2 of 3 (the minimum) -> stated; 30d: 1 of 3 -> not (its one member is not the sector's move).
    expect(result.windows['24h']!.members).toEqual(['aaa', 'bbb']);
    expect(result.windows['30d']).toBeUndefined();
  });

  it('flat members are neither advancers nor decliners; ties go to registry order', () => {
    const flat = mapOf(metricsOf('aaa', { '24h': 0 }), metricsOf('bbb', { '24h': 3 }), metricsOf('ccc', { '24h': 3 }));
    const day = computeSector(sector, flat).windows['24h']!;
    expect([day.advancers, day.decliners]).toEqual([2, 0]);
    expect(day.best.id).toBe('bbb');
    expect(day.worst.id).toBe('aaa');
  });
});

describe('computeBreadth', () => {
  it('counts up, down and flat over the assets with a change', () => {
    const list = [
      metricsOf('a', { '24h': 1 }),
      metricsOf('b', { '24h': -2 }),
      metricsOf('c', { '24h': -0.5 }),
      metricsOf('d', { '24h': 0 }),
      metricsOf('e', {}),
    ];
    expect(computeBreadth(list, '24h')).toEqual({ advancers: 1, decliners: 2, unchanged: 1, total: 4 });
    expect(computeBreadth(list, '7d')).toBeUndefined();
  });
});
