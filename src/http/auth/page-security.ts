import type { MiddlewareHandler } from 'hono';
import type { ReviewPageEnv } from './editor.ts';
import { createRandomId } from '../../lib/hmac.ts';

/**
 * Security headers for the review pages. A per-request nonce is the only way a script or style may run,
 * so even text that slipped through escaping could not execute. Pages are never cached or framed.
 */
export const pageSecurity: MiddlewareHandler<ReviewPageEnv> = async (c, next) => {
  const nonce = createRandomId(16);
  c.set('nonce', nonce);
  await next();
  // a sub-route that set its own policy (the email preview needs inline styles) keeps it
  if (!c.res.headers.has('Content-Security-Policy'))
    c.header(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self'; connect-src 'self'; ` +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
  c.header('Cache-Control', 'no-store');
};
