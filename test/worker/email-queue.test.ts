// Fan-out through EMAIL_QUEUE: the producer splits a list into batches, the consumer delivers and re-enqueues.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EmailQueueMessage } from '../../src/email/email-config.ts';
import { TransientEmailError } from '../../src/email/email-provider.ts';
import { enqueueBriefEmail } from '../../src/email/deliver.ts';
import worker from '../../src/worker.ts';
import {
  createRecordingProvider,
  mailerFor,
  resetEmailTables,
  seedBrief,
  seedSubscriber,
  storeOf,
} from './email-seed.ts';
import { mailEnv, recordingBinding } from './shared-setup.ts';

type Sent = { body: EmailQueueMessage; delaySeconds?: number };

function fakeQueue() {
  const sent: Sent[] = [];
  const queue = {
    async send(body: EmailQueueMessage, options?: { delaySeconds?: number }) {
      sent.push({ body, ...(options?.delaySeconds !== undefined ? { delaySeconds: options.delaySeconds } : {}) });
    },
    async sendBatch(messages: Iterable<{ body: EmailQueueMessage }>) {
      for (const m of messages) sent.push({ body: m.body });
    },
  } as unknown as Queue<EmailQueueMessage>;
  return { queue, sent };
}

function fakeBatch(bodies: EmailQueueMessage[]) {
  const acked: number[] = [];
  const retried: number[] = [];
  const messages = bodies.map((body, i) => ({
    id: String(i),
    timestamp: new Date(),
    attempts: 1,
    body,
    ack: () => acked.push(i),
    retry: () => retried.push(i),
  }));
  return {
    batch: {
      queue: 'groundbrief-email',
      messages,
      ackAll() {},
      retryAll() {},
    } as unknown as MessageBatch<EmailQueueMessage>,
    acked,
    retried,
  };
}

const t0 = Date.parse('2026-11-20T06:00:00Z');

beforeEach(async () => {
  await resetEmailTables(env.DB);
  await seedBrief(env.DB, { id: 'b-pub', status: 'published', editionDate: '2026-11-20' });
  for (let i = 0; i < 9; i++) await seedSubscriber(env.DB, `sub_${i}`, `r${i}@example.com`, 'confirmed');
});

describe('EMAIL_QUEUE fan-out', () => {
  it('dispatch with a queue sends nothing itself and enqueues one message per batch', async () => {
    const { queue, sent } = fakeQueue();
    const recording = createRecordingProvider();
    const result = await mailerFor(
      { ...mailEnv, EMAIL_BATCH_SIZE: '4', EMAIL_QUEUE: queue },
      { provider: recording.provider, now: () => new Date(t0) },
    ).dispatch('b-pub');
    expect(result).toMatchObject({ enqueued: 9, report: null, queued: 3 });
    expect(sent.map((s) => s.body)).toEqual(Array.from({ length: 3 }, () => ({ kind: 'deliver', briefId: 'b-pub' })));
    expect(recording.sent).toHaveLength(0);
  });

  it('the consumer delivers batches, re-enqueues while rows remain (delayed to the next retry), and acks', async () => {
    const { queue, sent } = fakeQueue();
    const recording = createRecordingProvider((m, attempt) =>
      m.to === 'r0@example.com' && attempt === 1 ? new TransientEmailError('recording', 'busy') : null,
    );
    const queueEnv = { ...mailEnv, EMAIL_BATCH_SIZE: '4', EMAIL_QUEUE: queue };
    await mailerFor(queueEnv, { provider: recording.provider, now: () => new Date(t0) }).dispatch('b-pub');
    sent.length = 0;

    const options = { provider: recording.provider, now: () => new Date(t0) };
    const first = fakeBatch([
      { kind: 'deliver', briefId: 'b-pub' },
      { kind: 'deliver', briefId: 'b-pub' },
      { kind: 'deliver', briefId: 'b-pub' },
    ]);
    await mailerFor(queueEnv, options).consume(first.batch);
    expect(first.acked).toEqual([0, 1, 2]);
    expect(recording.sent).toHaveLength(8);
    // r0 failed once: the last consumer run re-enqueued itself 60 s later (the backoff).
    expect(sent.at(-1)).toEqual({ body: { kind: 'deliver', briefId: 'b-pub' }, delaySeconds: 60 });

    const later = fakeBatch([{ kind: 'deliver', briefId: 'b-pub' }]);
    await mailerFor(queueEnv, { ...options, now: () => new Date(t0 + 61_000) }).consume(later.batch);
    expect(recording.sent.map((m) => m.to).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `r${i}@example.com`));
    expect(new Set(recording.sent.map((m) => m.to)).size).toBe(9);
  });
});

describe('the Worker consumes EMAIL_QUEUE', () => {
  it('exports a queue handler that delivers the brief of each message through the EMAIL binding and acks it', async () => {
    const { binding, delivered } = recordingBinding();
    expect(await enqueueBriefEmail(storeOf(env.DB), 'b-pub')).toEqual({ enqueued: 9 });
    const { batch, acked, retried } = fakeBatch([{ kind: 'deliver', briefId: 'b-pub' }]);
    expect(typeof worker.queue).toBe('function');
    await worker.queue(batch as MessageBatch<unknown>, { ...mailEnv, EMAIL: binding });
    expect(acked).toEqual([0]);
    expect(retried).toEqual([]);
    expect(delivered.sort()).toEqual(Array.from({ length: 9 }, (_, i) => `r${i}@example.com`));
  });
});
