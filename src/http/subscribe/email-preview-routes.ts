// Editor preview of the morning email: GET /review/:id/email (mounted behind the review helper's requireEditor).
import { Hono } from 'hono';
import { buildBriefEmail } from '../../email/build-brief-email.ts';
import { emailBriefFromStored } from '../../email/email-brief-from-stored.ts';
import { NotFoundError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';

/** The placeholder recipient of previews and of the offline `email` command. */
export const PREVIEW_RECIPIENT = { id: 'preview', email: 'reader@example.com' };

/**
 * `GET /:id/email` shows the email exactly as a subscriber would get it (any status, so editors can look
 * before approving), addressed to reader@example.com. `?format=text` gives the text part, `?format=eml`
 * the complete MIME message. The review sub-app mounts it after its editor gate.
 */
export const emailPreviewRoutes = new Hono<AppEnv>().get('/:id/email', async (c) => {
  const { store, email, now } = c.var.services;
  const id = c.req.param('id');
  const stored = await store.briefs.get(id);
  if (!stored) throw new NotFoundError(`no brief ${id}`);
  const snapshot = await store.snapshots.get(id);
  const message = await buildBriefEmail({
    brief: emailBriefFromStored(stored),
    sheet: snapshot?.sheet ?? null,
    snapshot: snapshot?.snapshot ?? null,
    subscriber: PREVIEW_RECIPIENT,
    settings: email.settings(),
    date: now(),
  });
  const format = c.req.query('format');
  if (format === 'text') return c.text(message.text);
  if (format === 'eml')
    return c.body(message.raw, 200, {
      'content-type': 'message/rfc822',
      'content-disposition': `inline; filename="${id}.eml"`,
    });
  // The email carries only inline styles and a <style> block: no script, no images, no forms.
  c.header(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  );
  return c.html(message.html);
});
