import { styleLabel, subscriptionStyles } from '../../../domain/subscription-styles.ts';
import type { SubscriberCounts, SubscriberListRow, SubscriberStatus } from '../../../store/index.ts';
import type { Editor } from '../../auth/editor.ts';
import { ReviewLayout } from './review-layout.tsx';
import { UtcTime } from './utc-time.tsx';

/** The status filters of the list, as the editor reads them (`confirmed` is "active"). */
export const statusFilters: { status: SubscriberStatus; label: string }[] = [
  { status: 'confirmed', label: 'Active' },
  { status: 'pending', label: 'Pending' },
  { status: 'unsubscribed', label: 'Unsubscribed' },
];

const statusLabel = (status: SubscriberStatus) => statusFilters.find((f) => f.status === status)?.label ?? status;

/** GET /review/subscribers: counts by status and style, delivery totals, and one page of subscribers. */
export function SubscribersPage(props: {
  counts: SubscriberCounts;
  rows: SubscriberListRow[];
  status: SubscriberStatus | null;
  newerHref: string | null;
  olderHref: string | null;
  nonce: string;
  editor: Editor;
}) {
  const { counts } = props;
  const csvHref = `/review/subscribers.csv${props.status ? `?status=${props.status}` : ''}`;
  return (
    <ReviewLayout title="Subscribers" nonce={props.nonce} editor={props.editor}>
      <h1>Subscribers</h1>
      <div class="card">
        <h2>Counts</h2>
        <p>
          {statusFilters.map((filter) => (
            <span class="count" data-count={filter.status}>
              {filter.label}: <strong>{counts.byStatus[filter.status]}</strong>{' '}
            </span>
          ))}
        </p>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th>Brief</th>
                <th>Active</th>
                <th>Pending</th>
              </tr>
            </thead>
            <tbody>
              {subscriptionStyles.map(({ style, label }) => (
                <tr data-style={style}>
                  <td>{label}</td>
                  <td>{counts.byStyle[style].confirmed}</td>
                  <td>{counts.byStyle[style].pending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="meta">
          Emails: {counts.delivery.sent} sent, {counts.delivery.failed} failed, {counts.delivery.queued} queued,{' '}
          {counts.delivery.unknown} outcome unknown, {counts.delivery.skipped} skipped (unsubscribed or brief no longer
          chosen before the send).
        </p>
      </div>
      <div class="card">
        <p>
          Show: {props.status ? <a href="/review/subscribers">All</a> : <strong>All</strong>}
          {statusFilters.map((filter) =>
            props.status === filter.status ? (
              <>
                {' · '}
                <strong>{filter.label}</strong>
              </>
            ) : (
              <>
                {' · '}
                <a href={`/review/subscribers?status=${filter.status}`}>{filter.label}</a>
              </>
            ),
          )}
          {' · '}
          <a href={csvHref} download>
            Export CSV
          </a>
        </p>
        {props.rows.length === 0 ? (
          <p>No subscribers here.</p>
        ) : (
          <div class="table-scroll">
            <table class="subscribers">
              <thead>
                <tr>
                  <th>Email</th>
                  <th>Status</th>
                  <th>Briefs</th>
                  <th>Since</th>
                  <th>Sent</th>
                  <th>Failed</th>
                  <th>Queued</th>
                  <th>Last sent</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((row) => (
                  <tr data-subscriber={row.id}>
                    <td>{row.email}</td>
                    <td>{statusLabel(row.status)}</td>
                    <td>{row.styles.map(styleLabel).join(', ')}</td>
                    <td class="nowrap">
                      <UtcTime iso={row.confirmedAt ?? row.createdAt} />
                    </td>
                    <td>{row.sent}</td>
                    <td>{row.failed + row.unknown > 0 ? <strong>{row.failed}</strong> : row.failed}</td>
                    <td>{row.queued}</td>
                    <td class="nowrap">{row.lastSentAt ? <UtcTime iso={row.lastSentAt} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          {props.newerHref ? <a href={props.newerHref}>← Newer</a> : null}
          {props.newerHref && props.olderHref ? ' · ' : null}
          {props.olderHref ? <a href={props.olderHref}>Older →</a> : null}
        </p>
      </div>
    </ReviewLayout>
  );
}
