import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatFundingRate,
  formatPct,
  formatRatio,
  formatUsd,
} from '../../src/brief/format.ts';

describe('formatUsd', () => {
  it('scales large amounts to trillion / billion / million words', () => {
    expect(formatUsd(2.9712e12)).toBe('$2.97 trillion');
    expect(formatUsd(3e12)).toBe('$3 trillion');
    expect(formatUsd(17.68e9)).toBe('$17.7 billion');
    expect(formatUsd(245.34e6)).toBe('$245.3 million');
  });
  it('writes prices like a market desk: K above 10,000, commas above 1,000, cents below', () => {
    expect(formatUsd(103_849)).toBe('$103.8K');
    expect(formatUsd(100_000)).toBe('$100K');
    expect(formatUsd(2_541.2)).toBe('$2,541');
    expect(formatUsd(1_234_5.0)).toBe('$12.3K');
    expect(formatUsd(142.5)).toBe('$142.50');
    expect(formatUsd(0.45213)).toBe('$0.4521');
  });
  it('keeps two significant digits for tiny prices, without exponent notation', () => {
    expect(formatUsd(0.00001234)).toBe('$0.000012');
    expect(formatUsd(0.0000001234)).toBe('$0.00000012');
  });
  it('keeps the sign of negative amounts', () => {
    expect(formatUsd(-4.1e9)).toBe('-$4.1 billion');
  });
});

describe('formatPct', () => {
  it('renders percentage points with one decimal', () => {
    expect(formatPct(-6.14)).toBe('-6.1%');
    expect(formatPct(2.31, { signed: true })).toBe('+2.3%');
    expect(formatPct(-6.14, { absolute: true })).toBe('6.1%');
  });
  it('uses two decimals when one would show zero, and never prints -0', () => {
    expect(formatPct(0.04, { signed: true })).toBe('+0.04%');
    expect(formatPct(-0.001)).toBe('0.00%');
    expect(formatPct(0, { signed: true })).toBe('0.0%');
  });
});

describe('other units', () => {
  it('funding per interval, ratio, count, date', () => {
    expect(formatFundingRate(0.01)).toBe('0.010% per 8h');
    expect(formatFundingRate(-0.0042, 4)).toBe('-0.004% per 4h');
    expect(formatRatio(1.43)).toBe('1.4x');
    expect(formatCount(7)).toBe('7');
    expect(formatDate('2026-11-21')).toBe('Nov 21, 2026');
    expect(formatDate('2025-01-05')).toBe('Jan 5, 2025');
  });
});
