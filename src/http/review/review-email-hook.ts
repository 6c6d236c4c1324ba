import type { Context } from 'hono';
import { enqueueBriefEmail } from '../../email/deliver.ts';
import { dispatchBriefEmail } from '../../email/email-runtime.ts';
import type { AppEnv } from '../app-env.ts';

/**
 * What approve calls once a brief is published: the outbox rows are written before the response (so the email is
 * queued for sure), then the first batch is sent in the background when the runtime gives an execution context
 * (otherwise the cron sweep sends it). Send problems are logged, never undo the approval.
 */
export function buildEmailHook<E extends AppEnv>(c: Context<E>): (briefId: string) => Promise<unknown> {
  return async (briefId) => {
    await enqueueBriefEmail(c.var.services.store.db, briefId, { now: c.var.services.now() });
    let context: ExecutionContext | undefined;
    try {
      context = c.executionCtx as ExecutionContext;
    } catch {
      context = undefined; // app.request() in tests: no execution context; the sweep sends
    }
    context?.waitUntil(
      dispatchBriefEmail(c.env, briefId).catch((error: unknown) =>
        console.error(`[review] email for ${briefId} failed`, error),
      ),
    );
  };
}
