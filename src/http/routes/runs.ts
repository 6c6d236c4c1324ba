import { Hono } from 'hono';
import * as z from 'zod';
import { briefStyleSchema } from '../../domain/brief.ts';
import { isoDateSchema } from '../../domain/units.ts';
import type { AppEnv } from '../app-env.ts';
import { parseJsonBody } from '../parse-input.ts';
import { requireApiToken } from '../require-bearer.ts';
import { buildBriefSummary } from '../views/brief-json.ts';

const runBodySchema = z.strictObject({
  style: briefStyleSchema.default('daily-snapshot'),
  /** YYYY-MM-DD; defaults to the edition the Worker can produce now. */
  date: isoDateSchema.optional(),
  /** true: the brief waits for an editor even when verified (AUTO_PUBLISH notwithstanding). */
  hold: z.boolean().default(false),
});

/**
 * POST /api/runs (Bearer API_TOKEN): runs one edition inline and returns the result.
 * 201 when this call created the brief, 200 when the (edition, style) already existed (nothing new made).
 * When the brief is published (either way) its morning email is queued (idempotent: once per subscriber); a mail
 * problem is logged, never fails the run (the cron sweep queues published briefs that have no outbox rows).
 */
export const runRoutes = new Hono<AppEnv>().post('/', requireApiToken, async (c) => {
  const body = await parseJsonBody(c, runBodySchema);
  const { services } = c.var;
  const result = await services.runEdition({
    style: body.style,
    editionDate: body.date,
    actor: 'api',
    hold: body.hold,
  });
  if (result.brief.status === 'published') {
    await services.email
      .afterPublish(result.brief.id)
      .catch((error: unknown) => console.error(`[runs] email for ${result.brief.id} failed`, error));
  }
  const unknownEmails = await services.store.outbox.countUnknown();
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      outcome: result.outcome,
      message: result.message,
      brief: buildBriefSummary(result.brief, services.config.PUBLIC_BASE_URL),
      // emails (of any edition) whose send stopped mid-way and could not be retried safely: see GET /api/review
      email: { unknownOutcomes: unknownEmails },
      ...(result.run
        ? {
            run: {
              timings: result.run.timings,
              requestCount: result.run.requestCount,
              sources: result.run.sources,
              reviewReasons: result.run.reviewReasons ?? [],
            },
          }
        : {}),
    },
    result.outcome === 'created' ? 201 : 200,
  );
});
