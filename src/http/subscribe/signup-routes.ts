// The public signup page: GET /subscribe, a plain form (no script) posted to /api/subscribe (double opt-in follows).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { renderSignupForm, renderSubscribePage } from './subscribe-pages.ts';

/** `GET /subscribe`: email and the style checkboxes (every style ticked); /api/subscribe answers with the result page. */
export const signupRoutes = new Hono<AppEnv>().get('/subscribe', (c) =>
  c.html(
    renderSubscribePage({
      title: 'Subscribe to groundbrief',
      message:
        'Fact-checked crypto market briefs by email: every number is checked against the day\u2019s data before anything is sent. Choose your briefs; we send a confirmation link first.',
      html: renderSignupForm({ action: '/api/subscribe' }),
    }),
  ),
);
