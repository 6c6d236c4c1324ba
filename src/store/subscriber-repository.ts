// D1 repository for the `subscribers` table (double opt-in: pending -> confirmed -> unsubscribed).

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';
export type Subscriber = {
  id: string;
  email: string;
  status: SubscriberStatus;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  confirmSentAt: string | null;
};

type SubscriberRow = {
  id: string;
  email: string;
  status: SubscriberStatus;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  confirm_sent_at: string | null;
};

const fromRow = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  status: row.status,
  createdAt: row.created_at,
  confirmedAt: row.confirmed_at,
  unsubscribedAt: row.unsubscribed_at,
  confirmSentAt: row.confirm_sent_at,
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
     * again). A confirmed or pending address is returned as it is (`created: false`).
     */
    async upsertPending(input: {
      id: string;
      email: string;
      at: string;
    }): Promise<{ subscriber: Subscriber; created: boolean }> {
      await db
        .prepare(`INSERT INTO subscribers (id, email, status, created_at) VALUES (?1, ?2, 'pending', ?3)
          ON CONFLICT(email) DO UPDATE SET status = 'pending', unsubscribed_at = NULL, confirm_sent_at = NULL WHERE subscribers.status = 'unsubscribed'`)
        .bind(input.id, input.email, input.at)
        .run();
      const subscriber = (await getByEmail(input.email))!;
      return { subscriber, created: subscriber.id === input.id };
    },
    /**
     * Claims the right to send a confirmation email: true (and stamps confirm_sent_at) when the address is
     * pending and none was sent in the last `minIntervalMs`; false otherwise. Atomic, so two racing
     * requests cannot both send.
     */
    async claimConfirmSend(id: string, at: Date, minIntervalMs: number): Promise<boolean> {
      const cutoff = new Date(at.getTime() - minIntervalMs).toISOString();
      const result = await db
        .prepare(
          `UPDATE subscribers SET confirm_sent_at = ?2 WHERE id = ?1 AND status = 'pending' AND (confirm_sent_at IS NULL OR confirm_sent_at <= ?3)`,
        )
        .bind(id, at.toISOString(), cutoff)
        .run();
      return (result.meta.changes ?? 0) === 1;
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
