import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { NotFoundError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { BriefPage } from '../views/brief-page.tsx';
import { buildPublicHistory } from '../views/correction-notes.tsx';
import { publicCacheControl } from './briefs.ts';

/** The page loads nothing: inline styles only, links out allowed, no scripts, no framing. */
export const pageContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * GET /briefs/:id: the readable HTML page of a published brief, with its correction notes and earlier versions; a
 * withdrawn brief answers 410 with the withdrawal notice instead of its text; anything else is 404.
 */
export const pageRoutes = new Hono<AppEnv>().use(etag()).get('/:id', async (c) => {
  const { store, config } = c.var.services;
  const id = c.req.param('id');
  const brief = await store.briefs.get(id);
  if (brief?.status !== 'published' && brief?.status !== 'withdrawn')
    throw new NotFoundError(`no published brief with id ${id}`);
  const [record, corrections, versions] = await Promise.all([
    store.snapshots.get(id),
    store.corrections.listForBrief(id),
    store.review.listVersions(id),
  ]);
  const history = buildPublicHistory(corrections, brief.status === 'withdrawn' ? [] : versions);
  c.header('Cache-Control', publicCacheControl);
  c.header('Content-Security-Policy', pageContentSecurityPolicy);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.html(
    <BriefPage brief={brief} sources={record?.run.sources ?? []} baseUrl={config.PUBLIC_BASE_URL} history={history} />,
    brief.status === 'withdrawn' ? 410 : 200,
  );
});
