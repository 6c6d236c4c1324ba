import { describe, expect, it } from 'vitest';
import { candleDaysBefore, completedCandles } from '../../src/metrics/candle-window.ts';
import { computeChange24h, computeChangeOverDays, computePctChange } from '../../src/metrics/compute-returns.ts';
import { AS_OF_MS, DAY, candlesFromCloses, dayMs, inProgressCandle, ticker } from './authored-market.ts';

describe('computePctChange', () => {
  it('is in percentage points', () => {
    expect(computePctChange(100, 110)).toBeCloseTo(10, 12); // 110/100 - 1 = 0.10 -> 10
    expect(computePctChange(200, 150)).toBeCloseTo(-25, 12); // 150/200 - 1 = -0.25 -> -25
  });
  it('is undefined for a zero or negative base', () => {
    expect(computePctChange(0, 5)).toBeUndefined();
    expect(computePctChange(-1, 5)).toBeUndefined();
  });
});

describe('computeChange24h', () => {
  it('compares ticker last with open24h', () => {
    // 103,800 / 110,000 = 0.943636..., minus 1 = -0.0563636... -> -5.6363636 pct
    expect(computeChange24h(ticker(103_800, 110_000))).toBeCloseTo(-5.6363636364, 9);
  });
});

describe('computeChangeOverDays', () => {
  // 31 closes for 2025-10-12 .. 2025-11-11: index i is 2025-10-12 + i days.
  // 2025-11-04 is index 23 (close 80); 2025-10-12 is index 0 (close 50); others 1000 so a wrong pick shows.
  const closes = Array.from({ length: 31 }, (_, i) => (i === 23 ? 80 : i === 0 ? 50 : 1_000));
  const candles = [...candlesFromCloses(closes), inProgressCandle(7)];

  it('7d: ticker last vs the close of the candle that opened 7 days before the latest completed one', () => {
    // latest completed = 2025-11-11 (the 11-12 candle is still open at 08:00); minus 7 days = 2025-11-04, close 80.
    // last 100 vs 80: 100/80 - 1 = 0.25 -> 25 pct
    const change = computeChangeOverDays({ ticker: ticker(100, 90), candles, asOfMs: AS_OF_MS, days: 7 });
    expect(change?.referenceOpenTime).toBe(dayMs('2025-11-04'));
    expect(change?.referenceClose).toBe(80);
    expect(change?.value).toBeCloseTo(25, 12);
  });

  it('30d: the candle of 2025-10-12 (close 50): 100/50 - 1 -> 100 pct', () => {
    const change = computeChangeOverDays({ ticker: ticker(100, 90), candles, asOfMs: AS_OF_MS, days: 30 });
    expect(change?.referenceOpenTime).toBe(dayMs('2025-10-12'));
    expect(change?.value).toBeCloseTo(100, 12);
  });

  it('is absent with fewer candles than the window needs (30 completed candles cannot give a 30d change)', () => {
    const short = candlesFromCloses(closes.slice(1));
    expect(
      computeChangeOverDays({ ticker: ticker(100, 90), candles: short, asOfMs: AS_OF_MS, days: 30 }),
    ).toBeUndefined();
    expect(computeChangeOverDays({ ticker: ticker(100, 90), candles: short, asOfMs: AS_OF_MS, days: 7 })).toBeDefined();
  });

  it('is absent when the reference day is missing (a gap), not taken from a neighbouring day', () => {
    const gapped = candles.filter((candle) => candle[0] !== dayMs('2025-11-04'));
    expect(
      computeChangeOverDays({ ticker: ticker(100, 90), candles: gapped, asOfMs: AS_OF_MS, days: 7 }),
    ).toBeUndefined();
  });
});

describe('completedCandles', () => {
  it('drops the in-progress candle and sorts', () => {
    const candles = candlesFromCloses([1, 2, 3]);
    const done = completedCandles([inProgressCandle(9), candles[2]!, candles[0]!, candles[1]!], AS_OF_MS);
    expect(done.map((candle) => candle[4])).toEqual([1, 2, 3]);
  });
  it('is empty when the latest completed candle is stale (closed 24h or more before asOf)', () => {
    // asOf = 2025-11-12 08:00. A last candle opening 2025-11-10 closed 2025-11-11 00:00: 32h before -> stale.
    const stale = candlesFromCloses([1, 2, 3], '2025-11-10');
    expect(completedCandles(stale, AS_OF_MS)).toEqual([]);
    expect(candleDaysBefore(stale, AS_OF_MS, 1)).toBeUndefined();
    // opening 2025-11-11, it closed 2025-11-12 00:00: 8h before asOf -> fresh.
    expect(AS_OF_MS - (dayMs('2025-11-11') + DAY)).toBe(8 * 3_600_000);
    expect(completedCandles(candlesFromCloses([1, 2, 3], '2025-11-11'), AS_OF_MS)).toHaveLength(3);
  });
});
