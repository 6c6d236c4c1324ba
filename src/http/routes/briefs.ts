import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import * as z from 'zod';
import { renderBriefHtml } from '../../brief/render-html.ts';
import { briefStyleSchema } from '../../domain/brief.ts';
import { NotFoundError } from '../../errors.ts';
import type { BriefListing } from '../../store/index.ts';
import type { AppEnv } from '../app-env.ts';
import { publicCache } from '../public-cache.ts';
import { negotiateFormat } from '../negotiate-format.ts';
import { parseQuery } from '../parse-input.ts';
import { buildBriefJson, buildBriefSummary } from '../views/brief-json.ts';

/** Public reads may be cached briefly by browsers and CDNs; ETag lets them revalidate for free. */
export const publicCacheControl = 'public, max-age=60, stale-while-revalidate=300';

const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  cursor: z.string().min(1).optional(),
  style: briefStyleSchema.optional(),
  status: z.literal('published', { message: 'only published briefs are public' }).default('published'),
});
const formatQuerySchema = z.strictObject({ format: z.string().optional() });
const latestQuerySchema = formatQuerySchema.extend({ style: briefStyleSchema.optional() });
const idSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z-]+$/);

/**
 * The HTML fragment is meant to be embedded or read, never to run anything: no script, style, image, frame, form
 * or base of any origin (stricter than the page's policy, which allows its inline style), and it cannot be framed.
 */
export const fragmentContentSecurityPolicy =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** One brief as JSON, Markdown or HTML (fragment), by `?format=` or Accept. */
function respondWithBrief(c: Context<AppEnv>, brief: BriefListing, format: string | undefined): Response {
  const chosen = negotiateFormat({ format, accept: c.req.header('Accept') });
  c.header('Cache-Control', publicCacheControl);
  c.header('Vary', 'Accept');
  if (chosen === 'md') return c.body(brief.markdown, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
  if (chosen === 'html') {
    c.header('Content-Security-Policy', fragmentContentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(renderBriefHtml(brief.markdown));
  }
  return c.json(buildBriefJson(brief, c.var.services.config.PUBLIC_BASE_URL));
}

/** GET /api/briefs, /api/briefs/latest, /api/briefs/:id: published briefs only; others are 404 like unknown ids. */
export const briefRoutes = new Hono<AppEnv>()
  .use(etag())
  .use(publicCache())
  .get('/', async (c) => {
    const query = parseQuery(c, listQuerySchema);
    const { store, config } = c.var.services;
    const page = await store.briefs.list(query);
    c.header('Cache-Control', publicCacheControl);
    const next = page.nextCursor ? new URL(c.req.url) : undefined;
    next?.searchParams.set('cursor', page.nextCursor!);
    return c.json({
      items: page.items.map((brief) => buildBriefSummary(brief, config.PUBLIC_BASE_URL)),
      nextCursor: page.nextCursor,
      next: next ? `${config.PUBLIC_BASE_URL}${next.pathname}${next.search}` : null,
    });
  })
  .get('/latest', async (c) => {
    const query = parseQuery(c, latestQuerySchema);
    const brief = await c.var.services.store.briefs.latestPublished(query.style);
    if (!brief)
      throw new NotFoundError(query.style ? `no published ${query.style} brief yet` : 'no published brief yet');
    return respondWithBrief(c, brief, query.format);
  })
  .get('/:id', async (c) => {
    const query = parseQuery(c, formatQuerySchema);
    const id = c.req.param('id');
    const brief = idSchema.safeParse(id).success ? await c.var.services.store.briefs.get(id) : null;
    if (brief?.status !== 'published') throw new NotFoundError(`no published brief with id ${id}`);
    return respondWithBrief(c, brief, query.format);
  });
