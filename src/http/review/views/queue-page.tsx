import type { Editor } from '../../auth/editor.ts';
import type { StoredBrief } from '../../../store/index.ts';
import { formatAge } from './format-age.ts';
import { ReviewLayout } from './review-layout.tsx';

/** GET /review: briefs waiting for a decision (needs_review first, then drafts). `nowMs` dates the ages. */
export function QueuePage(props: { briefs: StoredBrief[]; nowMs: number; nonce: string; editor: Editor }) {
  return (
    <ReviewLayout title="Review queue" nonce={props.nonce} editor={props.editor}>
      <h1>Review queue</h1>
      <p class="meta">
        Briefs waiting for an editor: those that need review first, then drafts. Red and amber counts are numbers the
        checker could not confirm.
      </p>
      <div class="card">
        {props.briefs.length === 0 ? (
          <p>Nothing is waiting. New briefs appear here when the checker flags them or publishing is manual.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Brief</th>
                <th>Edition</th>
                <th>Style</th>
                <th>Status</th>
                <th class="num">Contradicted</th>
                <th class="num">Unsupported</th>
                <th class="num">Age</th>
              </tr>
            </thead>
            <tbody>
              {props.briefs.map((brief) => (
                <tr>
                  <td>
                    <a href={`/review/${encodeURIComponent(brief.id)}`}>{brief.title}</a>
                    <div class="meta">
                      v{brief.version} · {brief.writer.kind} writer
                    </div>
                  </td>
                  <td class="nowrap">{brief.editionDate}</td>
                  <td class="nowrap">{brief.style}</td>
                  <td class="nowrap">
                    <span class={`badge ${brief.status}`}>{brief.status.replace('_', ' ')}</span>
                  </td>
                  <td class={`num ${brief.report.counts.contradicted ? 'count-bad' : 'zero'}`}>
                    {brief.report.counts.contradicted}
                  </td>
                  <td class={`num ${brief.report.counts.unsupported ? 'count-warn' : 'zero'}`}>
                    {brief.report.counts.unsupported}
                  </td>
                  <td class="num nowrap">{formatAge(brief.createdAt, props.nowMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </ReviewLayout>
  );
}
