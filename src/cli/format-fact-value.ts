import type { Unit } from '../domain/units.ts';

/**
 * A fact value rounded for reading (the CLI's table; `--json` keeps full precision): usd to cents (prices under
 * $1 to 4 significant digits, so $0.0000123 stays readable), pct to 2 decimals (percentage points), ratio to 4
 * decimals, count as a whole number when it is one, else 2 decimals. Thousands are grouped (`103,812.45`).
 */
export function formatFactValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'usd' && Math.abs(value) < 1 && value !== 0) return String(Number(value.toPrecision(4)));
  const decimals = unit === 'usd' || unit === 'pct' ? 2 : unit === 'ratio' ? 4 : Number.isInteger(value) ? 0 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
