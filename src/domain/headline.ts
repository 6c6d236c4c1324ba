import * as z from 'zod';
import { isoDateTimeSchema } from './units.ts';

/** How trustworthy a headline's published time is. */
export const timeFlagSchema = z.enum(['ok', 'missing', 'future']);

/** One normalized news item from a feed or an HTML listing page. */
export const headlineSchema = z.object({
  /** Stable id: `${sourceId}:${hash of canonical url}`. */
  id: z.string(),
  sourceId: z.string(),
  sourceName: z.string(),
  title: z.string(),
  /** Link as published. */
  url: z.string(),
  /** Link with tracking parameters and fragment removed. */
  canonicalUrl: z.string(),
  /** UTC ISO time, or null when the feed gave none (see timeFlag). */
  publishedAt: isoDateTimeSchema.nullable(),
  timeFlag: timeFlagSchema,
  summary: z.string().optional(),
});
export type Headline = z.infer<typeof headlineSchema>;

/** The same story told by one or more outlets. */
export const headlineClusterSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  /** Earliest published time in the cluster (UTC), null when none had a time. */
  publishedAt: isoDateTimeSchema.nullable(),
  sourceIds: z.array(z.string()),
  headlines: z.array(headlineSchema),
  /** Watchlist asset ids and sector ids the cluster mentions. */
  assets: z.array(z.string()),
  sectors: z.array(z.string()),
  score: z.number(),
});
export type HeadlineCluster = z.infer<typeof headlineClusterSchema>;
