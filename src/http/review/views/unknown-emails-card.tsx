import type { UnknownEmail } from '../../../store/index.ts';
import { csrfFieldName } from '../../auth/csrf.ts';

/**
 * On the review queue: emails whose send was interrupted and could not be retried safely (outbox status `unknown`).
 * The reader may or may not have the brief; the editor decides per row (after checking the provider's log): send again
 * or mark delivered (POST /review/email-unknown). Nothing when there are none.
 */
export function UnknownEmailsCard(props: { count: number; items: UnknownEmail[]; csrfToken: string }) {
  const decide = (item: UnknownEmail, decision: 'resend' | 'delivered', label: string) => (
    <form method="post" action="/review/email-unknown">
      <input type="hidden" name={csrfFieldName} value={props.csrfToken} />
      <input type="hidden" name="brief" value={item.briefId} />
      <input type="hidden" name="subscriber" value={item.subscriberId} />
      <input type="hidden" name="correction" value={String(item.correctionVersion)} />
      <input type="hidden" name="decision" value={decision} />
      <button type="submit" class="secondary">
        {label}
      </button>
    </form>
  );
  if (props.count === 0) return null;
  return (
    <section class="card" aria-labelledby="unknown-emails-heading">
      <div class="notice error" role="alert">
        <h2 id="unknown-emails-heading">
          {props.count} {props.count === 1 ? 'email' : 'emails'} with an unknown outcome
        </h2>
        A send stopped between the provider and our record and could not be retried safely: these readers may or may not
        have the brief. Check the email provider's log, then send again (within 23 h Resend's idempotency key still
        prevents a second copy; otherwise the reader may get two) or mark it delivered.
      </div>
      <table>
        <thead>
          <tr>
            <th>Brief</th>
            <th>Reader</th>
            <th class="num">Attempts</th>
            <th>Why</th>
            <th>Decide</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr>
              <td class="nowrap">
                <a href={`/review/${encodeURIComponent(item.briefId)}`}>{item.briefId}</a>
                {item.correctionVersion > 0 ? ` (correction, version ${item.correctionVersion})` : null}
              </td>
              <td>{item.email ?? item.subscriberId}</td>
              <td class="num">{item.attempts}</td>
              <td class="meta">{item.reason}</td>
              <td class="nowrap">
                {decide(item, 'resend', 'Send again')}
                {decide(item, 'delivered', 'Mark delivered')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.items.length < props.count ? (
        <p class="meta">
          Showing {props.items.length} of {props.count}; GET /api/review lists them as JSON.
        </p>
      ) : null}
    </section>
  );
}
