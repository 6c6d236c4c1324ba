import * as z from 'zod';

/**
 * Units of a fact's value.
 * - `usd`: US dollars (prices, caps, volumes, open interest).
 * - `pct`: percentage POINTS everywhere in groundbrief: 6.1 means 6.1 %, -0.01 means -0.01 %.
 *   Funding rates are pct per funding interval (0.01 = 0.01 % per 8h); annualized rates and
 *   realized volatility are pct per year.
 * - `ratio`: a plain multiple (1.25 means 1.25x, e.g. volume vs its 7-day average).
 * - `count`: a whole number of things (advancers, members).
 */
export const unitSchema = z.enum(['usd', 'pct', 'ratio', 'count']);
export type Unit = z.infer<typeof unitSchema>;

/** Look-back windows a fact can describe. */
export const windowSchema = z.enum(['24h', '7d', '30d']);
export type Window = z.infer<typeof windowSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
