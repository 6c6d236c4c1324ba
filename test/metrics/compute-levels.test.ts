import { describe, expect, it } from 'vitest';
import { computeRoundLevels, computeRoundStep, computeSwing } from '../../src/metrics/compute-levels.ts';
import { AS_OF_MS, DAY, dayMs, inProgressCandle } from './authored-market.ts';
import type { Candle } from '../../src/domain/market-snapshot.ts';

describe('computeRoundStep: largest 1/2/5 x 10^k <= price / 15', () => {
  it.each([
    [103_800, 5_000], // 103,800 / 15 = 6,920 -> 5,000 (10,000 is too big)
    [3_450, 200], // 230 -> 200
    [940, 50], // 62.67 -> 50
    [155.3, 10], // 10.35 -> 10
    [74.9, 2], // 4.993 -> 2 (5 is too big)
    [75, 5], // exactly 5 -> 5
    [1_500, 100], // exactly 100 -> 100 (power-of-ten boundary)
    [2.31, 0.1], // 0.154 -> 0.1
    [0.161, 0.01], // 0.01073 -> 0.01
    [0.00001234, 5e-7], // 8.23e-7 -> 5e-7
  ])('price %s -> step %s', (price, step) => {
    expect(computeRoundStep(price)?.value).toBe(step);
  });
  it('is undefined for a non-positive price', () => {
    expect(computeRoundStep(0)).toBeUndefined();
  });
});

describe('computeRoundLevels: nearest multiples strictly below / above', () => {
  it.each([
    [103_800, 100_000, 105_000],
    [3_450, 3_400, 3_600],
    [940, 900, 950],
    [155.3, 150, 160],
    [2.31, 2.3, 2.4],
    [0.161, 0.16, 0.17],
    [0.00001234, 0.000012, 0.0000125], // exact doubles, not 1.2000000000000002e-5
    [105_000, 100_000, 110_000], // sitting on a level: it is neither support nor resistance
    [1_500, 1_400, 1_600],
  ])('price %s -> support %s, resistance %s', (price, support, resistance) => {
    const levels = computeRoundLevels(price);
    expect(levels?.support).toBe(support);
    expect(levels?.resistance).toBe(resistance);
    expect(levels!.support).toBeLessThan(price);
    expect(levels!.resistance).toBeGreaterThan(price);
  });
});

describe('computeSwing', () => {
  // 31 completed candles 2025-10-12 .. 2025-11-11, high 110 / low 90, except:
  // 2025-10-12 (the 31st from the end: outside the 30) high 500 / low 1;
  // 2025-10-20 high 130; 2025-11-08 low 70. Plus an in-progress candle with high 1000 / low 0.7 (ignored).
  const first = dayMs('2025-10-12');
  const candles: Candle[] = Array.from({ length: 31 }, (_, i) => {
    const open = first + i * DAY;
    if (i === 0) return [open, 100, 500, 1, 100, 1];
    if (open === dayMs('2025-10-20')) return [open, 100, 130, 90, 100, 1];
    if (open === dayMs('2025-11-08')) return [open, 100, 110, 70, 100, 1];
    return [open, 100, 110, 90, 100, 1];
  });
  it('highest high and lowest low of the last 30 completed candles', () => {
    expect(computeSwing({ candles: [...candles, inProgressCandle(7)], asOfMs: AS_OF_MS, days: 30 })).toEqual({
      high: 130,
      low: 70,
    });
  });
  it('is absent with 29 candles', () => {
    expect(computeSwing({ candles: candles.slice(2), asOfMs: AS_OF_MS, days: 30 })).toBeUndefined();
  });
});
