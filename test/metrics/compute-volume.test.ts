import { describe, expect, it } from 'vitest';
import { computeVolumeRatio } from '../../src/metrics/compute-volume.ts';
import { AS_OF_MS, candlesFromCloses, inProgressCandle, ticker } from './authored-market.ts';

describe('computeVolumeRatio', () => {
  // 8 completed candles; volumes by index: 1000 (oldest, outside the 7), then 10, 20, 30, 40, 50, 60, 70.
  const volumes = [1_000, 10, 20, 30, 40, 50, 60, 70];
  const candles = [
    ...candlesFromCloses(
      volumes.map(() => 1),
      '2025-11-11',
      (i) => volumes[i]!,
    ),
    inProgressCandle(1, 9_999),
  ];

  it('24h volume / mean of the 7 completed daily volumes', () => {
    // mean(10..70) = 280 / 7 = 40; ticker 24h volume 60 -> 60 / 40 = 1.5
    expect(
      computeVolumeRatio({ ticker: ticker(1, 1, { quoteVolume24h: 60 }), candles, asOfMs: AS_OF_MS, days: 7 }),
    ).toBe(1.5);
  });
  it('is absent with fewer than 7 completed candles', () => {
    expect(
      computeVolumeRatio({ ticker: ticker(1, 1), candles: candles.slice(2), asOfMs: AS_OF_MS, days: 7 }),
    ).toBeUndefined();
  });
  it('is absent when the average is 0 (no division by zero)', () => {
    const silent = candlesFromCloses([1, 1, 1, 1, 1, 1, 1], '2025-11-11', () => 0);
    expect(computeVolumeRatio({ ticker: ticker(1, 1), candles: silent, asOfMs: AS_OF_MS, days: 7 })).toBeUndefined();
  });
});
