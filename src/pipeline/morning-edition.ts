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
 * A brief this run published is mailed to subscribers; a mail problem is logged, never fails the edition.
 */
export async function runMorningEdition(env: Env, actor = 'cron'): Promise<void> {
  const services = buildServices(env);
  for (const style of morningStyles) {
    const result = await services.runEdition({ style, actor });
    console.log(`[cron] ${result.message}`);
    if (result.outcome === 'created' && result.brief.status === 'published') {
      await dispatchBriefEmail(env, result.brief.id).catch((error: unknown) => console.error(`[cron] email for ${result.brief.id} failed`, error));
    }
  }
}
