import { describe, expect, it } from 'vitest';
import { formatUtcTime } from '../../src/lib/format-time.ts';

describe('formatUtcTime', () => {
  it('reads an ISO time in UTC, whatever offset it was written with', () => {
    expect(formatUtcTime('2026-12-06T14:05:09.123Z')).toBe('6 Dec 2026, 14:05 UTC');
    expect(formatUtcTime('2026-01-31T23:59:00-02:00')).toBe('1 Feb 2026, 01:59 UTC');
  });
  it('returns an unreadable input unchanged', () => {
    expect(formatUtcTime('yesterday')).toBe('yesterday');
  });
});
