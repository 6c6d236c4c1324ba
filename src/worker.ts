// The Worker's entry: fetch -> Hono app; scheduled -> the morning edition (+ email sweep). Env is checked first.
// Only handlers may be exported from this module (workerd treats every export as an entrypoint).
import { deliverPendingEmail } from './email/email-runtime.ts';
import type { Env } from './env.ts';
import { createApp } from './http/app.ts';
import { morningCron, runMorningEdition } from './pipeline/morning-edition.ts';

const app = createApp();

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
  scheduled(controller, env, ctx) {
    const work = async () => {
      if (controller.cron === morningCron) await runMorningEdition(env);
      await deliverPendingEmail(env).catch((error: unknown) => console.error('[cron] email sweep failed', error));
    };
    ctx.waitUntil(
      work().catch((error: unknown) => {
        console.error(`[cron ${controller.cron}] failed`, error);
        throw error;
      }),
    );
  },
} satisfies ExportedHandler<Env>;
