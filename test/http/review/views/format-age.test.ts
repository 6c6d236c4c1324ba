import { describe, expect, it } from 'vitest';
import { formatAge } from '../../../../src/http/review/views/format-age.ts';
import { isSafeHref } from '../../../../src/lib/html.ts';
import { formatFactValue } from '../../../../src/http/review/views/format-fact-value.ts';

const now = Date.parse('2026-11-20T12:00:00Z');

describe('formatAge', () => {
  it('says minutes, hours, then days', () => {
    expect(formatAge('2026-11-20T11:59:30Z', now)).toBe('just now');
    expect(formatAge('2026-11-20T11:48:00Z', now)).toBe('12 min');
    expect(formatAge('2026-11-20T07:00:00Z', now)).toBe('5 h');
    expect(formatAge('2026-11-17T12:00:00Z', now)).toBe('3 d');
    expect(formatAge('2026-11-21T12:00:00Z', now)).toBe('just now'); // future
    expect(formatAge('not a date', now)).toBe('just now');
  });
});

describe('isSafeHref', () => {
  it('allows only http(s)', () => {
    expect(isSafeHref('https://www.coindesk.com/x')).toBe(true);
    expect(isSafeHref('http://example.com')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref(' JavaScript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,<script>')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
  });
});

describe('formatFactValue', () => {
  it('formats by unit (pct are percentage points)', () => {
    expect(formatFactValue({ value: -2.614, unit: 'pct' })).toBe('-2.61%');
    expect(formatFactValue({ value: 103812.5, unit: 'usd' })).toBe('$103,813');
    expect(formatFactValue({ value: -0.4302, unit: 'usd' })).toBe('-$0.4302');
    expect(formatFactValue({ value: 1.25, unit: 'ratio' })).toBe('1.25x');
    expect(formatFactValue({ value: 28, unit: 'count' })).toBe('28');
  });
});
