// Subscribers over HTTP: double opt-in subscribe, confirm, and unsubscribe (page + RFC 8058 one-click POST).
import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { allSubscriptionStyles, parseStyleChoice } from '../../domain/subscription-styles.ts';
import { buildConfirmEmail } from '../../email/build-confirm-email.ts';
import { EmailSendError } from '../../email/email-provider.ts';
import { normalizeAddressKey } from '../../email/normalize-address.ts';
import { verifyLinkToken, type LinkPurpose } from '../../email/sign-link.ts';
import { BadRequestError, UpstreamError, formatZodIssues } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { capBody } from '../body-cap.ts';
import { rateLimit, TooManyRequestsError } from '../rate-limit/rate-limit-middleware.ts';
import { manageRoutes } from './manage-routes.ts';
import { readSubscribeForm, type SubscribeBody } from './read-subscribe-form.ts';
import { signupRoutes } from './signup-routes.ts';
import { subscribePageSecurity } from './subscribe-security.ts';
import { renderSubscribePage } from './subscribe-pages.ts';

export const subscribeInputSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: 'not a valid email address' })),
});

/**
 * At most one confirmation email per recipient per hour (repeated POSTs cannot mail-bomb an address); the recipient is
 * the normalized address (normalizeAddressKey: `name+1@` and `name@` are one), and CONFIRM_EMAILS_PER_HOUR caps them all.
 */
export const CONFIRM_RESEND_INTERVAL_MS = 60 * 60 * 1000;

/** A browser form post (answered with pages) rather than an API call (answered with JSON). */
function isFormPost(c: Context): boolean {
  const type = c.req.header('content-type') ?? '';
  return type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
}

/** 429 as a page for form posts (Retry-After is already set). */
function renderTooMany(c: Context, retryAfterSeconds: number) {
  return c.html(
    renderSubscribePage({
      title: 'Please try again later',
      message: `Too many sign-ups right now. Try again in ${Math.ceil(retryAfterSeconds / 60)} min.`,
    }),
    429,
  );
}

async function readEmailInput(c: Context): Promise<SubscribeBody> {
  if (isFormPost(c)) {
    return { ...readSubscribeForm(await c.req.parseBody({ all: true })), wantsHtml: true };
  }
  try {
    const body = (await c.req.json()) as { email?: unknown; styles?: unknown };
    return { email: body?.email, styles: body?.styles, wantsHtml: false };
  } catch (cause) {
    throw new BadRequestError('body: expected JSON {"email": "..."} or a form with an email field', { cause });
  }
}

/**
 * `POST /api/subscribe` (JSON `{email, styles?}` or a form with `email` and `styles` checkboxes): 400 on a bad address
 * or an unknown/empty style choice (no `styles` at all means every style); otherwise 202 and, for a new,
 * pending or previously unsubscribed address, a pending row and a confirmation email with a signed link
 * (at most one per address per hour). While CONFIRM_EMAILS_PER_HOUR is reached, every address gets the same 429
 * (decided before the address is looked at) and nothing is stored.
 * The answer is the same whether or not the address is already subscribed (no address probing).
 * `GET /subscribe/confirm?token=`: confirms. `GET /unsubscribe?token=`: a page with a button (link
 * scanners issue GETs, so GET changes nothing). `POST /unsubscribe?token=`: RFC 8058 one-click, at once.
 * Forged, expired or wrong-purpose tokens are refused with 400.
 */
export function createSubscribeRoutes() {
  const routes = new Hono<AppEnv>();
  // before the routes, so every page of theirs (and an error answer) gets the headers
  for (const path of ['/subscribe', '/subscribe/*', '/unsubscribe', '/api/subscribe'])
    routes.use(path, subscribePageSecurity);
  routes.route('/', signupRoutes); // GET /subscribe
  routes.route('/', manageRoutes); // GET+POST /subscribe/manage

  const limitSubscribe = rateLimit<AppEnv>('subscribe', {
    render: (c, seconds) => (isFormPost(c) ? renderTooMany(c, seconds) : null),
  });

  routes.post('/api/subscribe', limitSubscribe, capBody(), async (c) => {
    const input = await readEmailInput(c);
    const parsed = subscribeInputSchema.safeParse({ email: input.email });
    const styles = input.styles === undefined ? null : parseStyleChoice(input.styles);
    if (styles && !styles.ok) {
      if (input.wantsHtml)
        return c.html(
          renderSubscribePage({
            title: 'Choose at least one brief',
            message: 'Please go back and tick the briefs you want: daily snapshot, sector recap or weekly update.',
          }),
          400,
        );
      throw new BadRequestError(`invalid body: ${styles.problem}`);
    }
    if (!parsed.success) {
      if (input.wantsHtml)
        return c.html(
          renderSubscribePage({
            title: 'That address does not look right',
            message: 'Please go back and check the email address.',
          }),
          400,
        );
      throw new BadRequestError(`invalid body: ${formatZodIssues(parsed.error)}`, { cause: parsed.error });
    }
    const { email } = c.var.services;
    const config = email.settings();
    const at = c.var.services.now();
    const store = c.var.services.store.subscribers;
    const limits = {
      at,
      minIntervalMs: CONFIRM_RESEND_INTERVAL_MS,
      capPerInterval: c.var.services.config.CONFIRM_EMAILS_PER_HOUR,
    };
    const tooMany = (retryAt: string) => {
      const seconds = Math.max(1, Math.ceil((Date.parse(retryAt) - at.getTime()) / 1000));
      c.header('Retry-After', String(seconds));
      if (input.wantsHtml) return renderTooMany(c, seconds);
      throw new TooManyRequestsError(
        `too many confirmation emails right now: try again in ${Math.ceil(seconds / 60)} min`,
        seconds,
      );
    };
    // The global cap is decided before the address is read or written: while it holds, every address (new, pending,
    // confirmed, unsubscribed) gets the same 429 and nothing is stored, so the answer never tells who is subscribed.
    const cap = await store.confirmSendCap(limits);
    if (cap.capped) return tooMany(cap.retryAt);
    const addressKey = normalizeAddressKey(parsed.data.email);
    const { subscriber } = await store.upsertPending({
      id: `sub_${crypto.randomUUID()}`,
      email: parsed.data.email,
      addressKey,
      at: at.toISOString(),
      styles: styles?.styles ?? allSubscriptionStyles,
    });
    const claim =
      subscriber.status === 'pending'
        ? await store.claimConfirmSend({ id: subscriber.id, addressKey, ...limits })
        : null;
    // Only when the cap filled between the check above and this claim (concurrent sign-ups): the pending row waits.
    if (claim?.outcome === 'capped') return tooMany(claim.retryAt);
    if (claim?.outcome === 'sent') {
      const message = await buildConfirmEmail({ subscriber, settings: config, now: at });
      try {
        await email.provider().send(message);
      } catch (error) {
        await store.releaseConfirmSend(subscriber.id);
        if (error instanceof EmailSendError)
          throw new UpstreamError(`could not send the confirmation email, please try again later`, { cause: error });
        throw error;
      }
    }
    if (input.wantsHtml)
      return c.html(
        renderSubscribePage({
          title: 'Check your inbox',
          message:
            'If the address can receive the brief, a confirmation link is on its way. The subscription starts when you click it.',
        }),
        202,
      );
    return c.json({ ok: true, status: 'pending_confirmation' }, 202);
  });

  async function verify(c: Context, purpose: LinkPurpose): Promise<string | null> {
    const token = c.req.query('token') ?? '';
    const { email, now } = c.var.services;
    const verified = token
      ? await verifyLinkToken({ secret: email.settings().linkSecret, purpose, token, now: now() })
      : null;
    return verified?.subscriberId ?? null;
  }
  const refused = (c: Context) =>
    c.html(
      renderSubscribePage({
        title: 'This link is not valid',
        message: 'The link is broken, expired, or was not issued by groundbrief. Nothing was changed.',
      }),
      400,
    );

  routes.get('/subscribe/confirm', async (c) => {
    const subscriberId = await verify(c, 'confirm');
    if (!subscriberId) return refused(c);
    const { store, now } = c.var.services;
    const subscriber = await store.subscribers.confirm(subscriberId, now().toISOString());
    if (!subscriber) return refused(c);
    if (subscriber.status !== 'confirmed')
      return c.html(
        renderSubscribePage({
          title: 'Not subscribed',
          message: 'This address unsubscribed after the link was sent. Subscribe again to get the brief.',
        }),
        409,
      );
    return c.html(
      renderSubscribePage({
        title: 'You are subscribed',
        message: 'The morning brief will arrive in your inbox. Every email has a one-click unsubscribe link.',
      }),
    );
  });

  routes.get('/unsubscribe', async (c) => {
    const subscriberId = await verify(c, 'unsubscribe');
    if (!subscriberId) return refused(c);
    const action = `/unsubscribe?token=${encodeURIComponent(c.req.query('token') ?? '')}`;
    return c.html(
      renderSubscribePage({
        title: 'Unsubscribe from groundbrief',
        message: 'Press the button to stop the morning brief. It takes effect at once.',
        form: { action, button: 'Unsubscribe' },
      }),
    );
  });

  routes.post('/unsubscribe', capBody(), async (c) => {
    const subscriberId = await verify(c, 'unsubscribe');
    if (!subscriberId) return refused(c);
    const { store, now } = c.var.services;
    const subscriber = await store.subscribers.unsubscribe(subscriberId, now().toISOString());
    if (!subscriber) return refused(c);
    return c.html(
      renderSubscribePage({ title: 'You are unsubscribed', message: 'You will get no more emails from groundbrief.' }),
    );
  });

  return routes;
}

/** The sub-app the Worker mounts at `/`: `app.route('/', subscribeRoutes)`. */
export const subscribeRoutes = createSubscribeRoutes();
