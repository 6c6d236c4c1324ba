// The editor's decision on an email whose outcome is unknown (docs/abuse.md), mounted under /review behind the gate.
import { Hono } from 'hono';
import * as z from 'zod';
import type { ReviewPageEnv } from '../auth/editor.ts';
import { MessagePage } from './views/review-layout.tsx';

const decisionSchema = z.object({
  brief: z.string().min(1).max(200),
  subscriber: z.string().min(1).max(200),
  /** 0 (or absent): the edition email; N: the email of the correction that published version N. */
  correction: z.coerce.number().int().min(0).max(1_000_000).default(0),
  decision: z.enum(['resend', 'delivered']),
});

/**
 * `POST /review/email-unknown` (form: `brief`, `subscriber`, `correction` (0: the edition email), `decision` = resend | delivered, `_csrf`): queues the
 * email again or records it as delivered, audited under the editor's name; 303 back to the queue. 400 on a malformed
 * form, 409 when the row is not (or no longer) unknown.
 */
export const unknownEmailRoutes = new Hono<ReviewPageEnv>().post('/email-unknown', async (c) => {
  const nonce = c.get('nonce');
  const editor = c.get('editor');
  const parsed = decisionSchema.safeParse(await c.req.parseBody());
  if (!parsed.success)
    return c.html(
      <MessagePage title="Bad request" message="That form was incomplete." nonce={nonce} editor={editor} />,
      400,
    );
  const done = await c.var.services.store.outbox.resolveUnknown({
    briefId: parsed.data.brief,
    subscriberId: parsed.data.subscriber,
    correctionVersion: parsed.data.correction,
    decision: parsed.data.decision,
    actor: editor.actor,
    at: c.var.services.now().toISOString(),
  });
  if (!done)
    return c.html(
      <MessagePage
        title="Already settled"
        message="That email no longer has an unknown outcome (another editor or a retry settled it)."
        nonce={nonce}
        editor={editor}
      />,
      409,
    );
  return c.redirect('/review', 303);
});
