// The Worker's entry: fetch -> Hono app; scheduled -> the morning edition (+ email sweep); queue -> EMAIL_QUEUE consumer.
// Only handlers may be exported from this module (workerd treats every export as an entrypoint).
import type { EmailQueueMessage } from './email/email-config.ts';
import type { Env } from './env.ts';
import { createApp } from './http/app.ts';
import { morningCron, runMorningEdition } from './pipeline/morning-edition.ts';
import { buildServices, publicVersionTtlMs } from './services.ts';

// public reads reuse the isolate's public version for up to publicVersionTtlMs (no D1 query on a cached read)
const app = createApp({ services: (env, invocation) => buildServices(env, { ...invocation, publicVersionTtlMs }) });

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
  scheduled(controller, env, ctx) {
    const work = async () => {
      const services = buildServices(env, { waitUntil: (promise) => ctx.waitUntil(promise), publicVersionTtlMs });
      const report = controller.cron === morningCron ? await runMorningEdition(services) : null;
      await services.email.sweep().catch((error: unknown) => console.error('[cron] email sweep failed', error));
      // the other styles were written and mailed; the fire still ends as failed so the cron's status shows it
      if (report?.failed.length)
        throw new Error(
          `morning edition ${report.editionDate}: ${report.failed.join(', ')} failed (see the audit log)`,
        );
    };
    ctx.waitUntil(
      work().catch((error: unknown) => {
        console.error(`[cron ${controller.cron}] failed`, error);
        throw error;
      }),
    );
  },
  /** Consumer of EMAIL_QUEUE (optional binding, see wrangler.toml): delivers one brief's next batch per message. */
  queue: (batch, env) => buildServices(env).email.consume(batch as MessageBatch<EmailQueueMessage>),
} satisfies ExportedHandler<Env>;
