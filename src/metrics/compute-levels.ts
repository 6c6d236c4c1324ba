import type { Candle } from '../domain/market-snapshot.ts';
import { recentDays } from './candle-window.ts';

/** Price divided by this bounds the round-level step from above (step <= price / 15, about 6.7 %). */
export const LEVEL_STEP_DIVISOR = 15;
const MANTISSAS = [5, 2, 1] as const;

/** A "nice" step m x 10^exponent, m in {1, 2, 5}. */
export type RoundStep = { mantissa: 1 | 2 | 5; exponent: number; value: number };

/**
 * The round-level step for a price: the largest 1, 2 or 5 x 10^k that is <= price / 15.
 * It scales with magnitude and always lies between about 2.7 % and 6.7 % of the price, so levels
 * sit where a market writer puts them: BTC 103,800 -> 5,000; ETH 3,450 -> 200; SOL 155 -> 10;
 * BNB 940 -> 50; XRP 2.31 -> 0.1; DOGE 0.161 -> 0.01. Undefined for a price that is not > 0.
 */
export function computeRoundStep(price: number): RoundStep | undefined {
  if (!(price > 0) || !Number.isFinite(price)) return undefined;
  const target = price / LEVEL_STEP_DIVISOR;
  let exponent = Math.floor(Math.log10(target));
  // guard against log10 rounding at exact powers of ten
  if (powerOfTen(exponent + 1) <= target) exponent += 1;
  if (powerOfTen(exponent) > target) exponent -= 1;
  for (const mantissa of MANTISSAS) {
    const value = scaled(mantissa, exponent);
    if (value <= target) return { mantissa, exponent, value };
  }
  return { mantissa: 1, exponent, value: scaled(1, exponent) };
}

/**
 * Support = the greatest multiple of the round step strictly below price; resistance = the least
 * multiple strictly above (a price sitting exactly on a level has that level as neither).
 * Levels are computed as integer x 10^exponent so 0.000012 is the exact double, not 1.2000000000000002e-5.
 */
export function computeRoundLevels(price: number): { support: number; resistance: number; step: number } | undefined {
  const step = computeRoundStep(price);
  if (!step) return undefined;
  const level = (k: number) => scaled(k * step.mantissa, step.exponent);
  let k = Math.floor(price / step.value);
  while (level(k) >= price) k -= 1;
  while (level(k + 1) < price) k += 1;
  const support = level(k);
  const resistance = level(k + 1) > price ? level(k + 1) : level(k + 2);
  return { support, resistance, step: step.value };
}

/**
 * Swing high / low: the highest high and the lowest low of the last `days` (30) completed,
 * consecutive daily candles (the in-progress day is not included). Undefined with fewer candles.
 */
export function computeSwing(input: {
  candles: readonly Candle[];
  asOfMs: number;
  days: number;
}): { high: number; low: number } | undefined {
  const run = recentDays(input.candles, input.asOfMs, input.days);
  if (!run) return undefined;
  return { high: Math.max(...run.map((candle) => candle[2])), low: Math.min(...run.map((candle) => candle[3])) };
}

function powerOfTen(exponent: number): number {
  return exponent >= 0 ? 10 ** exponent : 1 / 10 ** -exponent;
}

/** integer x 10^exponent, correctly rounded (division by an exact power of ten for negative exponents). */
function scaled(integer: number, exponent: number): number {
  return exponent >= 0 ? integer * 10 ** exponent : integer / 10 ** -exponent;
}
