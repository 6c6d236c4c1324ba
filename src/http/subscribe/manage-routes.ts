// The subscriber's own page, reached from the signed manage link in every email: change styles, or unsubscribe.
import { Hono, type Context } from 'hono';
import { parseStyleChoice, styleLabel } from '../../domain/subscription-styles.ts';
import { buildUnsubscribeUrl } from '../../email/build-brief-email.ts';
import { verifyLinkToken } from '../../email/sign-link.ts';
import type { Subscriber } from '../../store/index.ts';
import type { AppEnv } from '../app-env.ts';
import { capBody } from '../body-cap.ts';
import { readSubscribeForm } from './read-subscribe-form.ts';
import { renderManageForms, renderSubscribePage } from './subscribe-pages.ts';

/** The subscriber a `manage` token names (null: forged, malformed, wrong purpose, or no such row). */
async function subscriberOf(c: Context<AppEnv>): Promise<Subscriber | null> {
  const token = c.req.query('token') ?? '';
  const { email, now, store } = c.var.services;
  const verified = token
    ? await verifyLinkToken({ secret: email.settings().linkSecret, purpose: 'manage', token, now: now() })
    : null;
  return verified ? store.subscribers.get(verified.subscriberId) : null;
}

const refused = (c: Context<AppEnv>) =>
  c.html(
    renderSubscribePage({
      title: 'This link is not valid',
      message: 'The link is broken or was not issued by groundbrief. Nothing was changed.',
    }),
    400,
  );

async function renderManage(
  c: Context<AppEnv>,
  subscriber: Subscriber,
  notice?: { kind: 'ok' | 'error'; text: string },
  status: 200 | 400 = 200,
) {
  if (subscriber.status === 'unsubscribed')
    return c.html(
      renderSubscribePage({
        title: 'You are unsubscribed',
        message: 'This address gets no emails from groundbrief. To get the briefs again, subscribe at /subscribe.',
      }),
      status,
    );
  const unsubscribeUrl = await buildUnsubscribeUrl(c.var.services.email.settings(), subscriber.id);
  return c.html(
    renderSubscribePage({
      title: 'Your groundbrief subscription',
      message: `Choose the briefs ${subscriber.email} gets. Each chosen brief is its own email on the days it is published.`,
      html: renderManageForms({
        action: `/subscribe/manage?token=${encodeURIComponent(c.req.query('token') ?? '')}`,
        unsubscribeAction: new URL(unsubscribeUrl).pathname + new URL(unsubscribeUrl).search,
        checked: subscriber.styles,
        ...(notice ? { notice } : {}),
      }),
    }),
    status,
  );
}

/**
 * `GET /subscribe/manage?token=`: the subscriber's styles as a form (link scanners issue GETs, so GET changes nothing).
 * `POST /subscribe/manage?token=` (form `styles`, `styles_shown`): saves the choice (at least one; none is refused
 * with 400 and the form again). The token is the `manage` link of the subscriber's emails; a bad one answers 400.
 */
export const manageRoutes = new Hono<AppEnv>()
  .get('/subscribe/manage', async (c) => {
    const subscriber = await subscriberOf(c);
    return subscriber ? renderManage(c, subscriber) : refused(c);
  })
  .post('/subscribe/manage', capBody(), async (c) => {
    const subscriber = await subscriberOf(c);
    if (!subscriber) return refused(c);
    if (subscriber.status === 'unsubscribed') return renderManage(c, subscriber, undefined, 400);
    const form = readSubscribeForm(await c.req.parseBody({ all: true }));
    const choice = parseStyleChoice(form.styles ?? []);
    if (!choice.ok)
      return renderManage(
        c,
        subscriber,
        { kind: 'error', text: 'Choose at least one brief, or unsubscribe below. Nothing was changed.' },
        400,
      );
    const saved = (await c.var.services.store.subscribers.setStyles(subscriber.id, choice.styles)) ?? subscriber;
    return renderManage(c, saved, { kind: 'ok', text: `Saved. You get: ${saved.styles.map(styleLabel).join(', ')}.` });
  });
