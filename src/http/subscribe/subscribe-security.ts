// Security headers of the reader's pages (signup, confirm, manage, unsubscribe): they carry signed tokens in the URL.
import type { MiddlewareHandler } from 'hono';

/**
 * The subscribe pages' policy: no script at all, only their own inline style, forms post to this origin, never framed
 * (a framed unsubscribe or manage button could be clickjacked).
 */
export const subscribeContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Sets, on every answer of the subscribe routes (errors included): the CSP above, `Cache-Control: no-store` (a manage
 * page shows the address and its choice; no shared cache may keep it), `Referrer-Policy: no-referrer` (the URL holds a
 * signed manage/unsubscribe token that must not leak to another site), `X-Frame-Options: DENY` and `nosniff`.
 * A route that set its own policy keeps it. Unlike the review pages' `pageSecurity`, no nonce: these pages have no script
 * and their style block is static.
 */
export const subscribePageSecurity: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('Content-Security-Policy'))
    c.header('Content-Security-Policy', subscribeContentSecurityPolicy);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('X-Content-Type-Options', 'nosniff');
};
