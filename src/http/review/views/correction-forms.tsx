import type { StoredBrief } from '../../../store/index.ts';
import { csrfFieldName } from '../../auth/csrf.ts';
import { MarkdownEditor } from './markdown-editor.tsx';

type FormProps = { brief: StoredBrief; csrfToken: string };

function HiddenFields(props: FormProps) {
  return (
    <>
      <input type="hidden" name={csrfFieldName} value={props.csrfToken} />
      <input type="hidden" name="baseVersion" value={String(props.brief.version)} />
    </>
  );
}

/**
 * The correction editor of a published brief: the new text is re-checked and published at once with the note
 * (refused when any number fails the checker); optionally a short correction email to subscribers.
 */
export function CorrectionForm(props: FormProps & { draft: { title: string; body: string; note?: string } }) {
  const action = `/review/${encodeURIComponent(props.brief.id)}/correct`;
  return (
    <section class="card" aria-labelledby="correct-heading">
      <h2 id="correct-heading">Publish a correction</h2>
      <p class="meta">
        The corrected text is checked again; it is published only if every number checks out. Readers see the note and
        its date on the page, and the feeds mark the item as updated.
      </p>
      <form method="post" action={action}>
        <HiddenFields {...props} />
        <MarkdownEditor draft={props.draft} previewUrl={`/review/${encodeURIComponent(props.brief.id)}/preview`} />
        <label for="correction-note">Correction note (shown to readers)</label>
        <textarea id="correction-note" name="note" rows={2} required>
          {props.draft.note ?? ''}
        </textarea>
        <label class="check">
          <input type="checkbox" name="notify" value="1" /> Email a short correction notice to the readers this brief
          was emailed to
        </label>
        <button class="primary" type="submit">
          Publish correction
        </button>
      </form>
    </section>
  );
}

/** Withdraw (unpublish) with a reason shown on the page. */
export function WithdrawForm(props: FormProps) {
  const action = `/review/${encodeURIComponent(props.brief.id)}/withdraw`;
  return (
    <section class="card" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">Withdraw</h2>
      <form method="post" action={action}>
        <HiddenFields {...props} />
        <label for="withdraw-reason">Reason (shown on the page)</label>
        <textarea id="withdraw-reason" name="reason" rows={2} required></textarea>
        <button class="danger" type="submit">
          Withdraw this brief
        </button>
      </form>
    </section>
  );
}
