// The cron's work: the morning edition (its styles from one collection), then its email. Takes the services the entry built.
import type { BriefStyle } from '../domain/brief.ts';
import { morningStylesFor } from '../domain/edition-schedule.ts';
import type { Services } from '../ports.ts';

/** The cron expression (wrangler.toml [triggers]) that writes the morning edition; other crons only sweep email. */
export const morningCron = '0 6 * * *';

/** What one morning fire did: the edition, and the styles that failed (each also logged and audited). */
export type MorningReport = { editionDate: string; failed: BriefStyle[] };

/**
 * Runs the morning edition: the daily snapshot and the sector recap every day, the weekly update on
 * WEEKLY_EDITION_DAY (`morningStylesFor`, decided from the edition date), all written from one collection; a second
 * fire finds the briefs and creates nothing. A style that fails (its writer, check or store threw) is logged and
 * audited (`run_failed`, actor `cron`, the style in the reason) and the others go on.
 * Whenever a style's brief ends up published (created so now, or found published, e.g. after a manual run or an
 * approval) it is dispatched to the subscribers who chose that style: the enqueue is idempotent (outbox primary key),
 * so each gets it once. A mail problem is logged, never fails the edition (the 15-minute sweep queues published
 * briefs that have no outbox rows).
 */
export async function runMorningEdition(
  services: Pick<Services, 'config' | 'runEditions' | 'email' | 'store' | 'now'>,
  actor = 'cron',
): Promise<MorningReport> {
  const weeklyDay = services.config.WEEKLY_EDITION_DAY;
  const { editionDate, results } = await services.runEditions({
    actor,
    stylesFor: (date) => morningStylesFor(date, weeklyDay),
  });
  const failed: BriefStyle[] = [];
  for (const result of results) {
    if (result.outcome === 'failed') {
      failed.push(result.style);
      console.error(`[cron] edition ${editionDate}: ${result.message}`, result.error);
      await services.store.audit
        .append({
          briefId: null,
          actor,
          action: 'run_failed',
          reason: result.message,
          detail: { editionDate, style: result.style },
          at: services.now().toISOString(),
        })
        .catch((error: unknown) => console.error(`[cron] audit of the failed ${result.style} failed`, error));
      continue;
    }
    console.log(`[cron] ${result.message}`);
    if (result.brief.status === 'published') {
      await services.email
        .dispatch(result.brief.id)
        .catch((error: unknown) => console.error(`[cron] email for ${result.brief.id} failed`, error));
    }
  }
  return { editionDate, failed };
}
