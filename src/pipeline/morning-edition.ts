// The cron's work: the morning edition for every style, then its email. Takes the services the entry built.
import type { Services } from '../ports.ts';

/** The cron expression (wrangler.toml [triggers]) that writes the morning edition; other crons only sweep email. */
export const morningCron = '0 6 * * *';
/** Styles the morning cron writes, in order. */
export const morningStyles = ['daily-snapshot'] as const;

/**
 * Runs the morning edition for every style; a second fire finds the briefs and creates nothing.
 * Whenever the edition's brief ends up published (created so now, or found published, e.g. after a manual run or an
 * approval) it is dispatched to subscribers: the enqueue is idempotent (outbox primary key), so each gets it once.
 * A mail problem is logged, never fails the edition (the 15-minute sweep queues published briefs that have no outbox rows).
 */
export async function runMorningEdition(
  services: Pick<Services, 'runEdition' | 'email'>,
  actor = 'cron',
): Promise<void> {
  for (const style of morningStyles) {
    const result = await services.runEdition({ style, actor });
    console.log(`[cron] ${result.message}`);
    if (result.brief.status === 'published') {
      await services.email
        .dispatch(result.brief.id)
        .catch((error: unknown) => console.error(`[cron] email for ${result.brief.id} failed`, error));
    }
  }
}
