// The cron's work: the morning edition for every style, then its email (Worker only: email-runtime uses bindings).
import { dispatchBriefEmail } from '../email/email-runtime.ts';
import type { Env } from '../env.ts';
import { buildServices } from '../services.ts';

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
export async function runMorningEdition(env: Env, actor = 'cron'): Promise<void> {
  const services = buildServices(env);
  for (const style of morningStyles) {
    const result = await services.runEdition({ style, actor });
    console.log(`[cron] ${result.message}`);
    if (result.brief.status === 'published') {
      await dispatchBriefEmail(env, result.brief.id).catch((error: unknown) =>
        console.error(`[cron] email for ${result.brief.id} failed`, error),
      );
    }
  }
}
