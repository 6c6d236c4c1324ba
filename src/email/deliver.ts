// Email delivery over the D1 outbox: one row per (published brief, confirmed subscriber, email), claimed, sent, recorded.
// The email is the brief's edition email or one of its correction emails (queued with the correction itself).
import type { BriefStyle } from '../domain/brief.ts';
import type { Store } from '../store/index.ts';
import type { ClaimedEmail, EmailOutcome } from '../store/outbox-repository.ts';
import { createBriefEmailComposer, type BriefEmailComposer } from './build-brief-email.ts';
import { buildCorrectionEmail } from './build-correction-email.ts';
import type { EmailConfig } from './email-config.ts';
import { emailBriefFromStored } from './email-brief-from-stored.ts';
import { EmailSendError, TransientEmailError, type EmailProvider } from './email-provider.ts';

/** The repositories delivery reads and writes. */
export type EmailStore = Pick<Store, 'briefs' | 'snapshots' | 'subscribers' | 'outbox' | 'corrections'>;

/** Sends per invocation by default: under the Workers free plan's 50 subrequests, with room for D1. */
export const DEFAULT_BATCH_SIZE = 40;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** A row left `sending` longer than this means the invocation died between send and record. */
export const SENDING_LEASE_MS = 10 * 60 * 1000;

/** Backoff after the n-th failed attempt (n >= 1): 1, 4, 16, 64 min, capped at 2 h; Retry-After wins when longer. */
export function computeBackoffMs(attempts: number, retryAfterSeconds?: number): number {
  const base = Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 2 * 60 * 60 * 1000);
  return Math.max(base, (retryAfterSeconds ?? 0) * 1000);
}

/**
 * Queues the brief for every confirmed subscriber who chose its style: one outbox row per (brief, subscriber), INSERT OR IGNORE
 * on that primary key, so calling it again (double cron fire, approve after auto-publish) adds nothing.
 * Does nothing unless the brief's status is `published`. Returns how many rows were new.
 */
export async function enqueueBriefEmail(
  store: Pick<Store, 'outbox'>,
  briefId: string,
  options: { now?: Date } = {},
): Promise<{ enqueued: number }> {
  return { enqueued: await store.outbox.enqueueBrief(briefId, (options.now ?? new Date()).toISOString()) };
}

/** How far back the sweep looks for published briefs that were never queued. */
export const SWEEP_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/**
 * Safety net for the sweep: queues every brief published in the last 24 h (by `published_at`) that has no outbox row
 * at all (its dispatch never ran or failed before enqueueing), for every confirmed subscriber who chose its style. One INSERT OR IGNORE
 * on the outbox primary key, so it can never add a second row for a (brief, subscriber). Returns how many rows were new.
 */
export async function enqueueUnqueuedBriefEmail(
  store: Pick<Store, 'outbox'>,
  options: { now?: Date } = {},
): Promise<{ enqueued: number }> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - SWEEP_LOOKBACK_MS).toISOString();
  return { enqueued: await store.outbox.enqueueUnqueued(now.toISOString(), since) };
}

export type DeliverDeps = {
  store: EmailStore;
  provider: EmailProvider;
  settings: Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'unsubscribeMailto' | 'postalAddress'>;
  now: () => Date;
};

export type DeliverOptions = { briefId?: string; batchSize?: number; maxAttempts?: number; concurrency?: number };

export type DeliverReport = {
  /** Rows left `sending` by a stopped invocation, queued again this round to retry with the same idempotency key. */
  recovered: number;
  /** Rows that became `unknown` this round: left `sending` with no safe retry, or refused by the provider as a changed
   * repeat of an earlier send (OutcomeUnknownEmailError). */
  unknown: number;
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  /** Rows still queued after this round (for `briefId` when given). */
  remaining: number;
  /** Earliest next_attempt_at among them (ISO), null when none remain. */
  nextDueAt: string | null;
};

type Counter = 'sent' | 'retrying' | 'failed' | 'skipped' | 'unknown';

/**
 * One delivery round: recovers expired `sending` leases, claims up to `batchSize` due rows atomically
 * (UPDATE ... RETURNING, so two concurrent rounds never claim the same row), sends them
 * `concurrency` at a time, and records each outcome: sent; transient error -> queued again with
 * backoff until `maxAttempts`; permanent error (or attempts used up) -> failed with the reason, per
 * subscriber. Rows whose brief is no longer published, whose subscriber left or no longer chooses the brief's style are
 * skipped (failed, `skipped: ...`). A row is the brief's edition email or one of its correction emails
 * (`correctionVersion`): both go the same way, with their own idempotency keys.
 */
export async function deliverOutbox(deps: DeliverDeps, options: DeliverOptions = {}): Promise<DeliverReport> {
  const { store, provider, now } = deps;
  // At most 90: the subscriber lookup binds one parameter per row and D1 allows 100 per query.
  const batchSize = Math.min(Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE), 90);
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const concurrency = options.concurrency ?? 10;
  const start = now();
  const nowIso = start.toISOString();

  // A lease that expired: inside the provider's idempotency window a re-send with the same key is safe; otherwise the
  // row's outcome is unknown (never risk a second copy) and the editor sees it.
  const recovered = await store.outbox.recoverExpiredLeases(nowIso, {
    idempotencyWindowMs: provider.idempotencyWindowMs,
    maxAttempts,
  });
  const claimed = await store.outbox.claimDue({
    at: nowIso,
    leaseUntil: new Date(start.getTime() + SENDING_LEASE_MS).toISOString(),
    limit: batchSize,
    ...(options.briefId ? { briefId: options.briefId } : {}),
  });

  const report: DeliverReport = {
    recovered: recovered.requeued,
    unknown: recovered.unknown,
    claimed: claimed.length,
    sent: 0,
    retrying: 0,
    failed: 0,
    skipped: 0,
    remaining: 0,
    nextDueAt: null,
  };
  const briefs = await loadBriefs(store, claimed, deps.settings);
  const subscribers = await store.subscribers.getMany(claimed.map((row) => row.subscriberId));

  for (let i = 0; i < claimed.length; i += concurrency) {
    const chunk = claimed.slice(i, i + concurrency);
    const outcomes = await Promise.all(chunk.map((row) => sendOne(row)));
    for (const { counter } of outcomes) report[counter]++;
    await store.outbox.record(outcomes.map(({ outcome }) => outcome));
  }

  const left = await store.outbox.countQueued(options.briefId);
  report.remaining = left.count;
  report.nextDueAt = left.nextDueAt;
  return report;

  async function sendOne(row: ClaimedEmail): Promise<{ outcome: EmailOutcome; counter: Counter }> {
    const key = { briefId: row.briefId, subscriberId: row.subscriberId, correctionVersion: row.correctionVersion };
    const fail = (reason: string, counter: 'failed' | 'skipped') => ({
      outcome: { kind: 'failed' as const, ...key, reason, audit: counter === 'failed', at: now().toISOString() },
      counter,
    });
    const brief = briefs.get(row.briefId);
    const subscriber = subscribers.get(row.subscriberId);
    if (!brief) return fail('skipped: brief is not published', 'skipped');
    if (subscriber?.status !== 'confirmed') return fail('skipped: subscriber is not confirmed', 'skipped');
    if (!subscriber.styles.includes(brief.style))
      return fail(`skipped: subscriber no longer chooses ${brief.style}`, 'skipped');
    const compose = row.correctionVersion === 0 ? brief.compose : brief.corrections.get(row.correctionVersion);
    if (!compose) return fail(`skipped: brief has no correction of version ${row.correctionVersion}`, 'skipped');
    try {
      const message = await compose(subscriber, now());
      const result = await provider.send(message);
      return { outcome: { kind: 'sent', ...key, providerId: result.id, at: now().toISOString() }, counter: 'sent' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof EmailSendError && error.kind === 'unknown')
        return { outcome: { kind: 'unknown', ...key, reason }, counter: 'unknown' };
      if (error instanceof EmailSendError && error.kind === 'transient' && row.attempts < maxAttempts) {
        const retryAfter = error instanceof TransientEmailError ? error.retryAfterSeconds : undefined;
        const dueAt = new Date(now().getTime() + computeBackoffMs(row.attempts, retryAfter)).toISOString();
        return { outcome: { kind: 'retry', ...key, error: reason, dueAt }, counter: 'retrying' };
      }
      // Permanent errors, transient ones out of attempts, and unexpected errors (a bug: retrying will not fix it).
      return fail(
        error instanceof EmailSendError && error.kind === 'transient'
          ? `gave up after ${row.attempts} attempts: ${reason}`
          : reason,
        'failed',
      );
    }
  }
}

type Compose = BriefEmailComposer;

/** A claimed brief: its style, the edition email (rendered once per round, and only when claimed) and its corrections. */
type LoadedBrief = { style: BriefStyle; compose: Compose; corrections: Map<number, Compose> };

/** Published briefs only: anything else is never sent, even when an outbox row exists. */
async function loadBriefs(
  store: EmailStore,
  claimed: readonly ClaimedEmail[],
  settings: DeliverDeps['settings'],
): Promise<Map<string, LoadedBrief>> {
  const loaded = new Map<string, LoadedBrief>();
  for (const id of new Set(claimed.map((row) => row.briefId))) {
    const stored = await store.briefs.get(id);
    if (stored?.status !== 'published') continue;
    const rows = claimed.filter((row) => row.briefId === id);
    let compose: Compose = () => Promise.reject(new Error('no edition email was claimed'));
    if (rows.some((row) => row.correctionVersion === 0)) {
      const snapshot = await store.snapshots.get(id);
      // Rendered once per brief and round; each subscriber's message only adds its signed link and MIME.
      compose = createBriefEmailComposer({
        brief: emailBriefFromStored(stored),
        sheet: snapshot?.sheet ?? null,
        snapshot: snapshot?.snapshot ?? null,
        settings,
      });
    }
    const corrections = new Map<number, Compose>();
    if (rows.some((row) => row.correctionVersion > 0)) {
      for (const correction of await store.corrections.listForBrief(id)) {
        corrections.set(correction.version, (subscriber, date) =>
          buildCorrectionEmail({
            // the title this correction published, not the brief's current one: a retry is the same email
            brief: { id, title: correction.title, editionDate: stored.editionDate, version: correction.version },
            note: correction.note,
            at: correction.at,
            subscriber,
            settings,
            date,
          }),
        );
      }
    }
    loaded.set(id, { style: stored.style, compose, corrections });
  }
  return loaded;
}
