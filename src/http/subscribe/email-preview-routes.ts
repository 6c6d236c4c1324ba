// Editor preview of the morning email: GET /review/:id/email (mounted behind the review helper's requireEditor).
import { Hono, type Env as HonoEnv } from 'hono';
import { buildBriefEmail } from '../../email/build-brief-email.ts';
import { parseEmailConfig, type EmailEnv } from '../../email/email-config.ts';
import { NotFoundError } from '../../errors.ts';
import { createBriefRepository } from '../../store/brief-repository.ts';
import { createSnapshotRepository } from '../../store/snapshot-repository.ts';

/** The placeholder recipient of previews and of the offline `email` command. */
export const PREVIEW_RECIPIENT = { id: 'preview', email: 'reader@example.com' };

/**
 * `GET /:id/email` shows the email exactly as a subscriber would get it (any status, so editors can look
 * before approving), addressed to reader@example.com. `?format=text` gives the text part, `?format=eml`
 * the complete MIME message. Generic over the Hono env so the review sub-app can mount it after its auth.
 */
export function createEmailPreviewRoutes<E extends HonoEnv = HonoEnv>(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const routes = new Hono<E>();
  routes.get('/:id/email', async (c) => {
    const env = c.env as EmailEnv;
    const id = c.req.param('id');
    const stored = await createBriefRepository(env.DB).get(id);
    if (!stored) throw new NotFoundError(`no brief ${id}`);
    const snapshot = await createSnapshotRepository(env.DB).get(id);
    const settings = parseEmailConfig(env, { checkProvider: false });
    const message = await buildBriefEmail({
      brief: {
        id: stored.id,
        title: stored.title,
        dek: stored.dek,
        markdown: stored.markdown,
        editionDate: stored.editionDate,
        writer: stored.writer,
        report: stored.report,
      },
      sheet: snapshot?.sheet ?? null,
      subscriber: PREVIEW_RECIPIENT,
      settings,
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
  return routes;
}
