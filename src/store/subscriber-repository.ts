// D1 repository for the `subscribers` table (double opt-in: pending -> confirmed -> unsubscribed).
import type { BriefStyle } from '../domain/brief.ts';
import { formatStyleList, parseStyleList } from '../domain/subscription-styles.ts';

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';
export type Subscriber = {
  id: string;
  email: string;
  status: SubscriberStatus;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  confirmSentAt: string | null;
  /** The styles this subscriber gets (canonical order; every style unless they chose). */
  styles: BriefStyle[];
};

type SubscriberRow = {
  id: string;
  email: string;
  status: SubscriberStatus;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  confirm_sent_at: string | null;
  styles: string;
};

const fromRow = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  status: row.status,
  createdAt: row.created_at,
  confirmedAt: row.confirmed_at,
  unsubscribedAt: row.unsubscribed_at,
  confirmSentAt: row.confirm_sent_at,
  styles: parseStyleList(row.styles),
});

/** Subscribers over one D1 database. Emails are stored lower-cased and trimmed (the UNIQUE key). */
export function createSubscriberRepository(db: D1Database) {
  async function getByEmail(email: string): Promise<Subscriber | null> {
    const row = await db.prepare('SELECT * FROM subscribers WHERE email = ?').bind(email).first<SubscriberRow>();
    return row ? fromRow(row) : null;
  }
  return {
    async get(id: string): Promise<Subscriber | null> {
      const row = await db.prepare('SELECT * FROM subscribers WHERE id = ?').bind(id).first<SubscriberRow>();
      return row ? fromRow(row) : null;
    },
    /** The subscribers with these ids (unknown ids are absent), by id. At most 90 ids: D1 binds 100 per query. */
    async getMany(ids: readonly string[]): Promise<Map<string, Subscriber>> {
      const map = new Map<string, Subscriber>();
      if (ids.length === 0) return map;
      const placeholders = ids.map((_, i) => `?${i + 1}`).join(',');
      const rows = await db
        .prepare(`SELECT * FROM subscribers WHERE id IN (${placeholders})`)
        .bind(...ids)
        .all<SubscriberRow>();
      for (const row of rows.results) map.set(row.id, fromRow(row));
      return map;
    },
    getByEmail,
    /**
     * A pending row for a new address; an unsubscribed address goes back to pending (it must confirm
     * again). A confirmed or pending address is returned as it is (`created: false`). `addressKey` (the throttle's
     * normalized address, normalizeAddressKey) is stored on the row either way. `styles` (every style when absent) is
     * stored for a new or pending address; a confirmed address keeps its own (it changes them through the manage link
     * in its emails, so nobody else can).
     */
    async upsertPending(input: {
      id: string;
      email: string;
      addressKey: string;
      at: string;
      styles?: readonly BriefStyle[];
    }): Promise<{ subscriber: Subscriber; created: boolean }> {
      const statements = [
        db
          .prepare(`INSERT INTO subscribers (id, email, status, created_at, address_key) VALUES (?1, ?2, 'pending', ?3, ?4)
          ON CONFLICT(email) DO UPDATE SET address_key = excluded.address_key,
            status = CASE WHEN subscribers.status = 'unsubscribed' THEN 'pending' ELSE subscribers.status END,
            unsubscribed_at = CASE WHEN subscribers.status = 'unsubscribed' THEN NULL ELSE subscribers.unsubscribed_at END,
            confirm_sent_at = CASE WHEN subscribers.status = 'unsubscribed' THEN NULL ELSE subscribers.confirm_sent_at END`)
          .bind(input.id, input.email, input.at, input.addressKey),
      ];
      if (input.styles)
        statements.push(
          db
            .prepare(`UPDATE subscribers SET styles = ?2 WHERE email = ?1 AND status = 'pending'`)
            .bind(input.email, formatStyleList(input.styles)),
        );
      await db.batch(statements);
      const subscriber = (await getByEmail(input.email))!;
      return { subscriber, created: subscriber.id === input.id };
    },
    /**
     * Claims the right to send a confirmation email to pending row `id`, atomically (two racing requests cannot both
     * send): `sent` (and stamps confirm_sent_at) when no row with the same `addressKey` got one in the last
     * `minIntervalMs` and fewer than `capPerInterval` confirmation emails went out in that interval overall;
     * otherwise `throttled` (this recipient: answer as usual, send nothing) or `capped` (everyone: `retryAt`, ISO, is
     * when the oldest send of the interval leaves it).
     */
    async claimConfirmSend(input: {
      id: string;
      addressKey: string;
      at: Date;
      minIntervalMs: number;
      capPerInterval: number;
    }): Promise<{ outcome: 'sent' | 'throttled' } | { outcome: 'capped'; retryAt: string }> {
      const cutoff = new Date(input.at.getTime() - input.minIntervalMs).toISOString();
      const result = await db
        .prepare(
          `UPDATE subscribers SET confirm_sent_at = ?2 WHERE id = ?1 AND status = 'pending'
            AND NOT EXISTS (SELECT 1 FROM subscribers o WHERE (o.id = ?1 OR o.address_key = ?4) AND o.confirm_sent_at > ?3)
            AND (SELECT COUNT(*) FROM subscribers WHERE confirm_sent_at > ?3) < ?5`,
        )
        .bind(input.id, input.at.toISOString(), cutoff, input.addressKey, input.capPerInterval)
        .run();
      if ((result.meta.changes ?? 0) === 1) return { outcome: 'sent' };
      const cap = await this.confirmSendCap(input);
      return cap.capped ? { outcome: 'capped', retryAt: cap.retryAt } : { outcome: 'throttled' };
    },
    /**
     * Whether `capPerInterval` confirmation emails (to anyone) went out in the `minIntervalMs` before `at`; when
     * capped, `retryAt` (ISO) is when the oldest of them leaves the interval. Reads only.
     */
    async confirmSendCap(input: {
      at: Date;
      minIntervalMs: number;
      capPerInterval: number;
    }): Promise<{ capped: false } | { capped: true; retryAt: string }> {
      const cutoff = new Date(input.at.getTime() - input.minIntervalMs).toISOString();
      const window = await db
        .prepare('SELECT COUNT(*) AS n, MIN(confirm_sent_at) AS oldest FROM subscribers WHERE confirm_sent_at > ?1')
        .bind(cutoff)
        .first<{ n: number; oldest: string | null }>();
      if (window && window.n >= input.capPerInterval && window.oldest)
        return { capped: true, retryAt: new Date(Date.parse(window.oldest) + input.minIntervalMs).toISOString() };
      return { capped: false };
    },
    /** Undoes claimConfirmSend after a failed send, so the reader can try again at once. */
    async releaseConfirmSend(id: string): Promise<void> {
      await db.prepare('UPDATE subscribers SET confirm_sent_at = NULL WHERE id = ?1').bind(id).run();
    },
    /** pending -> confirmed. Returns the row after the change (or as it was when already confirmed). */
    async confirm(id: string, at: string): Promise<Subscriber | null> {
      const row = await db
        .prepare(
          `UPDATE subscribers SET status = 'confirmed', confirmed_at = ?2 WHERE id = ?1 AND status = 'pending' RETURNING *`,
        )
        .bind(id, at)
        .first<SubscriberRow>();
      return row ? fromRow(row) : this.get(id);
    },
    /**
     * Replaces the styles of a pending or confirmed subscriber (at least one; an unsubscribed one changes nothing).
     * Returns the row after the change, null for an unknown id.
     */
    async setStyles(id: string, styles: readonly BriefStyle[]): Promise<Subscriber | null> {
      if (styles.length === 0) throw new Error('setStyles: at least one style');
      await db
        .prepare(`UPDATE subscribers SET styles = ?2 WHERE id = ?1 AND status != 'unsubscribed'`)
        .bind(id, formatStyleList(styles))
        .run();
      return this.get(id);
    },
    /**
     * -> unsubscribed, at once, and closes every queued outbox row of the address (failed, 'skipped: unsubscribed') so nothing more is sent.
     * Idempotent: unsubscribing twice keeps the first time.
     */
    async unsubscribe(id: string, at: string): Promise<Subscriber | null> {
      await db.batch([
        db
          .prepare(
            `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?2 WHERE id = ?1 AND status != 'unsubscribed'`,
          )
          .bind(id, at),
        db
          .prepare(
            `UPDATE outbox SET status = 'failed', last_error = 'skipped: unsubscribed before send' WHERE subscriber_id = ?1 AND status = 'queued'`,
          )
          .bind(id),
      ]);
      return this.get(id);
    },
  };
}
export type SubscriberRepository = ReturnType<typeof createSubscriberRepository>;
