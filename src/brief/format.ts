/**
 * How a market writer renders numbers (pure). Every figure in a brief goes through one of these, so the
 * fact-checker can read it back: the rendered value is the fact rounded to the shown precision.
 * Conventions: USD amounts; pct in percentage POINTS (6.1 means 6.1 %); funding in pct per interval.
 */
import type { Fact } from '../domain/fact.ts';

const trimZero = (text: string): string => text.replace(/\.0+$/, '');

/**
 * USD, scaled like a market writer (input in dollars; the sign is kept: `-$4.1 billion`):
 * - >= 1e12: `$2.97 trillion` (2 decimals; `$3 trillion` when whole)   - >= 1e9: `$17.7 billion`   - >= 1e6: `$245.3 million`
 * - >= 10,000: `$103.8K` (`$100K` for a round level)   - >= 1,000: `$2,541`   - >= 1: `$142.35`
 * - >= 0.01: `$0.4521` (4 decimals)   - below: 2 significant digits, `$0.000012`   - 0: `$0`
 */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  let body: string;
  if (abs >= 1e12) body = `${(abs / 1e12).toFixed(2).replace(/\.00$/, '')} trillion`;
  else if (abs >= 1e9) body = `${(abs / 1e9).toFixed(1)} billion`;
  else if (abs >= 1e6) body = `${(abs / 1e6).toFixed(1)} million`;
  else if (abs >= 1e4) body = `${trimZero((abs / 1e3).toFixed(1))}K`;
  else if (abs >= 1e3) body = String(Math.round(abs)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  else if (abs >= 1) body = abs.toFixed(2);
  else if (abs >= 0.01) body = abs.toFixed(4);
  else if (abs === 0) body = '0';
  else
    body = abs
      .toPrecision(2)
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, '');
  // toPrecision may answer in exponent form for very small values: expand it.
  if (body.includes('e')) body = abs.toFixed(Math.ceil(-Math.log10(abs)) + 1);
  return `${sign}$${body}`;
}

/** Decimals for a percentage: 1, or 2 when one decimal would show 0.0 (e.g. 0.04 %). */
function pctDecimals(value: number): number {
  return value !== 0 && Math.abs(value) < 0.05 ? 2 : 1;
}

/**
 * A percentage in points: `formatPct(-6.14)` = `-6.1%`; `{ signed: true }` adds `+` to gains (`+2.3%`);
 * `{ absolute: true }` drops the sign for prose that carries direction in words (`fell 6.1%`).
 */
export function formatPct(value: number, options: { signed?: boolean; absolute?: boolean } = {}): string {
  const shown = options.absolute ? Math.abs(value) : value;
  const text = shown.toFixed(pctDecimals(shown));
  const zeroed = Number(text) === 0 ? text.replace(/^-/, '') : text;
  return `${options.signed && !options.absolute && Number(zeroed) > 0 ? '+' : ''}${zeroed}%`;
}

/** Funding per interval, 3 decimals: `0.010% per 8h`, `-0.004% per 8h` (value in pct per interval). */
export function formatFundingRate(value: number, intervalHours = 8): string {
  const text = value.toFixed(3);
  return `${Number(text) === 0 ? text.replace(/^-/, '') : text}% per ${intervalHours}h`;
}

/** A plain multiple, 1 decimal: `1.4x`. */
export function formatRatio(value: number): string {
  return `${value.toFixed(1)}x`;
}

/** A whole count: `7`. */
export function formatCount(value: number): string {
  return String(Math.round(value));
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-21` -> `Nov 21, 2026` (the date is read as a calendar date, no time zone shift). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${months[(month ?? 1) - 1]} ${day}, ${year}`;
}

/** The default rendering of a fact by its unit and metric (facts tables, prompts, tests). */
export function formatFact(fact: Fact, options: { signed?: boolean } = {}): string {
  switch (fact.unit) {
    case 'usd':
      return formatUsd(fact.value);
    case 'ratio':
      return formatRatio(fact.value);
    case 'count':
      return formatCount(fact.value);
    case 'pct':
      if (fact.metric === 'funding_rate') return formatFundingRate(fact.value);
      if (fact.metric === 'volatility' || fact.metric === 'dominance' || fact.metric === 'funding_apr')
        return formatPct(fact.value);
      return formatPct(fact.value, { signed: options.signed ?? true });
  }
}
