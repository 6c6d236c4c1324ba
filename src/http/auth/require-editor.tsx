import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { MessagePage } from '../review/views/review-layout.tsx';
import { readAuthConfig } from './auth-config.ts';
import { computeCsrfToken, csrfFieldName, isAllowedOrigin, verifyCsrfToken } from './csrf.ts';
import { type ReviewPageEnv, sessionCookieName } from './editor.ts';
import { verifySession } from './session.ts';

/** Header Cloudflare Access sets on requests it let through (trusted only in REVIEW_AUTH_MODE=access). */
export const accessEmailHeader = 'cf-access-authenticated-user-email';

/**
 * Gate for every review page except sign-in. Finds the editor (signed session cookie in token mode,
 * Access identity header in access mode) or refuses: GET -> 303 to /review/sign-in, other methods -> 401.
 * Every POST must then come from an allowed Origin (403 otherwise) and carry the session's CSRF token
 * in the `_csrf` form field (403 otherwise).
 */
export const requireEditor: MiddlewareHandler<ReviewPageEnv> = async (c, next) => {
  const auth = readAuthConfig(c.env);
  const nonce = c.get('nonce');
  let identity: { sid: string; actor: string } | null = null;
  if (auth.mode === 'access') {
    const email = c.req.header(accessEmailHeader)?.trim().toLowerCase();
    if (email) identity = { sid: `access:${email}`, actor: `editor:${email}` };
  } else {
    identity = await verifySession(getCookie(c, sessionCookieName), auth.sessionSecret, Date.now());
  }
  if (!identity) {
    if (auth.mode === 'token' && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const next = new URL(c.req.url).pathname;
      return c.redirect(`/review/sign-in?next=${encodeURIComponent(next)}`, 303);
    }
    const message =
      auth.mode === 'access'
        ? 'No Cloudflare Access identity on this request. The review pages must sit behind Cloudflare Access.'
        : 'Sign in first.';
    return c.html(<MessagePage title="Not signed in" message={message} nonce={nonce} />, 401);
  }
  const editor = { ...identity, csrfToken: await computeCsrfToken(identity.sid, auth.sessionSecret) };
  c.set('editor', editor);
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    if (!isAllowedOrigin(c.req.raw, auth.allowedOrigins(c.req.url))) {
      return c.html(<MessagePage title="Refused" message="Cross-origin request refused." nonce={nonce} editor={editor} />, 403);
    }
    const body = await c.req.parseBody();
    const token = typeof body[csrfFieldName] === 'string' ? body[csrfFieldName] : '';
    if (!(await verifyCsrfToken({ token, sid: identity.sid, secret: auth.sessionSecret }))) {
      return c.html(<MessagePage title="Refused" message="Missing or wrong form token (CSRF). Reload the page and try again." nonce={nonce} editor={editor} />, 403);
    }
  }
  await next();
};
