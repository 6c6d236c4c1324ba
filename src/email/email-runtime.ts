// Worker-side wiring of email: provider chosen by EMAIL_PROVIDER, dispatch after publish, cron sweep, queue consumer.
import { parseEmailConfig, type EmailConfig, type EmailEnv, type EmailQueueMessage } from './email-config.ts';
import type { EmailProvider } from './email-provider.ts';
import {
  deliverOutbox,
  enqueueBriefEmail,
  enqueueUnqueuedBriefEmail,
  type DeliverDeps,
  type DeliverReport,
} from './deliver.ts';
import { createCloudflareEmailProvider } from './providers/cloudflare-provider.ts';
import { createResendProvider } from './providers/resend-provider.ts';

/** Builds the provider EMAIL_PROVIDER names (default cloudflare = the send_email binding EMAIL). */
export function buildEmailProvider(env: EmailEnv, config: EmailConfig): EmailProvider {
  if (config.provider === 'resend') return createResendProvider({ apiKey: config.resendApiKey! });
  return createCloudflareEmailProvider(env.EMAIL!);
}

export type EmailRuntimeOptions = { provider?: EmailProvider; now?: () => Date; batchSize?: number };

/** Checked config + provider + clock for one invocation. Throws ConfigError when email is misconfigured. */
export function buildDeliverDeps(
  env: EmailEnv,
  options: EmailRuntimeOptions = {},
): DeliverDeps & { batchSize: number } {
  const config = parseEmailConfig(env, { checkProvider: !options.provider });
  return {
    db: env.DB,
    provider: options.provider ?? buildEmailProvider(env, config),
    settings: config,
    now: options.now ?? (() => new Date()),
    batchSize: options.batchSize ?? config.batchSize,
  };
}

/**
 * After a brief is published (cron auto-publish or editor approval): queue it for every confirmed
 * subscriber, then either fan out through EMAIL_QUEUE (one message per batch of EMAIL_BATCH_SIZE (40), up to 10 at once;
 * the consumer keeps going) or, without a queue, deliver the first batch in this invocation.
 * Never throws for delivery problems: they are recorded on the outbox rows.
 */
export async function dispatchBriefEmail(
  env: EmailEnv,
  briefId: string,
  options: EmailRuntimeOptions = {},
): Promise<{ enqueued: number; report: DeliverReport | null; queued: number }> {
  const deps = buildDeliverDeps(env, options);
  const { enqueued } = await enqueueBriefEmail(env.DB, briefId, { now: deps.now() });
  const batchSize = deps.batchSize;
  if (env.EMAIL_QUEUE) {
    const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE brief_id = ?1 AND status = 'queued'`)
      .bind(briefId)
      .first<{ n: number }>();
    const messages = Math.min(Math.ceil((row?.n ?? 0) / batchSize), 10);
    if (messages > 0)
      await env.EMAIL_QUEUE.sendBatch(
        Array.from({ length: messages }, () => ({ body: { kind: 'deliver' as const, briefId } })),
      );
    return { enqueued, report: null, queued: messages };
  }
  const report = await deliverOutbox(deps, { briefId, batchSize });
  return { enqueued, report, queued: 0 };
}

/**
 * Cron sweep: first queues any brief published in the last 24 h that has no outbox rows (a manual publish whose
 * dispatch failed or never ran), then delivers due rows of any brief (retries after backoff, leftovers beyond one batch).
 */
export async function deliverPendingEmail(env: EmailEnv, options: EmailRuntimeOptions = {}): Promise<DeliverReport> {
  const deps = buildDeliverDeps(env, options);
  await enqueueUnqueuedBriefEmail(env.DB, { now: deps.now() });
  return deliverOutbox(deps, { batchSize: deps.batchSize });
}

/**
 * Queue consumer: each message delivers one batch of its brief; while rows remain it re-enqueues itself,
 * delayed until the earliest retry is due. Export from the Worker as `queue: handleEmailQueue`.
 */
export async function handleEmailQueue(
  batch: MessageBatch<EmailQueueMessage>,
  env: EmailEnv,
  options: EmailRuntimeOptions = {},
): Promise<void> {
  const deps = buildDeliverDeps(env, options);
  for (const message of batch.messages) {
    if (message.body?.kind !== 'deliver') {
      message.ack();
      continue;
    }
    try {
      const report = await deliverOutbox(deps, { briefId: message.body.briefId, batchSize: deps.batchSize });
      if (report.remaining > 0 && report.nextDueAt && env.EMAIL_QUEUE) {
        const delaySeconds = Math.max(0, Math.ceil((Date.parse(report.nextDueAt) - deps.now().getTime()) / 1000));
        await env.EMAIL_QUEUE.send(message.body, { delaySeconds: Math.min(delaySeconds, 12 * 60 * 60) });
      }
      message.ack();
    } catch (error) {
      console.error(`[email queue] delivery for ${message.body.briefId} failed`, error);
      message.retry({ delaySeconds: 60 });
    }
  }
}
