import type { Editor } from '../../auth/editor.ts';
import type { StoredBrief, UnknownEmail } from '../../../store/index.ts';
import { formatAge } from './format-age.ts';
import { ReviewLayout } from './review-layout.tsx';
import { UnknownEmailsCard } from './unknown-emails-card.tsx';
import { UtcTime } from './utc-time.tsx';

/** Which list the desk shows: the queue (needs_review + draft) or every brief of one decided status. */
export type DeskView = 'queue' | 'published' | 'rejected' | 'withdrawn';

const viewText: Record<DeskView, { title: string; intro: string; empty: string }> = {
  queue: {
    title: 'Review queue',
    intro:
      'Briefs waiting for an editor: those that need review first, then drafts. Red and amber counts are numbers the checker could not confirm.',
    empty: 'Nothing is waiting. New briefs appear here when the checker flags them or publishing is manual.',
  },
  published: {
    title: 'Published briefs',
    intro: 'Everything readers can see, newest edition first. Open one to publish a correction or withdraw it.',
    empty: 'Nothing has been published yet.',
  },
  rejected: {
    title: 'Rejected briefs',
    intro: 'Briefs an editor rejected, with their reasons in the history.',
    empty: 'Nothing was rejected.',
  },
  withdrawn: {
    title: 'Withdrawn briefs',
    intro: 'Briefs taken down after publication; their pages show the withdrawal notice.',
    empty: 'Nothing was withdrawn.',
  },
};

/**
 * GET /review (the queue) and /review?status=published|rejected|withdrawn, with any emails whose outcome is unknown
 * above the list. `nowMs` dates the ages.
 */
export function QueuePage(props: {
  briefs: StoredBrief[];
  view?: DeskView;
  nowMs: number;
  nonce: string;
  editor: Editor;
  unknownEmails?: { count: number; items: UnknownEmail[] };
}) {
  const view = props.view ?? 'queue';
  const text = viewText[view];
  return (
    <ReviewLayout title={text.title} nonce={props.nonce} editor={props.editor}>
      <h1>{text.title}</h1>
      <p class="meta">{text.intro}</p>
      {props.unknownEmails ? <UnknownEmailsCard {...props.unknownEmails} csrfToken={props.editor.csrfToken} /> : null}
      <div class="card">
        {props.briefs.length === 0 ? (
          <p>{text.empty}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>Brief</th>
                  <th>Edition</th>
                  <th>Status</th>
                  <th class="num">Contradicted</th>
                  <th class="num">Unsupported</th>
                  <th class="num">{view === 'queue' ? 'Age' : 'Last change'}</th>
                </tr>
              </thead>
              <tbody>
                {props.briefs.map((brief) => (
                  <tr>
                    <td>
                      <a href={`/review/${encodeURIComponent(brief.id)}`}>{brief.title}</a>
                      <div class="meta">
                        {brief.style} · v{brief.version} · {brief.writer.kind} writer
                        {brief.status === 'published' || brief.status === 'withdrawn' ? (
                          <>
                            {' · '}
                            <a href={`/briefs/${encodeURIComponent(brief.id)}`}>public page</a>
                          </>
                        ) : null}
                      </div>
                    </td>
                    <td class="nowrap">{brief.editionDate}</td>
                    <td class="nowrap">
                      <span class={`badge ${brief.status}`}>{brief.status.replace('_', ' ')}</span>
                    </td>
                    <td class={`num ${brief.report.counts.contradicted ? 'count-bad' : 'zero'}`}>
                      {brief.report.counts.contradicted}
                    </td>
                    <td class={`num ${brief.report.counts.unsupported ? 'count-warn' : 'zero'}`}>
                      {brief.report.counts.unsupported}
                    </td>
                    <td class="num nowrap">
                      {view === 'queue' ? formatAge(brief.createdAt, props.nowMs) : <UtcTime iso={brief.updatedAt} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </ReviewLayout>
  );
}
