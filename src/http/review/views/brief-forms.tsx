import type { StoredBrief } from '../../../store/index.ts';
import { csrfFieldName } from '../../auth/csrf.ts';
import { MarkdownEditor } from './markdown-editor.tsx';

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
        <MarkdownEditor draft={props.draft} previewUrl={`/review/${encodeURIComponent(props.brief.id)}/preview`} />
        <button class="primary" type="submit">
          Save and re-check
        </button>
      </form>
    </section>
  );
}

/** Approve (override + reason only when checks fail), reject (reason required), regenerate. */
export function DecisionForms(props: { brief: StoredBrief; csrfToken: string; recipients: number }) {
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
        {props.recipients > 0 ? (
          <label class="check confirm-send">
            <input type="checkbox" name="confirmSend" value={String(props.recipients)} required /> Publish it and email
            it to {props.recipients} confirmed subscriber{props.recipients === 1 ? '' : 's'} now
          </label>
        ) : (
          <p class="meta">No confirmed subscribers yet: publishing sends no email.</p>
        )}
        <button class="primary" type="submit">
          {props.recipients > 0
            ? `Approve and publish to ${props.recipients} subscriber${props.recipients === 1 ? '' : 's'}`
            : 'Approve and publish'}
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

/** "Send a test email to me": the brief's email to the signed-in editor's own address (when the name is one). */
export function TestEmailForm(props: { brief: StoredBrief; csrfToken: string; address: string | null }) {
  return (
    <section class="card" aria-labelledby="test-email-heading">
      <h2 id="test-email-heading">Email</h2>
      <p class="meta">
        <a href={`/review/${encodeURIComponent(props.brief.id)}/email`}>Preview the email</a> as subscribers get it.
      </p>
      {props.address ? (
        <form method="post" action={`/review/${encodeURIComponent(props.brief.id)}/test-email`}>
          <CsrfField token={props.csrfToken} />
          <button class="secondary" type="submit">
            Send a test email to me ({props.address})
          </button>
        </form>
      ) : (
        <p class="meta">Sign in with your email address as your name to send yourself a test email.</p>
      )}
    </section>
  );
}
