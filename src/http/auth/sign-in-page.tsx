import { csrfFieldName } from './csrf.ts';
import { ReviewLayout } from '../review/views/review-layout.tsx';

/** The token sign-in form. `next` is a /review path to return to; `error` a message for a failed attempt. */
export function SignInPage(props: { nonce: string; formToken: string; next: string; error?: string }) {
  return (
    <ReviewLayout title="Sign in" nonce={props.nonce}>
      <div class="card sign-in">
        <h1>Editor sign-in</h1>
        {props.error ? (
          <div class="notice error" role="alert">
            {props.error}
          </div>
        ) : null}
        <form method="post" action="/review/sign-in">
          <input type="hidden" name={csrfFieldName} value={props.formToken} />
          <input type="hidden" name="next" value={props.next} />
          <label for="name">Your name (for the audit log)</label>
          <input type="text" id="name" name="name" autocomplete="username" required maxlength={64} />
          <label for="token">Editor token</label>
          <input type="password" id="token" name="token" autocomplete="current-password" required />
          <button class="primary" type="submit">
            Sign in
          </button>
        </form>
      </div>
    </ReviewLayout>
  );
}
