// Which styles the morning cron writes for an edition: a pure function of the edition date (no clock).
import * as z from 'zod';
import type { BriefStyle } from './brief.ts';

/** Days of the week as WEEKLY_EDITION_DAY names them, in `Date#getUTCDay` order (0 = Sunday). */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** The day the weekly update is written when WEEKLY_EDITION_DAY is unset. */
export const defaultWeeklyEditionDay: Weekday = 'mon';

export const weekdaySchema = z.enum(weekdays, {
  message: `must be a day of the week: one of ${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].join(', ')}`,
});

/** Styles written every morning, in order. */
export const dailyMorningStyles: readonly BriefStyle[] = ['daily-snapshot', 'sector-recap'];

/** The UTC day of the week of an edition date (YYYY-MM-DD). Throws RangeError on anything else. */
export function weekdayOf(editionDate: string): Weekday {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(editionDate);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  const date = year === undefined ? null : new Date(Date.UTC(year, (month ?? 0) - 1, day));
  if (!date || date.getUTCMonth() !== (month ?? 0) - 1 || date.getUTCDate() !== day)
    throw new RangeError(`not an edition date (YYYY-MM-DD): ${editionDate}`);
  return weekdays[date.getUTCDay()] as Weekday;
}

/**
 * The styles the morning cron writes for `editionDate`: the daily snapshot and the sector recap every day, and the
 * weekly update when the edition falls on `weeklyDay`.
 */
export function morningStylesFor(editionDate: string, weeklyDay: Weekday): BriefStyle[] {
  return weekdayOf(editionDate) === weeklyDay ? [...dailyMorningStyles, 'weekly-update'] : [...dailyMorningStyles];
}
