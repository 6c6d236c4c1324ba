import type { StoredBrief } from '../../../store/index.ts';
import { csrfFieldName } from '../../auth/csrf.ts';

function CsrfField(props: { token: string }) {
  return <input type="hidden" name={csrfFieldName} value={props.token} />;
}

/** The version this page showed: the server refuses (409) an edit or decision when the brief changed since. */
function BaseVersionField(props: { brief: StoredBrief }) {
  return <input type="hidden" name="baseVersion" value={String(props.brief.version)} />;
}

/** Title + Markdown body editor; saving re-checks the text and keeps a new version. */
export function EditForm(props: { brief: StoredBrief; draft: { title: string; body: string }; csrfToken: string }) {
  const action = `/review/${encodeURIComponent(props.brief.id)}/edit`;
  return (
    <section class="card" aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit</h2>
      <form method="post" action={action}>
        <CsrfField token={props.csrfToken} />
        <BaseVersionField brief={props.brief} />
        <label for="edit-title">Title</label>
        <input type="text" id="edit-title" name="title" value={props.draft.title} required />
        <label for="edit-body">Markdown</label>
        <textarea id="edit-body" name="markdown" rows={18} required>
          {props.draft.body}
        </textarea>
        <button class="primary" type="submit">
          Save and re-check
        </button>
      </form>
    </section>
  );
}

/** Approve (override + reason only when checks fail), reject (reason required), regenerate. */
export function DecisionForms(props: { brief: StoredBrief; csrfToken: string }) {
  const { brief } = props;
  const base = `/review/${encodeURIComponent(brief.id)}`;
  const failing = brief.report.counts.contradicted + brief.report.counts.unsupported;
  return (
    <section class="card" aria-labelledby="decide-heading">
      <h2 id="decide-heading">Decide</h2>
      <form method="post" action={`${base}/approve`}>
        <CsrfField token={props.csrfToken} />
        <BaseVersionField brief={brief} />
        {failing > 0 ? (
          <>
            <p class="meta">
              {failing} claim(s) are contradicted or unsupported. Fix them above, or publish anyway with a reason.
            </p>
            <label class="check">
              <input type="checkbox" name="override" value="1" /> Override the checker
            </label>
            <label for="approve-reason">Reason for the override</label>
            <textarea id="approve-reason" name="reason" rows={2}></textarea>
          </>
        ) : (
          <p class="meta">Every number checks out.</p>
        )}
        <button class="primary" type="submit">
          Approve and publish
        </button>
      </form>
      <form method="post" action={`${base}/reject`}>
        <CsrfField token={props.csrfToken} />
        <BaseVersionField brief={brief} />
        <label for="reject-reason">Reason for rejecting</label>
        <textarea id="reject-reason" name="reason" rows={2} required></textarea>
        <button class="danger" type="submit">
          Reject
        </button>
      </form>
      <form method="post" action={`${base}/regenerate`}>
        <CsrfField token={props.csrfToken} />
        <button class="secondary" type="submit">
          Regenerate from the recorded inputs
        </button>
      </form>
    </section>
  );
}
