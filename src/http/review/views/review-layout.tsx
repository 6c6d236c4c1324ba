import type { Child } from 'hono/jsx';
import type { Editor } from '../../auth/editor.ts';
import { csrfFieldName } from '../../auth/csrf.ts';
import { HtmlDocument } from '../../views/html-document.tsx';
import { reviewStyles } from './review-styles.ts';

/**
 * The page frame of every review page (HtmlDocument, noindex). `nonce` must match
 * the response's Content-Security-Policy.
 */
export function ReviewLayout(props: { title: string; nonce: string; editor?: Editor; children?: Child }) {
  return (
    <HtmlDocument
      title={`${props.title} · groundbrief review`}
      styles={reviewStyles}
      robots="noindex"
      nonce={props.nonce}
    >
      <header class="top">
        <a href="/review">groundbrief review</a>
        {props.editor ? (
          <nav aria-label="Desk">
            <a href="/review">Queue</a>
            <a href="/review?status=published">Published</a>
            <a href="/review?status=rejected">Rejected</a>
            <a href="/review?status=withdrawn">Withdrawn</a>
            <a href="/review/audit">Audit log</a>
            <a href="/review/subscribers">Subscribers</a>
          </nav>
        ) : null}
        {props.editor ? (
          <span class="who">
            signed in as {props.editor.actor.replace(/^editor:/, '')}
            <form method="post" action="/review/sign-out">
              <input type="hidden" name={csrfFieldName} value={props.editor.csrfToken} />
              <button type="submit">Sign out</button>
            </form>
          </span>
        ) : null}
      </header>
      <main>{props.children}</main>
    </HtmlDocument>
  );
}

/** A whole page with one message (refusals, errors). */
export function MessagePage(props: { title: string; message: string; nonce: string; editor?: Editor }) {
  return (
    <ReviewLayout title={props.title} nonce={props.nonce} editor={props.editor}>
      <div class="card sign-in">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          <a href="/review">Back to the review queue</a>
        </p>
      </div>
    </ReviewLayout>
  );
}
