// D1 reads for the editor's subscriber list: counts by status and style, and each subscriber's delivery figures.
import type { BriefStyle } from '../domain/brief.ts';
import { allSubscriptionStyles, parseStyleList } from '../domain/subscription-styles.ts';
import type { SubscriberStatus } from './subscriber-repository.ts';

/** One subscriber with what the outbox did for them. `failed` excludes skipped rows (unsubscribed or style dropped). */
export type SubscriberListRow = {
  id: string;
  email: string;
  status: SubscriberStatus;
  styles: BriefStyle[];
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  sent: number;
  failed: number;
  skipped: number;
  /** queued or being sent now. */
  queued: number;
  /** The send may or may not have happened (the invocation stopped mid-send). */
  unknown: number;
  lastSentAt: string | null;
};

export type SubscriberCounts = {
  byStatus: Record<SubscriberStatus, number>;
  /** Per style: confirmed and pending subscribers who chose it. */
  byStyle: Record<BriefStyle, { confirmed: number; pending: number }>;
  /** Outbox rows over every subscriber, same meanings as the per-subscriber figures. */
  delivery: { sent: number; failed: number; skipped: number; queued: number; unknown: number };
};

type ListRow = {
  id: string;
  email: string;
  status: SubscriberStatus;
  styles: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  sent: number;
  failed: number;
  skipped: number;
  queued: number;
  unknown: number;
  last_sent_at: string | null;
};

const deliveryColumns = `COUNT(CASE WHEN o.status = 'sent' THEN 1 END) AS sent,
  COUNT(CASE WHEN o.status = 'failed' AND (o.last_error IS NULL OR o.last_error NOT LIKE 'skipped:%') THEN 1 END) AS failed,
  COUNT(CASE WHEN o.status = 'failed' AND o.last_error LIKE 'skipped:%' THEN 1 END) AS skipped,
  COUNT(CASE WHEN o.status IN ('queued', 'sending') THEN 1 END) AS queued,
  COUNT(CASE WHEN o.status = 'unknown' THEN 1 END) AS unknown`;

export function createSubscriberListRepository(db: D1Database) {
  return {
    /** Subscribers newest first (of one status when given), `limit` from `offset`, with their delivery figures. */
    async list(query: { limit: number; offset: number; status?: SubscriberStatus }): Promise<SubscriberListRow[]> {
      const { results } = await db
        .prepare(`SELECT s.id, s.email, s.status, s.styles, s.created_at, s.confirmed_at, s.unsubscribed_at,
            ${deliveryColumns}, MAX(o.sent_at) AS last_sent_at
          FROM subscribers s LEFT JOIN outbox o ON o.subscriber_id = s.id
          WHERE ?1 IS NULL OR s.status = ?1
          GROUP BY s.id ORDER BY s.created_at DESC, s.id DESC LIMIT ?2 OFFSET ?3`)
        .bind(query.status ?? null, query.limit, query.offset)
        .all<ListRow>();
      return results.map((row) => ({
        id: row.id,
        email: row.email,
        status: row.status,
        styles: parseStyleList(row.styles),
        createdAt: row.created_at,
        confirmedAt: row.confirmed_at,
        unsubscribedAt: row.unsubscribed_at,
        sent: row.sent,
        failed: row.failed,
        skipped: row.skipped,
        queued: row.queued,
        unknown: row.unknown,
        lastSentAt: row.last_sent_at,
      }));
    },
    /** Whole-list counts: by status, by style (confirmed and pending), and the outbox totals. */
    async counts(): Promise<SubscriberCounts> {
      const [groups, delivery] = await db.batch<
        { status: SubscriberStatus; styles: string; n: number } & Omit<SubscriberCounts['delivery'], never>
      >([
        db.prepare('SELECT status, styles, COUNT(*) AS n FROM subscribers GROUP BY status, styles'),
        db.prepare(`SELECT ${deliveryColumns} FROM outbox o`),
      ]);
      const counts: SubscriberCounts = {
        byStatus: { pending: 0, confirmed: 0, unsubscribed: 0 },
        byStyle: Object.fromEntries(
          allSubscriptionStyles.map((style) => [style, { confirmed: 0, pending: 0 }]),
        ) as SubscriberCounts['byStyle'],
        delivery: { sent: 0, failed: 0, skipped: 0, queued: 0, unknown: 0 },
      };
      for (const row of groups?.results ?? []) {
        counts.byStatus[row.status] += row.n;
        if (row.status === 'unsubscribed') continue;
        for (const style of parseStyleList(row.styles)) counts.byStyle[style][row.status] += row.n;
      }
      const totals = delivery?.results[0];
      if (totals)
        counts.delivery = {
          sent: totals.sent,
          failed: totals.failed,
          skipped: totals.skipped,
          queued: totals.queued,
          unknown: totals.unknown,
        };
      return counts;
    },
  };
}
export type SubscriberListRepository = ReturnType<typeof createSubscriberListRepository>;
