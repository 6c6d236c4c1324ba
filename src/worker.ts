// The Worker's entry: fetch -> Hono app; scheduled -> the morning edition. Env is checked before anything runs.
import type { Env } from './env.ts';
import { createApp } from './http/app.ts';
import { buildServices } from './services.ts';

const app = createApp();

/** Styles the morning cron writes, in order. */
export const morningStyles = ['daily-snapshot'] as const;

/** Runs the morning edition for every style; a second fire finds the briefs and creates nothing. */
export async function runMorningEdition(env: Env, actor = 'cron'): Promise<void> {
  const services = buildServices(env);
  for (const style of morningStyles) {
    const result = await services.runEdition({ style, actor });
    console.log(`[cron] ${result.outcome} ${result.brief.id} (${result.brief.status})`);
  }
}

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
  scheduled(controller, env, ctx) {
    ctx.waitUntil(
      runMorningEdition(env).catch((error: unknown) => {
        console.error(`[cron ${controller.cron}] morning edition failed`, error);
        throw error;
      }),
    );
  },
} satisfies ExportedHandler<Env>;
