/**
 * The checker's tolerances (documented in docs/factcheck.md):
 * - rounding: half of the last written digit (or, from three significant digits, truncation: up to one last-digit
 *   unit below the value)
 *   (`103.8K` ±0.05K, `6%` ±0.5); a dollar figure written with one significant digit (`$3T`, `$4 billion`) is read
 *   to two (±0.05T), so round numbers cannot hide a miss.
 * - about / roughly / around / approximately / ~: within max(rounding, 3 % of the figure).
 * - nearly / almost / just under: at most the figure (+rounding), at least 3 % below it.
 * - just over: at least the figure (-rounding), at most 3 % above.
 * - more than / over / above / at least: strictly above the figure as written, and at most 1.5x it (a bound
 *   far from the value misleads; `above $50K` for a $104K bitcoin is flagged).
 * - under / below / less than / up to: strictly below the figure, and at least figure / 1.5.
 */
import type { HedgeCue } from '../lexicon.ts';

export const ABOUT_SHARE = 0.03;
export const BOUND_FACTOR = 1.5;

/** A figure as written: its value, half its last written digit, whether it is dollars in cents ending in a zero. */
export type WrittenFigure = { value: number; halfUnit: number; centsZero?: boolean };

/**
 * Rounding half-unit for a written figure, with the one-significant-digit rule for dollar amounts and the cents
 * rule: a dollar figure of ten or more in cents whose last digit is a zero (`$206.80`, `$846.90`) holds no more than
 * its dimes (the zero is the format's, as in a writer's `$206.80` for 206.84).
 */
export function roundingOf(figure: WrittenFigure, usd: boolean): number {
  const abs = Math.abs(figure.value);
  let half = figure.halfUnit;
  if (usd && abs > 0 && half > 0.1 * abs) half /= 10;
  else if (figure.centsZero && abs >= 10) half *= 10;
  return half + 1e-9 * Math.max(1, abs);
}

/** True when `actual` agrees with the written figure `x` (same sign convention) under `hedge`. */
export function withinTolerance(
  x: number,
  rounding: number,
  actual: number,
  hedge: HedgeCue | null,
  level: boolean,
): boolean {
  const slack = Math.max(rounding, ABOUT_SHARE * Math.abs(x));
  switch (hedge) {
    case 'about':
      return Math.abs(actual - x) <= slack;
    case 'nearly':
      return actual <= x + rounding && actual >= x - slack;
    case 'just-over':
      return actual >= x - rounding && actual <= x + slack;
    case 'more-than':
      return actual > x && actual <= BOUND_FACTOR * x;
    case 'less-than':
      return actual < x && actual >= x / BOUND_FACTOR;
    default:
      if (level) return Math.abs(actual - x) <= slack;
      // rounded, or (three or more significant digits written) truncated: `$112.4K`, `111,307` for 112,486 and
      // 111,307.58 (the digits written are the value's own)
      return (
        Math.abs(actual - x) <= rounding ||
        (Math.abs(x) >= 200 * rounding &&
          Math.sign(actual) === Math.sign(x) &&
          Math.abs(actual) - Math.abs(x) >= 0 &&
          Math.abs(actual) - Math.abs(x) < 2 * rounding)
      );
  }
}
