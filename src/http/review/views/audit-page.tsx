import type { StoredAuditEntry } from '../../../store/index.ts';
import type { Editor } from '../../auth/editor.ts';
import { ReviewLayout } from './review-layout.tsx';
import { UtcTime } from './utc-time.tsx';

/** GET /review/audit: the whole audit log, newest first, one page of entries; `olderHref` pages on. */
export function AuditPage(props: {
  entries: StoredAuditEntry[];
  olderHref: string | null;
  nonce: string;
  editor: Editor;
}) {
  return (
    <ReviewLayout title="Audit log" nonce={props.nonce} editor={props.editor}>
      <h1>Audit log</h1>
      <p class="meta">Every run, edit, decision, correction, withdrawal and sign-in, newest first.</p>
      <div class="card">
        {props.entries.length === 0 ? (
          <p>The log is empty.</p>
        ) : (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>When</th>
                  <th>Action</th>
                  <th>Brief</th>
                  <th>Who</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {props.entries.map((entry) => (
                  <tr>
                    <td class="nowrap">
                      <UtcTime iso={entry.at} />
                    </td>
                    <td>
                      <strong>{entry.action}</strong>
                      {entry.fromStatus || entry.toStatus ? (
                        <div class="meta">
                          {entry.fromStatus ?? '-'} → {entry.toStatus ?? '-'}
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {entry.briefId ? (
                        <a href={`/review/${encodeURIComponent(entry.briefId)}`}>{entry.briefId}</a>
                      ) : (
                        '-'
                      )}
                    </td>
                    <td>{entry.actor}</td>
                    <td>{entry.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {props.olderHref ? (
          <p>
            <a href={props.olderHref}>Older entries →</a>
          </p>
        ) : null}
      </div>
    </ReviewLayout>
  );
}
