// The editor's subscriber list (behind the review gate): GET /review/subscribers and its CSV export.
import { Hono, type Context } from 'hono';
import { buildCsv } from '../../lib/csv.ts';
import type { SubscriberStatus } from '../../store/index.ts';
import type { ReviewPageEnv } from '../auth/editor.ts';
import { SubscribersPage, statusFilters } from './views/subscribers-page.tsx';

/** Subscribers per page of the list. */
export const subscriberPageSize = 100;
/** Rows read per query while exporting. */
const exportChunk = 500;

function readStatus(c: Context<ReviewPageEnv>): SubscriberStatus | null {
  const wanted = c.req.query('status');
  return statusFilters.find((filter) => filter.status === wanted)?.status ?? null;
}

/**
 * `GET /subscribers[?status=confirmed|pending|unsubscribed][&page=N]`: counts (active, pending, unsubscribed; per style;
 * outbox totals) and 100 subscribers a page, newest first, with sent/failed/queued per subscriber.
 * `GET /subscribers.csv[?status=]`: every subscriber as CSV (text/csv, attachment, formula-safe cells); audited.
 */
export const subscriberRoutes = new Hono<ReviewPageEnv>()
  .get('/subscribers', async (c) => {
    const status = readStatus(c);
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
    const { subscriberList } = c.var.services.store;
    const [counts, rows] = await Promise.all([
      subscriberList.counts(),
      subscriberList.list({
        limit: subscriberPageSize + 1,
        offset: (page - 1) * subscriberPageSize,
        ...(status ? { status } : {}),
      }),
    ]);
    const href = (n: number) => `/review/subscribers?${status ? `status=${status}&` : ''}page=${n}`;
    return c.html(
      <SubscribersPage
        counts={counts}
        rows={rows.slice(0, subscriberPageSize)}
        status={status}
        newerHref={page > 1 ? href(page - 1) : null}
        olderHref={rows.length > subscriberPageSize ? href(page + 1) : null}
        nonce={c.get('nonce')}
        editor={c.get('editor')}
      />,
    );
  })
  .get('/subscribers.csv', async (c) => {
    const status = readStatus(c);
    const { store, now } = c.var.services;
    const rows = [];
    for (let offset = 0; ; offset += exportChunk) {
      const chunk = await store.subscriberList.list({ limit: exportChunk, offset, ...(status ? { status } : {}) });
      rows.push(...chunk);
      if (chunk.length < exportChunk) break;
    }
    const at = now().toISOString();
    await store.audit.append({
      briefId: null,
      actor: c.get('editor').actor,
      action: 'subscribers_exported',
      reason: `${rows.length} subscribers${status ? ` (${status})` : ''}`,
      at,
    });
    const csv = buildCsv(
      [
        'email',
        'status',
        'briefs',
        'created_at',
        'confirmed_at',
        'unsubscribed_at',
        'sent',
        'failed',
        'skipped',
        'queued',
        'unknown',
        'last_sent_at',
      ],
      rows.map((row) => [
        row.email,
        row.status,
        row.styles.join(' '),
        row.createdAt,
        row.confirmedAt,
        row.unsubscribedAt,
        row.sent,
        row.failed,
        row.skipped,
        row.queued,
        row.unknown,
        row.lastSentAt,
      ]),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="groundbrief-subscribers-${at.slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    });
  });
