import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { readEditorToken } from './auth-config.ts';
import { csrfFieldName, isAllowedOrigin } from './csrf.ts';
import { buildEditorActor, loginCookieName, type ReviewPageEnv, sessionCookieName } from './editor.ts';
import { computeHmac, createRandomId, encodeBase64Url } from '../../lib/hmac.ts';
import { sessionLifetimeSeconds, signSession } from './session.ts';
import { SignInPage } from './sign-in-page.tsx';
import { verifySecret } from './verify-secret.ts';
import { MessagePage } from '../review/views/review-layout.tsx';
import { capBody } from '../body-cap.ts';
import { rateLimit } from '../rate-limit/rate-limit-middleware.ts';

const cookieBase = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' } as const;

/** Only same-site /review paths are followed after sign-in (no open redirect). */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/review(\/[A-Za-z0-9._~%-]*)*$/.test(next) ? next : '/review';
}

async function computeLoginFormToken(secret: string, nonce: string): Promise<string> {
  return encodeBase64Url(await computeHmac(secret, `login:${nonce}`));
}

/**
 * GET/POST /sign-in (token mode) and POST /sign-out, mounted under /review before the editor gate.
 * The sign-in form carries a login-CSRF token bound to a short-lived nonce cookie; the token itself is
 * compared in constant time (verifySecret). A sign-in stores its session in D1 (editor_sessions: sign-out revokes it)
 * and is audited; failed sign-ins are counted per hour, with one audit row for the hour's first (no row per attempt).
 * Attempts are rate-limited per client (`signIn`) and the form body is capped at 8 KiB.
 */
export const signInRoutes = new Hono<ReviewPageEnv>();

signInRoutes.get('/sign-in', async (c) => {
  const auth = c.var.services.reviewAuth();
  if (auth.mode === 'access') return c.redirect('/review', 303);
  const nonce = createRandomId();
  setCookie(c, loginCookieName, nonce, { ...cookieBase, maxAge: 15 * 60 });
  const formToken = await computeLoginFormToken(auth.sessionSecret, nonce);
  return c.html(<SignInPage nonce={c.get('nonce')} formToken={formToken} next={safeNext(c.req.query('next'))} />);
});

/** Sign-in attempts per client are limited before the token is looked at; the refusal is a page. */
const limitSignIn = rateLimit<ReviewPageEnv>('signIn', {
  render: (c, seconds) =>
    c.html(
      <MessagePage
        title="Too many attempts"
        message={`Too many sign-in attempts from this address. Try again in ${seconds} s.`}
        nonce={c.get('nonce')}
      />,
      429,
    ),
});

signInRoutes.post('/sign-in', limitSignIn, capBody(), async (c) => {
  const auth = c.var.services.reviewAuth();
  const pageNonce = c.get('nonce');
  if (auth.mode === 'access') return c.redirect('/review', 303);
  const expectedToken = readEditorToken(c.var.services.config);
  if (!isAllowedOrigin(c.req.raw, auth.allowedOrigins(c.req.url))) {
    return c.html(<MessagePage title="Refused" message="Cross-origin request refused." nonce={pageNonce} />, 403);
  }
  const body = await c.req.parseBody();
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const loginNonce = getCookie(c, loginCookieName) ?? '';
  const formOk = await verifySecret({
    presented: field(csrfFieldName),
    expected: loginNonce ? await computeLoginFormToken(auth.sessionSecret, loginNonce) : '',
  });
  if (!formOk) {
    return c.html(
      <MessagePage
        title="Refused"
        message="The sign-in form expired or was not ours. Open it again."
        nonce={pageNonce}
      />,
      403,
    );
  }
  const actor = buildEditorActor(field('name'));
  const { audit } = c.var.services.store;
  const now = c.var.services.now();
  const at = now.toISOString();
  if (!(await verifySecret({ presented: field('token'), expected: expectedToken }))) {
    await c.var.services.store.sessions.recordSignInFailure({ at, reason: `as ${actor} (first failure this hour)` });
    const formToken = await computeLoginFormToken(auth.sessionSecret, loginNonce);
    return c.html(
      <SignInPage nonce={pageNonce} formToken={formToken} next={safeNext(field('next'))} error="Wrong token." />,
      401,
    );
  }
  const exp = Math.floor(now.getTime() / 1000) + sessionLifetimeSeconds;
  const sid = createRandomId();
  await c.var.services.store.sessions.create({
    sid,
    actor,
    createdAt: at,
    expiresAt: new Date(exp * 1000).toISOString(),
  });
  setCookie(c, sessionCookieName, await signSession({ sid, actor, exp }, auth.sessionSecret), {
    ...cookieBase,
    maxAge: sessionLifetimeSeconds,
  });
  deleteCookie(c, loginCookieName, cookieBase);
  await audit.append({ briefId: null, actor, action: 'signed_in', at });
  return c.redirect(safeNext(field('next')), 303);
});
