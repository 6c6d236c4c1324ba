import { describe, expect, it } from 'vitest';
import { formatStyleList, parseStyleChoice, parseStyleList, styleLabel } from '../../src/domain/subscription-styles.ts';

describe('parseStyleChoice', () => {
  it('reads one form value, repeated values or a JSON array, in canonical order without repeats', () => {
    expect(parseStyleChoice('sector-recap')).toEqual({ ok: true, styles: ['sector-recap'] });
    expect(parseStyleChoice(['weekly-update', ' daily-snapshot ', 'weekly-update'])).toEqual({
      ok: true,
      styles: ['daily-snapshot', 'weekly-update'],
    });
  });

  it('refuses unknown styles, non-lists and an empty choice', () => {
    expect(parseStyleChoice(['daily-snapshot', 'hourly'])).toMatchObject({
      ok: false,
      problem: /unknown style "hourly"/,
    });
    expect(parseStyleChoice([])).toMatchObject({ ok: false, problem: /at least one/ });
    expect(parseStyleChoice(42)).toMatchObject({ ok: false });
    expect(parseStyleChoice([7])).toMatchObject({ ok: false });
  });
});

describe('the stored style list', () => {
  it('round-trips in canonical order and drops unknown entries', () => {
    expect(formatStyleList(['weekly-update', 'daily-snapshot'])).toBe('daily-snapshot,weekly-update');
    expect(parseStyleList('weekly-update,gone,daily-snapshot')).toEqual(['daily-snapshot', 'weekly-update']);
    expect(parseStyleList('')).toEqual([]);
    expect(styleLabel('sector-recap')).toBe('Sector recap');
  });
});
