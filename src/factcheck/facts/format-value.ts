/** Short human renderings of values for check reasons: `$103.8K`, `-6.1%`, `$2.97T`, `1.4x`, `22`. */
import type { Unit } from '../../domain/units.ts';

/** Renderings already made, per unit and sign style (the same facts are quoted in many reasons); capped. */
const made = new Map<Unit | 'none', [Map<number, string>, Map<number, string>]>();
const MAX_MADE = 4096;

export function formatValue(value: number, unit: Unit | 'none', signed = false): string {
  let pair = made.get(unit);
  if (!pair) {
    pair = [new Map(), new Map()];
    made.set(unit, pair);
  }
  const byValue = pair[signed ? 1 : 0];
  const known = byValue.get(value);
  if (known !== undefined) return known;
  if (byValue.size >= MAX_MADE) byValue.clear();
  const text = render(value, unit, signed);
  byValue.set(value, text);
  return text;
}

function render(value: number, unit: Unit | 'none', signed: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'usd') {
    const abs = Math.abs(value);
    const sign = value < 0 ? '-' : '';
    if (abs >= 1e12) return `${sign}$${trim(abs / 1e12, 2)}T`;
    if (abs >= 1e9) return `${sign}$${trim(abs / 1e9, 2)}B`;
    if (abs >= 1e6) return `${sign}$${trim(abs / 1e6, 2)}M`;
    if (abs >= 1e4) return `${sign}$${trim(abs / 1e3, 1)}K`;
    if (abs >= 1) return `${sign}$${trim(abs, 2)}`;
    return `${sign}$${trim(abs, 6)}`;
  }
  if (unit === 'pct') {
    const abs = Math.abs(value);
    const digits = abs >= 10 ? 1 : abs >= 0.1 ? 2 : 4;
    return `${value < 0 ? '-' : signed && value > 0 ? '+' : ''}${trim(abs, digits)}%`;
  }
  if (unit === 'ratio') return `${trim(value, 2)}x`;
  return trim(value, 2);
}

function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
