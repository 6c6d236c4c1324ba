import { describe, expect, it } from 'vitest';
import { morningStylesFor, weekdayOf, weekdays, weekdaySchema } from '../../src/domain/edition-schedule.ts';

describe('weekdayOf (the UTC day of an edition date)', () => {
  it('names the day of known dates, across month, year and leap-day boundaries', () => {
    expect(weekdayOf('2026-11-20')).toBe('fri'); // the fixture day
    expect(weekdayOf('2026-11-23')).toBe('mon');
    expect(weekdayOf('2026-11-24')).toBe('tue');
    expect(weekdayOf('2026-12-06')).toBe('sun');
    expect(weekdayOf('2027-01-01')).toBe('fri');
    expect(weekdayOf('2028-02-29')).toBe('tue');
    expect(weekdayOf('2000-03-01')).toBe('wed');
  });

  it('seven consecutive dates give seven different days, in order', () => {
    const days = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];
    expect(days.map(weekdayOf)).toEqual([...weekdays]);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-11-2', '20261120', '', '2026-11-20T06:00:00Z'])
      expect(() => weekdayOf(bad), bad).toThrow(RangeError);
  });
});

describe('morningStylesFor', () => {
  it('Monday with the default weekly day: daily snapshot, sector recap and weekly update', () => {
    expect(morningStylesFor('2026-11-23', 'mon')).toEqual(['daily-snapshot', 'sector-recap', 'weekly-update']);
  });

  it('Tuesday: daily snapshot and sector recap', () => {
    expect(morningStylesFor('2026-11-24', 'mon')).toEqual(['daily-snapshot', 'sector-recap']);
  });

  it('the weekly update comes on the configured day, once in any seven consecutive editions', () => {
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    for (const day of weekdays) {
      const weekly = week.filter((date) => morningStylesFor(date, day).includes('weekly-update'));
      expect(weekly).toHaveLength(1);
      expect(weekdayOf(weekly[0]!)).toBe(day);
    }
    expect(morningStylesFor('2026-11-20', 'fri')).toContain('weekly-update');
    expect(morningStylesFor('2026-11-20', 'thu')).not.toContain('weekly-update');
  });
});

describe('weekdaySchema', () => {
  it('takes the seven short names and nothing else', () => {
    expect(weekdaySchema.parse('sun')).toBe('sun');
    expect(weekdaySchema.safeParse('monday').success).toBe(false);
    expect(weekdaySchema.safeParse('1').success).toBe(false);
  });
});
