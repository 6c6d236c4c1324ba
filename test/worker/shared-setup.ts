// The setup the workerd tests share (the schema itself is migrated once per file by setup.ts): the mail env, a test
// clock, the bearer API and an editor session on the real app, a clean brief published through the review API, an app
// whose services send through a test provider, and cron fires through the Worker's scheduled handler with a
// send_email binding that records its recipients.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import type { EmailProvider } from '../../src/email/email-provider.ts';
import type { Env } from '../../src/env.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { handleError } from '../../src/http/error-handler.ts';
import { buildServices } from '../../src/services.ts';
import worker from '../../src/worker.ts';
import { emailVars } from './email-seed.ts';
import { apiHeaders, app, fetchReviewJson, seedBrief, signIn } from './review-helpers.ts';

/** The pool's env with the email settings (sender, link secret, base URL). */
export const mailEnv = { ...env, ...emailVars };

/** A test clock: `clockFrom(t0)(ms)` is a clock that always reads `ms` after `t0`. */
export const clockFrom = (t0: Date) => (ms: number) => () => new Date(t0.getTime() + ms);

/** A JSON POST to the bearer API of the real app (the pool's env unless given one). */
export const apiPost = (path: string, body: unknown, workerEnv: object = env) =>
  app.request(path, { method: 'POST', headers: apiHeaders, body: JSON.stringify(body) }, workerEnv);

/** An editor signed in through the real form with the test token: the session cookie and the page's CSRF token. */
export const editorSession = async (name = 'ana') =>
  (await signIn('test-editor-token', name)) as { cookie: string; csrf: string };

/**
 * A clean daily snapshot made by the pipeline, approved and published through the API (no subscriber, so no outbox
 * rows): its id, its review JSON, its title (the H1) and the Markdown below the title.
 */
export async function publishedBrief() {
  const { id } = await seedBrief({ contradict: false });
  const approved = await apiPost(`/api/review/${id}/approve`, {});
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${await approved.text()}`);
  const review = await fetchReviewJson(id);
  const title = /^# (.*)/.exec(review.markdown!)![1]!;
  const body = review.markdown!.replace(/^# .*\n+/, '');
  return { id, review, title, body };
}

/**
 * A Hono app of just `routes` (mounted at their keys) whose services send email through the provider and read the clock
 * that `options` answers at each request (so a test may swap its provider in a beforeEach).
 */
export function appSendingThrough(
  routes: Record<string, Hono<AppEnv>>,
  options: () => { emailProvider: EmailProvider; now: () => Date },
) {
  const routed = new Hono<AppEnv>();
  routed.onError(handleError);
  routed.use(async (c, next) => {
    c.set('services', buildServices(c.env, options()));
    await next();
  });
  for (const [path, mounted] of Object.entries(routes)) routed.route(path, mounted);
  return routed;
}

/** Stands in for the send_email binding: records every recipient, in order (empty `delivered` to start again). */
export function recordingBinding() {
  const delivered: string[] = [];
  const binding = {
    async send(message: EmailMessage) {
      delivered.push(message.to);
      return { messageId: `m-${delivered.length}` };
    },
  } as unknown as SendEmail;
  return { binding, delivered };
}

/** Fires `cron` through the Worker's scheduled handler and waits for its work (a failed fire rejects). */
export async function fireCron(cron: string, workerEnv: object, scheduledTime = Date.now()): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron, scheduledTime }), workerEnv as Env, ctx);
  await waitOnExecutionContext(ctx);
}
