import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { MessagePage } from '../review/views/review-layout.tsx';
import { computeCsrfToken, csrfFieldName, isAllowedOrigin, verifyCsrfToken } from './csrf.ts';
import { type ReviewPageEnv, sessionCookieName } from './editor.ts';
import { fetchAccessKey } from './fetch-access-keys.ts';
import { verifySession } from './session.ts';
import { accessJwtHeader, verifyAccessJwt } from './verify-access-jwt.ts';

/**
 * Gate for every review page except sign-in. Finds the editor (signed session cookie whose editor_sessions row is
 * live, in token mode; in access
 * mode the Cloudflare Access JWT in `Cf-Access-Jwt-Assertion`, verified against the team's keys, whose `email`
 * claim names the editor) or refuses: GET -> 303 to /review/sign-in (token mode), otherwise 401.
 * Every POST must then come from an allowed Origin (403 otherwise) and carry the session's CSRF token
 * in the `_csrf` form field (403 otherwise). Time comes from the services clock.
 */
export const requireEditor: MiddlewareHandler<ReviewPageEnv> = async (c, next) => {
  const { services } = c.var;
  const auth = services.reviewAuth();
  const nonce = c.get('nonce');
  const nowMs = services.now().getTime();
  let identity: { sid: string; actor: string } | null = null;
  let refusal = '';
  if (auth.access) {
    const access = auth.access;
    const fetchFn = services.fetch;
    const result = await verifyAccessJwt({
      token: c.req.header(accessJwtHeader),
      access,
      nowMs,
      lookupKey: (kid) => fetchAccessKey({ teamDomain: access.teamDomain, kid, fetch: fetchFn, nowMs }),
    });
    if (result.ok) identity = { sid: `access:${result.email}`, actor: `editor:${result.email}` };
    else refusal = result.reason;
  } else {
    const session = await verifySession(getCookie(c, sessionCookieName), auth.sessionSecret, nowMs);
    // a signed, unexpired cookie is only a session while its row is live (sign-out revokes it server-side)
    if (session && (await services.store.sessions.isActive(session.sid, new Date(nowMs).toISOString())))
      identity = session;
  }
  if (!identity) {
    if (auth.mode === 'token' && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const next = new URL(c.req.url).pathname;
      return c.redirect(`/review/sign-in?next=${encodeURIComponent(next)}`, 303);
    }
    const message =
      auth.mode === 'access'
        ? `No valid Cloudflare Access identity on this request (${refusal}). The review pages must sit behind Cloudflare Access.`
        : 'Sign in first.';
    return c.html(<MessagePage title="Not signed in" message={message} nonce={nonce} />, 401);
  }
  const editor = { ...identity, csrfToken: await computeCsrfToken(identity.sid, auth.sessionSecret) };
  c.set('editor', editor);
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    if (!isAllowedOrigin(c.req.raw, auth.allowedOrigins(c.req.url))) {
      return c.html(
        <MessagePage title="Refused" message="Cross-origin request refused." nonce={nonce} editor={editor} />,
        403,
      );
    }
    const body = await c.req.parseBody();
    const token = typeof body[csrfFieldName] === 'string' ? body[csrfFieldName] : '';
    if (!(await verifyCsrfToken({ token, sid: identity.sid, secret: auth.sessionSecret }))) {
      return c.html(
        <MessagePage
          title="Refused"
          message="Missing or wrong form token (CSRF). Reload the page and try again."
          nonce={nonce}
          editor={editor}
        />,
        403,
      );
    }
  }
  await next();
};
