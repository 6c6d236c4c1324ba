import { describe, expect, it } from 'vitest';
import { computeDailyVolatility, computeRealizedVolatility } from '../../src/metrics/compute-volatility.ts';
import { AS_OF_MS, candlesFromCloses, inProgressCandle } from './authored-market.ts';

// sqrt(365) = 19.1049731745
// a = ln(1.02) = 0.0198026273
describe('computeRealizedVolatility', () => {
  it('closes 100, 110, 99', () => {
    // r1 = ln(110/100) = 0.0953101798, r2 = ln(99/110) = ln(0.9) = -0.1053605157
    // mean = -0.0050251679; deviations +-0.1003353477; sum of squares = 2 x 0.0100671820 = 0.0201343640
    // sample variance = 0.0201343640 / (2 - 1); stdev = 0.1418956095
    // annualized: 0.1418956095 x 19.1049731745 = 2.7109118; x 100 = 271.09118 pct
    expect(computeRealizedVolatility([100, 110, 99])).toBeCloseTo(271.09118, 4);
  });

  it('is 0 for a constant growth rate (every return equal)', () => {
    // 100, 110, 121, 133.1: every log return is ln(1.1), deviations 0
    expect(computeRealizedVolatility([100, 110, 121, 133.1])).toBeCloseTo(0, 10);
  });

  it('is undefined with fewer than 2 returns or a non-positive close', () => {
    expect(computeRealizedVolatility([100, 110])).toBeUndefined();
    expect(computeRealizedVolatility([100, 0, 110])).toBeUndefined();
  });
});

describe('computeDailyVolatility', () => {
  // 31 completed closes alternating 100, 102, 100, ... (2025-10-12 .. 2025-11-11; index 30 = 100),
  // and an in-progress candle at 1 (a 99 % drop) that must not count.
  const closes = Array.from({ length: 31 }, (_, i) => (i % 2 === 0 ? 100 : 102));
  const candles = [...candlesFromCloses(closes), inProgressCandle(1)];

  it('7 returns: last 8 closes 102,100,102,100,102,100,102,100', () => {
    // the 8 closes are indexes 23..30: 102 (i=23 odd), 100, ..., 100 (i=30)
    // returns: -a, +a, -a, +a, -a, +a, -a  (4 down, 3 up); mean = -a/7
    // sum of squared deviations = 7a^2 - 7(a/7)^2 = 7a^2 (48/49); / (7-1) -> variance = (8/7) a^2
    // stdev = a sqrt(8/7) = 0.0198026273 x 1.0690449676 = 0.0211698991
    // annualized x 19.1049731745 x 100 = 40.445035 pct
    expect(computeDailyVolatility({ candles, asOfMs: AS_OF_MS, returns: 7 })).toBeCloseTo(40.445035, 4);
  });

  it('30 returns: 31 closes, alternating +a/-a (15 each), mean 0', () => {
    // variance = 30 a^2 / 29; stdev = a sqrt(30/29) = 0.0201411583; x 19.1049731745 x 100 = 38.479629 pct
    expect(computeDailyVolatility({ candles, asOfMs: AS_OF_MS, returns: 30 })).toBeCloseTo(38.479629, 4);
  });

  it('is absent with fewer candles than the window (30 closes cannot give 30 returns)', () => {
    expect(computeDailyVolatility({ candles: candles.slice(1), asOfMs: AS_OF_MS, returns: 30 })).toBeUndefined();
    expect(computeDailyVolatility({ candles: candles.slice(1), asOfMs: AS_OF_MS, returns: 7 })).toBeDefined();
  });

  it('is absent when a day inside the window is missing', () => {
    const gapped = candles.filter((_, i) => i !== 27);
    expect(computeDailyVolatility({ candles: gapped, asOfMs: AS_OF_MS, returns: 7 })).toBeUndefined();
  });
});
