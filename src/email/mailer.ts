// Email over the outbox for one invocation: dispatch after publish, the cron sweep, and the EMAIL_QUEUE consumer.
import {
  deliverOutbox,
  enqueueBriefEmail,
  enqueueUnqueuedBriefEmail,
  type DeliverReport,
  type EmailStore,
} from './deliver.ts';
import type { EmailConfig, EmailQueueMessage } from './email-config.ts';
import type { EmailProvider } from './email-provider.ts';

export type DispatchResult = { enqueued: number; report: DeliverReport | null; queued: number };

export type MailerDeps = {
  store: EmailStore;
  /** Checked settings (throws ConfigError when email is misconfigured). */
  settings: () => EmailConfig;
  /** The configured provider (throws ConfigError when it is not configured). */
  provider: () => EmailProvider;
  /** The optional EMAIL_QUEUE producer: fan-out of large lists. */
  queue?: Queue<EmailQueueMessage>;
  /** Keeps the invocation alive for background work; absent (tests, app.request) means "leave it to the sweep". */
  waitUntil?: (work: Promise<unknown>) => void;
  now: () => Date;
};

/** At most this many queue messages per dispatch (the consumer re-enqueues itself while rows remain). */
const maxMessagesPerDispatch = 10;
/** The longest delay a queue message may carry (Cloudflare Queues: 12 h). */
const maxQueueDelaySeconds = 12 * 60 * 60;

export function createMailer(deps: MailerDeps) {
  const deliverDeps = () => ({
    store: deps.store,
    provider: deps.provider(),
    settings: deps.settings(),
    now: deps.now,
  });

  /**
   * After a brief is published (cron auto-publish or editor approval): queue it for every confirmed subscriber who chose its style, then
   * either fan out through EMAIL_QUEUE (one message per batch of EMAIL_BATCH_SIZE, up to 10 at once; the consumer keeps
   * going) or, without a queue, deliver the first batch in this invocation. Delivery problems are recorded on the
   * outbox rows, never thrown; a misconfiguration throws ConfigError.
   */
  async function dispatch(briefId: string): Promise<DispatchResult> {
    const { enqueued } = await enqueueBriefEmail(deps.store, briefId, { now: deps.now() });
    return { enqueued, ...(await deliverQueued(briefId)) };
  }

  /** Delivers the rows already queued for `briefId` (any of its emails): fan-out through EMAIL_QUEUE, or one batch here. */
  async function deliverQueued(briefId: string): Promise<Omit<DispatchResult, 'enqueued'>> {
    const delivery = deliverDeps();
    const { batchSize } = delivery.settings;
    if (deps.queue) {
      const { count } = await deps.store.outbox.countQueued(briefId);
      const messages = Math.min(Math.ceil(count / batchSize), maxMessagesPerDispatch);
      if (messages > 0)
        await deps.queue.sendBatch(
          Array.from({ length: messages }, () => ({ body: { kind: 'deliver' as const, briefId } })),
        );
      return { report: null, queued: messages };
    }
    const report = await deliverOutbox(delivery, { briefId, batchSize });
    return { report, queued: 0 };
  }

  return {
    settings: deps.settings,
    provider: deps.provider,
    dispatch,
    async afterPublish(briefId: string): Promise<void> {
      await enqueueBriefEmail(deps.store, briefId, { now: deps.now() });
      // The rows were just queued: the background round only delivers them (`dispatch` would queue them again).
      deps.waitUntil?.(
        deliverQueued(briefId).catch((error: unknown) => console.error(`[email] dispatch of ${briefId} failed`, error)),
      );
    },
    /**
     * After a correction that asked for an email (its outbox rows were queued with the correction): delivers them like
     * an edition's, in the background when the invocation can be kept alive, else the 15-minute cron sweep sends them.
     */
    async afterCorrection(briefId: string): Promise<void> {
      deps.waitUntil?.(
        deliverQueued(briefId).catch((error: unknown) =>
          console.error(`[email] correction delivery of ${briefId} failed`, error),
        ),
      );
    },
    /**
     * Cron sweep: first queues any brief published in the last 24 h that has no outbox rows (a manual publish whose
     * dispatch failed or never ran), then delivers due rows of any brief (retries after backoff, leftovers beyond one batch).
     */
    async sweep(): Promise<DeliverReport> {
      const delivery = deliverDeps();
      await enqueueUnqueuedBriefEmail(deps.store, { now: deps.now() });
      return deliverOutbox(delivery, { batchSize: delivery.settings.batchSize });
    },
    /**
     * Queue consumer: each message delivers one batch of its brief; while rows remain it re-enqueues itself,
     * delayed until the earliest retry is due.
     */
    async consume(batch: MessageBatch<EmailQueueMessage>): Promise<void> {
      const delivery = deliverDeps();
      for (const message of batch.messages) {
        if (message.body?.kind !== 'deliver') {
          message.ack();
          continue;
        }
        try {
          const report = await deliverOutbox(delivery, {
            briefId: message.body.briefId,
            batchSize: delivery.settings.batchSize,
          });
          if (report.remaining > 0 && report.nextDueAt && deps.queue) {
            const delaySeconds = Math.max(0, Math.ceil((Date.parse(report.nextDueAt) - deps.now().getTime()) / 1000));
            await deps.queue.send(message.body, { delaySeconds: Math.min(delaySeconds, maxQueueDelaySeconds) });
          }
          message.ack();
        } catch (error) {
          console.error(`[email queue] delivery for ${message.body.briefId} failed`, error);
          message.retry({ delaySeconds: 60 });
        }
      }
    },
  };
}
