import * as z from 'zod';
import { sourceConfigSchema } from '../config/sources.ts';
import { isoDateSchema, isoDateTimeSchema } from './units.ts';

/**
 * A recording is a directory of raw upstream responses (exchange JSON, CoinGecko JSON, RSS/Atom XML, HTML)
 * with `recording.json` describing each request. `collect --out DIR` writes one; `--snapshot DIR` replays it
 * through the same adapters with a fetch that answers from the files. The bundled fixtures day is one.
 */
export const recordedExchangeSchema = z.object({
  /** Which adapter asked: `binance`, `okx`, `bybit`, `coingecko`, `feed:coindesk`. */
  source: z.string(),
  request: z.object({ method: z.string().default('GET'), url: z.string() }),
  response: z.object({
    status: z.number().int(),
    headers: z.record(z.string(), z.string()),
    /** Path of the raw body, relative to the recording directory. */
    bodyFile: z.string(),
  }),
  receivedAt: isoDateTimeSchema,
});
export type RecordedExchange = z.infer<typeof recordedExchangeSchema>;

export const recordingSchema = z.object({
  version: z.literal(1),
  /** The run's clock, replayed as "now". */
  asOf: isoDateTimeSchema,
  editionDate: isoDateSchema,
  entries: z.array(recordedExchangeSchema),
  /**
   * The news sources the run was configured with (`collect` writes them), so a replay asks for exactly those.
   * Older recordings lack it: replays then read the sources from the `feed:`/`page:` entries.
   */
  sources: z.array(sourceConfigSchema).optional(),
});
export type Recording = z.infer<typeof recordingSchema>;
