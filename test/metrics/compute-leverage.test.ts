import { describe, expect, it } from 'vitest';
import type { Perp } from '../../src/domain/market-snapshot.ts';
import { computeLeverage, computeMarketLeverage } from '../../src/metrics/compute-leverage.ts';

const perp = (parts: Partial<Perp>): Perp => ({
  venue: 'binance',
  fundingRatePct: 0.01,
  fundingIntervalHours: 8,
  openInterestUsd: 1_000,
  timestamp: 0,
  ...parts,
});

describe('computeLeverage', () => {
  it('annualizes by the venue interval', () => {
    // 0.01 % per 8h: 3 payments a day -> 0.01 x 3 x 365 = 10.95 pct a year
    expect(computeLeverage(perp({})).fundingAprPct).toBeCloseTo(10.95, 10);
    // 0.02 % per 4h: 6 a day -> 0.02 x 6 x 365 = 43.8
    expect(computeLeverage(perp({ fundingRatePct: 0.02, fundingIntervalHours: 4 })).fundingAprPct).toBeCloseTo(
      43.8,
      10,
    );
  });
  it('OI change vs 24h / 7d ago, absent without history or with a zero base', () => {
    // 1,000 vs 800: 1000/800 - 1 = 25 pct; 7d history 0 -> no fact
    const leverage = computeLeverage(perp({ openInterestUsd24hAgo: 800, openInterestUsd7dAgo: 0 }));
    expect(leverage.oiChange24hPct).toBeCloseTo(25, 10);
    expect(leverage.oiChange7dPct).toBeUndefined();
    expect(computeLeverage(perp({})).oiChange24hPct).toBeUndefined();
  });
});

describe('computeMarketLeverage', () => {
  // A: OI 3,000, 0.01 per 8h; B: OI 1,000, 0.02 per 4h = 0.04 per 8h
  const a = perp({
    openInterestUsd: 3_000,
    fundingRatePct: 0.01,
    openInterestUsd24hAgo: 2_000,
    openInterestUsd7dAgo: 1_000,
  });
  const b = perp({
    openInterestUsd: 1_000,
    fundingRatePct: 0.02,
    fundingIntervalHours: 4,
    openInterestUsd24hAgo: 1_200,
  });

  it('OI-weighted funding normalized to 8h, total OI and its change', () => {
    const market = computeMarketLeverage([a, b])!;
    // (3,000 x 0.01 + 1,000 x 0.04) / 4,000 = (30 + 40) / 4,000 = 0.0175 pct per 8h
    expect(market.fundingAvg8hPct).toBeCloseTo(0.0175, 12);
    expect(market.openInterestUsd).toBe(4_000);
    // 24h: (3,000 + 1,000) / (2,000 + 1,200) - 1 = 4,000 / 3,200 - 1 = 25 pct
    expect(market.oiChange24hPct).toBeCloseTo(25, 10);
    // 7d: B has no 7d history -> no market 7d change (a partial total would mislead)
    expect(market.oiChange7dPct).toBeUndefined();
  });
  it('no perps -> nothing; zero OI -> no average funding', () => {
    expect(computeMarketLeverage([])).toBeUndefined();
    expect(computeMarketLeverage([perp({ openInterestUsd: 0 })])?.fundingAvg8hPct).toBeUndefined();
  });
});
